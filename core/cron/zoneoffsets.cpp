#include "core/cron/zoneoffsets.h"

#include <QDateTime>

#include <algorithm>

namespace {

// Transitions are loaded in windows of this many seconds (about 25 years)
// around the instant asked about.
constexpr qint64 kWindow = 25LL * 366 * 86400;
// Offsets in use lie between -12 h and +14 h; a wall time's instants lie
// within this margin of the wall time read as UTC.
constexpr qint64 kMaxOffset = 15 * 3600;
// A zone with daylight saving changes offset twice a year: a list that
// ends longer than this before the window does may have been cut short.
constexpr qint64 kRecheckAfter = 400LL * 86400;

} // namespace

ZoneOffsets::ZoneOffsets(const QTimeZone &zone)
    : m_zone(zone)
{
    if (!m_zone.isValid() || !m_zone.hasTransitions()) {
        m_fixed = true;
        m_fixedOffset =
            m_zone.isValid() ? m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) : 0;
    }
}

void ZoneOffsets::load(qint64 from, qint64 to) const
{
    // Qt 6.4 ends transitions() at the last entry of the zone file's table
    // when the range starts inside it, leaving out the ones the file's
    // POSIX rule adds after it (Paris from 2038 on: summer fire times were
    // an hour late). Asking again from after the last answer fills the gap;
    // a zone whose offsets really stop changing answers nothing more.
    qint64 cursor = from;
    while (cursor <= to) {
        const QTimeZone::OffsetDataList list =
            m_zone.transitions(QDateTime::fromSecsSinceEpoch(cursor, QTimeZone::utc()),
                               QDateTime::fromSecsSinceEpoch(to, QTimeZone::utc()));
        qint64 last = cursor - 1;
        for (const QTimeZone::OffsetData &data : list) {
            const qint64 at = data.atUtc.toSecsSinceEpoch();
            if (at < cursor || at > to)
                continue;
            m_transitions.push_back({at, data.offsetFromUtc});
            last = std::max(last, at);
        }
        if (last < cursor || to - last < kRecheckAfter)
            break;
        cursor = last + 1;
    }
}

void ZoneOffsets::ensureLoaded(qint64 utc) const
{
    if (m_loaded && utc >= m_loadedFrom && utc < m_loadedTo)
        return;
    // The transitions already held are sorted; only the window just loaded
    // is sorted and merged in, since a schedule walked over millennia loads
    // hundreds of windows and re-sorting everything each time dominated.
    const auto earlier = [](const Transition &a, const Transition &b) { return a.at < b.at; };
    const auto sortAndMerge = [&](std::size_t newFirst, std::size_t newEnd, std::size_t split) {
        std::sort(m_transitions.begin() + static_cast<std::ptrdiff_t>(newFirst),
                  m_transitions.begin() + static_cast<std::ptrdiff_t>(newEnd), earlier);
        std::inplace_merge(m_transitions.begin(),
                           m_transitions.begin() + static_cast<std::ptrdiff_t>(split),
                           m_transitions.end(), earlier);
    };
    if (!m_loaded) {
        m_loadedFrom = utc - kWindow;
        m_loadedTo = utc + kWindow;
        load(m_loadedFrom, m_loadedTo - 1);
        sortAndMerge(0, m_transitions.size(), m_transitions.size());
        m_loaded = true;
    } else if (utc < m_loadedFrom) {
        const qint64 newFrom = std::min(utc, m_loadedFrom) - kWindow;
        std::vector<Transition> previous;
        previous.swap(m_transitions);
        load(newFrom, m_loadedFrom - 1);
        const std::size_t loaded = m_transitions.size();
        m_transitions.insert(m_transitions.end(), previous.begin(), previous.end());
        sortAndMerge(0, loaded, loaded);
        m_loadedFrom = newFrom;
    } else {
        const qint64 newTo = utc + kWindow;
        const std::size_t held = m_transitions.size();
        load(m_loadedTo, newTo - 1);
        sortAndMerge(held, m_transitions.size(), held);
        m_loadedTo = newTo;
    }
    m_transitions.erase(
        std::unique(m_transitions.begin(), m_transitions.end(),
                    [](const Transition &a, const Transition &b) { return a.at == b.at; }),
        m_transitions.end());
    m_offsetBeforeFirst =
        m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(m_loadedFrom, QTimeZone::utc()));
}

ZoneOffsets::Period ZoneOffsets::periodAt(qint64 utc) const
{
    if (m_fixed)
        return Period{kMinTime, kMaxTime, m_fixedOffset};
    ensureLoaded(utc);
    // First transition strictly after utc.
    const auto after = std::upper_bound(
        m_transitions.begin(), m_transitions.end(), utc,
        [](qint64 value, const Transition &transition) { return value < transition.at; });
    Period period;
    if (after == m_transitions.begin()) {
        period.start = m_loadedFrom;
        period.offset = m_offsetBeforeFirst;
    } else {
        period.start = std::prev(after)->at;
        period.offset = std::prev(after)->offsetAfter;
    }
    period.end = after == m_transitions.end() ? m_loadedTo : after->at;
    // A window edge is not a real transition: widen the period across it
    // when the offset continues on the other side.
    if (after == m_transitions.end() && utc + kMaxOffset * 2 >= m_loadedTo) {
        ensureLoaded(m_loadedTo);
        return periodAt(utc);
    }
    if (after == m_transitions.begin() && utc - kMaxOffset * 2 < m_loadedFrom) {
        ensureLoaded(m_loadedFrom - 1);
        return periodAt(utc);
    }
    return period;
}

ZoneOffsets::Resolution ZoneOffsets::resolve(qint64 local) const
{
    Resolution result;
    if (m_fixed) {
        result.count = 1;
        result.first = local - m_fixedOffset;
        return result;
    }
    // Walk the periods that overlap [local - max, local + max]; each gives
    // at most one instant, local - offset, valid when it lies inside it.
    qint64 cursor = local - kMaxOffset;
    int previousOffset = offsetAt(cursor - 1);
    while (cursor <= local + kMaxOffset) {
        const Period period = periodAt(cursor);
        const qint64 candidate = local - period.offset;
        if (candidate >= period.start && candidate < period.end) {
            if (result.count == 0)
                result.first = candidate;
            else if (result.count == 1 && candidate != result.first)
                result.second = candidate;
            result.count = std::min(result.count + 1, 2);
        } else if (result.count == 0 && period.offset > previousOffset &&
                   local - previousOffset >= period.start && candidate < period.start) {
            // The wall clock jumped from before `local` to after it at this
            // transition: `local` lies in the gap.
            result.gapEnd = period.start;
        }
        previousOffset = period.offset;
        if (period.end >= kMaxTime)
            break;
        cursor = period.end;
    }
    return result;
}
