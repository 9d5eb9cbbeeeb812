#include "models/client/apierror.h"

#include <QCoreApplication>

QString ApiError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Http:
        if (!body.message.isEmpty())
            return body.message;
        return QCoreApplication::translate("ApiError", "The server answered HTTP %1")
            .arg(httpStatus);
    case Kind::Network:
        return QCoreApplication::translate("ApiError", "The server could not be reached: %1")
            .arg(detail);
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError", "The server did not answer in time");
    case Kind::InvalidResponse:
        return QCoreApplication::translate("ApiError", "The server's answer could not be read: %1")
            .arg(detail);
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "Cancelled");
    case Kind::Certificate:
        return QCoreApplication::translate("ApiError",
                                           "The server's certificate is not trusted (%1); nothing "
                                           "was sent to it")
            .arg(detail);
    case Kind::LaunchUncertain:
        return QCoreApplication::translate(
                   "ApiError", "The launch may or may not have reached the server (%1); check the "
                               "runs list before launching again")
            .arg(detail);
    }
    return {};
}
