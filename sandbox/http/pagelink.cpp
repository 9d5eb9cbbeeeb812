#include "sandbox/http/pagelink.h"

#include "sandbox/http/pagecursor.h"

#include <QUrl>
#include <QUrlQuery>

QString PageLink::scope(const QString &what, const QString &runUid)
{
    return what + QLatin1Char(':') + runUid;
}

QByteArray PageLink::next(const QString &baseUrl, const QString &runUid, const QString &what,
                          int limit, qint64 position, qint64 nowMs, const PageCursor &cursors)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("cursor"),
                       cursors.encode(scope(what, runUid), position, nowMs));
    QUrl url(baseUrl + QStringLiteral("/runs/") + runUid + QLatin1Char('/') + what);
    url.setQuery(query);
    return url.toEncoded();
}
