#pragma once

#include "sandbox/demoids.h"
#include "sandbox/demoplannedrun.h"
#include "sandbox/executor.h"

class DemoDice;
class IncrementalSource;
class SyntheticData;

// Moves a planned run of the demo history step by step the way the
// Executor would have (one page per step, retries after the executor's
// delay, blocks, cancels, incremental iterations), up to now. A run whose
// steps reach past now is left active, with its next step due, as the
// engine would hold it. Results come from SyntheticData, so outputs,
// counts and callbacks agree with what the engine produces.
class DemoSimulator final
{
public:
    DemoSimulator(DemoDice &dice, const SyntheticData &data, const IncrementalSource &sources,
                  qint64 now, const DemoIds &ids, const Executor::Settings &executor);

    void simulate(PlannedRun &run);
    // How many results an input of the run yields.
    qint64 targetOf(const PlannedRun &run, const InputPlan &plan) const;

private:
    QJsonObject inputError(const DemoSamples::ErrorSpec &spec);
    // The executor's own rule, so the history leaves exactly the inputs
    // active that the engine would still work on.
    static bool isActiveInput(const QString &status);
    void initStates(PlannedRun &run, const QString &status);
    void deliver(PlannedRun &run, qint64 at, int input, const QJsonValue &error,
                 const QJsonArray &results, const QString &status);
    void cancel(PlannedRun &run, qint64 at);
    // The next step of a running run at t + pageMs; false when the run stops
    // before it (cancelled, or the step lies after now: left RUNNING, due).
    bool nextStep(PlannedRun &run, qint64 &t, int &steps);
    static void beginInput(InputState &state, qint64 t);
    void simulateLive(PlannedRun &run);
    void simulateInvalid(PlannedRun &run);
    void finish(PlannedRun &run, qint64 t);
    // Fetches the input's next page at t (Executor::fetchPage); true once
    // the input is done.
    bool fetchPage(PlannedRun &run, int index, qint64 t);
    void simulateAsync(PlannedRun &run);
    // One input, one iteration per entry of run.iterations (Executor's
    // startQueued / fetchPage / finish for sync_mode incremental).
    void simulateIncremental(PlannedRun &run);

    DemoDice &m_dice;
    const SyntheticData &m_data;
    const IncrementalSource &m_sources;
    const qint64 m_now;
    const DemoIds &m_ids;
    const Executor::Settings m_executor;
};
