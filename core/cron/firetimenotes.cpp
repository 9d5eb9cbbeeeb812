#include "core/cron/firetimenotes.h"

#include <QStringBuilder>
#include <QStringList>

#include <utility>

namespace {

constexpr qint64 kSecondsPerMinute = 60;
// Gaps last an hour or less; a day of minutes bounds any listing.
constexpr int kMaxGapMatches = 24 * 60;
// Between two consecutive fire times there are few transitions; this
// only guards against pathological zone data.
constexpr int kMaxTransitions = 1000;
// Longer lists of wall times are shortened to "first to last (N times)".
constexpr qsizetype kLongestList = 3;

qint64 ceilDiv(qint64 a, qint64 b)
{
    return a / b + ((a % b != 0) && ((a < 0) == (b < 0)));
}

QDateTime asUtc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

QString joined(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(QLatin1String(", ")) % QLatin1String(" and ") %
           items.last();
}

} // namespace

FireTimeNotes::FireTimeNotes(CronSchedule schedule)
    : m_schedule(std::move(schedule))
    , m_offsets(m_schedule.zone())
    , m_followsWallClock(m_schedule.expression().minute().startsWithStar() ||
                         m_schedule.expression().hour().startsWithStar())
{}

QList<FireTimeNotes::FireTime> FireTimeNotes::next(const QDateTime &after, int count) const
{
    QList<FireTime> result;
    if (!after.isValid())
        return result;
    qint64 previous = after.toSecsSinceEpoch();
    for (const QDateTime &fire : m_schedule.next(after, count)) {
        const qint64 instant = fire.toSecsSinceEpoch();
        result.append(note(instant, previous));
        previous = instant;
    }
    return result;
}

QString FireTimeNotes::label(Kind kind)
{
    switch (kind) {
    case Kind::None:
        break;
    case Kind::Moved:
        return QStringLiteral("moved by daylight saving");
    case Kind::Merged:
        return QStringLiteral("merged by daylight saving");
    case Kind::Repeated:
        return QStringLiteral("repeated by daylight saving");
    case Kind::Skipped:
        return QStringLiteral("after times daylight saving skipped");
    }
    return {};
}

FireTimeNotes::FireTime FireTimeNotes::note(qint64 fire, qint64 previous) const
{
    FireTime result{asUtc(fire), Kind::None, {}};
    const qint64 local = fire + m_offsets.offsetAt(fire);
    const ZoneOffsets::Resolution occurrences = m_offsets.resolve(local);
    const QString byWallClock =
        QStringLiteral("With '*' starting its minute or hour field, the job follows the wall "
                       "clock: ");

    if (!m_followsWallClock) {
        if (const auto gap = gapEndingAt(fire)) {
            const QList<qint64> skipped = matchesInGap(*gap);
            const bool one = skipped.size() == 1;
            const auto own = m_schedule.expression().firstMatchAtOrAfter(local / kSecondsPerMinute);
            const bool ownMatches = own && *own * kSecondsPerMinute == local;
            if (!skipped.isEmpty()) {
                result.kind = Kind::Moved;
                result.reason =
                    wallTimes(skipped) %
                    (one ? QLatin1String(" does not exist ") : QLatin1String(" do not exist ")) %
                    dayAndZone(skipped.first()) % QLatin1String(": ") % clockChange(*gap) %
                    (one ? QLatin1String(". It fires") : QLatin1String(". They fire once")) %
                    QLatin1String(" at the first instant after the gap, ") % wallTime(local) %
                    QLatin1Char(' ') % abbreviation(fire) %
                    (ownMatches ? QLatin1String(", together with ") % wallTime(local) %
                                      QLatin1String(" itself.")
                                : QStringLiteral("."));
            }
        } else if (occurrences.count == 2) {
            result.kind = Kind::Merged;
            result.reason =
                wallTime(local) % QLatin1String(" occurs twice ") % dayAndZone(local) %
                QLatin1String(": ") % clockChange(transitionStarting(occurrences.second)) %
                QLatin1String(". It fires once, at the first ") % wallTime(local) %
                QLatin1String(" (") % abbreviation(occurrences.first) % QLatin1String(").");
        }
        return result;
    }

    if (occurrences.count == 2) {
        result.kind = Kind::Repeated;
        result.reason =
            wallTime(local) % QLatin1String(" occurs twice ") % dayAndZone(local) %
            QLatin1String(": ") % clockChange(transitionStarting(occurrences.second)) %
            QLatin1String(". ") % byWallClock % QLatin1String("it fires at both; this is the ") %
            (fire == occurrences.first ? QLatin1String("first") : QLatin1String("second")) %
            QLatin1String(" (") % abbreviation(fire) % QLatin1String(").");
        return result;
    }
    // Gaps since the previous fire time whose wall times matched but never
    // came: the wall-clock job did not fire at them.
    qint64 start = m_offsets.periodAt(fire).start;
    for (int step = 0; step < kMaxTransitions && start > previous && start > ZoneOffsets::kMinTime;
         ++step) {
        if (const auto gap = gapEndingAt(start)) {
            const QList<qint64> skipped = matchesInGap(*gap);
            if (!skipped.isEmpty()) {
                const bool one = skipped.size() == 1;
                result.kind = Kind::Skipped;
                result.reason =
                    wallTimes(skipped) %
                    (one ? QLatin1String(" does not exist ") : QLatin1String(" do not exist ")) %
                    dayAndZone(skipped.first()) % QLatin1String(": ") % clockChange(*gap) %
                    QLatin1String(". ") % byWallClock % QLatin1String("it does not fire at ") %
                    (one ? QLatin1String("it") : QLatin1String("them")) %
                    QLatin1String("; this is the first fire time after the gap.");
                return result;
            }
        }
        start = m_offsets.periodAt(start - 1).start;
    }
    return result;
}

QList<qint64> FireTimeNotes::matchesInGap(const Transition &gap) const
{
    const qint64 localStart = gap.at + gap.offsetBefore;
    const qint64 localEnd = gap.at + gap.offsetAfter;
    QList<qint64> matches;
    qint64 from = ceilDiv(localStart, kSecondsPerMinute);
    for (int i = 0; i < kMaxGapMatches; ++i) {
        const auto match = m_schedule.expression().firstMatchAtOrAfter(from);
        if (!match || *match * kSecondsPerMinute >= localEnd)
            break;
        matches.append(*match * kSecondsPerMinute);
        from = *match + 1;
    }
    return matches;
}

std::optional<FireTimeNotes::Transition> FireTimeNotes::gapEndingAt(qint64 instant) const
{
    if (m_offsets.periodAt(instant).start != instant || instant <= ZoneOffsets::kMinTime)
        return std::nullopt;
    const Transition transition = transitionStarting(instant);
    if (transition.offsetBefore >= transition.offsetAfter)
        return std::nullopt;
    return transition;
}

FireTimeNotes::Transition FireTimeNotes::transitionStarting(qint64 instant) const
{
    const qint64 at = m_offsets.periodAt(instant).start;
    return Transition{at, m_offsets.offsetAt(at - 1), m_offsets.offsetAt(at)};
}

QString FireTimeNotes::clockChange(const Transition &transition) const
{
    return (transition.offsetAfter > transition.offsetBefore
                ? QLatin1String("clocks go forward from ")
                : QLatin1String("clocks go back from ")) %
           wallTime(transition.at + transition.offsetBefore) % QLatin1Char(' ') %
           abbreviation(transition.at - 1) % QLatin1String(" to ") %
           wallTime(transition.at + transition.offsetAfter) % QLatin1Char(' ') %
           abbreviation(transition.at);
}

QString FireTimeNotes::wallTimes(const QList<qint64> &locals) const
{
    if (locals.size() > kLongestList) {
        return wallTime(locals.first()) % QLatin1String(" to ") % wallTime(locals.last()) %
               QLatin1String(" (") % QString::number(locals.size()) % QLatin1String(" times)");
    }
    QStringList times;
    for (const qint64 local : locals)
        times.append(wallTime(local));
    return joined(times);
}

QString FireTimeNotes::wallTime(qint64 local) const
{
    return asUtc(local).toString(QStringLiteral("HH:mm"));
}

QString FireTimeNotes::abbreviation(qint64 utc) const
{
    return m_schedule.zone().abbreviation(asUtc(utc));
}

QString FireTimeNotes::dayAndZone(qint64 local) const
{
    return QLatin1String("on ") % asUtc(local).toString(QStringLiteral("yyyy-MM-dd")) %
           QLatin1String(" in ") % QString::fromUtf8(m_schedule.zone().id());
}
