#include "core/domain/incrementaladvice.h"

#include "core/cron/cronschedule.h"
#include "core/domain/errorbody.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {

qint64 roundUpToTen(double value)
{
    return static_cast<qint64>(std::ceil(value / 10.0)) * 10;
}

} // namespace

IncrementalAdvice::IncrementalAdvice(const Iteration &iteration, qint64 maxResultsLimit)
    : m_iteration(iteration)
{
    const Iteration &it = m_iteration;
    if (it.lostItems > 0 || (it.newItems >= 0 && it.maxResults > 0 && it.newItems > it.maxResults))
        m_verdict = Verdict::Lost;
    else if (it.newItems >= 0 || (it.fetched >= 0 && it.fetched < it.maxResults))
        m_verdict = Verdict::WithinLimit;
    else if (it.fetched >= 0 && it.maxResults > 0 && it.fetched >= it.maxResults)
        m_verdict = Verdict::AtLimit;
    if (!capReached())
        return;

    // What the last gap really brought: the server's count, or at least
    // what was fetched plus what it says was lost.
    const qint64 volume = it.newItems >= 0 ? it.newItems : it.fetched + it.lostItems;
    const qint64 interval = it.intervalSeconds;
    const qint64 longest = std::max(interval, it.longestIntervalSeconds);
    double needed = 0;
    if (m_verdict == Verdict::AtLimit)
        // The true volume is unknown beyond "at least max_results".
        needed = 2.0 * double(it.maxResults);
    else if (interval > 0)
        needed = double(volume) / double(interval) * double(longest) * kHeadroom;
    else
        needed = double(volume) * kHeadroom;
    const qint64 wanted = std::max(roundUpToTen(needed), it.maxResults + 10);
    m_maxResultsSuffices = wanted <= maxResultsLimit;
    m_suggestedMaxResults = std::min(wanted, maxResultsLimit);

    if (interval > 0 && volume > 0 && it.maxResults > 0) {
        const double perSecond = double(volume) / double(interval);
        const double seconds = double(it.maxResults) / (perSecond * kHeadroom);
        m_suggestedIntervalSeconds = std::max<qint64>(60, qint64(seconds) / 60 * 60);
    }
}

std::optional<IncrementalAdvice::Iteration> IncrementalAdvice::fromLastInfo(const ErrorBody &info)
{
    if (info.label.compare(QLatin1String("MAX_RESULTS_REACHED"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const auto number = [&info](QLatin1String key) {
        const QJsonValue value = info.params.value(key);
        return value.isDouble() ? std::max<qint64>(0, value.toInteger()) : qint64(-1);
    };
    Iteration iteration;
    iteration.newItems = number(QLatin1String("new_items"));
    iteration.maxResults = std::max<qint64>(0, number(QLatin1String("max_results")));
    iteration.lostItems = std::max<qint64>(0, number(QLatin1String("lost_items")));
    if (iteration.newItems < 0 && iteration.lostItems > 0)
        iteration.newItems = iteration.maxResults + iteration.lostItems;
    if (iteration.newItems >= 0)
        iteration.fetched = std::min(iteration.newItems, iteration.maxResults);
    return iteration;
}

std::optional<double> IncrementalAdvice::itemsPerHour() const
{
    const qint64 volume = m_iteration.newItems >= 0 ? m_iteration.newItems : m_iteration.fetched;
    if (volume < 0 || m_iteration.intervalSeconds <= 0)
        return std::nullopt;
    return double(volume) * 3600.0 / double(m_iteration.intervalSeconds);
}

IncrementalAdvice::Gaps IncrementalAdvice::scheduleGaps(const CronSchedule &schedule,
                                                        const QDateTime &syncedAt)
{
    Gaps gaps;
    if (!syncedAt.isValid())
        return gaps;
    // The iteration began at the last firing at or before its sync.
    const auto firing = schedule.previous(syncedAt.addSecs(1));
    if (!firing)
        return gaps;
    if (const auto before = schedule.previous(*firing))
        gaps.lastSeconds = before->secsTo(*firing);
    gaps.longestSeconds = gaps.lastSeconds;
    // A week covers every weekly pattern; the count bounds minute-by-minute
    // schedules, whose gaps are all alike anyway.
    const QDateTime horizon = firing->addDays(7);
    QDateTime previous = *firing;
    for (const QDateTime &next : schedule.next(*firing, 500)) {
        if (next > horizon)
            break;
        gaps.longestSeconds = std::max(gaps.longestSeconds, previous.secsTo(next));
        previous = next;
    }
    return gaps;
}
