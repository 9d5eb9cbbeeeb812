#pragma once

#include "models/client/apiresult.h"

#include <QObject>
#include <QPointer>

#include <utility>

class QNetworkReply;
class QTimer;

// The handle of one EdgesClient call: it finishes exactly once, with an
// ApiResult that holds either a parsed JSON payload (and the next page's URL
// for cursor pagination) or an ApiError. Retries happen inside; cancel()
// ends it. Receivers use then(), which also ends the handle's life.
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_result.succeeded(); }
    const ApiResult &result() const { return m_result; }
    const ApiError &error() const { return m_result.error; }
    int httpStatus() const { return m_result.httpStatus; }
    const QJsonValue &json() const { return m_result.json; }
    // X-Pagination-Next, empty on the last page.
    const QUrl &nextPage() const { return m_result.nextPage; }
    int attempts() const { return m_result.attempts; }

    // The one way to hear how a call ended: `onResult(const ApiResult &)`
    // runs once, in `context`'s thread, unless the call was cancelled
    // (whoever cancels knows) or `context` went first, which cancels the
    // call. The handle deletes itself afterwards, so a caller keeps it (in
    // a QPointer) only to cancel it.
    template <typename Functor>
    ApiReply *then(QObject *context, Functor &&onResult);

    // Ends the call at once with Kind::Cancelled; harmless once finished.
    void cancel();
    // Cancels the call when `owner` is destroyed first. Returns this.
    ApiReply *bindTo(QObject *owner);

signals:
    void finished(const ApiResult &result);

private:
    friend class EdgesClient;
    explicit ApiReply(QObject *parent);
    void finish(ApiError error, int httpStatus, QJsonValue json, QUrl nextPage);

    bool m_finished = false;
    ApiResult m_result;
    QPointer<QNetworkReply> m_network;
    QTimer *m_retryTimer = nullptr;
};

template <typename Functor>
ApiReply *ApiReply::then(QObject *context, Functor &&onResult)
{
    bindTo(context);
    connect(this, &ApiReply::finished, this, &QObject::deleteLater);
    connect(this, &ApiReply::finished, context,
            [onResult = std::forward<Functor>(onResult)](const ApiResult &result) {
                if (!result.cancelled())
                    onResult(result);
            });
    return this;
}
