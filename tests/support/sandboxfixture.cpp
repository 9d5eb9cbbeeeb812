#include "tests/support/sandboxfixture.h"

#include "core/domain/jsonfields.h"
#include "sandbox/sandboxengine.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/timebudget.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

#include <chrono>

namespace {

// More pages than any test reads: a pagination loop, not a long list.
constexpr int kMaxPages = 1000;

} // namespace

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

QString SandboxFixture::Reply::errorProblem(int expectedStatus, const QString &label,
                                            const QString &mention) const
{
    if (status != expectedStatus)
        return QStringLiteral("HTTP %1, expected %2: %3")
            .arg(status)
            .arg(expectedStatus)
            .arg(QString::fromUtf8(body));
    if (!header("Content-Type").startsWith("application/json"))
        return QStringLiteral("Content-Type is '%1'")
            .arg(QString::fromUtf8(header("Content-Type")));
    if (!json.isObject())
        return QStringLiteral("the body is not a JSON object: %1").arg(QString::fromUtf8(body));
    const QJsonObject object = json.toObject();
    const QString actualLabel = object.value(QStringLiteral("error_label")).toString();
    if (actualLabel.isEmpty() || (!label.isEmpty() && actualLabel != label))
        return QStringLiteral("error_label '%1', expected '%2'").arg(actualLabel, label);
    if (!object.value(QStringLiteral("error_scope")).isString())
        return QStringLiteral("error_scope is not a string");
    const QString text = object.value(QStringLiteral("message")).toString();
    if (text.isEmpty())
        return QStringLiteral("message is empty");
    if (!mention.isEmpty() && !text.contains(mention))
        return QStringLiteral("message '%1' does not mention '%2'").arg(text, mention);
    const QJsonValue statusCode = object.value(QStringLiteral("status_code"));
    if (!statusCode.isDouble())
        return QStringLiteral("status_code is not a number");
    if (statusCode.toInt() != expectedStatus)
        return QStringLiteral("status_code is %1").arg(statusCode.toInt());
    if (object.value(QStringLiteral("error_ref")).toString().isEmpty())
        return QStringLiteral("error_ref is empty");
    if (!object.value(QStringLiteral("params")).isObject())
        return QStringLiteral("params is not an object");
    return {};
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

QVariant SandboxFixture::scalar(const QString &sql, const QVariantList &bindings) const
{
    const QString connection = QStringLiteral("sandbox-fixture-reader");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_options.databasePath);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(sql);
            for (const QVariant &binding : bindings)
                query.addBindValue(binding);
            if (query.exec() && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

QString SandboxFixture::baseUrl() const
{
    return m_engine->baseUrl();
}

QString SandboxFixture::rootUrl() const
{
    return baseUrl().chopped(3);
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
    // Under make test-asan a demo fill alone takes over 20 s.
    QTimer::singleShot(std::chrono::milliseconds(TimeBudget::ms(30000)), &loop, &QEventLoop::quit);
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

SandboxFixture::Reply SandboxFixture::adminGet(const QString &path)
{
    return request("GET", QUrl(rootUrl() + QStringLiteral("/_sandbox") + path));
}

SandboxFixture::Reply SandboxFixture::adminPost(const QString &path, const QJsonObject &body)
{
    return request("POST", QUrl(rootUrl() + QStringLiteral("/_sandbox") + path),
                   QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SandboxFixture::Reply SandboxFixture::advance(double seconds)
{
    return adminPost(QStringLiteral("/clock/advance"),
                     QJsonObject{{QStringLiteral("seconds"), seconds}});
}

bool SandboxFixture::setFaults(const QString &spec)
{
    return adminPost(QStringLiteral("/faults"), QJsonObject{{QStringLiteral("spec"), spec}})
               .status == 200;
}

QString SandboxFixture::launch(const QString &action, const QJsonArray &inputs,
                               const QJsonObject &parameters, const QJsonObject &callback)
{
    QJsonObject body{{QStringLiteral("inputs"), inputs}};
    if (!parameters.isEmpty())
        body.insert(QStringLiteral("parameters"), parameters);
    if (!callback.isEmpty())
        body.insert(QStringLiteral("callback"), callback);
    const auto reply =
        post(QStringLiteral("/actions/") + action + QStringLiteral("/run/async"), body);
    if (reply.status != 200) {
        qWarning() << "launch failed:" << reply.status << reply.body;
        return {};
    }
    return reply.json[QStringLiteral("run_uid")].toString();
}

QJsonObject SandboxFixture::run(const QString &uid)
{
    return get(SandboxApi::runPath(uid)).json.toObject();
}

QString SandboxFixture::runStatus(const QString &uid)
{
    return get(SandboxApi::runPath(uid, QStringLiteral("/status")))
        .json[QStringLiteral("status")]
        .toString();
}

QJsonArray SandboxFixture::inputs(const QString &uid, int pageSize)
{
    return getAllPages(SandboxApi::runPath(uid, QStringLiteral("/inputs?limit=%1").arg(pageSize)));
}

QJsonArray SandboxFixture::outputs(const QString &uid, int pageSize)
{
    return getAllPages(SandboxApi::runPath(uid, QStringLiteral("/outputs?limit=%1").arg(pageSize)));
}

QStringList SandboxFixture::inputStatuses(const QString &uid)
{
    QStringList statuses;
    for (const QJsonValue &input : inputs(uid))
        statuses.append(input.toObject().value(QStringLiteral("status")).toString());
    return statuses;
}

QJsonArray SandboxFixture::callbackRecords(const QString &runUid)
{
    return getAllByOffset(QStringLiteral("/runs/callbacks?run_uid=") + runUid, 20);
}

QJsonObject SandboxFixture::callbackRecord(const QString &uid)
{
    return get(QStringLiteral("/runs/callbacks/") + uid).json.toObject();
}

QJsonArray SandboxFixture::getAllPages(const QString &path)
{
    QJsonArray all;
    QUrl next(baseUrl() + path);
    for (int pages = 0; !next.isEmpty(); ++pages) {
        if (pages == kMaxPages) {
            qWarning() << "paging" << path << "went on for over" << kMaxPages << "pages";
            return {};
        }
        const auto page = request("GET", next);
        if (page.status != 200) {
            qWarning() << "paging" << path << "failed:" << page.status << page.body.left(300);
            return {};
        }
        for (const QJsonValue &item : page.json.toArray())
            all.append(item);
        next = QUrl(QString::fromUtf8(page.header("X-Pagination-Next")));
    }
    return all;
}

QJsonArray SandboxFixture::getAllByOffset(const QString &path, int limit)
{
    const QString pageQuery =
        (path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
        QStringLiteral("limit=%1&offset=%2");
    QJsonArray all;
    for (int pages = 0;; ++pages) {
        if (pages == kMaxPages) {
            qWarning() << "paging" << path << "went on for over" << kMaxPages << "pages";
            return {};
        }
        const auto page = get(path + pageQuery.arg(limit).arg(pages * limit));
        if (page.status != 200) {
            qWarning() << "paging" << path << "failed:" << page.status << page.body.left(300);
            return {};
        }
        const QJsonArray items = page.json.toArray();
        for (const QJsonValue &item : items)
            all.append(item);
        if (items.size() < limit)
            return all;
    }
}

QString SandboxFixture::standardIdentity()
{
    return identityOfType(QStringLiteral("standard"));
}

QString SandboxFixture::engagementIdentity()
{
    return identityOfType(QStringLiteral("engagement"));
}

QString SandboxFixture::identityOfType(const QString &type)
{
    for (const QJsonValue &identity : get(QStringLiteral("/identities")).json.toArray()) {
        if (identity.toObject().value(QStringLiteral("type")) == type)
            return identity.toObject().value(QStringLiteral("uid")).toString();
    }
    return {};
}
