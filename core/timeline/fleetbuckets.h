#pragma once

#include "core/timeline/runspan.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

struct Run;

// Runs per status over time: the visible range cut into buckets of one
// size, chosen from the range so a chart shows about 30 to 120 of them,
// and how many runs were in each status in each bucket. Pure and widget
// free, so it is tested and benchmarked on its own.
//
// A run counts once in every bucket its life [start, end] touches: for the
// status it held at the bucket's end, or, in the bucket where it ended (or
// where now is, while it is active), for its end status. A bucket's bar is
// then the number of runs alive in it, and a run that failed shows as
// FAILED in the bucket it failed in and as RUNNING before. Counting every
// status a run passed through instead would make the stacks taller than
// the fleet. Where the status a run held then is not known (RunSpan's
// Unknown segments), it counts under Unknown, never under a status it may
// not have held.
class FleetBuckets final
{
public:
    // The bucket sizes, in ms: 1, 2, 5, 10, 15, 30 min, 1, 2, 3, 6, 12 h,
    // 1, 2, 7 days. Neighbours differ by at most 4x, so a range always
    // finds one with 30 to 120 buckets (within the ends of the ladder).
    static const QList<qint64> &bucketSizes();
    static constexpr int kMaxBuckets = 120;
    // The smallest size that cuts `rangeMs` into at most kMaxBuckets.
    static qint64 bucketMsFor(qint64 rangeMs);
    // Statuses from bottom to top of a stack: the life cycle, Unknown last.
    static const QList<RunStatus> &stackOrder();

    // Buckets over [fromMs, toMs); their edges fall where (t + alignMs) is
    // a multiple of the size, so with the display zone's UTC offset as
    // alignMs, day buckets start at that zone's midnight.
    static FleetBuckets count(const QList<RunSpan> &spans, qint64 fromMs, qint64 toMs,
                              qint64 alignMs = 0);
    // The same from runs and the transitions known per uid, aligned to
    // `zone`.
    static FleetBuckets count(const QList<Run> &runs,
                              const QHash<QString, QList<StatusTransition>> &transitions,
                              const QDateTime &from, const QDateTime &to, const QDateTime &now,
                              const QTimeZone &zone = QTimeZone::utc());

    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }
    qint64 bucketMs() const { return m_bucketMs; }
    int bucketCount() const { return m_bucketCount; }
    qint64 bucketStartMs(int bucket) const { return m_originMs + bucket * m_bucketMs; }
    qint64 bucketEndMs(int bucket) const { return bucketStartMs(bucket) + m_bucketMs; }
    // The bucket holding `ms`, or -1 outside them all.
    int bucketAt(qint64 ms) const;
    int count(int bucket, RunStatus status) const;
    int total(int bucket) const;
    int maxTotal() const;
    // Runs whose life overlaps [fromMs, toMs).
    int runsInRange() const { return m_runsInRange; }
    // Statuses with a count anywhere, in stack order.
    QList<RunStatus> statuses() const;

private:
    static constexpr int kSlots = static_cast<int>(RunStatus::Succeeded) + 1;

    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    qint64 m_bucketMs = 60000;
    qint64 m_originMs = 0;
    int m_bucketCount = 0;
    int m_runsInRange = 0;
    // bucket * kSlots + status
    QList<int> m_counts;
};
