#include "models/client/cursorwalker.h"

#include "models/client/edgesclient.h"

CursorWalker::CursorWalker(EdgesClient *client, std::function<ApiReply *()> first, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_first(std::move(first))
{}

CursorWalker::~CursorWalker()
{
    cancel();
}

void CursorWalker::next()
{
    if (m_pending || m_atEnd || !m_client)
        return;
    ApiReply *reply = m_started ? m_client->followNext(m_next) : m_first();
    m_started = true;
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onPage(reply); });
}

void CursorWalker::cancel()
{
    if (m_pending)
        m_pending->cancel();
}

void CursorWalker::onPage(ApiReply *reply)
{
    reply->deleteLater();
    if (m_pending != reply)
        return;
    m_pending = nullptr;
    if (!reply->succeeded()) {
        if (reply->error().kind != ApiError::Kind::Cancelled)
            emit failed(reply->error());
        return;
    }
    ++m_pages;
    m_next = reply->nextPage();
    m_atEnd = m_next.isEmpty();
    emit pageReady(reply->json().toArray(), m_atEnd);
}
