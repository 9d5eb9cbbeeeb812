#pragma once

#include <QDate>
#include <QList>
#include <QRectF>
#include <QTimeZone>

class FiringPlan;

// Where the week calendar draws each firing: seven day columns from a first
// day in the display zone, the day's wall-clock time downwards, and in each
// day one lane per schedule firing that day, so that schedules firing at
// the same time stand side by side instead of on top of each other.
// Positions come from the zone's offsets (ZoneOffsets), not from a
// QDateTime per firing: a week of 50 five-minute schedules is 100,000 marks.
class WeekCalendarLayout final
{
public:
    static constexpr int kDays = 7;

    struct Mark
    {
        QRectF rect;
        // Index into the plan's firings.
        int firing = -1;
        int day = 0;
        int lane = 0;
    };

    // `area` is where the day columns go (below the day names, right of
    // the hours); marks are `markHeight` tall at least.
    void build(const FiringPlan &plan, const QTimeZone &zone, const QDate &firstDay,
               const QRectF &area, qreal markHeight);

    const QList<Mark> &marks() const { return m_marks; }
    // The columns of the seven days, left to right.
    QRectF dayColumn(int day) const;
    qreal laneWidth(int day) const { return m_laneWidths.value(day); }
    // The firing drawn at `point` (the topmost), or -1.
    int firingAt(const QPointF &point) const;
    // The instant at which the span of the first day starts, and ends
    // after the seventh, in UTC milliseconds: what the plan should cover.
    static qint64 spanStartMs(const QTimeZone &zone, const QDate &firstDay);
    static qint64 spanEndMs(const QTimeZone &zone, const QDate &firstDay);

private:
    QRectF m_area;
    QList<Mark> m_marks;
    QList<qreal> m_laneWidths;
};
