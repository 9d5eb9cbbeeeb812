#pragma once

#include <QWidget>

#include <functional>

class Clock;
class QLabel;
class QPushButton;
class SchedulesModel;
class WeekCalendar;
struct Run;

// The week calendar with its week buttons and a line saying which week it
// shows and what it found: the firings of every ACTIVE schedule of the
// model over seven days from today (in the display zone), planned again
// when the schedules, the runs, the zone or the week change, and only
// while the panel is shown.
class WeekCalendarPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeekCalendarPanel)

public:
    using RunsSource = std::function<QList<Run>()>;

    WeekCalendarPanel(SchedulesModel *schedules, const Clock *clock, QWidget *parent = nullptr);

    // Where the durations of the schedules' runs come from (the runs the
    // dashboard has loaded).
    void setRunsSource(RunsSource runs);
    // Weeks from the current one: 0 is the seven days from today.
    void showWeek(int offset);
    int week() const { return m_week; }
    WeekCalendar *calendar() const { return m_calendar; }
    // Plans again now (normally deferred to the event loop).
    void replan();
    // Plans again soon if shown, else when next shown.
    void replanLater();

signals:
    void scheduleActivated(const QString &uid);

protected:
    void showEvent(QShowEvent *event) override;

private:
    SchedulesModel *m_schedules;
    const Clock *m_clock;
    RunsSource m_runs;
    WeekCalendar *m_calendar;
    QLabel *m_summary;
    QPushButton *m_previous;
    QPushButton *m_current;
    QPushButton *m_next;
    int m_week = 0;
    bool m_dirty = true;
    bool m_pending = false;
};
