#include "sandbox/callbackdispatcher.h"

#include "core/domain/runstatus.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/store/callbackrows.h"
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

void CallbackDispatcher::enqueue(const QString &runUid, const QString &workspaceUid,
                                 const QJsonObject &callback, const QJsonValue &input,
                                 const QJsonValue &customData, const QJsonValue &error,
                                 const QJsonArray &results, const QString &runStatus)
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
    CallbackRow row;
    row.uid = uid;
    row.refUid = refUid;
    row.runUid = runUid;
    row.workspaceUid = workspaceUid;
    row.batchUid = batchUid;
    row.url = callback.value(QStringLiteral("url")).toString();
    row.headers = StoreJson::text(callback.value(QStringLiteral("headers")).toObject());
    row.payload = StoreJson::text(payload);
    row.status = QStringLiteral("PENDING");
    row.nextAttemptAt = now;
    row.createdAt = now;
    row.updatedAt = now;
    m_store.callbacks().insert(row);
}

std::optional<qint64> CallbackDispatcher::nextDue() const
{
    return m_store.callbacks().nextDue();
}

void CallbackDispatcher::processDue(qint64 nowMs)
{
    const auto callback = m_store.callbacks().firstDue(nowMs);
    if (callback)
        start(*callback, nowMs);
}

void CallbackDispatcher::start(const CallbackRow &callback, qint64 now)
{
    const qint64 id = callback.id;
    m_store.callbacks().markRunning(id, now);

    QNetworkRequest request(QUrl(callback.url));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(static_cast<int>(m_settings.timeoutMs));
    // The run's URL and nowhere else: a receiver's redirect (Qt follows
    // them by default) would carry the payload and the run's secret
    // headers to a URL nobody gave. A 3xx is a failed delivery.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    const QJsonObject headers = StoreJson::json(callback.headers).toObject();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        request.setRawHeader(it.key().toUtf8(), it.value().toString().toUtf8());
    QNetworkReply *reply = m_network.post(request, callback.payload.toUtf8());
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
    const auto attempt = m_store.callbacks().attempt(callbackId);
    if (!attempt) {
        emit deliveryFinished();
        return;
    }
    if (success) {
        m_store.callbacks().succeed(callbackId, httpStatus, StoreJson::text(capturedResponse(body)),
                                    now);
        emit deliveryFinished();
        return;
    }
    const int retries = attempt->retryCount;
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
    const bool cancelled = attempt->runStatus == QLatin1String("STOPPED");
    const bool retry =
        !attempt->isReplay && !cancelled && retries < m_settings.retryDelaysMs.size();
    m_store.callbacks().fail(
        callbackId, httpStatus > 0 ? std::optional<qint64>(httpStatus) : std::nullopt,
        body.isEmpty() ? std::nullopt : std::optional(StoreJson::text(capturedResponse(body))),
        StoreJson::text(error), retry ? retries + 1 : retries,
        retry ? std::optional(now + m_settings.retryDelaysMs.at(retries)) : std::nullopt, now);
    emit deliveryFinished();
}

CallbackDispatcher::ReplayOutcome CallbackDispatcher::replay(const QString &uid, QString *newUid)
{
    const auto original = m_store.callbacks().find(uid);
    if (!original)
        return ReplayOutcome::NotFound;
    if (original->parentUid)
        return ReplayOutcome::IsReplay;
    const qint64 replays = m_store.callbacks().countReplays(uid);
    if (replays >= m_settings.maxReplays)
        return ReplayOutcome::TooManyReplays;
    const qint64 now = m_clock.nowMs();
    *newUid = m_store.newUid();
    m_store.callbacks().insertReplay(uid, *newUid, now);
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
    m_store.callbacks().dropPending(runUid, StoreJson::text(error), now);
}

void CallbackDispatcher::recoverAfterRestart()
{
    // A delivery that was in flight when the process died is attempted again.
    m_store.callbacks().recoverInFlight(m_clock.nowMs());
}
