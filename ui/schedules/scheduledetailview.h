#pragma once

#include "core/domain/schedule.h"

#include <QDateTime>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class Clock;
class QListWidget;

// The side panel of the schedules page: what one schedule is, its cron in
// plain English and the next fire times, computed here with the core cron
// engine in the schedule's own zone (so a reader can check what the server
// will do, daylight saving included) and shown in the dashboard's zone.
class ScheduleDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleDetailView)

public:
    static constexpr int kUpcomingCount = 5;

    // `clock` says when "next" starts; the machine's when null.
    explicit ScheduleDetailView(const Clock *clock = nullptr, QWidget *parent = nullptr);

    void setSchedule(const Schedule &schedule);
    // Shows "no schedule selected".
    void clear();
    bool hasSchedule() const { return m_hasSchedule; }
    const Schedule &schedule() const { return m_schedule; }

    // "Now", from which fire times are counted; the system clock unless
    // replaced (tests, a sandbox with a manual clock).
    // The fire times listed, as UTC instants.
    QList<QDateTime> upcoming() const { return m_upcoming; }

private:
    void updateView();
    void updateUpcoming();

    Schedule m_schedule;
    bool m_hasSchedule = false;
    const Clock *m_clock;
    QList<QDateTime> m_upcoming;
    QTimer m_minuteTimer;

    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_action;
    QLabel *m_cron;
    QLabel *m_description;
    QLabel *m_zone;
    QLabel *m_nextExecution;
    QLabel *m_lastExecuted;
    QLabel *m_uid;
    QLabel *m_upcomingNote;
    QListWidget *m_upcomingList;
};
