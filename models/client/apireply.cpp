#include "models/client/apireply.h"

#include <QNetworkReply>
#include <QTimer>

ApiReply::ApiReply(QObject *parent)
    : QObject(parent)
{}

void ApiReply::finish(ApiError error, int httpStatus, QJsonValue json, QUrl nextPage)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.error = std::move(error);
    m_result.httpStatus = httpStatus;
    m_result.json = std::move(json);
    m_result.nextPage = std::move(nextPage);
    if (m_retryTimer)
        m_retryTimer->stop();
    emit finished(m_result);
}

void ApiReply::cancel()
{
    if (m_finished)
        return;
    if (m_network) {
        // The network reply's own finished() must not reach the client.
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    finish(error, 0, QJsonValue(), QUrl());
}

ApiReply *ApiReply::bindTo(QObject *owner)
{
    if (owner)
        connect(owner, &QObject::destroyed, this, &ApiReply::cancel);
    return this;
}
