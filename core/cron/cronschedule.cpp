#include "core/cron/cronschedule.h"

#include <utility>

// Daylight saving, as cronie does it. cronie tells two kinds of job apart
// by the first character of their minute and hour fields:
//
// * A job whose minute or hour field starts with '*' fires at every real
//   instant whose local wall time matches. A wall time inside a
//   spring-forward gap never happens, so it does not fire; a wall time
//   inside a fall-back overlap happens twice, so it fires twice.
//   (nextWallClock / previousWallClock: walk the zone's offset periods and
//   look for matching wall times inside each.)
//
// * Any other job fires once per matching wall time. A wall time inside a
//   gap fires at the first instant after the gap, and several such times
//   collapse into that one instant; a wall time that occurs twice fires at
//   its first occurrence only. (nextOnce / previousOnce: walk matching wall
//   times in order and map each to that one instant. The map never goes
//   backwards, so the first mapped instant past the bound is the answer.)

namespace {

constexpr qint64 kSecondsPerMinute = 60;
// Guards against pathological zone data; real zones need a handful.
constexpr int kMaxSteps = 100000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

std::optional<QDateTime> toDateTime(std::optional<qint64> seconds)
{
    if (!seconds)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
}

} // namespace

CronSchedule::CronSchedule(CronExpression expression, const QTimeZone &zone)
    : m_expression(std::move(expression))
    , m_zone(zone)
    , m_offsets(zone)
{}

bool CronSchedule::firesByWallClock() const
{
    return m_expression.minute().startsWithStar() || m_expression.hour().startsWithStar();
}

std::optional<QDateTime> CronSchedule::next(const QDateTime &after) const
{
    if (!after.isValid())
        return std::nullopt;
    // Rounded down, not towards zero: an `after` of 1969-12-31T23:59:59.5
    // must still see the fire time at 1970-01-01T00:00:00.
    return toDateTime(nextSecsSinceEpoch(floorDiv(after.toMSecsSinceEpoch(), 1000)));
}

std::optional<qint64> CronSchedule::nextSecsSinceEpoch(qint64 after) const
{
    return firesByWallClock() ? nextWallClock(after) : nextOnce(after);
}

QList<QDateTime> CronSchedule::next(const QDateTime &after, int count) const
{
    QList<QDateTime> result;
    QDateTime cursor = after;
    while (result.size() < count) {
        const auto fire = next(cursor);
        if (!fire)
            break;
        result.append(*fire);
        cursor = *fire;
    }
    return result;
}

std::optional<QDateTime> CronSchedule::previous(const QDateTime &before) const
{
    if (!before.isValid())
        return std::nullopt;
    // Fire times are whole seconds; anything inside the second of `before`
    // that is past a fire time still counts as after it.
    qint64 seconds = before.toSecsSinceEpoch();
    if (before.toMSecsSinceEpoch() % 1000 > 0)
        ++seconds;
    return toDateTime(firesByWallClock() ? previousWallClock(seconds) : previousOnce(seconds));
}

std::optional<qint64> CronSchedule::nextWallClock(qint64 after) const
{
    qint64 cursor = after;
    for (int step = 0; step < kMaxSteps; ++step) {
        const ZoneOffsets::Period period = m_offsets.periodAt(cursor);
        const qint64 local = cursor + period.offset;
        const qint64 fromMinute = cursor == after ? floorDiv(local, kSecondsPerMinute) + 1
                                                  : ceilDiv(local, kSecondsPerMinute);
        const auto match = m_expression.firstMatchAtOrAfter(fromMinute);
        if (!match)
            return std::nullopt;
        const qint64 instant = *match * kSecondsPerMinute - period.offset;
        if (instant < period.end)
            return instant;
        if (period.end >= ZoneOffsets::kMaxTime)
            return std::nullopt;
        cursor = period.end;
    }
    return std::nullopt;
}

std::optional<qint64> CronSchedule::previousWallClock(qint64 before) const
{
    qint64 cursor = before;
    for (int step = 0; step < kMaxSteps; ++step) {
        const ZoneOffsets::Period period = m_offsets.periodAt(cursor - 1);
        const qint64 local = cursor + period.offset;
        const auto match = m_expression.lastMatchAtOrBefore(ceilDiv(local, kSecondsPerMinute) - 1);
        if (!match)
            return std::nullopt;
        const qint64 instant = *match * kSecondsPerMinute - period.offset;
        if (instant >= period.start)
            return instant;
        if (period.start <= ZoneOffsets::kMinTime)
            return std::nullopt;
        cursor = period.start;
    }
    return std::nullopt;
}

qint64 CronSchedule::instantOf(qint64 localMinute) const
{
    const ZoneOffsets::Resolution resolution = m_offsets.resolve(localMinute * kSecondsPerMinute);
    return resolution.count == 0 ? resolution.gapEnd : resolution.first;
}

qint64 CronSchedule::endOfOverlapContaining(qint64 utc) const
{
    // When `utc` lies in the second pass of a fall-back overlap, the wall
    // times up to the overlap's end already had their first occurrence.
    // Answers the local time at which the overlap ends, or a value before
    // utc's own local time when there is no such overlap.
    const ZoneOffsets::Period period = m_offsets.periodAt(utc);
    if (period.start <= ZoneOffsets::kMinTime)
        return utc + period.offset;
    const int offsetBefore = m_offsets.offsetAt(period.start - 1);
    if (offsetBefore <= period.offset)
        return utc + period.offset;
    return std::max(utc + period.offset, period.start + offsetBefore);
}

std::optional<qint64> CronSchedule::nextOnce(qint64 after) const
{
    const ZoneOffsets::Period period = m_offsets.periodAt(after);
    const qint64 local = after + period.offset;
    qint64 fromMinute = floorDiv(local, kSecondsPerMinute) + 1;
    const qint64 overlapEnd = endOfOverlapContaining(after);
    if (overlapEnd > local)
        fromMinute = std::max(fromMinute, ceilDiv(overlapEnd, kSecondsPerMinute));
    for (int step = 0; step < kMaxSteps; ++step) {
        const auto match = m_expression.firstMatchAtOrAfter(fromMinute);
        if (!match)
            return std::nullopt;
        const qint64 instant = instantOf(*match);
        if (instant > after)
            return instant;
        fromMinute = *match + 1;
    }
    return std::nullopt;
}

std::optional<qint64> CronSchedule::previousOnce(qint64 before) const
{
    const qint64 overlapEnd = endOfOverlapContaining(before);
    const ZoneOffsets::Period period = m_offsets.periodAt(before);
    const qint64 local = before + period.offset;
    // Wall times up to the end of an overlap that `before` sits in have
    // already fired (at their first occurrence); others must be < local.
    qint64 toMinute = overlapEnd > local ? ceilDiv(overlapEnd, kSecondsPerMinute) - 1
                                         : ceilDiv(local, kSecondsPerMinute) - 1;
    for (int step = 0; step < kMaxSteps; ++step) {
        const auto match = m_expression.lastMatchAtOrBefore(toMinute);
        if (!match)
            return std::nullopt;
        const qint64 instant = instantOf(*match);
        if (instant < before)
            return instant;
        toMinute = *match - 1;
    }
    return std::nullopt;
}
