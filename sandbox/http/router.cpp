#include "sandbox/http/router.h"

void Router::add(const QString &method, const QString &pattern, Handler handler)
{
    m_routes.append(
        {method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler)});
}

bool Router::matches(const QStringList &pattern, const QStringList &segments, Arguments *arguments)
{
    if (pattern.size() != segments.size())
        return false;
    arguments->clear();
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &part = pattern.at(i);
        if (part.startsWith(QLatin1Char('{'))) {
            if (segments.at(i).isEmpty())
                return false;
            arguments->append(segments.at(i));
        } else if (part != segments.at(i)) {
            return false;
        }
    }
    return true;
}

ApiResponse Router::dispatch(const ApiRequest &request) const
{
    bool pathExists = false;
    Arguments arguments;
    for (const Route &route : m_routes) {
        if (!matches(route.pattern, request.segments, &arguments))
            continue;
        if (route.method == request.method)
            return route.handler(request, arguments);
        pathExists = true;
    }
    if (pathExists) {
        return ApiResponse::error(
            405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("input"),
            QStringLiteral("%1 is not allowed on /%2").arg(request.method, request.path()));
    }
    return ApiResponse::notFound(
        QStringLiteral("no route for %1 /%2").arg(request.method, request.path()));
}

QStringList Router::routes() const
{
    QStringList all;
    for (const Route &route : m_routes)
        all.append(route.method + QLatin1Char(' ') + route.pattern.join(QLatin1Char('/')));
    return all;
}

QString Router::routeOf(const ApiRequest &request) const
{
    Arguments arguments;
    for (const Route &route : m_routes) {
        if (route.method == request.method && matches(route.pattern, request.segments, &arguments))
            return route.method + QLatin1Char(' ') + route.pattern.join(QLatin1Char('/'));
    }
    return {};
}
