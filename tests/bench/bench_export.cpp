// Prints what exporting a 200,000-output run costs next to what fetching
// its pages costs (issue 13: export time / raw walk time <= 1.2). The run
// lives in a runboard-sandbox process of its own, as a real server would,
// with a manual clock that the bench moves through its admin API. Three
// measurements over loopback:
//   raw walk:       EdgesClient fetching every page raw, nothing parsed;
//   export to CSV:  OutputExport, what the window runs;
//   runboard export: the command line, as a process.
// Peak resident memory is a high-water mark of a whole process, so each
// measurement runs in a process of its own: the bench starts itself again
// with --phase, and reads VmHWM (or, for the command, the peak of its one
// child). Each is run --repeat times (default 2), alternating, and the
// fastest time is printed. Nothing is asserted.
#include "models/client/apireply.h"
#include "models/client/edgesclient.h"
#include "models/client/edgesroutes.h"
#include "models/export/outputexport.h"
#include "tests/support/cliprocess.h"
#include "tests/support/sandboxapi.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <sys/resource.h>

namespace {

constexpr qint64 kTargetOutputs = 200000;
// linkedin-search-people with max_results 1000 gives about 160 outputs per
// search in the sandbox (measured: 270,209 from 1,681 searches).
constexpr int kOutputsPerSearch = 160;
const QString kKey = QStringLiteral("bench-export-key");

// One measurement, as a phase prints it on stdout and the parent reads it.
struct Figures
{
    double seconds = 0;
    qint64 pages = 0;
    qint64 bytes = 0;
    qint64 rows = 0;
    qint64 peakKb = 0;

    QByteArray toLine() const
    {
        return QByteArray("figures ") + QByteArray::number(seconds, 'f', 6) + ' ' +
               QByteArray::number(pages) + ' ' + QByteArray::number(bytes) + ' ' +
               QByteArray::number(rows) + ' ' + QByteArray::number(peakKb) + '\n';
    }
    static std::optional<Figures> fromOutput(const QByteArray &output)
    {
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> parts = line.trimmed().split(' ');
            if (parts.size() == 6 && parts.first() == "figures")
                return Figures{parts.at(1).toDouble(), parts.at(2).toLongLong(),
                               parts.at(3).toLongLong(), parts.at(4).toLongLong(),
                               parts.at(5).toLongLong()};
        }
        return std::nullopt;
    }
};

// The process's peak resident set so far, in kB.
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double megabytes(qint64 bytes)
{
    return static_cast<double>(bytes) / 1e6;
}

EdgesClient *makeClient(QNetworkAccessManager *network, const QString &baseUrl)
{
    ConnectionSettings settings;
    settings.baseUrl = QUrl(baseUrl);
    // The sandbox runs unlimited; a silver client would pace the walk.
    settings.tier = QStringLiteral("unlimited");
    return new EdgesClient(
        network, settings, [] { return kKey; }, network);
}

// Every page, one request at a time as the export does, bytes kept only
// long enough to count them.
int rawWalk(const QString &baseUrl, const QString &uid)
{
    QNetworkAccessManager network;
    EdgesClient *client = makeClient(&network, baseUrl);
    Figures figures;
    QElapsedTimer timer;
    timer.start();
    bool failed = false;
    std::function<void(const QUrl &)> fetch = [&](const QUrl &next) {
        EdgesRequest request = next.isEmpty()
                                   ? EdgesRoutes::runOutputs(uid, OutputExport::kPageSize)
                                   : EdgesRoutes::followNext(next, RouteFamily::Runs);
        request.rawBody = true;
        client->send(request)->then(qApp, [&](const ApiResult &result) {
            if (!result.succeeded()) {
                std::fprintf(stderr, "bench_export: raw walk: %s\n",
                             qPrintable(result.error.message()));
                failed = true;
                qApp->quit();
                return;
            }
            ++figures.pages;
            figures.bytes += result.body.size();
            if (result.nextPage.isEmpty())
                qApp->quit();
            else
                fetch(result.nextPage);
        });
    };
    fetch(QUrl());
    QCoreApplication::exec();
    figures.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    figures.peakKb = peakRssKb();
    std::fputs(figures.toLine().constData(), stdout);
    return failed ? 1 : 0;
}

int exportCsv(const QString &baseUrl, const QString &uid, const QString &path)
{
    QNetworkAccessManager network;
    EdgesClient *client = makeClient(&network, baseUrl);
    OutputExport exporter(client, {{uid}, path, ExportSettings(), false});
    ExportSummary summary;
    QObject::connect(&exporter, &OutputExport::finished, qApp, [&](const ExportSummary &result) {
        summary = result;
        qApp->quit();
    });
    QElapsedTimer timer;
    timer.start();
    exporter.start();
    QCoreApplication::exec();
    Figures figures;
    figures.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    figures.pages = summary.pages;
    figures.bytes = QFileInfo(path).size();
    figures.rows = summary.rows;
    figures.peakKb = peakRssKb();
    if (!summary.isComplete())
        std::fprintf(stderr, "bench_export: export: %s\n", qPrintable(summary.message));
    std::fputs(figures.toLine().constData(), stdout);
    return summary.isComplete() ? 0 : 1;
}

// `runboard export` timed from start to exit; its peak memory is that of
// this process's only child.
int exportCommand(const QString &runboard, const QString &baseUrl, const QString &uid,
                  const QString &path)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("EDGES_API_KEY"), kKey);
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(runboard, {QStringLiteral("export"), uid, QStringLiteral("--output"), path,
                             QStringLiteral("--base-url"), baseUrl, QStringLiteral("--tier"),
                             QStringLiteral("unlimited")});
    if (!process.waitForFinished(-1))
        return 1;
    Figures figures;
    figures.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const auto last =
        QRegularExpression(QStringLiteral("exported (\\d+) rows to \\S+\\s*$")).match(err);
    if (process.exitCode() != 0 || !last.hasMatch()) {
        std::fprintf(stderr, "bench_export: runboard export: %s\n", qPrintable(err));
        return 1;
    }
    figures.rows = last.captured(1).toLongLong();
    figures.bytes = QFileInfo(path).size();
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    figures.peakKb = usage.ru_maxrss;
    std::fputs(figures.toLine().constData(), stdout);
    return 0;
}

// Blocking calls to the sandbox process (it serves on its own, so a local
// event loop is enough).
QJsonObject call(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
                 const QJsonObject &body = {})
{
    QNetworkRequest request(url);
    request.setRawHeader("X-API-Key", kKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(0);
    QNetworkReply *reply = network.sendCustomRequest(
        request, method, method == "GET" ? QByteArray() : QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        std::fprintf(stderr, "bench_export: %s %s: %s\n", method.constData(),
                     qPrintable(url.toString()), answer.constData());
    reply->deleteLater();
    return QJsonDocument::fromJson(answer).object();
}

// Launches enough searches for about kTargetOutputs outputs and runs the
// clock until the run has finished; its uid and output_count.
QString finishedRun(const QString &baseUrl, qint64 *outputCount)
{
    QNetworkAccessManager network;
    QJsonArray searches;
    for (qint64 i = 0; i < kTargetOutputs / kOutputsPerSearch + 1; ++i)
        searches.append(SandboxApi::search(QStringLiteral("bench-export-%1").arg(i)));
    const QJsonObject launched = call(
        network, "POST", QUrl(baseUrl + QLatin1String("/actions/linkedin-search-people/run/async")),
        {{QStringLiteral("inputs"), searches},
         {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("max_results"), 1000}}}});
    const QString uid = launched.value(QLatin1String("run_uid")).toString();
    if (uid.isEmpty())
        return {};
    const QString root = baseUrl.chopped(3);
    for (int day = 0; day < 30; ++day) {
        call(network, "POST", QUrl(root + QLatin1String("/_sandbox/clock/advance")),
             {{QStringLiteral("seconds"), 24 * 3600}});
        const QJsonObject run = call(network, "GET", QUrl(baseUrl + SandboxApi::runPath(uid)));
        if (run.value(QLatin1String("status")).toString() == QLatin1String("SUCCEEDED")) {
            *outputCount = run.value(QLatin1String("output_count")).toInteger();
            return uid;
        }
    }
    std::fprintf(stderr, "bench_export: the run did not finish in 30 virtual days\n");
    return {};
}

std::optional<Figures> runPhase(const QStringList &arguments)
{
    QProcess phase;
    phase.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    phase.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--phase")} + arguments);
    if (!phase.waitForFinished(-1) || phase.exitCode() != 0)
        return std::nullopt;
    return Figures::fromOutput(phase.readAllStandardOutput());
}

bool sameBytes(const QString &first, const QString &second)
{
    QFile a(first);
    QFile b(second);
    if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly) || a.size() != b.size())
        return false;
    while (!a.atEnd()) {
        if (a.read(1 << 20) != b.read(1 << 20))
            return false;
    }
    return true;
}

int orchestrate()
{
    const QString binDir = qEnvironmentVariable(
        "RUNBOARD_BIN_DIR", QCoreApplication::applicationDirPath() + QLatin1String("/../bin"));
    const QString runboard = binDir + QLatin1String("/runboard");
    QTemporaryDir directory;
    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString baseUrl = CliProcess::startSandbox(
        sandbox, binDir,
        {QStringLiteral("--db"), directory.filePath(QStringLiteral("sandbox.sqlite")),
         QStringLiteral("--api-key"), kKey, QStringLiteral("--tier"), QStringLiteral("unlimited"),
         QStringLiteral("--clock"), QStringLiteral("manual"), QStringLiteral("--clock-start"),
         QStringLiteral("2026-03-01T10:00:00Z")});
    const auto stop = qScopeGuard([&sandbox] {
        sandbox.terminate();
        sandbox.waitForFinished(15000);
    });
    if (!baseUrl.startsWith(QLatin1String("http://"))) {
        std::fprintf(stderr, "bench_export: runboard-sandbox did not start from %s\n",
                     qPrintable(binDir));
        return 1;
    }
    QElapsedTimer setup;
    setup.start();
    qint64 outputCount = 0;
    const QString uid = finishedRun(baseUrl, &outputCount);
    if (uid.isEmpty())
        return 1;
    std::printf("bench_export: a runboard-sandbox process (manual clock) ran %lld outputs in "
                "%.1f s; pages of %d over loopback\n",
                static_cast<long long>(outputCount),
                static_cast<double>(setup.nsecsElapsed()) / 1e9, OutputExport::kPageSize);
    std::fflush(stdout);

    int repeat = 2;
    if (const int at = QCoreApplication::arguments().indexOf(QStringLiteral("--repeat")); at > 0)
        repeat = std::max(1, QCoreApplication::arguments().value(at + 1).toInt());
    const QString csv = directory.filePath(QStringLiteral("export.csv"));
    const QString cli = directory.filePath(QStringLiteral("cli.csv"));
    std::optional<Figures> raw;
    std::optional<Figures> exported;
    std::optional<Figures> command;
    const auto fastest = [](std::optional<Figures> &best, const std::optional<Figures> &next) {
        if (next && (!best || next->seconds < best->seconds))
            best = next;
        return next.has_value();
    };
    for (int i = 0; i < repeat; ++i) {
        QFile::remove(csv);
        QFile::remove(cli);
        if (!fastest(raw, runPhase({QStringLiteral("raw"), baseUrl, uid})) ||
            !fastest(exported, runPhase({QStringLiteral("export"), baseUrl, uid, csv})) ||
            !fastest(command, runPhase({QStringLiteral("cli"), baseUrl, uid, cli, runboard})))
            return 1;
    }
    const bool same = sameBytes(csv, cli);

    std::printf("bench_export: raw walk: %lld pages, %.1f MB in %.2f s (%.0f MB/s), peak RSS "
                "%lld MB\n",
                static_cast<long long>(raw->pages), megabytes(raw->bytes), raw->seconds,
                megabytes(raw->bytes) / raw->seconds, static_cast<long long>(raw->peakKb / 1024));
    std::printf("bench_export: export to CSV: %lld rows, %.1f MB in %.2f s, peak RSS %lld MB; "
                "export / raw walk = %.2f\n",
                static_cast<long long>(exported->rows), megabytes(exported->bytes),
                exported->seconds, static_cast<long long>(exported->peakKb / 1024),
                exported->seconds / raw->seconds);
    std::printf("bench_export: runboard export: %lld rows, %.1f MB in %.2f s, peak RSS %lld MB; "
                "runboard export / raw walk = %.2f%s\n",
                static_cast<long long>(command->rows), megabytes(command->bytes), command->seconds,
                static_cast<long long>(command->peakKb / 1024), command->seconds / raw->seconds,
                same ? "" : " (NOT the same bytes as the export's file)");
    std::printf("bench_export: fastest of %d, run alternately\n", repeat);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() >= 4 && arguments.at(1) == QLatin1String("--phase")) {
        const QString &phase = arguments.at(2);
        if (phase == QLatin1String("raw"))
            return rawWalk(arguments.value(3), arguments.value(4));
        if (phase == QLatin1String("export"))
            return exportCsv(arguments.value(3), arguments.value(4), arguments.value(5));
        if (phase == QLatin1String("cli"))
            return exportCommand(arguments.value(6), arguments.value(3), arguments.value(4),
                                 arguments.value(5));
        return 2;
    }
    return orchestrate();
}
