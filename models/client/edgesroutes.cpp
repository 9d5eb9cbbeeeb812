#include "models/client/edgesroutes.h"

#include <QJsonDocument>

namespace {

QString pathOf(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace

EdgesRequest EdgesRoutes::post(const QString &path, const QJsonObject &body, RouteFamily family,
                               bool idempotent, bool creates)
{
    EdgesRequest request;
    request.method = "POST";
    request.path = path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.family = family;
    request.idempotent = idempotent;
    request.creates = creates;
    return request;
}

EdgesRequest EdgesRoutes::get(const QString &path, RouteFamily family, const QUrlQuery &query)
{
    EdgesRequest request;
    request.path = path;
    request.family = family;
    request.query = query;
    return request;
}

EdgesRequest EdgesRoutes::listRuns(const ListParameters &parameters)
{
    return get(QStringLiteral("/runs"), RouteFamily::Runs, parameters.toQuery());
}

EdgesRequest EdgesRoutes::getRun(const QString &uid)
{
    return get(QStringLiteral("/runs/") + pathOf(uid), RouteFamily::Runs);
}

EdgesRequest EdgesRoutes::runStatus(const QString &uid)
{
    return get(QStringLiteral("/runs/") + pathOf(uid) + QStringLiteral("/status"),
               RouteFamily::Runs);
}

EdgesRequest EdgesRoutes::runInputs(const QString &uid, int limit)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return get(QStringLiteral("/runs/") + pathOf(uid) + QStringLiteral("/inputs"),
               RouteFamily::Runs, query);
}

EdgesRequest EdgesRoutes::runOutputs(const QString &uid, int limit)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return get(QStringLiteral("/runs/") + pathOf(uid) + QStringLiteral("/outputs"),
               RouteFamily::Runs, query);
}

EdgesRequest EdgesRoutes::resumeRun(const QString &uid)
{
    return post(QStringLiteral("/runs/") + pathOf(uid) + QStringLiteral("/resume"), {},
                RouteFamily::Runs, true, false);
}

EdgesRequest EdgesRoutes::continueRun(const QString &uid)
{
    return post(QStringLiteral("/runs/") + pathOf(uid) + QStringLiteral("/continue"), {},
                RouteFamily::Runs, true, false);
}

EdgesRequest EdgesRoutes::cancelRun(const QString &uid)
{
    return post(QStringLiteral("/runs/") + pathOf(uid) + QStringLiteral("/cancel"), {},
                RouteFamily::Runs, true, false);
}

EdgesRequest EdgesRoutes::followNext(const QUrl &next, RouteFamily family)
{
    EdgesRequest request;
    request.absoluteUrl = next;
    request.family = family;
    return request;
}

EdgesRequest EdgesRoutes::runLive(const QString &action, const QJsonObject &body)
{
    // A live call costs credits and records a run: never repeated blindly.
    return post(QStringLiteral("/actions/") + pathOf(action) + QStringLiteral("/run/live"), body,
                RouteFamily::Live, false, false);
}

EdgesRequest EdgesRoutes::runLiveNext(const QUrl &next, const QJsonObject &body)
{
    EdgesRequest request = post(QString(), body, RouteFamily::Live, false, false);
    request.absoluteUrl = next;
    return request;
}

EdgesRequest EdgesRoutes::runAsync(const QString &action, const QJsonObject &body)
{
    return post(QStringLiteral("/actions/") + pathOf(action) + QStringLiteral("/run/async"), body,
                RouteFamily::Other, false, true);
}

EdgesRequest EdgesRoutes::runSchedule(const QString &action, const QJsonObject &body)
{
    return post(QStringLiteral("/actions/") + pathOf(action) + QStringLiteral("/run/schedule"),
                body, RouteFamily::Other, false, true);
}

EdgesRequest EdgesRoutes::listSchedules(const ListParameters &parameters)
{
    return get(QStringLiteral("/schedules"), RouteFamily::Other, parameters.toQuery());
}

EdgesRequest EdgesRoutes::getSchedule(const QString &uid)
{
    return get(QStringLiteral("/schedules/") + pathOf(uid), RouteFamily::Other);
}

EdgesRequest EdgesRoutes::manageSchedule(const QString &uid, const QString &action,
                                         const QJsonObject &body)
{
    return post(QStringLiteral("/schedules/") + pathOf(uid) + QLatin1Char('/') + pathOf(action),
                body, RouteFamily::Other, true, false);
}

EdgesRequest EdgesRoutes::listCallbacks(const ListParameters &parameters)
{
    return get(QStringLiteral("/runs/callbacks"), RouteFamily::Runs, parameters.toQuery());
}

EdgesRequest EdgesRoutes::getCallback(const QString &uid)
{
    return get(QStringLiteral("/runs/callbacks/") + pathOf(uid), RouteFamily::Runs);
}

EdgesRequest EdgesRoutes::replayCallback(const QString &uid)
{
    return post(QStringLiteral("/runs/callbacks/") + pathOf(uid) + QStringLiteral("/replay"), {},
                RouteFamily::Runs, false, true);
}

EdgesRequest EdgesRoutes::identities(const QString &query)
{
    QUrlQuery parameters;
    if (!query.isEmpty())
        parameters.addQueryItem(QStringLiteral("query"), query);
    return get(QStringLiteral("/identities"), RouteFamily::Other, parameters);
}

EdgesRequest EdgesRoutes::createIdentity(const QJsonObject &body)
{
    return post(QStringLiteral("/identities"), body, RouteFamily::Other, false, true);
}

EdgesRequest EdgesRoutes::updateIdentity(const QString &uid, const QJsonObject &body)
{
    EdgesRequest request =
        post(QStringLiteral("/identities/") + pathOf(uid), body, RouteFamily::Other, true, false);
    request.method = "PUT";
    return request;
}

EdgesRequest EdgesRoutes::identityLimits(const QString &uid, const QString &action)
{
    return get(QStringLiteral("/identities/") + pathOf(uid) + QStringLiteral("/actions/") +
                   pathOf(action) + QStringLiteral("/limits"),
               RouteFamily::Other);
}

EdgesRequest EdgesRoutes::workspaces()
{
    return get(QStringLiteral("/workspaces"), RouteFamily::Other);
}
