#pragma once

#include "core/schedules/firingplan.h"
#include "ui/schedules/weekcalendarlayout.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

// Seven days of firings (a FiringPlan) drawn as marks: day columns from a
// first day in the display zone, hours down the side, one lane per
// schedule in a day. A firing that collides with another schedule of the
// same action has a dashed outline, one that will probably be skipped is
// hatched, each with its reason in the tooltip and in the legend, so
// neither rests on colour alone. A click on a firing names its schedule;
// the wheel, arrows and Page Up/Down ask for another week.
class WeekCalendar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeekCalendar)

public:
    explicit WeekCalendar(QWidget *parent = nullptr);

    void setPlan(FiringPlan plan, const QDate &firstDay, const QTimeZone &zone, qint64 nowMs);
    const FiringPlan &plan() const { return m_plan; }
    const WeekCalendarLayout &layout() const { return m_layout; }
    // What the tooltip of a firing says.
    QString describeFiring(int firing) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void scheduleActivated(const QString &uid);
    // -1 the week before, +1 the week after, 0 the current one.
    void weekRequested(int step);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void relayout();
    QRectF markArea() const;
    void paintGrid(QPainter &painter) const;
    void paintMarks(QPainter &painter) const;
    void paintLabels(QPainter &painter) const;
    QColor colorOf(int schedule) const;

    FiringPlan m_plan;
    WeekCalendarLayout m_layout;
    QDate m_firstDay;
    QTimeZone m_zone = QTimeZone::utc();
    qint64 m_nowMs = 0;
    int m_wheelDelta = 0;
};
