#include "sandbox/callbackdispatcher.h"

#include "core/domain/runstatus.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/store/sandboxstore.h"
#include "sandbox/store/storejson.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrl>

namespace {

// What is kept of a receiver's answer: enough to debug, never the
// whole of a large page.
constexpr qsizetype kKeptResponseBytes = 4096;

QJsonValue capturedResponse(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject() && body.size() <= kKeptResponseBytes)
        return document.object();
    return QJsonObject{{QStringLiteral("body"), QString::fromUtf8(body.left(kKeptResponseBytes))}};
}

} // namespace

CallbackDispatcher::CallbackDispatcher(SandboxStore &store, SandboxClock &clock,
                                       QNetworkAccessManager &network, Settings settings,
                                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_network(network)
    , m_settings(std::move(settings))
{}

void CallbackDispatcher::enqueue(const QString &runUid, const QJsonObject &callback,
                                 const QJsonValue &input, const QJsonValue &customData,
                                 const QJsonValue &error, const QJsonArray &results,
                                 const QString &runStatus)
{
    const bool final = isTerminal(runStatusFromApi(runStatus));
    if (callback.value(QStringLiteral("on")) == QLatin1String("final") && !final)
        return;
    const qint64 now = m_clock.nowMs();
    const QStringList uids = m_store.newUids(3);
    const QString &uid = uids.at(0);
    const QString &refUid = uids.at(1);
    const QString &batchUid = uids.at(2);
    const QJsonObject payload{
        {QStringLiteral("callback_ref_uid"), refUid},
        {QStringLiteral("run"), QJsonObject{{QStringLiteral("run_uid"), runUid},
                                            {QStringLiteral("batch_uid"), batchUid},
                                            {QStringLiteral("status"), runStatus}}},
        {QStringLiteral("input"), input},
        {QStringLiteral("custom_data"), customData},
        {QStringLiteral("error"), error},
        {QStringLiteral("results"), results},
    };
    m_store.exec(
        QStringLiteral("INSERT INTO callbacks(uid, ref_uid, run_uid, workspace_uid, "
                       "batch_uid, url, headers, payload, status, next_attempt_at, "
                       "created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, "
                       "?, ?)"),
        {uid, refUid, runUid, SandboxAccount::workspaceUid(), batchUid,
         callback.value(QStringLiteral("url")).toString(),
         StoreJson::text(callback.value(QStringLiteral("headers")).toObject()),
         StoreJson::text(payload), now, now, now});
}

std::optional<qint64> CallbackDispatcher::nextDue() const
{
    const QVariant due = m_store.scalar(QStringLiteral(
        "SELECT MIN(next_attempt_at) FROM callbacks WHERE next_attempt_at IS NOT NULL"));
    if (due.isNull())
        return std::nullopt;
    return due.toLongLong();
}

void CallbackDispatcher::processDue(qint64 nowMs)
{
    const auto callback =
        m_store.row(QStringLiteral("SELECT * FROM callbacks WHERE next_attempt_at "
                                   "IS NOT NULL AND next_attempt_at <= ? ORDER BY "
                                   "next_attempt_at, id LIMIT 1"),
                    {nowMs});
    if (callback)
        start(*callback, nowMs);
}

void CallbackDispatcher::start(const QSqlRecord &callback, qint64 now)
{
    const qint64 id = callback.value(QStringLiteral("id")).toLongLong();
    m_store.exec(QStringLiteral("UPDATE callbacks SET status = 'RUNNING', next_attempt_at = NULL, "
                                "updated_at = ? WHERE id = ?"),
                 {now, id});

    QNetworkRequest request(QUrl(callback.value(QStringLiteral("url")).toString()));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(static_cast<int>(m_settings.timeoutMs));
    const QJsonObject headers =
        StoreJson::json(callback.value(QStringLiteral("headers"))).toObject();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        request.setRawHeader(it.key().toUtf8(), it.value().toString().toUtf8());
    QNetworkReply *reply =
        m_network.post(request, callback.value(QStringLiteral("payload")).toByteArray());
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] { onFinished(reply, id); });
}

void CallbackDispatcher::onFinished(QNetworkReply *reply, qint64 callbackId)
{
    reply->deleteLater();
    --m_inFlight;
    const qint64 now = m_clock.nowMs();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int httpStatus = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    // A reply aborted by its transfer timeout is closed and has no body.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const bool success =
        reply->error() == QNetworkReply::NoError && httpStatus >= 200 && httpStatus < 300;
    // The run's status too: a run cancelled while this attempt was in flight
    // gets no retry (contract 3.9).
    const auto row =
        m_store.row(QStringLiteral("SELECT callbacks.retry_count, callbacks.parent_uid, "
                                   "runs.status FROM callbacks LEFT JOIN runs ON "
                                   "runs.uid = callbacks.run_uid WHERE callbacks.id = ?"),
                    {callbackId});
    if (!row) {
        emit deliveryFinished();
        return;
    }
    if (success) {
        m_store.exec(QStringLiteral("UPDATE callbacks SET status = 'SUCCESS', http_status = ?, "
                                    "http_response = ?, error = NULL, updated_at = ? WHERE id = ?"),
                     {httpStatus, StoreJson::text(capturedResponse(body)), now, callbackId});
        emit deliveryFinished();
        return;
    }
    const int retries = row->value(0).toInt();
    const QString message =
        httpStatus > 0
            ? QStringLiteral("The receiver answered HTTP %1").arg(httpStatus)
            : QStringLiteral("The receiver could not be reached: %1").arg(reply->errorString());
    const QJsonObject error{{QStringLiteral("message"), message},
                            {QStringLiteral("error_label"), QStringLiteral("CALLBACK_FAILED")},
                            {QStringLiteral("error_scope"), QStringLiteral("server")},
                            {QStringLiteral("status_code"), httpStatus},
                            {QStringLiteral("params"), QJsonObject()},
                            {QStringLiteral("error_ref"), m_store.newErrorRef()}};
    // Replays are one manual attempt each; originals get the automatic retries.
    const bool cancelled = row->value(2).toString() == QLatin1String("STOPPED");
    const bool retry =
        row->value(1).isNull() && !cancelled && retries < m_settings.retryDelaysMs.size();
    m_store.exec(
        QStringLiteral("UPDATE callbacks SET status = 'FAILED', http_status = ?, "
                       "http_response = ?, error = ?, retry_count = ?, next_attempt_at = ?, "
                       "updated_at = ? WHERE id = ?"),
        {httpStatus > 0 ? QVariant(httpStatus) : QVariant(),
         body.isEmpty() ? QVariant() : QVariant(StoreJson::text(capturedResponse(body))),
         StoreJson::text(error), retry ? retries + 1 : retries,
         retry ? QVariant(now + m_settings.retryDelaysMs.at(retries)) : QVariant(), now,
         callbackId});
    emit deliveryFinished();
}

CallbackDispatcher::ReplayOutcome CallbackDispatcher::replay(const QString &uid, QString *newUid)
{
    const auto original =
        m_store.row(QStringLiteral("SELECT * FROM callbacks WHERE uid = ?"), {uid});
    if (!original)
        return ReplayOutcome::NotFound;
    if (!original->value(QStringLiteral("parent_uid")).isNull())
        return ReplayOutcome::IsReplay;
    const int replays =
        m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM callbacks WHERE parent_uid = ?"), {uid})
            .toInt();
    if (replays >= m_settings.maxReplays)
        return ReplayOutcome::TooManyReplays;
    const qint64 now = m_clock.nowMs();
    *newUid = m_store.newUid();
    m_store.exec(
        QStringLiteral("INSERT INTO callbacks(uid, parent_uid, ref_uid, run_uid, "
                       "workspace_uid, batch_uid, url, headers, payload, status, "
                       "next_attempt_at, created_at, updated_at) SELECT ?, uid, ref_uid, "
                       "run_uid, workspace_uid, batch_uid, url, headers, payload, 'PENDING', "
                       "?, ?, ? FROM callbacks WHERE uid = ?"),
        {*newUid, now, now, now, uid});
    return ReplayOutcome::Done;
}

void CallbackDispatcher::dropPending(const QString &runUid)
{
    const qint64 now = m_clock.nowMs();
    const QJsonObject error{
        {QStringLiteral("message"), QStringLiteral("Not sent: the run was cancelled first")},
        {QStringLiteral("error_label"), QStringLiteral("RUN_CANCELLED")},
        {QStringLiteral("error_scope"), QStringLiteral("input")},
        {QStringLiteral("status_code"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("params"), QJsonObject()},
        {QStringLiteral("error_ref"), m_store.newErrorRef()}};
    m_store.exec(
        QStringLiteral("UPDATE callbacks SET status = 'FAILED', error = ?, next_attempt_at "
                       "= NULL, updated_at = ? WHERE run_uid = ? AND status = 'PENDING'"),
        {StoreJson::text(error), now, runUid});
    m_store.exec(QStringLiteral("UPDATE callbacks SET next_attempt_at = NULL, updated_at = ? WHERE "
                                "run_uid = ? AND next_attempt_at IS NOT NULL"),
                 {now, runUid});
}

void CallbackDispatcher::recoverAfterRestart()
{
    // A delivery that was in flight when the process died is attempted again.
    m_store.exec(
        QStringLiteral("UPDATE callbacks SET status = 'PENDING', next_attempt_at = ? WHERE "
                       "status IN ('PENDING', 'RUNNING') AND next_attempt_at IS NULL"),
        {m_clock.nowMs()});
}
