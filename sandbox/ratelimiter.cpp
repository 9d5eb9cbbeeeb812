#include "sandbox/ratelimiter.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <utility>

namespace {

// What an unlimited tier reports as X-RateLimit-Remaining: large enough that
// no client ever paces on it.
constexpr int UnlimitedRemaining = 1000000;

// Floor division, so a window still starts on a multiple of its length when
// a test clock runs before the epoch.
qint64 windowStartFor(qint64 nowMs, qint64 lengthMs)
{
    qint64 offset = nowMs % lengthMs;
    if (offset < 0)
        offset += lengthMs;
    return nowMs - offset;
}

} // namespace

RateLimiter::RateLimiter(Tier tier)
    : m_tier(std::move(tier))
{}

RateLimiter::Decision RateLimiter::check(Bucket bucket, const QString &workspace, qint64 nowMs)
{
    const bool live = bucket == Bucket::Live;
    const QList<Window> &windows = live ? m_tier.live : m_tier.runs;

    Decision decision;
    decision.type = live ? QStringLiteral("/v1/actions/run/live") : QStringLiteral("/v1/runs");

    if (windows.isEmpty()) {
        decision.remaining = UnlimitedRemaining;
        return decision;
    }

    // The one-letter prefix keeps the two buckets of a workspace apart
    // whatever the workspace id contains.
    const QString key = (live ? QLatin1Char('L') : QLatin1Char('R')) + workspace;
    QList<Usage> &usage = m_usage[key];
    if (usage.size() != windows.size())
        usage = QList<Usage>(windows.size());

    // Roll each window forward (or back, if the clock was reset) before
    // deciding, so a stale count never refuses a request.
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const qint64 lengthMs = std::max<qint64>(windows.at(i).lengthMs, 1);
        const qint64 start = windowStartFor(nowMs, lengthMs);
        if (usage.at(i).windowStart != start)
            usage[i] = Usage{start, 0};
    }

    int remaining = UnlimitedRemaining;
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const Window &window = windows.at(i);
        const Usage &used = usage.at(i);
        if (used.used < window.count) {
            remaining = std::min(remaining, window.count - used.used);
            continue;
        }
        const qint64 lengthMs = std::max<qint64>(window.lengthMs, 1);
        const qint64 untilResetMs = used.windowStart + lengthMs - nowMs;
        const int seconds = int(std::max<qint64>((untilResetMs + 999) / 1000, 1));
        decision.allowed = false;
        decision.retryAfterSeconds = std::max(decision.retryAfterSeconds, seconds);
        remaining = 0;
    }

    if (!decision.allowed) {
        decision.remaining = 0;
        return decision;
    }

    for (Usage &used : usage)
        ++used.used;
    decision.remaining = remaining - 1;
    return decision;
}
