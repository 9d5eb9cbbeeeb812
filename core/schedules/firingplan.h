#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// The coming firings of a set of schedules over a span of time (the week
// calendar), with two warnings an operator cannot see in a list:
// - collisions: two schedules of the same action firing within a few
//   minutes of each other. Contract 4.2 gives no way to read a schedule's
//   identities, so the same action is taken as a possible clash on one
//   identity's limits (docs/api-decisions.md);
// - likely skips: a schedule whose runs usually outlast the gap to its next
//   firing (contract 4.5: a firing is skipped while the previous run is
//   still running). The previous run is assumed to take the median of the
//   schedule's recent runs.
class FiringPlan final
{
public:
    struct Schedule
    {
        QString uid;
        QString name;
        QString action;
        // Empty for a one-shot, which fires once at `once`.
        QString cron;
        QString timezone;
        QDateTime once;
        // The median duration of its recent runs, if any were seen.
        std::optional<qint64> medianRunMs;
        // A run of it still going, started then.
        std::optional<qint64> runningSinceMs;
    };

    struct Firing
    {
        qint64 atMs = 0;
        // Index into schedules().
        int schedule = -1;
        // Other schedules (indexes) of the same action firing less than the
        // collision window before or after it.
        QList<int> collidesWith;
        bool likelySkipped = false;
    };

    // Firings in [fromMs, toMs), sorted by time then schedule; at most
    // `perScheduleLimit` per schedule (a `* * * * *` over a week is 10,080).
    static FiringPlan build(QList<Schedule> schedules, qint64 fromMs, qint64 toMs,
                            qint64 collisionWindowMs = kDefaultCollisionWindowMs,
                            int perScheduleLimit = 20000);

    // The median of `durations` (the mean of the two middle ones for an
    // even count); nullopt for none.
    static std::optional<qint64> median(QList<qint64> durations);

    static constexpr qint64 kDefaultCollisionWindowMs = 5 * 60 * 1000;

    const QList<Schedule> &schedules() const { return m_schedules; }
    const QList<Firing> &firings() const { return m_firings; }
    qint64 fromMs() const { return m_fromMs; }
    // Firings that collide with another schedule, and that will probably
    // be skipped.
    int collisionCount() const;
    int skipCount() const;
    qint64 toMs() const { return m_toMs; }
    // Schedules whose cron or zone could not be read, with the reason: they
    // are left out of the firings, and the calendar says so.
    const QList<QPair<int, QString>> &unreadable() const { return m_unreadable; }

private:
    void addFirings(int index, int limit);
    void markSkips(int index, const QList<int> &firingsOfSchedule);
    void markCollisions(qint64 windowMs);

    QList<Schedule> m_schedules;
    QList<Firing> m_firings;
    QList<QPair<int, QString>> m_unreadable;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
};
