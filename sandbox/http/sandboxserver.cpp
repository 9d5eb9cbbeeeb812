#include "sandbox/http/sandboxserver.h"

#include "sandbox/http/accountroutes.h"
#include "sandbox/http/actionroutes.h"
#include "sandbox/http/adminroutes.h"
#include "sandbox/http/callbackroutes.h"
#include "sandbox/http/requestsizeguard.h"
#include "sandbox/http/runroutes.h"
#include "sandbox/http/scheduleroutes.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxengine.h"
#include "sandbox/store/sandboxstore.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

Q_LOGGING_CATEGORY(lcServer, "runboard.sandbox.server")

namespace {

// QRINGBUFFER_CHUNKSIZE: from this size on, a socket's write buffer holds a
// written QByteArray by reference.
constexpr qsizetype kSharedBodyBytes = 16384;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 424:
        return "Failed Dependency";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        return QStringLiteral("OTHER");
    }
}

// The request's path and query with the values of anything that looks
// like a credential masked: an access log is read by people and kept.
QString loggedTarget(const QUrl &url)
{
    static const QRegularExpression secret(
        QStringLiteral("key|token|secret|pass|auth|sig|session|cookie"),
        QRegularExpression::CaseInsensitiveOption);
    QString target = url.path(QUrl::FullyEncoded);
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyEncoded);
    QStringList parts;
    for (const auto &[name, value] : items)
        parts.append(name + QLatin1Char('=') +
                     (secret.match(name).hasMatch() ? QStringLiteral("***") : value));
    if (!parts.isEmpty())
        target += QLatin1Char('?') + parts.join(QLatin1Char('&'));
    return target;
}

// "GET /v1/runs?limit=3": what the access log says of a request.
QString requestLine(const QHttpServerRequest &request)
{
    return methodName(request.method()) + QLatin1Char(' ') + loggedTarget(request.url());
}

// "GET /v1/runs?limit=3 200 1234 bytes 3 ms", with the injected fault when
// there was one.
void writeAccessLine(const QString &requestLine, int status, qint64 bytes, qint64 ms,
                     FaultInjector::Fault::Kind fault)
{
    using Kind = FaultInjector::Fault::Kind;
    QString line = requestLine + QLatin1Char(' ') + QString::number(status) + QLatin1Char(' ') +
                   QString::number(qMax<qint64>(bytes, 0)) + QLatin1String(" bytes ") +
                   QString::number(ms) + QLatin1String(" ms");
    switch (fault) {
    case Kind::Drop:
        line += QLatin1String(" (fault: dropped)");
        break;
    case Kind::Truncate:
        line += QLatin1String(" (fault: truncated)");
        break;
    case Kind::Slow:
        line += QLatin1String(" (fault: slow)");
        break;
    case Kind::Status:
        line += QLatin1String(" (fault: status)");
        break;
    case Kind::None:
        break;
    }
    const QByteArray bytesOut = line.toUtf8() + '\n';
    std::fwrite(bytesOut.constData(), 1, static_cast<std::size_t>(bytesOut.size()), stderr);
    std::fflush(stderr);
}

// RFC 9112 9.6: a "close" token in the Connection header asks the server to
// close the connection after its answer.
bool asksToClose(const QHttpServerRequest &request)
{
    const QList<QByteArray> tokens = request.value("Connection").split(',');
    return std::any_of(tokens.cbegin(), tokens.cend(), [](const QByteArray &token) {
        return token.trimmed().compare("close", Qt::CaseInsensitive) == 0;
    });
}

std::optional<RateLimiter::Bucket> bucketOf(const QStringList &segments)
{
    if (!segments.isEmpty() && segments.first() == QLatin1String("runs"))
        return RateLimiter::Bucket::Runs;
    if (segments.size() == 4 && segments.at(0) == QLatin1String("actions") &&
        segments.at(2) == QLatin1String("run") && segments.at(3) == QLatin1String("live"))
        return RateLimiter::Bucket::Live;
    return std::nullopt;
}

} // namespace

SandboxServer::SandboxServer(SandboxEngine &engine)
    : m_engine(engine)
    , m_waiting(this)
    , m_pager(engine.store())
{
    addActionRoutes(m_api, engine);
    addCallbackRoutes(m_api, engine);
    addRunRoutes(m_api, engine);
    addScheduleRoutes(m_api, engine);
    addAccountRoutes(m_api, engine);
    addAdminRoutes(m_admin, engine);
}

bool SandboxServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    auto guard = std::make_unique<RequestSizeGuard>(
        m_engine.options().maxBodyBytes,
        [this](QTcpSocket *socket, qint64 size) { refuseTooLarge(socket, size); });
    if (!guard->listen(address, port)) {
        *error = QStringLiteral("listen: cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(guard->errorString());
        return false;
    }
    m_port = guard->serverPort();
    m_guard = guard.release();
    bind(m_guard);
    return true;
}

QStringList SandboxServer::routes() const
{
    QStringList all;
    for (const QString &route : m_api.routes())
        all.append(route.section(QLatin1Char(' '), 0, 0) + QLatin1String(" /v1/") +
                   route.section(QLatin1Char(' '), 1));
    for (const QString &route : m_admin.routes())
        all.append(route.section(QLatin1Char(' '), 0, 0) + QLatin1String(" /_sandbox/") +
                   route.section(QLatin1Char(' '), 1));
    return all;
}

ApiResponse SandboxServer::answer(const QHttpServerRequest &request, FaultInjector::Fault *fault)
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.query = request.query();
    api.body = request.body();
    api.contentType = request.value("Content-Type");
    api.baseUrl = m_engine.baseUrl();
    QStringList segments = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool admin = !segments.isEmpty() && segments.first() == QLatin1String("_sandbox");
    const bool edges = !segments.isEmpty() && segments.first() == QLatin1String("v1");
    if (!admin && !edges)
        return ApiResponse::notFound(
            QStringLiteral("no route for %1; the API lives under /v1").arg(request.url().path()));
    segments.removeFirst();
    api.segments = segments;
    if (edges) {
        const QString route = m_api.routeOf(api);
        m_engine.countRequest(route.isEmpty() ? api.method + QLatin1Char(' ') + api.path() : route);
    }

    const QByteArray key = request.value("X-API-Key");
    const auto workspace =
        key.isEmpty() ? std::nullopt : m_engine.options().workspaceOf(QString::fromUtf8(key));
    if (!workspace) {
        return ApiResponse::error(401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("auth"),
                                  key.isEmpty() ? QStringLiteral("X-API-Key header is missing")
                                                : QStringLiteral("X-API-Key is not valid"));
    }
    api.workspaceUid = workspace->uid;
    api.workspaceName = workspace->name;
    api.userUid = SandboxAccount::userUid(QString::fromUtf8(key));

    if (api.body.size() > m_engine.options().maxBodyBytes) {
        return ApiResponse::error(413, QStringLiteral("PAYLOAD_TOO_LARGE"), QStringLiteral("input"),
                                  QStringLiteral("body is %1 bytes; the limit is %2 bytes")
                                      .arg(api.body.size())
                                      .arg(m_engine.options().maxBodyBytes));
    }
    if (admin)
        return m_admin.dispatch(api);

    const auto bucket = bucketOf(api.segments);
    RateLimiter::Decision decision;
    if (bucket) {
        decision = m_engine.rateLimiter().check(*bucket, api.workspaceUid,
                                                QDateTime::currentMSecsSinceEpoch());
        if (!decision.allowed) {
            ApiResponse limited = ApiResponse::error(
                429, QStringLiteral("LIMIT_REACHED"), QStringLiteral("server"),
                QStringLiteral("Rate limit of the %1 bucket reached; retry after %2 s")
                    .arg(decision.type)
                    .arg(decision.retryAfterSeconds));
            limited.addHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
            limited.addHeader("X-RateLimit-Type", decision.type.toUtf8());
            limited.addHeader("X-RateLimit-Remaining", "0");
            return limited;
        }
    }

    *fault = m_engine.faults().draw();
    if (fault->kind == FaultInjector::Fault::Kind::Status) {
        ApiResponse injected =
            ApiResponse::error(fault->status,
                               fault->status == 429 ? QStringLiteral("LIMIT_REACHED")
                                                    : QStringLiteral("GENERIC_ERROR"),
                               QStringLiteral("server"),
                               QStringLiteral("Injected fault: HTTP %1 (runboard-sandbox --faults)")
                                   .arg(fault->status));
        if (fault->status == 429) {
            injected.addHeader("Retry-After", "1");
            injected.addHeader("X-RateLimit-Type", bucket ? decision.type.toUtf8() : "/v1");
            injected.addHeader("X-RateLimit-Remaining", "0");
        }
        return injected;
    }

    ApiResponse response = m_api.dispatch(api);
    if (bucket)
        response.addHeader("X-RateLimit-Remaining", QByteArray::number(decision.remaining));
    if (api.method != QLatin1String("GET"))
        QTimer::singleShot(0, &m_engine, &SandboxEngine::wake);
    return response;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Already answered with a 413 while it arrived.
    if (m_guard->isRefused(socket))
        return true;
    m_guard->requestDone(socket);
    auto pending = std::make_shared<AnswerQueue::Answer>();
    pending->timer.start();
    pending->closeAfter = asksToClose(request);
    if (m_engine.options().accessLog)
        pending->requestLine = requestLine(request);
    pending->response = answer(request, &pending->fault);
    const OutputsPageJob *page = pending->response.deferredPage();
    if (!page && !m_waiting.hasWaiting(socket)) {
        deliver(socket, *pending);
        return true;
    }
    m_waiting.append(socket, pending);
    if (!page) {
        pending->ready = true;
        deliverReady(socket);
        return true;
    }
    m_pager.read(*page, this,
                 [this, socket = QPointer<QTcpSocket>(socket), pending](ApiResponse read) {
                     // The route's headers (X-RateLimit-Remaining) after the page's own.
                     for (const auto &[name, value] : pending->response.headers())
                         read.addHeader(name, value);
                     pending->response = std::move(read);
                     pending->ready = true;
                     if (socket)
                         deliverReady(socket);
                 });
    return true;
}

void SandboxServer::refuseTooLarge(QTcpSocket *socket, qint64 size)
{
    const qint64 limit = m_engine.options().maxBodyBytes;
    ApiResponse refused = ApiResponse::error(
        413, QStringLiteral("PAYLOAD_TOO_LARGE"), QStringLiteral("input"),
        QStringLiteral("body is %1 bytes; the limit is %2 bytes").arg(size).arg(limit));
    refused.addHeader("Connection", "close");
    const qint64 bytes = send(socket, std::move(refused), FaultInjector::Fault(), true);
    if (m_engine.options().accessLog)
        writeAccessLine(QStringLiteral("(request over the size limit)"), 413, bytes, 0,
                        FaultInjector::Fault::Kind::None);
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const qint64 bytes = send(
        socket, ApiResponse::notFound(QStringLiteral("no route for %1").arg(request.url().path())),
        FaultInjector::Fault());
    if (m_engine.options().accessLog)
        writeAccessLine(requestLine(request), 404, bytes, 0, FaultInjector::Fault::Kind::None);
}

void SandboxServer::deliver(QTcpSocket *socket, AnswerQueue::Answer &answer)
{
    const int status = answer.response.status();
    if (answer.closeAfter)
        answer.response.addHeader("Connection", "close");
    const qint64 bytes = send(socket, std::move(answer.response), answer.fault, answer.closeAfter);
    if (m_engine.options().accessLog)
        writeAccessLine(answer.requestLine, status, bytes, answer.timer.elapsed(),
                        answer.fault.kind);
}

void SandboxServer::deliverReady(QTcpSocket *socket)
{
    for (const auto &answer : m_waiting.takeReady(socket))
        deliver(socket, *answer);
}

qint64 SandboxServer::send(QTcpSocket *socket, ApiResponse response,
                           const FaultInjector::Fault &fault, bool closeAfter)
{
    if (response.isError() && response.body().isObject()) {
        QJsonObject body = response.body().toObject();
        if (body.value(QStringLiteral("error_ref")).toString().isEmpty()) {
            body.insert(QStringLiteral("error_ref"), m_engine.store().newErrorRef());
            response.setBody(body);
        }
    }
    QByteArray body = response.rawBody();
    if (body.isEmpty()) {
        body = response.body().isArray()
                   ? QJsonDocument(response.body().toArray()).toJson(QJsonDocument::Compact)
                   : QJsonDocument(response.body().toObject()).toJson(QJsonDocument::Compact);
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status()) + ' ' +
                      reasonPhrase(response.status()) + "\r\nContent-Type: application/json\r\n" +
                      "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers())
        head += name + ": " + value + "\r\n";
    head += "\r\n";

    QPointer<QTcpSocket> target(socket);
    using Kind = FaultInjector::Fault::Kind;
    switch (fault.kind) {
    case Kind::Drop:
        QMetaObject::invokeMethod(socket, &QTcpSocket::abort, Qt::QueuedConnection);
        return -1;
    case Kind::Truncate: {
        const qint64 written = socket->write(head + body.left(body.size() / 2));
        socket->flush();
        QMetaObject::invokeMethod(socket, &QTcpSocket::abort, Qt::QueuedConnection);
        return written;
    }
    case Kind::Slow: {
        // A plain QByteArray: a QStringBuilder here would outlive its parts.
        const QByteArray bytes(head + body);
        QTimer::singleShot(fault.delayMs, this, [target, bytes, closeAfter] {
            if (!target)
                return;
            target->write(bytes);
            if (closeAfter)
                target->disconnectFromHost();
        });
        return bytes.size();
    }
    case Kind::None:
    case Kind::Status: {
        // disconnectFromHost() closes once the write buffer is out.
        if (body.size() < kSharedBodyBytes) {
            const qint64 written = socket->write(head + body);
            if (closeAfter)
                socket->disconnectFromHost();
            return written;
        }
        // The socket keeps a reference to a body this large instead of a
        // copy (QIODevice::write(const QByteArray &)), so head and body go
        // separately; without Nagle's delay the body's last segment does not
        // wait for the ACK of the head's.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const qint64 headBytes = socket->write(head);
        const qint64 bodyBytes = socket->write(body);
        socket->flush();
        if (closeAfter)
            socket->disconnectFromHost();
        return headBytes < 0 || bodyBytes < 0 ? -1 : headBytes + bodyBytes;
    }
    }
    return -1;
}
