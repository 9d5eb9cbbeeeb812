#pragma once

#include <QString>

#include <optional>

// Opaque cursors for cursor pagination (contract 2.2, 3.5, 3.6): they carry
// what page comes next and when they were issued, and expire after 24 hours
// of sandbox time. Clients only ever follow X-Pagination-Next.
class PageCursor final
{
public:
    static constexpr qint64 kLifetimeMs = 24LL * 3600 * 1000;

    // `scope` ties a cursor to one listing (a run uid, a live request),
    // `position` is where the next page starts.
    static QString encode(const QString &scope, qint64 position, qint64 issuedMs);
    // nullopt for a cursor that is garbled, for another scope, or expired.
    static std::optional<qint64> decode(const QString &cursor, const QString &scope, qint64 nowMs);
};
