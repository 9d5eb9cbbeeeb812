#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Opaque cursors for cursor pagination (contract 2.2, 3.5, 3.6): they carry
// what page comes next and when they were issued, and expire after 24 hours
// of sandbox time. Clients only ever follow X-Pagination-Next, so a cursor
// the engine did not issue is hostile: each one is signed with the engine's
// secret (HMAC-SHA256) and one whose signature does not match, or whose
// fields are out of range, never decodes and never reaches arithmetic.
class PageCursor final
{
public:
    static constexpr qint64 kLifetimeMs = 24LL * 3600 * 1000;

    // A cursor signer with a fresh random secret: cursors of one engine
    // are not accepted by another (nor after a restart).
    PageCursor();
    explicit PageCursor(QByteArray secret);

    // `scope` ties a cursor to one listing (a run uid, a live request),
    // `position` (0 or more) is where the next page starts.
    QString encode(const QString &scope, qint64 position, qint64 issuedMs) const;
    // nullopt for a cursor that is garbled, unsigned or signed by another
    // secret, for another scope, issued in the future, or expired.
    std::optional<qint64> decode(const QString &cursor, const QString &scope, qint64 nowMs) const;

private:
    QByteArray signature(const QString &scope, qint64 position, qint64 issuedMs) const;

    QByteArray m_secret;
};
