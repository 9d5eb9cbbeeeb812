#pragma once

#include "sandbox/callbackdispatcher.h"
#include "sandbox/democallbacks.h"
#include "sandbox/demodice.h"
#include "sandbox/demoids.h"
#include "sandbox/demoplan.h"
#include "sandbox/demoplannedrun.h"
#include "sandbox/demoplannedschedule.h"
#include "sandbox/demosimulator.h"
#include "sandbox/demoworkspace.h"
#include "sandbox/executor.h"

#include <QByteArray>

#include <optional>
#include <vector>

class IncrementalSource;
class SyntheticData;

// Plans the demo history: what happened when. Every run is first decided
// (action, inputs, parameters, what happens to each input, when it was
// created; schedules and the runs their firings spawned), then moved
// through its steps by the DemoSimulator up to now, then turned into rows.
// Retry delays and limits are the executor's and dispatcher's defaults.
// Nothing is written: DemoWriter stores the plan.
class DemoPlanner final
{
public:
    DemoPlanner(const SyntheticData &data, const IncrementalSource &sources, qint64 now,
                DemoIds ids, DemoWorkspace workspace = {}, const Executor::Settings &executor = {},
                const CallbackDispatcher::Settings &callbacks = {});

    DemoPlan plan();

private:
    // `count` finished runs of `fate` at historical times, their actions
    // drawn with `weights` over search, people, contact, messages,
    // connections, conversations, viewers.
    void addHistorical(Fate fate, int count, std::initializer_list<int> weights);
    // The second workspace: a few finished runs and one weekly schedule.
    void planSmall();
    PlannedRun &newRun(Fate fate, const ActionSpec &action, qint64 createdAt);
    // A creation time in the window, with more on weekdays and office hours
    // (read in Paris winter time, where the demo workspace sits).
    qint64 drawTime(qint64 from, qint64 to);
    qint64 historicalTime();
    QJsonObject defaults(const ActionSpec &action) const;
    int inputCount(const ActionSpec &action, Fate fate);
    QJsonObject inputFor(const ActionSpec &action);
    int maxResultsFor(const ActionSpec &action, int inputs);
    QJsonObject parametersFor(const ActionSpec &action, int inputs, bool incremental);
    QString identityFor(const ActionSpec &action, bool incremental);
    QString nameFor(const ActionSpec &action);
    // Steps that SyntheticData decides from the input's content win over the
    // plan, so resuming or relaunching the input behaves as the history says.
    void applyOutcome(const ActionSpec &action, InputPlan &plan);
    qint64 pagesOf(const PlannedRun &run, const InputPlan &plan) const;
    // How many steps the run takes to process every input (without the
    // final one that settles its status).
    qint64 stepsOf(const PlannedRun &run) const;
    // Fills inputs, parameters, identity, name and callback of a run that no
    // schedule spawned, and decides what happens to each input.
    void configure(PlannedRun &run, bool allowCallback);
    void decideSteps(PlannedRun &run);
    void planRuns();
    std::optional<qint64> nextFire(const QString &cron, const QString &timezone,
                                   qint64 after) const;
    QList<qint64> firings(const PlannedSchedule &schedule, qint64 from, qint64 until) const;
    PlannedSchedule &addSchedule(const QString &name, const ActionSpec &action, const QString &cron,
                                 const QString &timezone, qint64 createdAt);
    PlannedRun &spawn(int scheduleIndex, Fate fate, qint64 firedAt);
    // An incremental schedule keeps one run and starts its next iteration
    // at every firing (contract 6.3).
    // An incremental schedule on the engagement identity, one input, that
    // fired until now and keeps one run going.
    void addIncrementalSchedule(const QString &name, const ActionSpec &action, const QString &cron,
                                const QString &timezone, qint64 createdAt, int maxResults,
                                const QJsonObject &callback);
    void spawnIncremental(int scheduleIndex, const QList<qint64> &times);
    void spawnEach(int scheduleIndex, const QList<qint64> &times, std::initializer_list<int> fates);
    void finishSchedule(PlannedSchedule &schedule, const QList<qint64> &times, qint64 endedAt);
    void planSchedules();
    // A simulated run as rows, with uids for it and its inputs.
    DemoPlan::Run rowsOf(PlannedRun &run);
    ScheduleRow scheduleRow(const PlannedSchedule &schedule) const;

    const SyntheticData &m_data;
    const IncrementalSource &m_sources;
    const qint64 m_now;
    const qint64 m_windowStart;
    const DemoIds m_ids;
    const Executor::Settings m_executor;
    // Executor::retryLater's message for the executor's retry limit.
    const QByteArray m_maxRetryMessage;
    DemoDice m_dice;
    DemoSimulator m_simulator;
    DemoCallbacks m_callbacks;
    const QString m_standard;
    const QString m_engagement;
    const DemoWorkspace m_workspace;
    std::vector<PlannedRun> m_runs;
    std::vector<PlannedSchedule> m_schedules;
};
