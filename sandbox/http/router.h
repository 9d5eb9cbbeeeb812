#pragma once

#include "sandbox/http/apirequest.h"
#include "sandbox/http/apiresponse.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Matches a request's method and path segments against registered
// patterns such as "runs/{uid}/outputs". Patterns are tried in the order
// they were added, so literal routes (runs/callbacks) go before the
// placeholder routes they would otherwise match (runs/{uid}).
class Router final
{
public:
    // The placeholder values in pattern order.
    using Arguments = QStringList;
    using Handler = std::function<ApiResponse(const ApiRequest &, const Arguments &)>;

    void add(const QString &method, const QString &pattern, Handler handler);
    // 404 for a path nothing matches, 405 for a path that exists for
    // other methods only.
    ApiResponse dispatch(const ApiRequest &request) const;
    // "GET runs/{uid}/status": the route a request would reach, or empty.
    QString routeOf(const ApiRequest &request) const;
    // Every route as "METHOD pattern" ("GET runs/{uid}/status"), in the
    // order added: what a test walks to check that each one asks for a key.
    QStringList routes() const;

private:
    struct Route
    {
        QString method;
        QStringList pattern;
        Handler handler;
    };

    static bool matches(const QStringList &pattern, const QStringList &segments,
                        Arguments *arguments);

    QList<Route> m_routes;
};
