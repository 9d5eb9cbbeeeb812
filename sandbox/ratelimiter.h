#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The plan rate limits of contract section 1.7: per workspace, the live
// route and the shared /runs bucket each have a short and a one-minute
// window. Fixed windows aligned on multiples of their length.
class RateLimiter final
{
public:
    enum class Bucket
    {
        Live,
        Runs,
    };

    struct Window
    {
        int count = 0;
        qint64 lengthMs = 0;
    };

    struct Tier
    {
        QString name;
        QList<Window> live;
        QList<Window> runs;
        // Concurrent async runs (section 1.7's last column).
        int concurrency = 0;
    };

    struct Decision
    {
        bool allowed = true;
        // Whole seconds until the exhausted window resets, rounded up and at
        // least 1; the largest when several windows are full. 0 if allowed.
        int retryAfterSeconds = 0;
        // Requests left in the tightest window after this one; 0 when
        // refused, 1000000 for a bucket without windows (unlimited).
        int remaining = 0;
        // The bucket's name for X-RateLimit-Type: "/v1/runs" or
        // "/v1/actions/run/live".
        QString type;
    };

    // trial, bronze, silver, gold, platinum, diamond, titanium, unlimited
    // (case-insensitive). Trial's "below 1" per second is 1 per 2 s and
    // Silver's 2.5 per second is 5 per 2 s; unlimited has no windows.
    static std::optional<Tier> tier(QStringView name);
    static QStringList tierNames();

    explicit RateLimiter(Tier tier);

    const Tier &currentTier() const { return m_tier; }
    // Counts the request when allowed; a refused request is not counted.
    Decision check(Bucket bucket, const QString &workspace, qint64 nowMs);

private:
    struct Usage
    {
        qint64 windowStart = 0;
        int used = 0;
    };

    Tier m_tier;
    // Per (bucket, workspace): one usage per window of the bucket.
    QHash<QString, QList<Usage>> m_usage;
};
