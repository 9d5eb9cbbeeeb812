#pragma once

#include "core/domain/errorbody.h"

#include <QMetaType>
#include <QString>

// Why a call did not succeed: the HTTP status and the server's error body
// (contract 1.4) for HTTP errors, or what went wrong on the way.
struct ApiError
{
    enum class Kind
    {
        None,
        // The server answered non-2xx; see httpStatus and body.
        Http,
        // No answer: connection refused, reset, DNS.
        Network,
        Timeout,
        // 2xx but the body is not the JSON the route returns.
        InvalidResponse,
        Cancelled,
        // A launch whose answer was lost: the run may or may not exist.
        LaunchUncertain,
        // The server's TLS certificate was refused (untrusted, expired,
        // wrong host): nothing of the request was sent. Never ignored.
        Certificate,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    ErrorBody body;
    // What happened on our side (never the request's headers or key).
    QString detail;

    bool isError() const { return kind != Kind::None; }
    // One line for the user: the server's message when there is one.
    QString message() const;
};
Q_DECLARE_METATYPE(ApiError)
