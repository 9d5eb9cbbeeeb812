#include "sandbox/http/apiresponse.h"

ApiResponse ApiResponse::json(const QJsonValue &body, int status)
{
    ApiResponse response;
    response.m_status = status;
    response.m_body = body;
    return response;
}

ApiResponse ApiResponse::raw(QByteArray body)
{
    ApiResponse response;
    response.m_raw = std::move(body);
    return response;
}

ApiResponse ApiResponse::deferred(OutputsPageJob job)
{
    ApiResponse response;
    response.m_deferred = std::make_shared<const OutputsPageJob>(std::move(job));
    return response;
}

ApiResponse ApiResponse::error(int status, const QString &label, const QString &scope,
                               const QString &message, const QJsonObject &params)
{
    return json(QJsonObject{{QStringLiteral("error_label"), label},
                            {QStringLiteral("error_scope"), scope},
                            {QStringLiteral("error_ref"), QString()},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("status_code"), status},
                            {QStringLiteral("params"), params}},
                status);
}

ApiResponse ApiResponse::badInput(const QString &message)
{
    return error(400, QStringLiteral("BAD_INPUT"), QStringLiteral("input"), message);
}

ApiResponse ApiResponse::badParameters(const QString &message)
{
    return error(400, QStringLiteral("BAD_PARAMETERS"), QStringLiteral("input"), message);
}

ApiResponse ApiResponse::notFound(const QString &message)
{
    return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("input"), message);
}

ApiResponse ApiResponse::unprocessable(const QString &message)
{
    return error(422, QStringLiteral("ACTION_ABORTED"), QStringLiteral("input"), message);
}

void ApiResponse::addHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
}
