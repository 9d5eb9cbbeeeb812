#include "core/timeline/fleetbuckets.h"

#include "core/domain/run.h"

#include <algorithm>

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

} // namespace

const QList<qint64> &FleetBuckets::bucketSizes()
{
    static const QList<qint64> sizes{
        kMinute,   2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute, kHour,
        2 * kHour, 3 * kHour,   6 * kHour,   12 * kHour,   kDay,         2 * kDay,     7 * kDay};
    return sizes;
}

qint64 FleetBuckets::bucketMsFor(qint64 rangeMs)
{
    for (const qint64 size : bucketSizes()) {
        if (ceilDiv(std::max<qint64>(rangeMs, 1), size) <= kMaxBuckets)
            return size;
    }
    return bucketSizes().last();
}

const QList<RunStatus> &FleetBuckets::stackOrder()
{
    static const QList<RunStatus> order = [] {
        QList<RunStatus> statuses = knownRunStatuses();
        statuses.append(RunStatus::Unknown);
        return statuses;
    }();
    return order;
}

FleetBuckets FleetBuckets::count(const QList<RunSpan> &spans, qint64 fromMs, qint64 toMs,
                                 qint64 alignMs)
{
    FleetBuckets buckets;
    buckets.m_fromMs = fromMs;
    buckets.m_toMs = std::max(toMs, fromMs + 1);
    const qint64 size = bucketMsFor(buckets.m_toMs - fromMs);
    buckets.m_bucketMs = size;
    buckets.m_originMs = floorDiv(fromMs + alignMs, size) * size - alignMs;
    const qint64 origin = buckets.m_originMs;
    const int n = static_cast<int>(ceilDiv(buckets.m_toMs - origin, size));
    buckets.m_bucketCount = n;

    // Per status, +1 where a run of that status starts to count and -1
    // where it stops: one pass over the segments, then a running sum, so a
    // long run costs no more than a short one.
    QList<int> delta((n + 1) * kSlots, 0);
    QList<int> ends(n * kSlots, 0);
    const qint64 coverEnd = origin + n * size;
    for (const RunSpan &span : spans) {
        if (!span.isValid())
            continue;
        // A run that ended the instant it began still lived for an instant.
        const qint64 end = std::max(span.endMs, span.startMs + 1);
        if (span.startMs < buckets.m_toMs && end > fromMs)
            ++buckets.m_runsInRange;
        if (span.startMs >= coverEnd || end <= origin)
            continue;
        // The bucket where the run ends counts its end status; the ones
        // before it, the status held at their last millisecond.
        const qint64 last = floorDiv(end - 1 - origin, size);
        const qint64 before = std::min<qint64>(last, n);
        if (last < n)
            ++ends[static_cast<int>(last) * kSlots + static_cast<int>(span.endStatus)];
        for (const RunSpan::Segment &segment : span.segments) {
            const qint64 lo =
                std::max<qint64>(ceilDiv(segment.fromMs - origin + 1 - size, size), 0);
            const qint64 hi = std::min(ceilDiv(segment.toMs - origin + 1 - size, size), before);
            if (lo >= hi)
                continue;
            const int slot = static_cast<int>(segment.status);
            ++delta[static_cast<int>(lo) * kSlots + slot];
            --delta[static_cast<int>(hi) * kSlots + slot];
        }
    }

    buckets.m_counts.resize(n * kSlots);
    for (int slot = 0; slot < kSlots; ++slot) {
        int running = 0;
        for (int bucket = 0; bucket < n; ++bucket) {
            running += delta.at(bucket * kSlots + slot);
            buckets.m_counts[bucket * kSlots + slot] = running + ends.at(bucket * kSlots + slot);
        }
    }
    return buckets;
}

FleetBuckets FleetBuckets::count(const QList<Run> &runs,
                                 const QHash<QString, QList<StatusTransition>> &transitions,
                                 const QDateTime &from, const QDateTime &to, const QDateTime &now,
                                 const QTimeZone &zone)
{
    QList<RunSpan> spans;
    spans.reserve(runs.size());
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (const Run &run : runs)
        spans.append(RunSpan::of(run, transitions.value(run.uid), nowMs));
    return count(spans, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(),
                 zone.offsetFromUtc(from) * qint64(1000));
}

int FleetBuckets::bucketAt(qint64 ms) const
{
    if (m_bucketCount == 0 || ms < m_originMs)
        return -1;
    const qint64 bucket = (ms - m_originMs) / m_bucketMs;
    return bucket < m_bucketCount ? static_cast<int>(bucket) : -1;
}

int FleetBuckets::count(int bucket, RunStatus status) const
{
    if (bucket < 0 || bucket >= m_bucketCount)
        return 0;
    return m_counts.at(bucket * kSlots + static_cast<int>(status));
}

int FleetBuckets::total(int bucket) const
{
    int sum = 0;
    for (int slot = 0; slot < kSlots; ++slot)
        sum += count(bucket, static_cast<RunStatus>(slot));
    return sum;
}

int FleetBuckets::maxTotal() const
{
    int most = 0;
    for (int bucket = 0; bucket < m_bucketCount; ++bucket)
        most = std::max(most, total(bucket));
    return most;
}

QList<RunStatus> FleetBuckets::statuses() const
{
    QList<RunStatus> present;
    for (const RunStatus status : stackOrder()) {
        for (int bucket = 0; bucket < m_bucketCount; ++bucket) {
            if (count(bucket, status) > 0) {
                present.append(status);
                break;
            }
        }
    }
    return present;
}
