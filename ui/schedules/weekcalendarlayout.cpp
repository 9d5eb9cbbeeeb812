#include "ui/schedules/weekcalendarlayout.h"

#include "core/cron/zoneoffsets.h"
#include "core/schedules/firingplan.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace {

constexpr qint64 kDaySeconds = 24 * 60 * 60;

qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value / divisor - (value % divisor < 0 ? 1 : 0);
}

} // namespace

qint64 WeekCalendarLayout::spanStartMs(const QTimeZone &zone, const QDate &firstDay)
{
    return QDateTime(firstDay, QTime(0, 0), zone).toMSecsSinceEpoch();
}

qint64 WeekCalendarLayout::spanEndMs(const QTimeZone &zone, const QDate &firstDay)
{
    return QDateTime(firstDay.addDays(kDays), QTime(0, 0), zone).toMSecsSinceEpoch();
}

void WeekCalendarLayout::build(const FiringPlan &plan, const QTimeZone &zone, const QDate &firstDay,
                               const QRectF &area, qreal markHeight)
{
    m_area = area;
    m_marks.clear();
    m_laneWidths = QList<qreal>(kDays, area.width() / kDays);
    const ZoneOffsets offsets(zone);
    // Local seconds (wall time written as if UTC) at the first midnight.
    const qint64 firstLocalDay = QDate(1970, 1, 1).daysTo(firstDay);

    struct Placed
    {
        int firing;
        int day;
        qint64 secondOfDay;
    };
    QList<Placed> placed;
    placed.reserve(plan.firings().size());
    // Per day, the schedules firing that day in their plan order: lanes.
    QList<QList<int>> lanesOfDay(kDays);
    for (int i = 0; i < plan.firings().size(); ++i) {
        const qint64 utc = floorDiv(plan.firings().at(i).atMs, 1000);
        const qint64 local = utc + offsets.offsetAt(utc);
        const qint64 day = floorDiv(local, kDaySeconds) - firstLocalDay;
        if (day < 0 || day >= kDays)
            continue;
        placed.append({i, int(day), local - floorDiv(local, kDaySeconds) * kDaySeconds});
        QList<int> &lanes = lanesOfDay[int(day)];
        const int schedule = plan.firings().at(i).schedule;
        if (!lanes.contains(schedule))
            lanes.append(schedule);
    }
    QList<QHash<int, int>> laneOf(kDays);
    for (int day = 0; day < kDays; ++day) {
        QList<int> &lanes = lanesOfDay[day];
        std::sort(lanes.begin(), lanes.end());
        for (int lane = 0; lane < lanes.size(); ++lane)
            laneOf[day].insert(lanes.at(lane), lane);
        m_laneWidths[day] = area.width() / kDays / std::max<qsizetype>(1, lanes.size());
    }
    m_marks.reserve(placed.size());
    const qreal dayWidth = area.width() / kDays;
    for (const Placed &at : std::as_const(placed)) {
        const int lane = laneOf.at(at.day).value(plan.firings().at(at.firing).schedule);
        const qreal laneWidth = m_laneWidths.at(at.day);
        const qreal y = area.top() + area.height() * qreal(at.secondOfDay) / kDaySeconds;
        // A gap of a pixel between lanes where there is room for one.
        const qreal width = laneWidth >= 4 ? laneWidth - 1 : laneWidth;
        m_marks.append({QRectF(area.left() + at.day * dayWidth + lane * laneWidth,
                               std::min(y, area.bottom() - markHeight), width, markHeight),
                        at.firing, at.day, lane});
    }
}

QRectF WeekCalendarLayout::dayColumn(int day) const
{
    const qreal dayWidth = m_area.width() / kDays;
    return QRectF(m_area.left() + day * dayWidth, m_area.top(), dayWidth, m_area.height());
}

int WeekCalendarLayout::firingAt(const QPointF &point) const
{
    // Drawn in order, so the last one containing the point is on top.
    for (auto it = m_marks.crbegin(); it != m_marks.crend(); ++it) {
        if (it->rect.contains(point))
            return it->firing;
    }
    return -1;
}
