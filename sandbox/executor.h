#pragma once

#include "sandbox/incrementalsource.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/store/inputrow.h"
#include "sandbox/store/runrow.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class CallbackDispatcher;
class SandboxClock;
class SandboxStore;
class SyntheticData;
struct ActionSpec;
struct LaunchRequest;
enum class RunStatus;

// Moves async runs through their statuses (contract sections 3 and 6):
// queues them within the tier's concurrency, fetches synthetic pages one
// step at a time (each takes the configured virtual time), stores outputs
// as they arrive, retries transient failures, blocks on unprocessable
// inputs, and settles the final status from the inputs' statuses. Every
// step is one transaction, so a killed process resumes where it stood.
class Executor final
{
public:
    // The demo history reads the defaults too, so the retries of its past
    // runs follow the engine's own.
    struct Settings
    {
        int concurrency = 5;
        qint64 pageDurationMs = 2000;
        int maxRetries = 10;
        qint64 retryDelayMs = 60000;
    };

    // Where a run came from when a schedule spawned it.
    struct Origin
    {
        QString scheduleUid;
        QString scheduleName;
    };

    enum class Outcome
    {
        Done,
        NotFound,
        NotAllowed,
    };

    Executor(SandboxStore &store, SandboxClock &clock, const SyntheticData &data,
             CallbackDispatcher &callbacks, Settings settings);

    // Records an async run (CREATED, due now) and its inputs in the owner's
    // workspace; returns its uid.
    QString createRun(const LaunchRequest &request, const SandboxAccount::Owner &owner,
                      const Origin &origin = {});
    // Records a finished live run of `outputCount` results.
    QString recordLiveRun(const LaunchRequest &request, const SandboxAccount::Owner &owner,
                          int outputCount, const QJsonValue &lastInfo);

    std::optional<qint64> nextDue() const;
    // Performs the earliest due step, if any is due at `nowMs`.
    void processDue(qint64 nowMs);

    // The manual operations of 3.7-3.9; `message` says why on NotAllowed.
    Outcome cancel(const QString &uid, QString *message);
    Outcome resume(const QString &uid, QString *message);
    Outcome continueRun(const QString &uid, QString *message);
    // Starts the next iteration of an incremental run (a schedule firing).
    bool startIteration(const QString &uid);

    // After a restart: steps that were under way are due again.
    void recoverAfterRestart();
    IncrementalSource &sources() { return m_sources; }

    // Whether the executor still has work on a run or an input in this
    // status: not terminal, and not waiting on the user (BLOCKED). Inputs
    // use the run statuses' names, so one rule serves both.
    static bool isActive(RunStatus status);

private:
    // A row with the JSON columns a step needs, parsed once when the step
    // reads the row and handed down to every stage of that step.
    struct ActiveRun
    {
        RunRow row;
        const ActionSpec *action = nullptr;
        QJsonObject parameters;
        bool incremental = false;
    };
    struct ActiveInput
    {
        InputRow row;
        QJsonObject data;
    };

    void step(const RunRow &row, qint64 now);
    void startQueued(const ActiveRun &run, qint64 now);
    void processPage(const ActiveRun &run, qint64 now);
    void processInput(const ActiveRun &run, const ActiveInput &input, qint64 now);
    void fetchPage(const ActiveRun &run, const ActiveInput &input, qint64 now);
    void retryLater(const ActiveRun &run, const ActiveInput &input, qint64 now);
    void finish(const ActiveRun &run, qint64 now);
    void failInput(const ActiveRun &run, const ActiveInput &input, const QJsonObject &error,
                   qint64 now);
    std::optional<QString> lastInputError(qint64 runId) const;
    QJsonObject errorObject(const QString &label, const QString &message, int statusCode,
                            const QString &scope) const;
    void deliver(const ActiveRun &run, const ActiveInput *input, const QJsonValue &error,
                 const QJsonArray &results, const QString &status);

    SandboxStore &m_store;
    SandboxClock &m_clock;
    const SyntheticData &m_data;
    CallbackDispatcher &m_callbacks;
    Settings m_settings;
    IncrementalSource m_sources;
};
