#pragma once

#include "sandbox/http/outputspagejob.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>

#include <memory>

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
    // A 200 whose body is an outputs page still to be read (OutputsPager):
    // the server sends the page's answer with this one's headers after its
    // own.
    static ApiResponse deferred(OutputsPageJob job);
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
    const OutputsPageJob *deferredPage() const { return m_deferred.get(); }
    void setBody(const QJsonValue &body) { m_body = body; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    void addHeader(const QByteArray &name, const QByteArray &value);

private:
    int m_status = 200;
    QJsonValue m_body;
    QByteArray m_raw;
    std::shared_ptr<const OutputsPageJob> m_deferred;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};
