// Prints what the run detail's outputs table costs on a run of a million
// outputs: RunOutputsModel, as a view drives it, scrolls from the top to the
// bottom a page at a time and then jumps back and forth; its dropped pages
// come back on demand. Figures: time per page fetch (first time and fetched
// again), the rows and heap it holds, the process's peak resident memory
// (VmHWM) and the longest event-loop stall. The run is made by an
// in-process sandbox, then served by runboard-sandbox as its own process
// (as bench_sandbox_outputs does), so the stall and the memory are the
// dashboard's alone. Nothing is asserted.
//
// bench_outputs_model [OUTPUTS]   (default 1000000)
#include "core/domain/runstatus.h"
#include "models/client/connectionsettings.h"
#include "models/client/edgesclient.h"
#include "models/outputs/runoutputsmodel.h"
#include "tests/bench/sandboxprocess.h"
#include "tests/bench/benchtiming.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>

#include <cstdio>
#include <cstdlib>
#include <malloc.h>

namespace {

// About 157 results per search on average (bench_sandbox_outputs).
constexpr int kResultsPerInput = 1000;
constexpr double kOutputsPerInput = 157;
constexpr int kScreen = 40;

size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

// A line of /proc/self/status in kB ("VmHWM", "VmRSS").
long statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// What a view's paint asks: every cell of a screenful from `top`.
void paint(const RunOutputsModel &model, int top)
{
    const int bottom = std::min(model.rowCount(), top + kScreen);
    for (int row = top; row < bottom; ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.index(row, column).data();
    }
}

// Spins the event loop until `done` or 60 s.
bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > 60000)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

QString makeRun(SandboxFixture &fixture, int outputs)
{
    const int inputCount = std::max(1, static_cast<int>(outputs / kOutputsPerInput));
    QJsonArray inputs;
    for (int i = 0; i < inputCount; ++i)
        inputs.append(SandboxApi::search(QStringLiteral("bench%1").arg(i)));
    const QString uid =
        fixture.launch(QStringLiteral("linkedin-search-people"), inputs,
                       QJsonObject{{QStringLiteral("max_results"), kResultsPerInput}});
    for (int week = 0; week < 20; ++week) {
        fixture.advance(7 * 24 * 3600);
        if (isTerminal(runStatusFromApi(fixture.runStatus(uid))))
            break;
    }
    return uid;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int wanted = argc > 1 ? std::atoi(argv[1]) : 1000000;

    QElapsedTimer timer;
    timer.start();
    SandboxFixture fixture;
    if (!fixture.start()) {
        std::fprintf(stderr, "bench_outputs_model: the sandbox did not start\n");
        return 1;
    }
    const QString uid = makeRun(fixture, wanted);
    const qint64 outputs = fixture.run(uid).value(QStringLiteral("output_count")).toInteger();
    fixture.stop();
    std::fprintf(stderr, "bench_outputs_model: a run of %lld outputs made in %.0f s\n",
                 static_cast<long long>(outputs), static_cast<double>(timer.elapsed()) / 1000);

    QProcess sandbox;
    const QString baseUrl = startSandboxProcess(sandbox, fixture.databasePath());
    if (baseUrl.isEmpty())
        return 1;

    QNetworkAccessManager network;
    ConnectionSettings settings;
    settings.baseUrl = QUrl(baseUrl);
    settings.tier = QStringLiteral("unlimited");
    EdgesClient client(&network, settings, [] { return QStringLiteral("sandbox"); });

    const long rssBefore = statusKb("VmRSS");
    const size_t heapBefore = heapInUse();
    StallMeter stall;
    RunOutputsModel model(&client);
    QSignalSpy failed(&model, &RunOutputsModel::loadFailed);
    bool complete = false;
    QObject::connect(&model, &RunOutputsModel::completed, [&complete] { complete = true; });

    // Top to bottom: as a view at the end of the table, a fetchMore, then
    // the new rows painted.
    stall.reset();
    model.setRunUid(uid);
    qint64 fetchNs = 0;
    int fetches = 0;
    int mostResident = 0;
    const double downCpuStart = threadCpuMs();
    timer.restart();
    while (waitFor([&] { return !model.isLoading() || !failed.isEmpty(); }) && failed.isEmpty()) {
        fetchNs += timer.nsecsElapsed();
        ++fetches;
        paint(model, std::max(0, model.rowCount() - kScreen));
        mostResident = std::max(mostResident, model.residentRowCount());
        if (complete || !model.canFetchMore())
            break;
        timer.restart();
        model.fetchMore();
    }
    const double downStall = stall.worstMs();
    const double downCpuMs = threadCpuMs() - downCpuStart;
    std::printf("outputs model: %d rows x %d columns scrolled top to bottom, %d pages of %d: "
                "%.1f ms per page fetch (%.1f ms of the GUI thread's CPU a page: reading, "
                "parsing, flattening), longest event-loop stall %.1f ms\n",
                model.rowCount(), model.columnCount(), fetches, RunOutputsModel::kPageSize,
                static_cast<double>(fetchNs) / 1e6 / std::max(1, fetches),
                downCpuMs / std::max(1, fetches), downStall);

    // Back up and down in jumps, a screenful painted at each stop until its
    // page is back.
    const int rows = model.rowCount();
    const int stops[] = {0,
                         rows / 2,
                         rows - 1,
                         rows / 4,
                         3 * rows / 4,
                         rows / 10,
                         9 * rows / 10,
                         rows / 3,
                         0,
                         rows - kScreen,
                         rows / 7,
                         5 * rows / 7,
                         2 * rows / 5,
                         rows / 20,
                         19 * rows / 20,
                         rows / 2 + 600,
                         1000,
                         rows - 5000,
                         rows / 6,
                         rows / 2};
    qint64 refetchNs = 0;
    int refetches = 0;
    stall.reset();
    for (const int stop : stops) {
        const int top = std::max(0, std::min(stop, rows - kScreen));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        timer.restart();
        paint(model, top);
        if (model.index(top, 0).data().toString().isEmpty() || model.isRefetching()) {
            waitFor([&] { return !model.isRefetching() && !changed.isEmpty(); });
            refetchNs += timer.nsecsElapsed();
            ++refetches;
        }
        paint(model, top);
        mostResident = std::max(mostResident, model.residentRowCount());
    }
    const double jumpStall = stall.worstMs();
    const size_t heapAfter = heapInUse();
    std::printf("outputs model: %d jumps back and forth, %d pages fetched again: %.1f ms per "
                "page fetch, longest event-loop stall %.1f ms\n",
                static_cast<int>(std::size(stops)), refetches,
                static_cast<double>(refetchNs) / 1e6 / std::max(1, refetches), jumpStall);
    std::printf("outputs model: %d rows in the table, at most %d resident (%d pages kept), "
                "model heap %.1f MB after the scroll (mallinfo2 uordblks+hblkhd delta)\n",
                rows, mostResident, model.maxResidentPages(),
                static_cast<double>(heapAfter - heapBefore) / 1e6);
    std::printf("outputs model: peak RSS (VmHWM) %.0f MB for the whole process, RSS %.0f MB "
                "before the model, %.0f MB after\n",
                static_cast<double>(statusKb("VmHWM")) / 1024,
                static_cast<double>(rssBefore) / 1024,
                static_cast<double>(statusKb("VmRSS")) / 1024);
    if (!failed.isEmpty())
        std::printf("outputs model: a page failed: %s\n",
                    qPrintable(failed.first().first().value<ApiError>().message()));

    sandbox.terminate();
    sandbox.waitForFinished(15000);
    return failed.isEmpty() ? 0 : 1;
}
