#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>

// One answer of the sandbox's HTTP API: status, JSON body and headers.
// Error answers carry the contract's error body (section 1.4); the server
// stamps its error_ref just before sending.
class ApiResponse final
{
public:
    static ApiResponse json(const QJsonValue &body, int status = 200);
    // A 200 whose body is already serialised JSON (stored rows written out
    // as they are, without parsing them again).
    static ApiResponse raw(QByteArray body);
    static ApiResponse error(int status, const QString &label, const QString &scope,
                             const QString &message, const QJsonObject &params = {});
    // 400 BAD_INPUT / BAD_PARAMETERS: `message` names the offending field.
    static ApiResponse badInput(const QString &message);
    static ApiResponse badParameters(const QString &message);
    static ApiResponse notFound(const QString &message);
    static ApiResponse unprocessable(const QString &message);

    int status() const { return m_status; }
    bool isError() const { return m_status >= 400; }
    const QJsonValue &body() const { return m_body; }
    const QByteArray &rawBody() const { return m_raw; }
    void setBody(const QJsonValue &body) { m_body = body; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    void addHeader(const QByteArray &name, const QByteArray &value);

private:
    int m_status = 200;
    QJsonValue m_body;
    QByteArray m_raw;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};
