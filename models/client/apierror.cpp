#include "models/client/apierror.h"

QString ApiError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Http:
        if (!body.message.isEmpty())
            return body.message;
        return QStringLiteral("The server answered HTTP %1").arg(httpStatus);
    case Kind::Network:
        return QStringLiteral("The server could not be reached: %1").arg(detail);
    case Kind::Timeout:
        return QStringLiteral("The server did not answer in time");
    case Kind::InvalidResponse:
        return QStringLiteral("The server's answer could not be read: %1").arg(detail);
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::LaunchUncertain:
        return QStringLiteral("The launch may or may not have reached the server (%1); check the "
                              "runs list before launching again")
            .arg(detail);
    }
    return {};
}
