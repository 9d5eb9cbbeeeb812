#include "core/domain/ratetier.h"

#include <array>

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;

struct TierRow
{
    const char *name;
    RateTier::Window liveShort;
    RateTier::Window liveMinute;
    RateTier::Window runsShort;
    RateTier::Window runsMinute;
    int concurrency;
};

// Contract section 1.7. The fractional per-second figures are expressed as a
// count per longer window (trial runs 1 per 2 s, silver/gold runs 5 per 2 s);
// titanium's live 40/s next to 1,200/min is enforced as printed (question
// 14); concurrency is our reading of the page (question 25).
constexpr std::array<TierRow, 7> LimitedTiers = {{
    {"trial", {1, Second}, {60, Minute}, {1, 2 * Second}, {30, Minute}, 2},
    {"bronze", {2, Second}, {120, Minute}, {1, Second}, {60, Minute}, 2},
    {"silver", {10, Second}, {600, Minute}, {5, 2 * Second}, {150, Minute}, 5},
    {"gold", {10, Second}, {600, Minute}, {5, 2 * Second}, {150, Minute}, 5},
    {"platinum", {20, Second}, {1200, Minute}, {5, Second}, {300, Minute}, 10},
    {"diamond", {20, Second}, {1200, Minute}, {5, Second}, {300, Minute}, 10},
    {"titanium", {40, Second}, {1200, Minute}, {10, Second}, {600, Minute}, 15},
}};

constexpr const char *UnlimitedName = "unlimited";
constexpr int UnlimitedConcurrency = 1000;

} // namespace

std::optional<RateTier> RateTier::find(QStringView name)
{
    for (const TierRow &row : LimitedTiers) {
        if (name.compare(QLatin1String(row.name), Qt::CaseInsensitive) != 0)
            continue;
        RateTier tier;
        tier.name = QLatin1String(row.name);
        tier.live = {row.liveShort, row.liveMinute};
        tier.runs = {row.runsShort, row.runsMinute};
        tier.concurrency = row.concurrency;
        return tier;
    }
    if (name.compare(QLatin1String(UnlimitedName), Qt::CaseInsensitive) == 0) {
        RateTier tier;
        tier.name = QLatin1String(UnlimitedName);
        tier.concurrency = UnlimitedConcurrency;
        return tier;
    }
    return std::nullopt;
}

QStringList RateTier::names()
{
    QStringList names;
    names.reserve(int(LimitedTiers.size()) + 1);
    for (const TierRow &row : LimitedTiers)
        names.append(QLatin1String(row.name));
    names.append(QLatin1String(UnlimitedName));
    return names;
}
