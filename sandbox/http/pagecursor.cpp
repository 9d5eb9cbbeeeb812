#include "sandbox/http/pagecursor.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>

namespace {

QByteArray scopeTag(const QString &scope)
{
    return QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
}

} // namespace

QString PageCursor::encode(const QString &scope, qint64 position, qint64 issuedMs)
{
    const QByteArray raw = "c1:" + scopeTag(scope) + ':' + QByteArray::number(position) + ':' +
                           QByteArray::number(issuedMs);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> PageCursor::decode(const QString &cursor, const QString &scope, qint64 nowMs)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 4 || parts.at(0) != "c1" || parts.at(1) != scopeTag(scope))
        return std::nullopt;
    bool positionOk = false;
    bool issuedOk = false;
    const qint64 position = parts.at(2).toLongLong(&positionOk);
    const qint64 issued = parts.at(3).toLongLong(&issuedOk);
    if (!positionOk || !issuedOk || position < 0 || nowMs - issued > kLifetimeMs)
        return std::nullopt;
    return position;
}
