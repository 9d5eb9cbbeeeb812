#include "ui/timeline/timeticks.h"

#include "core/timeline/fleetbuckets.h"
#include "models/common/localeformat.h"
#include "ui/common/timedisplay.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

} // namespace

qint64 TimeTicks::zoneOffsetMs(qint64 ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return TimeDisplay::instance()->zone().offsetFromUtc(at) * qint64(1000);
}

QList<TimeTicks::Tick> TimeTicks::ticks(qint64 fromMs, qint64 toMs, int wanted)
{
    QList<Tick> ticks;
    const qint64 range = toMs - fromMs;
    if (range <= 0 || wanted <= 0)
        return ticks;
    const QList<qint64> &sizes = FleetBuckets::bucketSizes();
    const auto fit = std::find_if(sizes.cbegin(), sizes.cend(),
                                  [&](qint64 size) { return range / size <= wanted; });
    const qint64 step = fit == sizes.cend() ? sizes.last() : *fit;
    const qint64 align = zoneOffsetMs(fromMs);
    const QString hours = LocaleFormat::timePattern(LocaleFormat::Seconds::Hide);
    // Day and month in the order and punctuation of the window's language.
    const QString dayMonth = QCoreApplication::translate(
        "TimeTicks", "MMM d", "date pattern (QDateTime::toString) for day and month on an axis");
    const QString format = step >= kDayMs       ? dayMonth
                           : range > kDayMs / 2 ? dayMonth + QLatin1Char(' ') + hours
                                                : hours;
    const TimeDisplay *display = TimeDisplay::instance();
    QSet<QString> seen;
    qint64 ms = ((fromMs + align) / step + 1) * step - align;
    for (; ms <= toMs; ms += step) {
        const QString label = LocaleFormat::withPattern(
            display->toZone(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)), format);
        if (seen.contains(label))
            continue;
        seen.insert(label);
        ticks.append({ms, label});
    }
    return ticks;
}
