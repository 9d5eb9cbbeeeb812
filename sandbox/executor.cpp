#include "sandbox/executor.h"

#include "core/domain/actioncatalogue.h"
#include "core/domain/runstatus.h"
#include "sandbox/callbackdispatcher.h"
#include "sandbox/launchrequest.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/store/sandboxstore.h"
#include "sandbox/store/storejson.h"
#include "sandbox/syntheticdata.h"

#include <QJsonDocument>

namespace {

using StoreJson::integer;

QString value(const QSqlRecord &row, const char *name)
{
    return row.value(QLatin1String(name)).toString();
}

QJsonObject objectOf(const QSqlRecord &row, const char *name)
{
    return StoreJson::jsonField(row, name).toObject();
}

// The SQL list, e.g. ('CREATED','QUEUED'), of the statuses `keep` selects,
// taken from core so the sandbox keeps no status table of its own. The
// order is core's life-cycle order, so the text is stable.
template <typename Predicate>
QString statusList(Predicate keep)
{
    QStringList quoted;
    for (const RunStatus status : knownRunStatuses()) {
        if (keep(status))
            quoted.append(QStringLiteral("'%1'").arg(toApiString(status)));
    }
    return QStringLiteral("(%1)").arg(quoted.join(QLatin1Char(',')));
}

const QString &activeStatuses()
{
    static const QString list = statusList(&Executor::isActive);
    return list;
}

// Everything a cancel stops, BLOCKED included.
const QString &nonTerminalStatuses()
{
    static const QString list = statusList([](RunStatus status) { return !isTerminal(status); });
    return list;
}

QVariant jsonText(const QJsonObject &object)
{
    return object.isEmpty() ? QVariant() : QVariant(StoreJson::text(object));
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

QString Executor::createRun(const LaunchRequest &request, const QString &userUid,
                            const Origin &origin)
{
    const qint64 now = m_clock.nowMs();
    const ActionSpec &action = *request.action;
    const int actionId = ActionCatalogue::actionId(action.slug);
    m_store.begin();
    const QString uid = m_store.newUid();
    const bool scheduled = !origin.scheduleUid.isEmpty();
    QSqlQuery insert = m_store.exec(
        QStringLiteral(
            "INSERT INTO runs(uid, workspace_uid, user_uid, name, action_id, action_name, "
            "execution_mode, status, parameters, identity_uid, callback, "
            "scheduled_run_uid, scheduled_run_name, created_at, updated_at, due_at) "
            "VALUES(?, ?, ?, ?, ?, ?, 'ASYNC', ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {uid, SandboxAccount::workspaceUid(), userUid,
         request.name.isEmpty() ? QVariant() : request.name, actionId, action.slug,
         scheduled ? QStringLiteral("SCHEDULED") : QStringLiteral("CREATED"),
         StoreJson::text(request.parameters),
         request.identityUid.isEmpty() ? QVariant() : request.identityUid,
         jsonText(request.callback), scheduled ? QVariant(origin.scheduleUid) : QVariant(),
         origin.scheduleName.isEmpty() ? QVariant() : origin.scheduleName, now, now, now});
    const qint64 runId = insert.lastInsertId().toLongLong();

    const QStringList inputUids = m_store.newUids(static_cast<int>(request.inputs.size()));
    QSqlQuery inputs(m_store.database());
    inputs.prepare(
        QStringLiteral("INSERT INTO inputs(run_id, position, uid, status, input_data, "
                       "custom_data, created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString inputStatus = scheduled ? QStringLiteral("SCHEDULED") : QStringLiteral("CREATED");
    for (qsizetype i = 0; i < request.inputs.size(); ++i) {
        inputs.addBindValue(runId);
        inputs.addBindValue(i);
        inputs.addBindValue(inputUids.at(i));
        inputs.addBindValue(inputStatus);
        inputs.addBindValue(StoreJson::text(request.inputs.at(i)));
        inputs.addBindValue(request.customData.at(i).isObject()
                                ? QVariant(StoreJson::text(request.customData.at(i)))
                                : QVariant());
        inputs.addBindValue(now);
        inputs.addBindValue(now);
        inputs.exec();
    }
    m_store.commit();
    return uid;
}

QString Executor::recordLiveRun(const LaunchRequest &request, const QString &userUid,
                                int outputCount, const QJsonValue &lastInfo)
{
    const qint64 now = m_clock.nowMs();
    const QString uid = m_store.newUid();
    m_store.exec(
        QStringLiteral("INSERT INTO runs(uid, workspace_uid, user_uid, action_id, action_name, "
                       "execution_mode, status, parameters, identity_uid, output_count, last_info, "
                       "started_at, finished_at, created_at, updated_at) "
                       "VALUES(?, ?, ?, ?, ?, 'LIVE', 'SUCCEEDED', ?, ?, ?, ?, ?, ?, ?, ?)"),
        {uid, SandboxAccount::workspaceUid(), userUid,
         ActionCatalogue::actionId(request.action->slug), request.action->slug,
         StoreJson::text(request.parameters),
         request.identityUid.isEmpty() ? QVariant() : request.identityUid, outputCount,
         lastInfo.isObject() ? QVariant(StoreJson::text(lastInfo)) : QVariant(), now, now, now,
         now});
    return uid;
}

std::optional<qint64> Executor::nextDue() const
{
    const QVariant due =
        m_store.scalar(QStringLiteral("SELECT MIN(due_at) FROM runs WHERE due_at IS NOT NULL"));
    if (due.isNull())
        return std::nullopt;
    return due.toLongLong();
}

void Executor::processDue(qint64 nowMs)
{
    const auto run = m_store.row(QStringLiteral("SELECT * FROM runs WHERE due_at IS NOT NULL AND "
                                                "due_at <= ? ORDER BY due_at, id LIMIT 1"),
                                 {nowMs});
    if (!run)
        return;
    m_store.begin();
    step(*run, nowMs);
    m_store.commit();
}

void Executor::setRun(qint64 runId, const QString &assignments, const QVariantList &values,
                      qint64 now)
{
    QVariantList bindings = values;
    bindings << now << runId;
    m_store.exec(QStringLiteral("UPDATE runs SET ") + assignments +
                     QStringLiteral(", updated_at = ? WHERE id = ?"),
                 bindings);
}

void Executor::setInput(qint64 inputId, const QString &assignments, const QVariantList &values,
                        qint64 now)
{
    QVariantList bindings = values;
    bindings << now << inputId;
    m_store.exec(QStringLiteral("UPDATE inputs SET ") + assignments +
                     QStringLiteral(", updated_at = ? WHERE id = ?"),
                 bindings);
}

void Executor::step(const QSqlRecord &record, qint64 now)
{
    RunRow run;
    run.record = record;
    run.id = integer(record, "id");
    run.action = ActionCatalogue::find(value(record, "action_name"));
    run.parameters = objectOf(record, "parameters");
    run.incremental = LaunchRequest::isIncremental(run.parameters);
    const qint64 runId = run.id;
    const QString status = value(record, "status");
    if (status == QLatin1String("CREATED") || status == QLatin1String("SCHEDULED")) {
        setRun(runId, QStringLiteral("status = 'QUEUED', postponed_until = NULL, due_at = ?"),
               {now}, now);
        m_store.exec(QStringLiteral("UPDATE inputs SET status = 'QUEUED', updated_at = ? WHERE "
                                    "run_id = ? AND status IN ('CREATED','SCHEDULED')"),
                     {now, runId});
    } else if (status == QLatin1String("QUEUED")) {
        startQueued(run, now);
    } else if (status == QLatin1String("RUNNING")) {
        processPage(run, now);
    } else {
        setRun(runId, QStringLiteral("due_at = NULL"), {}, now);
    }
}

void Executor::startQueued(const RunRow &run, qint64 now)
{
    const qint64 runId = run.id;
    const int running =
        m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM runs WHERE status = 'RUNNING'"))
            .toInt();
    if (running >= m_settings.concurrency) {
        // Waits for a slot; releaseSlot() makes it due again.
        setRun(runId, QStringLiteral("due_at = NULL"), {}, now);
        return;
    }
    QVariant top = run.record.value(QStringLiteral("iteration_top"));
    if (run.incremental && top.isNull()) {
        const QString identity = value(run.record, "identity_uid");
        top = m_sources.size(value(run.record, "action_name"), identity, now) - 1;
    }
    setRun(runId,
           QStringLiteral("status = 'RUNNING', started_at = COALESCE(started_at, ?), "
                          "iteration_top = ?, due_at = ?"),
           {now, top, now + m_settings.pageDurationMs}, now);
}

void Executor::processPage(const RunRow &run, qint64 now)
{
    const auto record =
        m_store.row(QStringLiteral("SELECT * FROM inputs WHERE run_id = ? AND status IN ") +
                        activeStatuses() + QStringLiteral(" ORDER BY position LIMIT 1"),
                    {run.id});
    if (!record) {
        finish(run, now);
        return;
    }
    InputRow input;
    input.record = *record;
    input.id = integer(*record, "id");
    input.data = objectOf(*record, "input_data");
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

void Executor::processInput(const RunRow &run, const InputRow &input, qint64 now)
{
    const qint64 runId = run.id;
    const qint64 inputId = input.id;
    // Mirrors the UPDATE rather than reading the row again: no later stage
    // of this step reads the other columns it changes.
    qint64 attempts = integer(input.record, "attempts");
    if (value(input.record, "status") != QLatin1String("RUNNING")) {
        setInput(inputId,
                 QStringLiteral("status = 'RUNNING', started_at = COALESCE(started_at, ?), "
                                "attempts = attempts + 1"),
                 {now}, now);
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
        setInput(inputId, QStringLiteral("status = 'BLOCKED', last_error = ?"),
                 {StoreJson::text(error)}, now);
        setRun(runId, QStringLiteral("status = 'BLOCKED', last_error = ?, due_at = NULL"),
               {StoreJson::text(runError(error))}, now);
        releaseSlot(now);
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
            {QStringLiteral("params"),
             QJsonObject{{QStringLiteral("input_uid"), value(input.record, "uid")}}}};
        setInput(inputId, QStringLiteral("status = 'SUCCEEDED', finished_at = ?"), {now}, now);
        setRun(runId, QStringLiteral("last_info = ?, due_at = ?"),
               {StoreJson::text(info), now + m_settings.pageDurationMs}, now);
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

void Executor::fetchPage(const RunRow &run, const InputRow &input, qint64 now)
{
    const qint64 runId = run.id;
    const qint64 inputId = input.id;
    const ActionSpec *action = run.action;
    const QJsonObject &parameters = run.parameters;
    const QJsonObject &data = input.data;
    const bool incremental = run.incremental;
    const int maxResults = action->returnsList() ? LaunchRequest::maxResults(parameters) : 1;
    const qint64 top = integer(run.record, "iteration_top");

    QVariant targetValue = input.record.value(QStringLiteral("target"));
    if (targetValue.isNull()) {
        qint64 available = 0;
        if (incremental)
            available = top - integer(run.record, "high_water");
        else
            available = m_data.availableResults(*action, data);
        targetValue = std::min<qint64>(available, maxResults);
    }
    const qint64 target = targetValue.toLongLong();
    const qint64 fetched = integer(input.record, "fetched");
    const int pageSize = action->returnsList() ? action->livePageSize : 1;
    const qint64 count = std::max<qint64>(0, std::min<qint64>(pageSize, target - fetched));

    QJsonArray results;
    QSqlQuery insert(m_store.database());
    insert.prepare(QStringLiteral("INSERT INTO outputs(run_id, input_id, data) VALUES(?, ?, ?)"));
    const QString identity = value(run.record, "identity_uid");
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
        insert.addBindValue(runId);
        insert.addBindValue(inputId);
        insert.addBindValue(StoreJson::text(item));
        insert.exec();
        results.append(item);
    }
    const bool done = fetched + count >= target;
    setInput(inputId,
             QStringLiteral("target = ?, fetched = fetched + ?, output_count = output_count + ?, "
                            "status = ?, finished_at = ?"),
             {target, count, count, done ? QStringLiteral("SUCCEEDED") : QStringLiteral("RUNNING"),
              done ? QVariant(now) : QVariant()},
             now);
    setRun(runId, QStringLiteral("output_count = output_count + ?, due_at = ?"),
           {count, now + m_settings.pageDurationMs}, now);
    if (count > 0 || done)
        deliver(run, &input, QJsonValue(QJsonValue::Null), results, QStringLiteral("RUNNING"));
}

void Executor::retryLater(const RunRow &run, const InputRow &input, qint64 now)
{
    const qint64 runId = run.id;
    if (integer(run.record, "retry_count") >= m_settings.maxRetries) {
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
    setInput(input.id, QStringLiteral("status = 'SCHEDULED', retry_count = retry_count + 1"), {},
             now);
    setRun(
        runId,
        QStringLiteral("status = 'SCHEDULED', retry_count = retry_count + 1, postponed_until = ?, "
                       "last_error = ?, due_at = ?"),
        {postponed, StoreJson::text(error), postponed}, now);
    releaseSlot(now);
}

void Executor::failInput(const RunRow &run, const InputRow &input, const QJsonObject &error,
                         qint64 now)
{
    setInput(input.id, QStringLiteral("status = 'FAILED', last_error = ?, finished_at = ?"),
             {StoreJson::text(error), now}, now);
    setRun(run.id, QStringLiteral("last_error = ?, due_at = ?"),
           {StoreJson::text(runError(error)), now + m_settings.pageDurationMs}, now);
    QJsonObject body{{QStringLiteral("error_label"), error.value(QStringLiteral("label"))},
                     {QStringLiteral("error_scope"), error.value(QStringLiteral("scope"))},
                     {QStringLiteral("error_ref"), error.value(QStringLiteral("error_ref"))},
                     {QStringLiteral("message"), error.value(QStringLiteral("message"))},
                     {QStringLiteral("status_code"), error.value(QStringLiteral("status_code"))},
                     {QStringLiteral("params"), QJsonObject()}};
    deliver(run, &input, body, {}, QStringLiteral("RUNNING"));
}

void Executor::finish(const RunRow &run, qint64 now)
{
    const qint64 runId = run.id;
    QSqlQuery counts = m_store.exec(QStringLiteral("SELECT status, COUNT(*) FROM inputs WHERE "
                                                   "run_id = ? GROUP BY status"),
                                    {runId});
    qint64 total = 0;
    qint64 succeeded = 0;
    while (counts.next()) {
        total += counts.value(1).toLongLong();
        if (counts.value(0).toString() == QLatin1String("SUCCEEDED"))
            succeeded += counts.value(1).toLongLong();
    }
    const QString status = succeeded == total ? QStringLiteral("SUCCEEDED")
                           : succeeded > 0    ? QStringLiteral("PARTIAL_SUCCEEDED")
                                              : QStringLiteral("FAILED");

    QString extra;
    QVariantList values{status, now};
    if (run.incremental) {
        // Contract 6.3: each iteration keeps the newest max_results items;
        // older new items are never fetched. Count that loss for the user.
        const qint64 top = integer(run.record, "iteration_top");
        const qint64 previous = integer(run.record, "high_water");
        const qint64 fresh = top - previous;
        const qint64 maxResults = LaunchRequest::maxResults(run.parameters);
        const qint64 lost = previous >= 0 ? std::max<qint64>(0, fresh - maxResults) : 0;
        extra = QStringLiteral(", high_water = ?, iteration_top = NULL, synced_at = ?");
        values << top << now;
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
            extra += QStringLiteral(", last_info = ?");
            values << StoreJson::text(info);
        }
    }
    // The run's last_error tells why it did not fully succeed: the error of
    // its last failed input, not a transient one that a retry got past.
    extra += QStringLiteral(", last_error = ?");
    values << (status == QLatin1String("SUCCEEDED") ? QVariant() : lastInputError(runId));
    setRun(runId, QStringLiteral("status = ?, finished_at = ?, due_at = NULL") + extra, values,
           now);
    releaseSlot(now);
    deliver(run, nullptr, QJsonValue(QJsonValue::Null), {}, status);
}

QVariant Executor::lastInputError(qint64 runId) const
{
    const QVariant error =
        m_store.scalar(QStringLiteral("SELECT last_error FROM inputs WHERE run_id "
                                      "= ? AND status = 'FAILED' ORDER BY "
                                      "finished_at DESC, position DESC LIMIT 1"),
                       {runId});
    if (error.isNull())
        return {};
    return StoreJson::text(runError(StoreJson::json(error).toObject()));
}

void Executor::releaseSlot(qint64 now)
{
    m_store.exec(QStringLiteral("UPDATE runs SET due_at = ? WHERE id = (SELECT id FROM runs WHERE "
                                "status = 'QUEUED' AND due_at IS NULL ORDER BY created_at, id "
                                "LIMIT 1)"),
                 {now});
}

void Executor::deliver(const RunRow &run, const InputRow *input, const QJsonValue &error,
                       const QJsonArray &results, const QString &status)
{
    const QJsonObject callback = objectOf(run.record, "callback");
    if (callback.isEmpty())
        return;
    const QJsonValue inputData = input ? QJsonValue(input->data) : QJsonValue(QJsonValue::Null);
    const QJsonValue customData =
        input ? StoreJson::jsonField(input->record, "custom_data") : QJsonValue(QJsonValue::Null);
    m_callbacks.enqueue(value(run.record, "uid"), callback, inputData, customData, error, results,
                        status);
}

Executor::Outcome Executor::cancel(const QString &uid, QString *message)
{
    const auto run = m_store.row(QStringLiteral("SELECT * FROM runs WHERE uid = ?"), {uid});
    if (!run)
        return Outcome::NotFound;
    const QString status = value(*run, "status");
    if (value(*run, "execution_mode") == QLatin1String("LIVE")) {
        *message = QStringLiteral("live runs cannot be cancelled");
        return Outcome::NotAllowed;
    }
    if (!allowedOperations(runStatusFromApi(status)).testFlag(RunOperation::Cancel)) {
        *message = QStringLiteral("cannot cancel a run in status %1").arg(status);
        return Outcome::NotAllowed;
    }
    const qint64 now = m_clock.nowMs();
    m_store.begin();
    setRun(integer(*run, "id"),
           QStringLiteral(
               "status = 'STOPPED', finished_at = ?, postponed_until = NULL, due_at = NULL"),
           {now}, now);
    // Blocked inputs stop too: nothing of a stopped run waits on the user.
    m_store.exec(QStringLiteral("UPDATE inputs SET status = 'STOPPED', updated_at = ? "
                                "WHERE run_id = ? AND status IN ") +
                     nonTerminalStatuses(),
                 {now, integer(*run, "id")});
    if (status == QLatin1String("RUNNING"))
        releaseSlot(now);
    m_callbacks.dropPending(uid);
    m_store.commit();
    return Outcome::Done;
}

Executor::Outcome Executor::resume(const QString &uid, QString *message)
{
    const auto run = m_store.row(QStringLiteral("SELECT * FROM runs WHERE uid = ?"), {uid});
    if (!run)
        return Outcome::NotFound;
    const QString status = value(*run, "status");
    if (!allowedOperations(runStatusFromApi(status)).testFlag(RunOperation::Resume)) {
        *message = QStringLiteral("cannot resume a run in status %1; only BLOCKED and STOPPED runs "
                                  "can be resumed")
                       .arg(status);
        return Outcome::NotAllowed;
    }
    const qint64 now = m_clock.nowMs();
    m_store.begin();
    setRun(integer(*run, "id"),
           QStringLiteral("status = 'SCHEDULED', last_error = NULL, retry_count = 0, "
                          "postponed_until = NULL, finished_at = NULL, due_at = ?"),
           {now}, now);
    m_store.exec(QStringLiteral("UPDATE inputs SET status = 'SCHEDULED', last_error = NULL, "
                                "attempts = 0, updated_at = ? WHERE run_id = ? AND status IN "
                                "('BLOCKED','STOPPED')"),
                 {now, integer(*run, "id")});
    m_store.commit();
    return Outcome::Done;
}

Executor::Outcome Executor::continueRun(const QString &uid, QString *message)
{
    const auto run = m_store.row(QStringLiteral("SELECT * FROM runs WHERE uid = ?"), {uid});
    if (!run)
        return Outcome::NotFound;
    const QString status = value(*run, "status");
    if (!LaunchRequest::isIncremental(objectOf(*run, "parameters"))) {
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
    const auto run = m_store.row(QStringLiteral("SELECT id FROM runs WHERE uid = ?"), {uid});
    if (!run)
        return false;
    const qint64 now = m_clock.nowMs();
    // An iteration that was interrupted (cancelled, blocked) after fetching
    // some items has seen everything up to its newest item: the next one
    // starts above it, so no item is stored twice (contract 6.3).
    m_store.exec(QStringLiteral("UPDATE runs SET high_water = iteration_top WHERE id = ? AND "
                                "iteration_top IS NOT NULL AND EXISTS (SELECT 1 FROM inputs WHERE "
                                "run_id = runs.id AND fetched > 0)"),
                 {integer(*run, "id")});
    setRun(integer(*run, "id"),
           QStringLiteral("status = 'SCHEDULED', last_error = NULL, last_info = NULL, "
                          "retry_count = 0, postponed_until = NULL, finished_at = NULL, "
                          "iteration_top = NULL, due_at = ?"),
           {now}, now);
    m_store.exec(QStringLiteral("UPDATE inputs SET status = 'SCHEDULED', last_error = NULL, "
                                "target = NULL, fetched = 0, attempts = 0, finished_at = NULL, "
                                "updated_at = ? WHERE run_id = ?"),
                 {now, integer(*run, "id")});
    return true;
}

void Executor::recoverAfterRestart()
{
    const qint64 now = m_clock.nowMs();
    m_store.exec(QStringLiteral("UPDATE runs SET due_at = ? WHERE due_at IS NULL AND status IN ") +
                     activeStatuses(),
                 {now});
}
