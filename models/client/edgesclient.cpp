#include "models/client/edgesclient.h"

#include "models/client/edgesroutes.h"
#include "models/client/requestbudget.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif
#include <QTimer>

#include <cstring>

Q_LOGGING_CATEGORY(lcClient, "runboard.models.client", QtInfoMsg)

namespace {

// A server asking for more than this is waited out in several rounds.
constexpr qint64 kMaxRetryAfterMs = 5 * 60 * 1000;

bool isRetryableStatus(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504;
}

// Errors raised before a single byte of the request left this machine.
bool neverSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError ||
           error == QNetworkReply::HostNotFoundError;
}

// The body's length as the server announced it, or -1 when it did not or
// when Qt decoded the body (Content-Encoding), which changes its length.
// Qt 6.4 ends a reply whose connection closed in the middle of its body
// as if no length had been announced, with no error and half a body
// (QHttpNetworkConnectionChannel::_q_receiveReply on an unconnected
// socket); comparing is how a cut body is told from a whole one.
qint64 announcedLength(const QNetworkReply *network)
{
    const QByteArray encoding = network->rawHeader("Content-Encoding").trimmed();
    if (!encoding.isEmpty() && encoding.compare("identity", Qt::CaseInsensitive) != 0)
        return -1;
    bool ok = false;
    const qint64 length = network->rawHeader("Content-Length").trimmed().toLongLong(&ok);
    return ok && length >= 0 ? length : -1;
}

} // namespace

// Hands the body out once and cannot rewind: Qt's HTTP layer then fails a
// request whose reused connection closed early instead of silently
// sending it again, which for a launch would create a second run.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, m_data.size() - m_position);
        std::memcpy(data, m_data.constData() + m_position, static_cast<size_t>(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

struct EdgesClient::Call
{
    EdgesRequest request;
    QPointer<ApiReply> reply;
    quint64 ticket = 0;
    // Why the last attempt's certificate was refused, in Qt's words.
    QStringList certificateErrors;
};

EdgesClient::EdgesClient(QNetworkAccessManager *network, ConnectionSettings settings,
                         ApiKeyProvider key, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(std::move(settings))
    , m_key(std::move(key))
    , m_budget(new RequestBudget(
          RateTier::find(m_settings.tier).value_or(*RateTier::find(QStringLiteral("trial"))), this))
    , m_random(QRandomGenerator::securelySeeded())
{}

EdgesClient::~EdgesClient()
{
    // Every call still open ends now, Cancelled, with its network request.
    const QList<ApiReply *> replies = findChildren<ApiReply *>(Qt::FindDirectChildrenOnly);
    for (ApiReply *reply : replies)
        reply->cancel();
}

QUrl EdgesClient::urlOf(const EdgesRequest &request) const
{
    if (!request.absoluteUrl.isEmpty())
        return request.absoluteUrl;
    QUrl url = m_settings.baseUrl;
    url.setPath(url.path() + request.path);
    if (!request.query.isEmpty()) {
        // '+' means a space to many servers: send it encoded.
        QString query = request.query.query(QUrl::FullyEncoded);
        query.replace(QLatin1Char('+'), QLatin1String("%2B"));
        url.setQuery(query, QUrl::StrictMode);
    }
    return url;
}

ApiReply *EdgesClient::send(const EdgesRequest &request)
{
    auto *reply = new ApiReply(this);
    auto call = std::make_shared<Call>();
    call->request = request;
    call->reply = reply;
    // A reply that ends while waiting for budget gives its place back.
    connect(reply, &ApiReply::finished, this, [this, call] { m_budget->release(call->ticket); });
    attempt(call);
    return reply;
}

void EdgesClient::attempt(const CallPtr &call)
{
    if (!call->reply || call->reply->isFinished())
        return;
    call->ticket = m_budget->acquire(call->request.family, [this, call] { startNetwork(call); });
}

void EdgesClient::startNetwork(const CallPtr &call)
{
    ApiReply *reply = call->reply;
    if (!reply || reply->isFinished())
        return;
    ++reply->m_result.attempts;
    QNetworkRequest request(urlOf(call->request));
    request.setRawHeader("X-API-Key", m_key ? m_key().toUtf8() : QByteArray());
    request.setRawHeader("Accept", "application/json");
    if (!call->request.body.isEmpty() || call->request.method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_settings.timeoutMs);
    qCDebug(lcClient).noquote() << call->request.method << request.url().path() << "attempt"
                                << reply->m_result.attempts;
    QNetworkReply *network = nullptr;
    if (call->request.idempotent) {
        network = m_network->sendCustomRequest(request, call->request.method, call->request.body);
    } else {
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->request.body.size());
        auto *body = new OneShotBody(call->request.body, nullptr);
        network = m_network->sendCustomRequest(request, call->request.method, body);
        body->setParent(network);
    }
    reply->m_network = network;
    call->certificateErrors.clear();
#if QT_CONFIG(ssl)
    // Only noted for the message: ignoreSslErrors() is never called, so Qt
    // aborts the handshake before the request (and its key) is sent.
    connect(network, &QNetworkReply::sslErrors, reply, [call](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            call->certificateErrors.append(error.errorString());
    });
#endif
    connect(network, &QNetworkReply::finished, reply, [this, call] { onNetworkFinished(call); });
}

qint64 EdgesClient::backoffMs(int attempt)
{
    // Full jitter: a uniform wait up to the exponential step, so callers
    // that failed together do not come back together.
    const qint64 step = std::min<qint64>(m_settings.backoffCapMs, qint64(m_settings.backoffBaseMs)
                                                                      << std::min(attempt - 1, 20));
    return m_random.bounded(step + 1);
}

void EdgesClient::retryOrFail(const CallPtr &call, qint64 delayMs, ApiError error)
{
    ApiReply *reply = call->reply;
    if (reply->m_result.attempts > m_settings.maxRetries) {
        const int status = error.httpStatus;
        finish(call, std::move(error), status, QJsonValue(), QUrl());
        return;
    }
    emit attemptEnded(error, delayMs);
    qCDebug(lcClient).noquote() << "retrying" << call->request.method << urlOf(call->request).path()
                                << "in" << delayMs << "ms";
    if (!reply->m_retryTimer) {
        reply->m_retryTimer = new QTimer(reply);
        reply->m_retryTimer->setSingleShot(true);
        // A coarse timer may fire 5% early; Retry-After is a minimum.
        reply->m_retryTimer->setTimerType(Qt::PreciseTimer);
    }
    reply->m_retryTimer->disconnect();
    connect(reply->m_retryTimer, &QTimer::timeout, this, [this, call] { attempt(call); });
    reply->m_retryTimer->start(static_cast<int>(delayMs));
}

void EdgesClient::onNetworkFinished(const CallPtr &call)
{
    ApiReply *reply = call->reply;
    QNetworkReply *network = reply->m_network;
    reply->m_network = nullptr;
    if (!network)
        return;
    network->deleteLater();
    if (reply->isFinished())
        return;

    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = network->error();
    const QByteArray body = network->isOpen() ? network->readAll() : QByteArray();
    const EdgesRequest &request = call->request;
    // Debug: one line per answer is too much for the terminal by default
    // (issue 10 item 14). The path only: a query may carry anything.
    if (networkError != QNetworkReply::NoError)
        qCDebug(lcClient).noquote()
            << request.method << network->url().path() << "->" << status << network->errorString();
    else
        qCDebug(lcClient).noquote() << request.method << network->url().path() << "->" << status;

    ApiError error;
    error.httpStatus = status;
    if (networkError == QNetworkReply::SslHandshakeFailedError) {
        // Refused again on every try, and the request never left: not
        // retried, and a launch is known not to have happened.
        error.kind = ApiError::Kind::Certificate;
        error.detail = call->certificateErrors.isEmpty()
                           ? network->errorString()
                           : call->certificateErrors.join(QLatin1String("; "));
        return finish(call, error, 0, QJsonValue(), QUrl());
    }
    const qint64 announced = announcedLength(network);
    const bool cut = status < 400 && announced >= 0 && body.size() < announced;
    if (status == 0 || (networkError != QNetworkReply::NoError && status < 400) || cut) {
        // No (complete) answer: the connection failed or the body was cut.
        const bool timedOut = networkError == QNetworkReply::TimeoutError ||
                              networkError == QNetworkReply::OperationCanceledError;
        error.kind = timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network;
        error.httpStatus = 0;
        // Qt words the transfer timeout as "Operation canceled"; say what
        // happened instead.
        error.detail =
            timedOut
                ? tr("no answer within %1 s").arg(QString::number(m_settings.timeoutMs / 1000.0))
            : networkError == QNetworkReply::NoError
                ? tr("the connection closed after %1 of the %2 bytes announced")
                      .arg(body.size())
                      .arg(announced)
                : network->errorString();
        if (request.idempotent || neverSent(networkError))
            return retryOrFail(call, backoffMs(reply->m_result.attempts), error);
        if (request.creates)
            error.kind = ApiError::Kind::LaunchUncertain;
        return finish(call, error, 0, QJsonValue(), QUrl());
    }

    if (request.rawBody && status >= 200 && status < 300) {
        const QUrl next(QString::fromUtf8(network->rawHeader("X-Pagination-Next")));
        call->reply->m_result.body = body;
        return finish(call, ApiError(), status, QJsonValue(), next);
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue json = document.isArray()    ? QJsonValue(document.array())
                            : document.isObject() ? QJsonValue(document.object())
                                                  : QJsonValue();

    if (status >= 200 && status < 300) {
        if (parseError.error != QJsonParseError::NoError) {
            error.kind = ApiError::Kind::InvalidResponse;
            error.detail = parseError.errorString();
            if (request.idempotent)
                return retryOrFail(call, backoffMs(reply->m_result.attempts), error);
            if (request.creates)
                error.kind = ApiError::Kind::LaunchUncertain;
            return finish(call, error, status, QJsonValue(), QUrl());
        }
        const QUrl next(QString::fromUtf8(network->rawHeader("X-Pagination-Next")));
        return finish(call, ApiError(), status, json, next);
    }

    error.kind = ApiError::Kind::Http;
    error.body = ErrorBody::fromJson(json.toObject());
    if (status == 429) {
        // Refused before any work: safe to send again, launches included.
        bool ok = false;
        const qint64 retryAfter = network->rawHeader("Retry-After").trimmed().toLongLong(&ok);
        const qint64 delay = ok && retryAfter >= 0 ? std::min(retryAfter * 1000, kMaxRetryAfterMs)
                                                   : backoffMs(reply->m_result.attempts);
        return retryOrFail(call, delay, error);
    }
    if (isRetryableStatus(status)) {
        if (request.idempotent)
            return retryOrFail(call, backoffMs(reply->m_result.attempts), error);
        if (request.creates) {
            error.kind = ApiError::Kind::LaunchUncertain;
            error.detail = QStringLiteral("HTTP %1").arg(status);
        }
    }
    finish(call, error, status, QJsonValue(), QUrl());
}

void EdgesClient::finish(const CallPtr &call, ApiError error, int status, QJsonValue json,
                         QUrl next)
{
    emit attemptEnded(error, -1);
    call->reply->finish(std::move(error), status, std::move(json), std::move(next));
}

ApiReply *EdgesClient::listRuns(const ListParameters &parameters)
{
    return send(EdgesRoutes::listRuns(parameters));
}

ApiReply *EdgesClient::getRun(const QString &uid)
{
    return send(EdgesRoutes::getRun(uid));
}

ApiReply *EdgesClient::runStatus(const QString &uid)
{
    return send(EdgesRoutes::runStatus(uid));
}

ApiReply *EdgesClient::runInputs(const QString &uid, int limit)
{
    return send(EdgesRoutes::runInputs(uid, limit));
}

ApiReply *EdgesClient::runOutputs(const QString &uid, int limit)
{
    return send(EdgesRoutes::runOutputs(uid, limit));
}

ApiReply *EdgesClient::resumeRun(const QString &uid)
{
    return send(EdgesRoutes::resumeRun(uid));
}

ApiReply *EdgesClient::continueRun(const QString &uid)
{
    return send(EdgesRoutes::continueRun(uid));
}

ApiReply *EdgesClient::cancelRun(const QString &uid)
{
    return send(EdgesRoutes::cancelRun(uid));
}

ApiReply *EdgesClient::followNext(const QUrl &next, RouteFamily family)
{
    return send(EdgesRoutes::followNext(next, family));
}

ApiReply *EdgesClient::runLive(const QString &action, const QJsonObject &body)
{
    return send(EdgesRoutes::runLive(action, body));
}

ApiReply *EdgesClient::runLiveNext(const QUrl &next, const QJsonObject &body)
{
    return send(EdgesRoutes::runLiveNext(next, body));
}

ApiReply *EdgesClient::runAsync(const QString &action, const QJsonObject &body)
{
    return send(EdgesRoutes::runAsync(action, body));
}

ApiReply *EdgesClient::runSchedule(const QString &action, const QJsonObject &body)
{
    return send(EdgesRoutes::runSchedule(action, body));
}

ApiReply *EdgesClient::listSchedules(const ListParameters &parameters)
{
    return send(EdgesRoutes::listSchedules(parameters));
}

ApiReply *EdgesClient::getSchedule(const QString &uid)
{
    return send(EdgesRoutes::getSchedule(uid));
}

ApiReply *EdgesClient::manageSchedule(const QString &uid, const QString &action,
                                      const QJsonObject &body)
{
    return send(EdgesRoutes::manageSchedule(uid, action, body));
}

ApiReply *EdgesClient::listCallbacks(const ListParameters &parameters)
{
    return send(EdgesRoutes::listCallbacks(parameters));
}

ApiReply *EdgesClient::getCallback(const QString &uid)
{
    return send(EdgesRoutes::getCallback(uid));
}

ApiReply *EdgesClient::replayCallback(const QString &uid)
{
    return send(EdgesRoutes::replayCallback(uid));
}

ApiReply *EdgesClient::identities(const QString &query)
{
    return send(EdgesRoutes::identities(query));
}

ApiReply *EdgesClient::createIdentity(const QJsonObject &body)
{
    return send(EdgesRoutes::createIdentity(body));
}

ApiReply *EdgesClient::updateIdentity(const QString &uid, const QJsonObject &body)
{
    return send(EdgesRoutes::updateIdentity(uid, body));
}

ApiReply *EdgesClient::identityLimits(const QString &uid, const QString &action)
{
    return send(EdgesRoutes::identityLimits(uid, action));
}

ApiReply *EdgesClient::workspaces()
{
    return send(EdgesRoutes::workspaces());
}
