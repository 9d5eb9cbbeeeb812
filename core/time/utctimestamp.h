#pragma once

#include <QtGlobal>

// UTC instants written as the contract's ISO-8601 text,
// "2026-03-29T01:00:00Z", straight into a caller's buffer: the command
// line prints up to 100,000 of them per run, and a QDateTime with its
// string formatting per line costs several times the fire time's own
// computation.
class UtcTimestamp final
{
public:
    static constexpr int kLength = 20;
    // 0001-01-01T00:00:00Z and 10000-01-01T00:00:00Z. The text has four
    // digits for the year; QDate has no year 0, and the timestamps this
    // text is read back with (JsonFields) start at year 1 too.
    static constexpr qint64 kFirstSecs = -62135596800;
    static constexpr qint64 kEndSecs = 253402300800;

    // Writes kLength characters (no terminator) for `secsSinceEpoch`;
    // false, writing nothing, outside [kFirstSecs, kEndSecs).
    static bool write(qint64 secsSinceEpoch, char *out);
};
