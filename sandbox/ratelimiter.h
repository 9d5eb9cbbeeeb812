#pragma once

#include "core/domain/ratetier.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Enforces a tier's rate limits (RateTier, contract section 1.7) per
// workspace with fixed windows aligned on multiples of their length.
class RateLimiter final
{
public:
    enum class Bucket
    {
        Live,
        Runs,
    };

    using Window = RateTier::Window;
    using Tier = RateTier;

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

    static std::optional<Tier> tier(QStringView name) { return RateTier::find(name); }
    static QStringList tierNames() { return RateTier::names(); }

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
