#pragma once

#include "core/schedules/firingplan.h"

#include <QList>

struct Run;
struct Schedule;

// What FiringPlan needs to know of the schedules the dashboard holds: the
// ACTIVE ones (a paused schedule does not fire), each with the median
// duration of its most recent finished runs and the start of a run of it
// still going, from the runs the dashboard has loaded (runs name their
// schedule in scheduled_run_uid, contract 4.5).
namespace FiringPlanInput {

QList<FiringPlan::Schedule> from(const QList<Schedule> &schedules, const QList<Run> &runs,
                                 int recentRuns = 10);

} // namespace FiringPlanInput
