#include "tests/reliability/sandboxprocess.h"

#include "tests/support/timebudget.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>

namespace {

// Only so that a lost answer fails the test instead of hanging it.
constexpr int kReplyGuardMs = static_cast<int>(TimeBudget::ms(30000));
constexpr int kMaxPages = 10000;

} // namespace

SandboxProcess::SandboxProcess(QString databasePath)
    : m_databasePath(std::move(databasePath))
{}

SandboxProcess::~SandboxProcess()
{
    if (isRunning())
        kill();
}

bool SandboxProcess::start(qint64 clockStartMs, QString *error)
{
    const QString binary =
        qEnvironmentVariable("RUNBOARD_BIN_DIR") + QLatin1String("/runboard-sandbox");
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(
        binary,
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
         m_databasePath, QStringLiteral("--tier"), QStringLiteral("unlimited"),
         QStringLiteral("--clock"), QStringLiteral("manual"), QStringLiteral("--clock-start"),
         QDateTime::fromMSecsSinceEpoch(clockStartMs, Qt::UTC).toString(Qt::ISODateWithMs)});
    if (!m_process.waitForStarted()) {
        *error = binary + QLatin1String(": ") + m_process.errorString();
        return false;
    }
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(kReplyGuardMs)) {
            *error = QLatin1String("no ready line: ") +
                     QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
    }
    // "listening on http://127.0.0.1:PORT/v1"
    m_base = QString::fromUtf8(m_process.readLine()).trimmed().section(QLatin1Char(' '), -1);
    return m_base.startsWith(QLatin1String("http://"));
}

void SandboxProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(kReplyGuardMs);
}

QUrl SandboxProcess::url(const QString &path) const
{
    return QUrl(m_base + path);
}

QUrl SandboxProcess::adminUrl(const QString &path) const
{
    return QUrl(m_base.chopped(3) + QLatin1String("/_sandbox") + path);
}

QNetworkReply *SandboxProcess::send(const QByteArray &method, const QUrl &url,
                                    const QJsonValue &body)
{
    QNetworkRequest request(url);
    request.setRawHeader("X-API-Key", "sandbox");
    QByteArray bytes;
    if (body.isObject() || body.isArray()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        bytes = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    }
    return m_network.sendCustomRequest(request, method, bytes);
}

SandboxProcess::Reply SandboxProcess::read(QNetworkReply *reply)
{
    Reply result;
    // Below 200 the network failed (refused, closed mid-answer): no answer,
    // whatever status line may have come before the kill.
    if (reply->error() != QNetworkReply::NoError && reply->error() < 200)
        return result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    result.json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    result.next = reply->rawHeader("X-Pagination-Next");
    return result;
}

SandboxProcess::Reply SandboxProcess::request(const QByteArray &method, const QUrl &url,
                                              const QJsonValue &body)
{
    QNetworkReply *reply = send(method, url, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kReplyGuardMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const Reply result = reply->isFinished() ? read(reply) : Reply();
    reply->deleteLater();
    return result;
}

QJsonArray SandboxProcess::all(const QString &path, bool *ok)
{
    *ok = true;
    QJsonArray items;
    const QChar joint = path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    QUrl next = url(path + joint + QLatin1String("limit=100"));
    for (int page = 0; page < kMaxPages; ++page) {
        const Reply reply = request("GET", next);
        if (reply.status != 200 || !reply.json.isArray()) {
            *ok = false;
            return items;
        }
        const QJsonArray batch = reply.json.toArray();
        for (const QJsonValue &item : batch)
            items.append(item);
        if (!reply.next.isEmpty())
            next = QUrl::fromEncoded(reply.next);
        else if (batch.size() == 100 && !path.contains(QLatin1String("/outputs")))
            next = url(path + joint + QStringLiteral("limit=100&offset=%1").arg(items.size()));
        else
            return items;
    }
    *ok = false;
    return items;
}
