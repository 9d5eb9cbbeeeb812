// Prints the sandbox's throughput: GET /runs/{uid}/outputs?limit=500 pages
// per second, callbacks delivered per second to a local receiver, and the
// time the demo's history takes to write.
// Figures only; nothing is asserted.
#include "sandbox/callbackdispatcher.h"
#include "sandbox/demohistory.h"
#include "sandbox/sandboxengine.h"
#include "tests/support/callbackreceiver.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

#include <cstdio>

namespace {

QJsonArray searchInputs(int count)
{
    QJsonArray inputs;
    for (int i = 0; i < count; ++i)
        inputs.append(SandboxApi::search(QStringLiteral("bench%1").arg(i)));
    return inputs;
}

void outputsPages(SandboxFixture &sandbox)
{
    const QString uid = sandbox.launch(QStringLiteral("linkedin-search-people"), searchInputs(100),
                                       QJsonObject{{QStringLiteral("max_results"), 1000}});
    sandbox.advance(7 * 24 * 3600);
    const QString status = sandbox.runStatus(uid);

    QElapsedTimer timer;
    timer.start();
    int pages = 0;
    qint64 items = 0;
    QUrl next(sandbox.baseUrl() + SandboxApi::runPath(uid, QStringLiteral("/outputs?limit=500")));
    while (!next.isEmpty()) {
        const auto page = sandbox.request("GET", next);
        ++pages;
        items += page.json.toArray().size();
        next = QUrl(QString::fromUtf8(page.header("X-Pagination-Next")));
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::printf("bench_sandbox: outputs: %d pages of up to 500 (%lld items, run status %s) in "
                "%.2f s: %.1f requests per second, %.0f items per second\n",
                pages, static_cast<long long>(items), qPrintable(status), seconds, pages / seconds,
                static_cast<double>(items) / seconds);
}

void callbacks(SandboxFixture &sandbox)
{
    CallbackReceiver receiver;
    receiver.listen();
    sandbox.launch(QStringLiteral("linkedin-search-people"), searchInputs(40),
                   QJsonObject{{QStringLiteral("max_results"), 200}},
                   receiver.callbackObject(QStringLiteral("all")));
    QElapsedTimer timer;
    timer.start();
    // The advance records every delivery and starts them; they complete on
    // the event loop afterwards.
    sandbox.advance(7 * 24 * 3600);
    const double advanceSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const auto pending = [&] {
        return sandbox.get(QStringLiteral("/runs/callbacks?status=PENDING,RUNNING&limit=1"))
            .json.toArray()
            .size();
    };
    while (pending() > 0 || sandbox.engine().callbacks().inFlight() > 0)
        QSignalSpy(&receiver, &CallbackReceiver::received).wait(1000);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::printf("bench_sandbox: callbacks: %d delivered to a local receiver in %.2f s (of which "
                "%.2f s running the run itself): %.0f per second\n",
                receiver.count(), seconds, advanceSeconds, receiver.count() / seconds);
}

// The demo's history (the runs, schedules and outputs --demo starts
// with), written straight into a fresh database.
void demoFill(SandboxFixture &sandbox)
{
    SandboxEngine &engine = sandbox.engine();
    QElapsedTimer timer;
    timer.start();
    DemoHistory(engine.store(), engine.clock(), engine.data()).fill();
    const qint64 elapsed = timer.elapsed();
    std::printf("bench_sandbox: demo history: %d runs written in %lld ms\n",
                sandbox.scalar(QStringLiteral("SELECT COUNT(*) FROM runs")).toInt(), elapsed);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    {
        SandboxFixture sandbox;
        sandbox.start();
        outputsPages(sandbox);
    }
    {
        SandboxFixture sandbox;
        sandbox.start();
        callbacks(sandbox);
    }
    {
        SandboxFixture sandbox;
        sandbox.start();
        demoFill(sandbox);
    }
    return 0;
}
