#pragma once

#include <QByteArray>
#include <QString>

class PageCursor;

// The X-Pagination-Next URL of a run's inputs or outputs page (contract
// 3.5, 3.6): the same listing with the same limit and a cursor to the row
// after `position`.
class PageLink final
{
public:
    // `what` is "inputs" or "outputs"; PageCursor scopes the cursor to it
    // and to the run.
    static QString scope(const QString &what, const QString &runUid);
    static QByteArray next(const QString &baseUrl, const QString &runUid, const QString &what,
                           int limit, qint64 position, qint64 nowMs, const PageCursor &cursors);
};
