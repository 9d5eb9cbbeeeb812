#include "core/schedules/firingplan.h"

#include "core/cron/cronschedule.h"
#include "core/time/ianazone.h"

#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <variant>

FiringPlan FiringPlan::build(QList<Schedule> schedules, qint64 fromMs, qint64 toMs,
                             qint64 collisionWindowMs, int perScheduleLimit)
{
    FiringPlan plan;
    plan.m_schedules = std::move(schedules);
    plan.m_fromMs = fromMs;
    plan.m_toMs = toMs;
    for (int i = 0; i < plan.m_schedules.size(); ++i)
        plan.addFirings(i, perScheduleLimit);
    std::sort(plan.m_firings.begin(), plan.m_firings.end(), [](const Firing &a, const Firing &b) {
        return a.atMs != b.atMs ? a.atMs < b.atMs : a.schedule < b.schedule;
    });
    QList<QList<int>> bySchedule(plan.m_schedules.size());
    for (int i = 0; i < plan.m_firings.size(); ++i)
        bySchedule[plan.m_firings.at(i).schedule].append(i);
    for (int i = 0; i < plan.m_schedules.size(); ++i)
        plan.markSkips(i, bySchedule.at(i));
    plan.markCollisions(collisionWindowMs);
    return plan;
}

int FiringPlan::collisionCount() const
{
    return int(std::count_if(m_firings.cbegin(), m_firings.cend(),
                             [](const Firing &firing) { return !firing.collidesWith.isEmpty(); }));
}

int FiringPlan::skipCount() const
{
    return int(std::count_if(m_firings.cbegin(), m_firings.cend(),
                             [](const Firing &firing) { return firing.likelySkipped; }));
}

std::optional<qint64> FiringPlan::median(QList<qint64> durations)
{
    if (durations.isEmpty())
        return std::nullopt;
    std::sort(durations.begin(), durations.end());
    const qsizetype middle = durations.size() / 2;
    if (durations.size() % 2 == 1)
        return durations.at(middle);
    return (durations.at(middle - 1) + durations.at(middle)) / 2;
}

void FiringPlan::addFirings(int index, int limit)
{
    const Schedule &schedule = m_schedules.at(index);
    if (schedule.cron.isEmpty()) {
        if (schedule.once.isValid()) {
            const qint64 at = schedule.once.toMSecsSinceEpoch();
            if (at >= m_fromMs && at < m_toMs)
                m_firings.append(Firing{at, index, {}, false});
        }
        return;
    }
    const auto parsed = CronExpression::parse(schedule.cron);
    if (const auto *error = std::get_if<CronError>(&parsed)) {
        m_unreadable.append({index, error->message()});
        return;
    }
    // The service reads a cron without a zone in UTC (contract 2.4). A
    // name QTimeZone would read as a rule at UTC ("Paris") is not shown at
    // times it does not fire.
    if (!schedule.timezone.isEmpty()) {
        if (const auto error = IanaZone::check(schedule.timezone)) {
            m_unreadable.append({index, error->message()});
            return;
        }
    }
    const QTimeZone zone =
        schedule.timezone.isEmpty() ? QTimeZone::utc() : QTimeZone(schedule.timezone.toUtf8());
    const CronSchedule cron(std::get<CronExpression>(parsed), zone);
    // Fire times strictly after `after`, in whole seconds: start just
    // before the span. Seconds, not a QDateTime each: a week of a
    // five-minute schedule is 2,016 of them.
    qint64 after = m_fromMs / 1000 - (m_fromMs % 1000 == 0 ? 1 : 0);
    for (int added = 0; added < limit; ++added) {
        const std::optional<qint64> next = cron.nextSecsSinceEpoch(after);
        if (!next || *next * 1000 >= m_toMs)
            return;
        m_firings.append(Firing{*next * 1000, index, {}, false});
        after = *next;
    }
}

void FiringPlan::markSkips(int index, const QList<int> &firingsOfSchedule)
{
    const Schedule &schedule = m_schedules.at(index);
    if (!schedule.medianRunMs || *schedule.medianRunMs <= 0)
        return;
    const qint64 runMs = *schedule.medianRunMs;
    // Until when the schedule's previous run is expected to be going.
    qint64 busyUntil = schedule.runningSinceMs ? *schedule.runningSinceMs + runMs
                                               : std::numeric_limits<qint64>::min();
    for (const int firing : firingsOfSchedule) {
        Firing &at = m_firings[firing];
        if (at.atMs < busyUntil) {
            at.likelySkipped = true;
            continue;
        }
        busyUntil = at.atMs + runMs;
    }
}

void FiringPlan::markCollisions(qint64 windowMs)
{
    for (int i = 0; i < m_firings.size(); ++i) {
        Firing &first = m_firings[i];
        const QString &action = m_schedules.at(first.schedule).action;
        for (int j = i + 1; j < m_firings.size(); ++j) {
            Firing &second = m_firings[j];
            if (second.atMs - first.atMs >= windowMs)
                break;
            if (second.schedule == first.schedule ||
                m_schedules.at(second.schedule).action != action)
                continue;
            if (!first.collidesWith.contains(second.schedule))
                first.collidesWith.append(second.schedule);
            if (!second.collidesWith.contains(first.schedule))
                second.collidesWith.append(first.schedule);
        }
    }
}
