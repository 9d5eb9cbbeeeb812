#pragma once

#include "models/client/apierror.h"

#include <QByteArray>
#include <QJsonValue>
#include <QMetaType>
#include <QUrl>

// How one EdgesClient call ended, as a value: what the handle's finished()
// signal carries, so a receiver never has to go back to the handle.
struct ApiResult
{
    ApiError error;
    int httpStatus = 0;
    // The parsed payload; undefined on failure and for raw requests.
    QJsonValue json;
    // The body as received, for requests that asked for it raw.
    QByteArray body;
    // X-Pagination-Next, empty on the last page.
    QUrl nextPage;
    // How many times the request went out (retries included).
    int attempts = 0;

    bool succeeded() const { return !error.isError(); }
    bool cancelled() const { return error.kind == ApiError::Kind::Cancelled; }
};
Q_DECLARE_METATYPE(ApiResult)
