#pragma once

#include <QTimeZone>

#include <limits>
#include <vector>

// The UTC offsets of one IANA zone as a sorted list of transitions, loaded
// from QTimeZone on demand and cached, so that cron evaluation can ask
// "which offset applies here" and "which instants have this wall time"
// with a binary search instead of a QDateTime conversion each time.
// All times are seconds since the epoch; "local" seconds are UTC seconds
// plus the offset (a wall-clock time written as if it were UTC).
class ZoneOffsets final
{
public:
    static constexpr qint64 kMinTime = std::numeric_limits<qint64>::min() / 4;
    static constexpr qint64 kMaxTime = std::numeric_limits<qint64>::max() / 4;

    // A span [start, end) of UTC time with one offset.
    struct Period
    {
        qint64 start = kMinTime;
        qint64 end = kMaxTime;
        int offset = 0;
    };

    // The instants at which the wall clock shows a given local time: none
    // when it falls in a spring-forward gap (then gapEnd is the first
    // instant after the gap), one, or two inside a fall-back overlap.
    struct Resolution
    {
        int count = 0;
        qint64 first = 0;
        qint64 second = 0;
        qint64 gapEnd = 0;
    };

    explicit ZoneOffsets(const QTimeZone &zone);

    Period periodAt(qint64 utc) const;
    int offsetAt(qint64 utc) const { return periodAt(utc).offset; }
    Resolution resolve(qint64 local) const;

private:
    struct Transition
    {
        qint64 at;
        int offsetAfter;
    };

    void ensureLoaded(qint64 utc) const;
    void load(qint64 from, qint64 to) const;

    QTimeZone m_zone;
    bool m_fixed = false;
    int m_fixedOffset = 0;
    mutable std::vector<Transition> m_transitions;
    mutable int m_offsetBeforeFirst = 0;
    mutable qint64 m_loadedFrom = 0;
    mutable qint64 m_loadedTo = 0;
    mutable bool m_loaded = false;
};
