#include "core/schedules/firingplaninput.h"

#include "core/domain/run.h"
#include "core/domain/schedule.h"

#include <QHash>

#include <algorithm>

namespace {

struct RunsOfSchedule
{
    // (created, duration) of finished runs.
    QList<QPair<qint64, qint64>> finished;
    std::optional<qint64> runningSinceMs;
};

} // namespace

QList<FiringPlan::Schedule> FiringPlanInput::from(const QList<Schedule> &schedules,
                                                  const QList<Run> &runs, int recentRuns)
{
    QHash<QString, RunsOfSchedule> bySchedule;
    for (const Run &run : runs) {
        if (run.scheduledRunUid.isEmpty())
            continue;
        RunsOfSchedule &seen = bySchedule[run.scheduledRunUid];
        if (run.status == RunStatus::Running && run.startedAt.isValid()) {
            const qint64 started = run.startedAt.toMSecsSinceEpoch();
            seen.runningSinceMs = std::max(seen.runningSinceMs.value_or(started), started);
            continue;
        }
        if (run.finishedAt.isValid() && run.startedAt.isValid())
            seen.finished.append(
                {run.createdAt.toMSecsSinceEpoch(), run.startedAt.msecsTo(run.finishedAt)});
    }
    QList<FiringPlan::Schedule> planned;
    for (const Schedule &schedule : schedules) {
        if (schedule.status != ScheduleStatus::Active)
            continue;
        FiringPlan::Schedule entry;
        entry.uid = schedule.uid;
        entry.name = schedule.name.isEmpty() ? schedule.uid : schedule.name;
        entry.action = schedule.actionName;
        entry.cron = schedule.cron;
        entry.timezone = schedule.timezone;
        // A one-shot's only firing is its next execution.
        if (schedule.cron.isEmpty())
            entry.once = schedule.nextExecutionAt;
        const auto found = bySchedule.constFind(schedule.uid);
        if (found != bySchedule.cend()) {
            QList<QPair<qint64, qint64>> finished = found->finished;
            // The newest first: durations drift, the recent ones tell.
            std::sort(finished.begin(), finished.end(),
                      [](const auto &a, const auto &b) { return a.first > b.first; });
            QList<qint64> durations;
            for (qsizetype i = 0; i < std::min<qsizetype>(recentRuns, finished.size()); ++i)
                durations.append(finished.at(i).second);
            entry.medianRunMs = FiringPlan::median(durations);
            entry.runningSinceMs = found->runningSinceMs;
        }
        planned.append(entry);
    }
    return planned;
}
