#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

// Which rate-limit bucket of contract 1.7 a request draws from.
enum class RouteFamily
{
    Runs,
    Live,
    Other,
};

// One call to the Edges API before it is sent: method, path below the
// base URL (or a full URL from X-Pagination-Next), query and JSON body,
// and what may be retried.
struct EdgesRequest
{
    QByteArray method = "GET";
    QString path;
    QUrl absoluteUrl;
    QUrlQuery query;
    QByteArray body;
    RouteFamily family = RouteFamily::Other;
    // Safe to send again after a 5xx or a lost answer (GETs, and the POSTs
    // the contract makes harmless to repeat: resume, cancel, manage).
    bool idempotent = true;
    // Creates something (async/schedule launch, replay, identity): an
    // answer lost in transit leaves the outcome unknown.
    bool creates = false;
    // A 2xx body is handed over as bytes, unparsed (ApiResult::body): an
    // export reads the JSON itself, off the GUI thread, and must keep each
    // item exactly as sent.
    bool rawBody = false;
};
