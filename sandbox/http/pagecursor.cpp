#include "sandbox/http/pagecursor.h"

#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <array>

namespace {

constexpr qsizetype kSecretBytes = 32;

QByteArray randomSecret()
{
    std::array<quint32, kSecretBytes / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.data()), kSecretBytes);
}

// A decimal field as the encoder writes it: digits only (no sign, no
// spaces), short enough that it cannot overflow a qint64.
std::optional<qint64> field(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return text.toLongLong();
}

} // namespace

PageCursor::PageCursor()
    : m_secret(randomSecret())
{}

PageCursor::PageCursor(QByteArray secret)
    : m_secret(std::move(secret))
{}

QByteArray PageCursor::signature(const QString &scope, qint64 position, qint64 issuedMs) const
{
    // The scope is signed, not carried: a cursor of one listing does not
    // open another.
    const QByteArray message =
        scope.toUtf8() + '\n' + QByteArray::number(position) + '\n' + QByteArray::number(issuedMs);
    return QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString PageCursor::encode(const QString &scope, qint64 position, qint64 issuedMs) const
{
    const QByteArray raw = "c2:" + QByteArray::number(position) + ':' +
                           QByteArray::number(issuedMs) + ':' +
                           signature(scope, position, issuedMs);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> PageCursor::decode(const QString &cursor, const QString &scope,
                                         qint64 nowMs) const
{
    // Far longer than any cursor this class writes.
    if (cursor.size() > 256)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 4 || parts.at(0) != "c2")
        return std::nullopt;
    const auto position = field(parts.at(1));
    const auto issued = field(parts.at(2));
    if (!position || !issued)
        return std::nullopt;
    // Compared in constant time, so that timing tells nothing about how
    // much of a forged signature was right.
    const QByteArray expected = signature(scope, *position, *issued);
    const QByteArray &given = parts.at(3);
    if (given.size() != expected.size())
        return std::nullopt;
    char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<char>(expected.at(i) ^ given.at(i));
    if (difference != 0)
        return std::nullopt;
    // Both sides are within 18 digits, so neither subtraction overflows.
    if (*issued > nowMs || nowMs - *issued > kLifetimeMs)
        return std::nullopt;
    return position;
}
