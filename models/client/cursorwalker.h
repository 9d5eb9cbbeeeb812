#pragma once

#include "models/client/apierror.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class ApiReply;
struct ApiResult;
class EdgesClient;

// Walks a cursor-paginated route (inputs, outputs: contract 3.5, 3.6) one
// page at a time with back-pressure: it fetches the next page only when
// the consumer asks, so an export of millions of rows holds one page.
class CursorWalker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CursorWalker)

public:
    // `first` sends the request of the first page; later pages follow
    // X-Pagination-Next.
    CursorWalker(EdgesClient *client, std::function<ApiReply *()> first, QObject *parent = nullptr);
    ~CursorWalker() override;

    // Requests the first page, or the next one after pageReady. Does
    // nothing while a page is loading or after the last one.
    void next();
    void cancel();
    bool isLoading() const { return m_pending != nullptr; }
    bool atEnd() const { return m_atEnd; }
    int pagesSeen() const { return m_pages; }
    // The URL of the page next() fetches after the first (X-Pagination-Next
    // of the last page seen): a consumer that keeps it can fetch that page
    // again later.
    const QUrl &nextUrl() const { return m_next; }

signals:
    void pageReady(const QJsonArray &items, bool last);
    void failed(const ApiError &error);

private:
    void onPage(const ApiResult &result);

    QPointer<EdgesClient> m_client;
    std::function<ApiReply *()> m_first;
    QPointer<ApiReply> m_pending;
    QUrl m_next;
    bool m_started = false;
    bool m_atEnd = false;
    int m_pages = 0;
};
