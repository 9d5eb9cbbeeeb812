// Prints how many next-fire computations per second the cron engine makes
// over a fixed, mixed set of expressions and zones. Figures only; nothing
// is asserted, since wall time depends on the machine.
#include "core/cron/cronexpression.h"
#include "core/cron/cronschedule.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <cstdio>
#include <vector>

int main()
{
    const char *expressions[] = {
        "* * * * *",    "*/5 * * * *",   "0 9 * * 1-5",          "30 2 * * *",
        "0 0 1 * *",    "0 0 29 2 *",    "15 10 13 * 5",         "0 */6 * * *",
        "0 0 */10 * 5", "45 23 31 12 *", "0 8-18/2 * * mon-fri", "0 0 1 1,7 *",
    };
    const char *zones[] = {"UTC", "Europe/Paris", "America/New_York", "Australia/Lord_Howe"};

    std::vector<CronSchedule> schedules;
    for (const char *zone : zones) {
        for (const char *text : expressions) {
            auto parsed = CronExpression::parse(QString::fromLatin1(text));
            schedules.emplace_back(std::get<CronExpression>(parsed), QTimeZone(zone));
        }
    }

    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    // Warm the zones' transition caches so the figure is the steady state.
    for (const CronSchedule &schedule : schedules)
        schedule.next(start);

    constexpr int kChain = 200;
    qint64 computations = 0;
    QElapsedTimer timer;
    timer.start();
    int rounds = 0;
    while (timer.elapsed() < 2000) {
        for (const CronSchedule &schedule : schedules) {
            QDateTime cursor = start.addDays(rounds % 365);
            for (int i = 0; i < kChain; ++i) {
                const auto fire = schedule.next(cursor);
                ++computations;
                if (!fire)
                    break;
                cursor = *fire;
            }
        }
        ++rounds;
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::printf("bench_cron: %zu schedules (%zu expressions x %zu zones), %lld next-fire "
                "computations in %.2f s: %.0f per second\n",
                schedules.size(), std::size(expressions), std::size(zones),
                static_cast<long long>(computations), seconds,
                static_cast<double>(computations) / seconds);
    return 0;
}
