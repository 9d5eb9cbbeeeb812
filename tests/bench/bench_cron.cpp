// Prints how many next-fire computations per second the cron engine makes
// over a fixed, mixed set of expressions and zones, first in process and
// then through the command line (`runboard cron next ... --count 100000`,
// a whole process that computes and prints). Figures only; nothing is
// asserted, since wall time depends on the machine.
#include "core/cron/cronexpression.h"
#include "core/cron/cronschedule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTimeZone>

#include <cstdio>
#include <iterator>
#include <vector>

namespace {

constexpr const char *kExpressions[] = {
    "* * * * *",    "*/5 * * * *",   "0 9 * * 1-5",          "30 2 * * *",
    "0 0 1 * *",    "0 0 29 2 *",    "15 10 13 * 5",         "0 */6 * * *",
    "0 0 */10 * 5", "45 23 31 12 *", "0 8-18/2 * * mon-fri", "0 0 1 1,7 *",
};
constexpr const char *kZones[] = {"UTC", "Europe/Paris", "America/New_York", "Australia/Lord_Howe"};
constexpr int kCliCount = 100000;

void benchInProcess()
{
    std::vector<CronSchedule> schedules;
    for (const char *zone : kZones) {
        for (const char *text : kExpressions) {
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
                schedules.size(), std::size(kExpressions), std::size(kZones),
                static_cast<long long>(computations), seconds,
                static_cast<double>(computations) / seconds);
}

// RUNBOARD_BIN_DIR when set (as ctest sets it), else the build tree's bin/
// next to this binary's bench/.
QString runboardPath()
{
    const QString binDir = qEnvironmentVariable("RUNBOARD_BIN_DIR");
    if (!binDir.isEmpty())
        return binDir + QLatin1String("/runboard");
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../bin/runboard"));
}

// One run's share of the figures.
struct CliRun
{
    qint64 lines = 0;
    qint64 nanoseconds = 0;
};

struct CliTotals
{
    CliRun all;
    // Runs that printed the whole count: the per-line cost of the usual
    // case, without runs whose few fire times are spread over millennia.
    CliRun full;
    int fullRuns = 0;
    CliRun slowest;
    QString slowestName;
};

void printCliLine(const char *what, const CliRun &run)
{
    const double seconds = static_cast<double>(run.nanoseconds) / 1e9;
    std::printf("bench_cron CLI: %s: %lld fire times printed in %.2f s: %.0f per second, %.2f us "
                "per fire time\n",
                what, static_cast<long long>(run.lines), seconds,
                static_cast<double>(run.lines) / seconds,
                static_cast<double>(run.nanoseconds) / 1e3 / static_cast<double>(run.lines));
}

// The whole command as a script sees it: process start, parsing, the fire
// times and their printing, read back through a pipe. Runs that reach the
// end of year 9999 first print fewer lines; the figures count the lines
// actually printed.
bool benchCli()
{
    const QString program = runboardPath();
    if (!QFileInfo(program).isExecutable()) {
        std::fprintf(stderr, "bench_cron: %s is not built\n", qPrintable(program));
        return false;
    }
    CliTotals totals;
    for (const char *zone : kZones) {
        for (const char *text : kExpressions) {
            QProcess process;
            QElapsedTimer timer;
            timer.start();
            process.start(program, {QStringLiteral("cron"), QStringLiteral("next"),
                                    QString::fromLatin1(text), QStringLiteral("--tz"),
                                    QString::fromLatin1(zone), QStringLiteral("--from"),
                                    QStringLiteral("2026-01-01T00:00:00Z"),
                                    QStringLiteral("--count"), QString::number(kCliCount)});
            if (!process.waitForFinished(600000) || process.exitCode() != 0) {
                std::fprintf(stderr, "bench_cron: '%s' in %s failed\n", text, zone);
                return false;
            }
            const CliRun run{process.readAllStandardOutput().count('\n'), timer.nsecsElapsed()};
            totals.all.lines += run.lines;
            totals.all.nanoseconds += run.nanoseconds;
            if (run.lines == kCliCount) {
                totals.full.lines += run.lines;
                totals.full.nanoseconds += run.nanoseconds;
                ++totals.fullRuns;
            }
            if (run.nanoseconds > totals.slowest.nanoseconds) {
                totals.slowest = run;
                totals.slowestName =
                    QStringLiteral("'%1' in %2").arg(QLatin1String(text), QLatin1String(zone));
            }
        }
    }
    const QByteArray all = QStringLiteral("%1 runs of 'runboard cron next EXPR --count %2' (%3 "
                                          "expressions x %4 zones)")
                               .arg(std::size(kExpressions) * std::size(kZones))
                               .arg(kCliCount)
                               .arg(std::size(kExpressions))
                               .arg(std::size(kZones))
                               .toUtf8();
    printCliLine(all.constData(), totals.all);
    const QByteArray full = QStringLiteral("the %1 runs that printed all %2")
                                .arg(totals.fullRuns)
                                .arg(kCliCount)
                                .toUtf8();
    if (totals.fullRuns > 0)
        printCliLine(full.constData(), totals.full);
    const QByteArray slowest = (QStringLiteral("slowest run, ") + totals.slowestName).toUtf8();
    printCliLine(slowest.constData(), totals.slowest);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // Only for the binary's own directory; no event loop runs.
    QCoreApplication app(argc, argv);
    benchInProcess();
    return benchCli() ? 0 : 1;
}
