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
    m_pending = reply->then(this, [this](const ApiResult &result) { onPage(result); });
}

void CursorWalker::cancel()
{
    if (m_pending)
        m_pending->cancel();
}

void CursorWalker::onPage(const ApiResult &result)
{
    m_pending = nullptr;
    if (!result.succeeded()) {
        emit failed(result.error);
        return;
    }
    ++m_pages;
    m_next = result.nextPage;
    m_atEnd = m_next.isEmpty();
    emit pageReady(result.json.toArray(), m_atEnd);
}
