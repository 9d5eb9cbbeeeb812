#include "sandbox/executor.h"

#include "core/domain/actioncatalogue.h"
#include "core/domain/runstatus.h"
#include "sandbox/callbackdispatcher.h"
#include "sandbox/launchrequest.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/store/inputrows.h"
#include "sandbox/store/outputrows.h"
#include "sandbox/store/runrows.h"
#include "sandbox/store/sandboxstore.h"
#include "sandbox/store/storejson.h"
#include "sandbox/syntheticdata.h"

#include <QDateTime>

namespace {

QJsonObject objectOf(const std::optional<QString> &text)
{
    return StoreJson::json(text).toObject();
}

// The API names of the statuses `keep` selects, taken from core so the
// sandbox keeps no status table of its own. The order is core's
// life-cycle order.
template <typename Predicate>
QStringList statusNames(Predicate keep)
{
    QStringList names;
    for (const RunStatus status : knownRunStatuses()) {
        if (keep(status))
            names.append(toApiString(status));
    }
    return names;
}

const QStringList &activeStatuses()
{
    static const QStringList names = statusNames(&Executor::isActive);
    return names;
}

// Everything a cancel stops, BLOCKED included.
const QStringList &nonTerminalStatuses()
{
    static const QStringList names =
        statusNames([](RunStatus status) { return !isTerminal(status); });
    return names;
}

std::optional<QString> nonEmpty(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

QJsonObject runError(const QJsonObject &inputError)
{
    return QJsonObject{{QStringLiteral("label"), inputError.value(QStringLiteral("label"))},
                       {QStringLiteral("message"), inputError.value(QStringLiteral("message"))},
                       {QStringLiteral("params"), inputError.value(QStringLiteral("params"))}};
}

} // namespace

bool Executor::isActive(RunStatus status)
{
    return status != RunStatus::Unknown && status != RunStatus::Blocked && !isTerminal(status);
}

Executor::Executor(SandboxStore &store, SandboxClock &clock, const SyntheticData &data,
                   CallbackDispatcher &callbacks, Settings settings)
    : m_store(store)
    , m_clock(clock)
    , m_data(data)
    , m_callbacks(callbacks)
    , m_settings(settings)
    , m_sources(store)
{}

QString Executor::createRun(const LaunchRequest &request, const SandboxAccount::Owner &owner,
                            const Origin &origin)
{
    const qint64 now = m_clock.nowMs();
    const ActionSpec &action = *request.action;
    const bool scheduled = !origin.scheduleUid.isEmpty();
    const QString status = scheduled ? QStringLiteral("SCHEDULED") : QStringLiteral("CREATED");
    m_store.begin();
    RunRow run;
    run.uid = m_store.newUid();
    run.workspaceUid = owner.workspaceUid;
    run.userUid = owner.userUid;
    run.name = nonEmpty(request.name);
    run.actionId = ActionCatalogue::actionId(action.slug);
    run.actionName = action.slug;
    run.executionMode = QStringLiteral("ASYNC");
    run.status = status;
    run.parameters = StoreJson::text(request.parameters);
    run.identityUid = nonEmpty(request.identityUid);
    run.callback = StoreJson::optionalText(request.callback);
    if (scheduled)
        run.scheduledRunUid = origin.scheduleUid;
    run.scheduledRunName = nonEmpty(origin.scheduleName);
    run.createdAt = now;
    run.updatedAt = now;
    run.dueAt = now;
    const qint64 runId = m_store.runs().insert(run);

    const QStringList inputUids = m_store.newUids(static_cast<int>(request.inputs.size()));
    for (qsizetype i = 0; i < request.inputs.size(); ++i) {
        InputRow input;
        input.runId = runId;
        input.position = i;
        input.uid = inputUids.at(i);
        input.status = status;
        input.inputData = StoreJson::text(request.inputs.at(i));
        if (request.customData.at(i).isObject())
            input.customData = StoreJson::text(request.customData.at(i));
        input.createdAt = now;
        input.updatedAt = now;
        m_store.inputs().insert(input);
    }
    m_store.commit();
    return run.uid;
}

QString Executor::recordLiveRun(const LaunchRequest &request, const SandboxAccount::Owner &owner,
                                int outputCount, const QJsonValue &lastInfo)
{
    const qint64 now = m_clock.nowMs();
    RunRow run;
    run.uid = m_store.newUid();
    run.workspaceUid = owner.workspaceUid;
    run.userUid = owner.userUid;
    run.actionId = ActionCatalogue::actionId(request.action->slug);
    run.actionName = request.action->slug;
    run.executionMode = QStringLiteral("LIVE");
    run.status = QStringLiteral("SUCCEEDED");
    run.parameters = StoreJson::text(request.parameters);
    run.identityUid = nonEmpty(request.identityUid);
    run.outputCount = outputCount;
    if (lastInfo.isObject())
        run.lastInfo = StoreJson::text(lastInfo);
    run.startedAt = now;
    run.finishedAt = now;
    run.createdAt = now;
    run.updatedAt = now;
    m_store.runs().insert(run);
    return run.uid;
}

std::optional<qint64> Executor::nextDue() const
{
    return m_store.runs().nextDue();
}

void Executor::processDue(qint64 nowMs)
{
    const auto run = m_store.runs().firstDue(nowMs);
    if (!run)
        return;
    m_store.begin();
    step(*run, nowMs);
    m_store.commit();
}

void Executor::step(const RunRow &row, qint64 now)
{
    ActiveRun run;
    run.row = row;
    run.action = ActionCatalogue::find(row.actionName);
    run.parameters = objectOf(row.parameters);
    run.incremental = LaunchRequest::isIncremental(run.parameters);
    const QString &status = row.status;
    if (status == QLatin1String("CREATED") || status == QLatin1String("SCHEDULED")) {
        m_store.runs().queue(row.id, now);
        m_store.inputs().queueWaiting(row.id, now);
    } else if (status == QLatin1String("QUEUED")) {
        startQueued(run, now);
    } else if (status == QLatin1String("RUNNING")) {
        processPage(run, now);
    } else {
        m_store.runs().setDue(row.id, std::nullopt, now);
    }
}

void Executor::startQueued(const ActiveRun &run, qint64 now)
{
    const qint64 running =
        m_store.runs().countWithStatus(QStringLiteral("RUNNING"), run.row.workspaceUid);
    if (running >= m_settings.concurrency) {
        // Waits for a slot; a finishing run wakes the next queued one.
        m_store.runs().setDue(run.row.id, std::nullopt, now);
        return;
    }
    std::optional<qint64> top = run.row.iterationTop;
    if (run.incremental && !top)
        top = m_sources.size(run.row.actionName, run.row.identityUid.value_or(QString()), now) - 1;
    m_store.runs().start(run.row.id, top, now + m_settings.pageDurationMs, now);
}

void Executor::processPage(const ActiveRun &run, qint64 now)
{
    const auto row = m_store.inputs().firstWithStatus(run.row.id, activeStatuses());
    if (!row) {
        finish(run, now);
        return;
    }
    ActiveInput input;
    input.row = *row;
    input.data = objectOf(row->inputData);
    processInput(run, input, now);
}

QJsonObject Executor::errorObject(const QString &label, const QString &message, int statusCode,
                                  const QString &scope) const
{
    return QJsonObject{{QStringLiteral("has_failed"), true},
                       {QStringLiteral("label"), label},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("scope"), scope},
                       {QStringLiteral("error_ref"), m_store.newErrorRef()},
                       {QStringLiteral("status_code"), statusCode},
                       {QStringLiteral("params"), QJsonObject()},
                       {QStringLiteral("validation_errors"), QJsonArray()}};
}

void Executor::processInput(const ActiveRun &run, const ActiveInput &input, qint64 now)
{
    const qint64 runId = run.row.id;
    const qint64 inputId = input.row.id;
    // Mirrors the UPDATE rather than reading the row again: no later stage
    // of this step reads the other columns it changes.
    qint64 attempts = input.row.attempts;
    if (input.row.status != QLatin1String("RUNNING")) {
        m_store.inputs().begin(inputId, now);
        ++attempts;
    }
    const ActionSpec *action = run.action;

    switch (m_data.outcome(*action, input.data)) {
    case SyntheticData::InputOutcome::Blocked: {
        const QJsonObject error =
            errorObject(QStringLiteral("BAD_INPUT"),
                        QStringLiteral("This input can never be processed by %1 (a product page "
                                       "is not a profile); fix it, then resume the run")
                            .arg(action->slug),
                        400, QStringLiteral("input"));
        m_store.inputs().block(inputId, StoreJson::text(error), now);
        m_store.runs().block(runId, StoreJson::text(runError(error)), now);
        m_store.runs().wakeNextQueued(run.row.workspaceUid, now);
        return;
    }
    case SyntheticData::InputOutcome::Unusable:
        failInput(run, input,
                  errorObject(QStringLiteral("NO_DATA_AVAILABLE"),
                              QStringLiteral("The platform returned nothing usable for this input"),
                              424, QStringLiteral("server")),
                  now);
        return;
    case SyntheticData::InputOutcome::NoResult: {
        const QJsonObject info{
            {QStringLiteral("label"), QStringLiteral("NO_RESULT")},
            {QStringLiteral("message"),
             QStringLiteral("Nothing was found for one input; it counts as a "
                            "success with no results")},
            {QStringLiteral("params"), QJsonObject{{QStringLiteral("input_uid"), input.row.uid}}}};
        m_store.inputs().succeedEmpty(inputId, now);
        m_store.runs().setLastInfo(runId, StoreJson::text(info), now + m_settings.pageDurationMs,
                                   now);
        deliver(run, &input, QJsonValue(QJsonValue::Null), {}, QStringLiteral("RUNNING"));
        return;
    }
    case SyntheticData::InputOutcome::Transient:
        if (attempts <= 2) {
            retryLater(run, input, now);
            return;
        }
        break;
    case SyntheticData::InputOutcome::Normal:
        break;
    }
    fetchPage(run, input, now);
}

void Executor::fetchPage(const ActiveRun &run, const ActiveInput &input, qint64 now)
{
    const qint64 runId = run.row.id;
    const qint64 inputId = input.row.id;
    const ActionSpec *action = run.action;
    const QJsonObject &parameters = run.parameters;
    const QJsonObject &data = input.data;
    const bool incremental = run.incremental;
    const int maxResults = action->returnsList() ? LaunchRequest::maxResults(parameters) : 1;
    const qint64 top = run.row.iterationTop.value_or(0);

    std::optional<qint64> stored = input.row.target;
    if (!stored) {
        qint64 available = 0;
        if (incremental)
            available = top - run.row.highWater;
        else
            available = m_data.availableResults(*action, data);
        stored = std::min<qint64>(available, maxResults);
    }
    const qint64 target = *stored;
    const qint64 fetched = input.row.fetched;
    const int pageSize = action->returnsList() ? action->livePageSize : 1;
    const qint64 count = std::max<qint64>(0, std::min<qint64>(pageSize, target - fetched));

    QJsonArray results;
    const QString identity = run.row.identityUid.value_or(QString());
    for (qint64 k = 0; k < count; ++k) {
        const qint64 index = fetched + k;
        QJsonObject item;
        if (incremental) {
            const qint64 sourceIndex = top - index;
            item = m_data.sourceItem(
                *action, identity, sourceIndex,
                QDateTime::fromMSecsSinceEpoch(m_sources.createdAt(sourceIndex, now), Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
        } else {
            item = m_data.result(*action, data, parameters, static_cast<int>(index),
                                 QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
        }
        m_store.outputs().insert(runId, inputId, StoreJson::text(item));
        results.append(item);
    }
    const bool done = fetched + count >= target;
    m_store.inputs().addFetched(inputId, target, count, done, now);
    m_store.runs().addOutputs(runId, count, now + m_settings.pageDurationMs, now);
    if (count > 0 || done)
        deliver(run, &input, QJsonValue(QJsonValue::Null), results, QStringLiteral("RUNNING"));
}

void Executor::retryLater(const ActiveRun &run, const ActiveInput &input, qint64 now)
{
    if (run.row.retryCount >= m_settings.maxRetries) {
        failInput(run, input,
                  errorObject(QStringLiteral("API_MAX_RETRY"),
                              QStringLiteral("Gave up after %1 retries").arg(m_settings.maxRetries),
                              424, QStringLiteral("server")),
                  now);
        return;
    }
    const qint64 postponed = now + m_settings.retryDelayMs;
    const QJsonObject error{{QStringLiteral("label"), QStringLiteral("PROXY_ERROR")},
                            {QStringLiteral("message"),
                             QStringLiteral("A network or proxy failure; retried automatically")},
                            {QStringLiteral("params"), QJsonObject()}};
    m_store.inputs().scheduleRetry(input.row.id, now);
    m_store.runs().postponeRetry(run.row.id, postponed, StoreJson::text(error), now);
    m_store.runs().wakeNextQueued(run.row.workspaceUid, now);
}

void Executor::failInput(const ActiveRun &run, const ActiveInput &input, const QJsonObject &error,
                         qint64 now)
{
    m_store.inputs().fail(input.row.id, StoreJson::text(error), now);
    m_store.runs().setLastError(run.row.id, StoreJson::text(runError(error)),
                                now + m_settings.pageDurationMs, now);
    QJsonObject body{{QStringLiteral("error_label"), error.value(QStringLiteral("label"))},
                     {QStringLiteral("error_scope"), error.value(QStringLiteral("scope"))},
                     {QStringLiteral("error_ref"), error.value(QStringLiteral("error_ref"))},
                     {QStringLiteral("message"), error.value(QStringLiteral("message"))},
                     {QStringLiteral("status_code"), error.value(QStringLiteral("status_code"))},
                     {QStringLiteral("params"), QJsonObject()}};
    deliver(run, &input, body, {}, QStringLiteral("RUNNING"));
}

void Executor::finish(const ActiveRun &run, qint64 now)
{
    const qint64 runId = run.row.id;
    qint64 total = 0;
    qint64 succeeded = 0;
    const QHash<QString, qint64> counts = m_store.inputs().countByStatus(runId);
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        total += it.value();
        if (it.key() == QLatin1String("SUCCEEDED"))
            succeeded += it.value();
    }
    RunRows::Finish finish;
    finish.status = succeeded == total ? QStringLiteral("SUCCEEDED")
                    : succeeded > 0    ? QStringLiteral("PARTIAL_SUCCEEDED")
                                       : QStringLiteral("FAILED");
    if (run.incremental) {
        // Contract 6.3: each iteration keeps the newest max_results items;
        // older new items are never fetched. Count that loss for the user.
        const qint64 top = run.row.iterationTop.value_or(0);
        const qint64 previous = run.row.highWater;
        const qint64 fresh = top - previous;
        const qint64 maxResults = LaunchRequest::maxResults(run.parameters);
        const qint64 lost = previous >= 0 ? std::max<qint64>(0, fresh - maxResults) : 0;
        finish.highWater = top;
        if (lost > 0) {
            const QJsonObject info{
                {QStringLiteral("label"), QStringLiteral("MAX_RESULTS_REACHED")},
                {QStringLiteral("message"),
                 QStringLiteral("%1 new items were found but max_results is %2: the %3 oldest "
                                "new items were not fetched and are lost")
                     .arg(fresh)
                     .arg(maxResults)
                     .arg(lost)},
                {QStringLiteral("params"), QJsonObject{{QStringLiteral("new_items"), fresh},
                                                       {QStringLiteral("max_results"), maxResults},
                                                       {QStringLiteral("lost_items"), lost}}}};
            finish.lastInfo = StoreJson::text(info);
        }
    }
    // The run's last_error tells why it did not fully succeed: the error of
    // its last failed input, not a transient one that a retry got past.
    if (finish.status != QLatin1String("SUCCEEDED"))
        finish.lastError = lastInputError(runId);
    m_store.runs().finish(runId, finish, now);
    m_store.runs().wakeNextQueued(run.row.workspaceUid, now);
    deliver(run, nullptr, QJsonValue(QJsonValue::Null), {}, finish.status);
}

std::optional<QString> Executor::lastInputError(qint64 runId) const
{
    const auto error = m_store.inputs().lastFailedError(runId);
    if (!error)
        return std::nullopt;
    return StoreJson::text(runError(StoreJson::json(error).toObject()));
}

void Executor::deliver(const ActiveRun &run, const ActiveInput *input, const QJsonValue &error,
                       const QJsonArray &results, const QString &status)
{
    const QJsonObject callback = objectOf(run.row.callback);
    if (callback.isEmpty())
        return;
    const QJsonValue inputData = input ? QJsonValue(input->data) : QJsonValue(QJsonValue::Null);
    const QJsonValue customData =
        input ? StoreJson::json(input->row.customData) : QJsonValue(QJsonValue::Null);
    m_callbacks.enqueue(run.row.uid, run.row.workspaceUid, callback, inputData, customData, error,
                        results, status);
}

Executor::Outcome Executor::cancel(const QString &uid, QString *message)
{
    const auto run = m_store.runs().find(uid);
    if (!run)
        return Outcome::NotFound;
    const QString &status = run->status;
    if (run->executionMode == QLatin1String("LIVE")) {
        *message = QStringLiteral("live runs cannot be cancelled");
        return Outcome::NotAllowed;
    }
    if (!allowedOperations(runStatusFromApi(status)).testFlag(RunOperation::Cancel)) {
        *message = QStringLiteral("cannot cancel a run in status %1").arg(status);
        return Outcome::NotAllowed;
    }
    const qint64 now = m_clock.nowMs();
    m_store.begin();
    m_store.runs().stop(run->id, now);
    // Blocked inputs stop too: nothing of a stopped run waits on the user.
    m_store.inputs().stopAll(run->id, nonTerminalStatuses(), now);
    if (status == QLatin1String("RUNNING"))
        m_store.runs().wakeNextQueued(run->workspaceUid, now);
    m_callbacks.dropPending(uid);
    m_store.commit();
    return Outcome::Done;
}

Executor::Outcome Executor::resume(const QString &uid, QString *message)
{
    const auto run = m_store.runs().find(uid);
    if (!run)
        return Outcome::NotFound;
    const QString &status = run->status;
    if (!allowedOperations(runStatusFromApi(status)).testFlag(RunOperation::Resume)) {
        *message = QStringLiteral("cannot resume a run in status %1; only BLOCKED and STOPPED runs "
                                  "can be resumed")
                       .arg(status);
        return Outcome::NotAllowed;
    }
    const qint64 now = m_clock.nowMs();
    m_store.begin();
    m_store.runs().resume(run->id, now);
    m_store.inputs().resumeWaiting(run->id, now);
    m_store.commit();
    return Outcome::Done;
}

Executor::Outcome Executor::continueRun(const QString &uid, QString *message)
{
    const auto run = m_store.runs().find(uid);
    if (!run)
        return Outcome::NotFound;
    const QString &status = run->status;
    if (!LaunchRequest::isIncremental(objectOf(run->parameters))) {
        *message = QStringLiteral("only incremental runs (parameters.sync_mode = incremental) can "
                                  "be continued");
        return Outcome::NotAllowed;
    }
    if (!allowedOperations(runStatusFromApi(status)).testFlag(RunOperation::Continue)) {
        *message = QStringLiteral("cannot continue a run in status %1").arg(status);
        return Outcome::NotAllowed;
    }
    m_store.begin();
    startIteration(uid);
    m_store.commit();
    return Outcome::Done;
}

bool Executor::startIteration(const QString &uid)
{
    const auto run = m_store.runs().find(uid);
    if (!run)
        return false;
    const qint64 now = m_clock.nowMs();
    // An iteration that was interrupted (cancelled, blocked) after fetching
    // some items has seen everything up to its newest item: the next one
    // starts above it, so no item is stored twice (contract 6.3).
    m_store.runs().restartIteration(run->id, now);
    m_store.inputs().restartAll(run->id, now);
    return true;
}

void Executor::recoverAfterRestart()
{
    m_store.runs().wakeIdle(activeStatuses(), m_clock.nowMs());
}
