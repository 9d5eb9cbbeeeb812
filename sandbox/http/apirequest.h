#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

class ApiResponse;

// A request as the route handlers see it: the path below /v1 split into
// segments, the query, the body, and who is calling (from the API key).
struct ApiRequest
{
    QString method;
    QStringList segments;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    // "http://127.0.0.1:PORT/v1": for X-Pagination-Next URLs.
    QString baseUrl;
    // The key's workspace (contract 1.2): the only one whose runs,
    // schedules and callbacks the request may see or touch.
    QString workspaceUid;
    QString workspaceName;
    QString userUid;

    // Whether a stored row's workspace is the caller's.
    bool owns(const QString &rowWorkspaceUid) const { return rowWorkspaceUid == workspaceUid; }

    // Values of an array parameter given as repeated keys, `key[]` keys or
    // a comma list (contract open question 15).
    QStringList queryList(const QString &key) const;
    std::optional<QString> queryValue(const QString &key) const;
    // An integer parameter within [low, high]; `fallback` when absent. On a
    // bad value, nullopt and `error` names the parameter.
    std::optional<int> queryInt(const QString &key, int fallback, int low, int high,
                                ApiResponse *error) const;
    // The JSON object body. An empty body reads as {} (POSTs without
    // arguments). Anything else that is not a JSON object is an error.
    std::optional<QJsonObject> jsonObject(ApiResponse *error) const;
    QString path() const { return segments.join(QLatin1Char('/')); }
};
