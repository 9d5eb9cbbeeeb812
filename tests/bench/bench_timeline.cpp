// Prints how long the status timelines take with 10,000 runs over a day:
// rebuilding the fleet chart (bucket counting and replacing the series of
// a real QChart), the whole page's rebuild from the runs model, a zoom
// step and one paint of the chart. Medians; nothing is asserted.
#include "core/domain/run.h"
#include "core/time/clock.h"
#include "core/timeline/fleetbuckets.h"
#include "core/timeline/runspan.h"
#include "models/runs/runsmodel.h"
#include "ui/timeline/fleetchartview.h"
#include "ui/timeline/ganttview.h"
#include "ui/timeline/timelinepage.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

constexpr int kRuns = 10000;
constexpr int kRounds = 15;
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;

// A day of runs: created anywhere in it, waiting up to 10 min, running
// 1 to 90 min, ending in the mix an operator sees; the last ones still
// active at the day's end.
QList<Run> syntheticRuns(qint64 dayStart)
{
    QRandomGenerator random(20261128);
    const QList<RunStatus> ends{RunStatus::Succeeded, RunStatus::Succeeded,
                                RunStatus::Succeeded, RunStatus::PartialSucceeded,
                                RunStatus::Failed,    RunStatus::Stopped,
                                RunStatus::Invalid};
    QList<Run> runs;
    runs.reserve(kRuns);
    for (int i = 0; i < kRuns; ++i) {
        Run run;
        run.uid = QStringLiteral("5b0f6a7e-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        run.name = QStringLiteral("Nightly inbox sync %1").arg(i % 40);
        run.actionName = QStringLiteral("linkedin-extract-messages");
        const qint64 created = dayStart + random.bounded(kDay - kMinute);
        const qint64 started = created + random.bounded(10 * kMinute);
        const qint64 finished = started + kMinute + random.bounded(89 * kMinute);
        run.createdAt = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
        run.startedAt = QDateTime::fromMSecsSinceEpoch(started, Qt::UTC);
        if (finished < dayStart + kDay) {
            run.status = ends.at(random.bounded(static_cast<int>(ends.size())));
            run.finishedAt = QDateTime::fromMSecsSinceEpoch(finished, Qt::UTC);
        } else {
            run.status = random.bounded(4) == 0 ? RunStatus::Blocked : RunStatus::Running;
        }
        run.statusText = toApiString(run.status);
        run.updatedAt = run.finishedAt.isValid() ? run.finishedAt : run.startedAt;
        runs.append(run);
    }
    // Newest first, as GET /runs sends them.
    std::sort(runs.begin(), runs.end(),
              [](const Run &a, const Run &b) { return a.createdAt > b.createdAt; });
    return runs;
}

double medianMs(const std::function<void(int)> &step)
{
    QList<double> times;
    QElapsedTimer timer;
    for (int round = 0; round < kRounds; ++round) {
        timer.start();
        step(round);
        times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 dayStart =
        QDateTime(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 now = dayStart + kDay;
    const QList<Run> runs = syntheticRuns(dayStart);

    QList<RunSpan> spans;
    const double spansMs = medianMs([&](int) {
        spans.clear();
        spans.reserve(runs.size());
        for (const Run &run : runs)
            spans.append(RunSpan::of(run, {}, now));
    });
    std::printf("bench_timeline: laying out %lld runs (RunSpan::of): %.2f ms median of %d\n",
                static_cast<long long>(spans.size()), spansMs, kRounds);

    const double countMs = medianMs([&](int round) {
        FleetBuckets::count(spans, dayStart + round * kMinute, now + round * kMinute);
    });
    std::printf("bench_timeline: bucket counting alone (FleetBuckets::count): %.2f ms median of "
                "%d\n",
                countMs, kRounds);

    FleetChartView chart;
    chart.resize(1200, 500);
    chart.show();
    // The range moves by a minute each round so every rebuild is a real one.
    const double fleetMs = medianMs([&](int round) {
        chart.setSpans(spans, dayStart + (round % 2) * kMinute, now + (round % 2) * kMinute);
    });
    std::printf("bench_timeline: fleet chart rebuild (bucket counting + series replacement) for "
                "%d runs over a day: %.2f ms median of %d (%d buckets of %lld min, %lld series)\n",
                kRuns, fleetMs, kRounds, chart.buckets().bucketCount(),
                static_cast<long long>(chart.buckets().bucketMs() / kMinute),
                static_cast<long long>(chart.chart()->series().size()));

    const double zoomMs =
        medianMs([&](int round) { chart.zoom(round % 2 == 0 ? 0.5 : 2.0, dayStart + kDay / 2); });
    std::printf("bench_timeline: one zoom step (re-bucketing + series replacement): %.2f ms "
                "median of %d\n",
                zoomMs, kRounds);
    const double paintMs = medianMs([&](int) { chart.grab(); });
    std::printf("bench_timeline: painting the fleet chart once (1200x500): %.2f ms median of %d\n",
                paintMs, kRounds);

    RunsModel model(nullptr);
    model.mergeWindow(runs, true);
    Clock clock;
    clock.setSource([now] { return QDateTime::fromMSecsSinceEpoch(now, Qt::UTC); });
    TimelinePage page(&model, nullptr, &clock);
    page.resize(1200, 900);
    page.show();
    const double pageMs = medianMs([&](int) { page.rebuild(); });
    std::printf("bench_timeline: whole timelines page rebuild from a RunsModel of %d runs "
                "(spans, Gantt rows, fleet chart): %.2f ms median of %d; %d runs in range\n",
                model.rowCount(), pageMs, kRounds, page.runsInRange());
    const double ganttMs = medianMs([&](int) { page.ganttView()->viewport()->grab(); });
    std::printf("bench_timeline: painting the Gantt strip once (virtual rows): %.2f ms median "
                "of %d\n",
                ganttMs, kRounds);
    return 0;
}
