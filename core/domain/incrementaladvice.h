#pragma once

#include <QtGlobal>

#include <optional>

class CronSchedule;
class QDateTime;
struct ErrorBody;

// What the last iteration of an incremental run says about its settings
// (contract 6.3): each iteration keeps at most max_results new items and
// the older surplus is lost for good. From the items that accumulated over
// a known interval it derives a rate, and from the rate either a
// max_results that would have covered the longest gap between iterations
// or an interval short enough for the current max_results. Numbers only:
// the dashboard words them.
class IncrementalAdvice final
{
public:
    enum class Verdict
    {
        // Nothing tells how many items the iteration fetched.
        Unknown,
        WithinLimit,
        // Fetched exactly max_results with no count of new items: some may
        // have been lost.
        AtLimit,
        // The server counted more new items than max_results.
        Lost,
    };

    struct Iteration
    {
        // New items found above the high-water mark; -1 when unknown.
        qint64 newItems = -1;
        // Items the iteration stored; -1 when unknown.
        qint64 fetched = -1;
        qint64 maxResults = 0;
        // Reported loss; 0 when none or unknown.
        qint64 lostItems = 0;
        // Over how long the new items accumulated (the gap since the
        // previous iteration); 0 when unknown.
        qint64 intervalSeconds = 0;
        // The longest gap the schedule leaves between iterations (a weekday
        // schedule's weekend); 0 means the same as intervalSeconds.
        qint64 longestIntervalSeconds = 0;
    };

    // The sandbox's maximum (docs/api-decisions.md, open question 12); the
    // real service's is not published.
    static constexpr qint64 kMaxResultsLimit = 1000;
    // Room above the observed volume, so a busier period still fits.
    static constexpr double kHeadroom = 1.25;

    explicit IncrementalAdvice(const Iteration &iteration,
                               qint64 maxResultsLimit = kMaxResultsLimit);

    // The gaps a schedule leaves around the iteration that synced at
    // `syncedAt`: the one that ended at the firing before it (over which
    // its new items accumulated) and the longest over the following week.
    struct Gaps
    {
        qint64 lastSeconds = 0;
        qint64 longestSeconds = 0;
    };
    static Gaps scheduleGaps(const CronSchedule &schedule, const QDateTime &syncedAt);

    // The figures of a MAX_RESULTS_REACHED last_info (params.new_items,
    // max_results, lost_items); nullopt for any other label.
    static std::optional<Iteration> fromLastInfo(const ErrorBody &info);

    const Iteration &iteration() const { return m_iteration; }
    Verdict verdict() const { return m_verdict; }
    bool capReached() const { return m_verdict == Verdict::AtLimit || m_verdict == Verdict::Lost; }
    // New items per hour; nullopt without a count or an interval.
    std::optional<double> itemsPerHour() const;
    // A max_results that covers the longest gap with headroom, rounded up
    // to a multiple of 10 and at most the limit; 0 when no change is needed.
    qint64 suggestedMaxResults() const { return m_suggestedMaxResults; }
    // Whether that max_results alone covers the volume (else it is capped
    // at the limit and only a tighter schedule helps).
    bool maxResultsSuffices() const { return m_maxResultsSuffices; }
    // The longest gap between iterations at which the current max_results
    // still covers the rate with headroom, rounded down to whole minutes
    // (at least one); 0 when unknown or not needed.
    qint64 suggestedIntervalSeconds() const { return m_suggestedIntervalSeconds; }

private:
    Iteration m_iteration;
    Verdict m_verdict = Verdict::Unknown;
    qint64 m_suggestedMaxResults = 0;
    bool m_maxResultsSuffices = true;
    qint64 m_suggestedIntervalSeconds = 0;
};
