#include "sandboxfixture.h"

#include "domain/jsonfields.h"
#include "sandboxengine.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTimer>

QByteArray SandboxFixture::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString SandboxFixture::Reply::errorLabel() const
{
    return json.toObject().value(QStringLiteral("error_label")).toString();
}

QString SandboxFixture::Reply::message() const
{
    return json.toObject().value(QStringLiteral("message")).toString();
}

SandboxOptions SandboxFixture::defaultOptions()
{
    SandboxOptions options;
    options.port = 0;
    options.clockMode = SandboxClock::Mode::Manual;
    options.clockStartMs =
        JsonFields::parseTimestamp(QStringLiteral("2026-03-01T10:00:00Z")).toMSecsSinceEpoch();
    options.tier = QStringLiteral("unlimited");
    options.seed = 42;
    return options;
}

SandboxFixture::SandboxFixture()
    : SandboxFixture(defaultOptions())
{}

SandboxFixture::SandboxFixture(SandboxOptions options)
    : m_options(std::move(options))
{
    if (m_options.databasePath.isEmpty())
        m_options.databasePath = m_directory.filePath(QStringLiteral("sandbox.sqlite"));
}

SandboxFixture::~SandboxFixture() = default;

bool SandboxFixture::start(QString *error)
{
    QString message;
    m_engine = SandboxEngine::create(m_options, &message);
    if (m_engine && m_engine->listen(&message))
        return true;
    if (error)
        *error = message;
    m_engine.reset();
    return false;
}

void SandboxFixture::stop()
{
    m_engine.reset();
}

QString SandboxFixture::databasePath() const
{
    return m_options.databasePath;
}

QString SandboxFixture::baseUrl() const
{
    return m_engine->baseUrl();
}

SandboxFixture::Reply SandboxFixture::request(const QByteArray &method, const QUrl &url,
                                              const QByteArray &body, const QByteArray &contentType,
                                              const QByteArray &apiKey)
{
    QNetworkRequest request(url);
    if (!apiKey.isEmpty())
        request.setRawHeader("X-API-Key", apiKey);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    const QJsonDocument document = QJsonDocument::fromJson(result.body);
    result.json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    reply->deleteLater();
    return result;
}

SandboxFixture::Reply SandboxFixture::get(const QString &path)
{
    return request("GET", QUrl(baseUrl() + path));
}

SandboxFixture::Reply SandboxFixture::post(const QString &path, const QJsonValue &body)
{
    const QByteArray bytes = body.isArray()
                                 ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return request("POST", QUrl(baseUrl() + path), bytes);
}

SandboxFixture::Reply SandboxFixture::postRaw(const QString &path, const QByteArray &body,
                                              const QByteArray &contentType)
{
    return request("POST", QUrl(baseUrl() + path), body, contentType);
}

SandboxFixture::Reply SandboxFixture::advance(double seconds)
{
    QString root = baseUrl();
    root.chop(3);
    return request("POST", QUrl(root + QStringLiteral("/_sandbox/clock/advance")),
                   QJsonDocument(QJsonObject{{QStringLiteral("seconds"), seconds}})
                       .toJson(QJsonDocument::Compact));
}

QString SandboxFixture::standardIdentity()
{
    for (const QJsonValue &identity : get(QStringLiteral("/identities")).json.toArray()) {
        if (identity.toObject().value(QStringLiteral("type")) == QLatin1String("standard"))
            return identity.toObject().value(QStringLiteral("uid")).toString();
    }
    return {};
}

QString SandboxFixture::engagementIdentity()
{
    for (const QJsonValue &identity : get(QStringLiteral("/identities")).json.toArray()) {
        if (identity.toObject().value(QStringLiteral("type")) == QLatin1String("engagement"))
            return identity.toObject().value(QStringLiteral("uid")).toString();
    }
    return {};
}
