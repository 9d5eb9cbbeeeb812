#pragma once

#include "models/client/apierror.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;
class QTimer;

// The handle of one EdgesClient call: it finishes exactly once, with
// either a parsed JSON payload (and the next page's URL for cursor
// pagination) or an ApiError. Retries happen inside; cancel() ends it.
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    const QJsonValue &json() const { return m_json; }
    // X-Pagination-Next, empty on the last page.
    const QUrl &nextPage() const { return m_nextPage; }
    int attempts() const { return m_attempts; }

    // Ends the call at once with Kind::Cancelled; harmless once finished.
    void cancel();
    // Cancels the call when `owner` is destroyed first. Returns this.
    ApiReply *bindTo(QObject *owner);

signals:
    void finished();

private:
    friend class EdgesClient;
    explicit ApiReply(QObject *parent);
    void finish(ApiError error, int httpStatus, QJsonValue json, QUrl nextPage);

    bool m_finished = false;
    ApiError m_error;
    int m_httpStatus = 0;
    QJsonValue m_json;
    QUrl m_nextPage;
    int m_attempts = 0;
    QPointer<QNetworkReply> m_network;
    QTimer *m_retryTimer = nullptr;
};
