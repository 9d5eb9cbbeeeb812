#include "tests/reliability/loadclient.h"
#include "tests/support/cliprocess.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/soakmode.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>

// Fifty clients against an out-of-process runboard-sandbox (so its resident
// memory is its own, read from /proc/PID/status), each polling a run's
// status and paging its outputs, one request at a time, for 5 s in make
// test and 60 s in make soak, twice: with the titanium tier (10 requests a
// second on the /runs bucket), where most answers are 429s, and with no
// limit, where every answer is a page or a status and the page reader
// works flat out.
//
// Every answer must be a 2xx with a JSON body or the contract's 429 (error
// body, Retry-After, X-RateLimit-Type): nothing else, no dropped
// connection. Memory: VmRSS is sampled every 100 ms; the test fails when
// the peak of the last third of the run is over 1.5 times the peak of the
// first third. A leak per request grows with the requests and shows there;
// the first third already holds the warm-up (SQLite's cache, the page
// reader's thread, the connections), so a bounded server stays level.
class TestSandboxLoad : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void manyClientsGetOnlyTheContractsAnswers_data();
    void manyClientsGetOnlyTheContractsAnswers();

private:
    // Synchronous, for the set-up only: the reply's status and body.
    QPair<int, QByteArray> post(const QString &url, const QJsonObject &body);
    qint64 residentKb() const;

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_baseUrl;
    QString m_run;
    QNetworkAccessManager m_network;
};

namespace {

constexpr int kClients = 50;
constexpr int kSampleMs = 100;
constexpr double kGrowthLimit = 1.5;

double megabytes(qint64 kb)
{
    return kb / 1024.0;
}

} // namespace

QPair<int, QByteArray> TestSandboxLoad::post(const QString &url, const QJsonObject &body)
{
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("X-API-Key", "sandbox");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(60000);
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

qint64 TestSandboxLoad::residentKb() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_sandbox.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        // "VmRSS:     12345 kB"
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void TestSandboxLoad::manyClientsGetOnlyTheContractsAnswers_data()
{
    QTest::addColumn<QString>("tier");
    QTest::newRow("titanium") << QStringLiteral("titanium");
    QTest::newRow("unlimited") << QStringLiteral("unlimited");
}

void TestSandboxLoad::init()
{
    QFETCH(QString, tier);
    QVERIFY(m_dir.isValid());
    m_sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_baseUrl = CliProcess::startSandbox(
        m_sandbox, qEnvironmentVariable("RUNBOARD_BIN_DIR"),
        {QStringLiteral("--db"), m_dir.filePath(tier + QLatin1String(".sqlite")),
         QStringLiteral("--clock"), QStringLiteral("manual"), QStringLiteral("--clock-start"),
         QStringLiteral("2026-03-01T10:00:00Z"), QStringLiteral("--tier"), tier});
    QVERIFY2(m_baseUrl.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(m_baseUrl));

    // About 2,400 outputs: 24 pages of 100 for each client to walk.
    QJsonArray inputs;
    for (int i = 0; i < 20; ++i)
        inputs.append(SandboxApi::search(QStringLiteral("load%1").arg(i)));
    const auto launched =
        post(m_baseUrl + QLatin1String("/actions/linkedin-search-people/run/async"),
             {{QStringLiteral("inputs"), inputs},
              {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("max_results"), 1000}}}});
    QVERIFY2(launched.first >= 200 && launched.first < 300, launched.second.constData());
    m_run = QJsonDocument::fromJson(launched.second)
                .object()
                .value(QLatin1String("run_uid"))
                .toString();
    QVERIFY(!m_run.isEmpty());
    const QString root = m_baseUrl.chopped(3);
    const auto advanced = post(root + QLatin1String("/_sandbox/clock/advance"),
                               {{QStringLiteral("seconds"), 7 * 24 * 3600}});
    QCOMPARE(advanced.first, 200);
}

void TestSandboxLoad::cleanup()
{
    if (m_sandbox.state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(m_sandbox.processId()), SIGTERM);
    if (!m_sandbox.waitForFinished(15000)) {
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }
}

void TestSandboxLoad::manyClientsGetOnlyTheContractsAnswers()
{
    QFETCH(QString, tier);
    const qint64 durationMs = SoakMode::on() ? 60000 : 5000;
    LoadClient::Tally tally;
    std::vector<std::unique_ptr<LoadClient>> clients;
    for (int i = 0; i < kClients; ++i)
        clients.push_back(std::make_unique<LoadClient>(m_baseUrl, "sandbox", m_run, &tally));

    const qint64 startKb = residentKb();
    QVERIFY(startKb > 0);
    // Peaks of the first and last third of the run, and of all of it.
    qint64 firstPeakKb = 0;
    qint64 lastPeakKb = 0;
    qint64 peakKb = startKb;
    QElapsedTimer clock;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] {
        const qint64 kb = residentKb();
        peakKb = std::max(peakKb, kb);
        const qint64 at = clock.elapsed();
        if (at < durationMs / 3)
            firstPeakKb = std::max(firstPeakKb, kb);
        else if (at >= durationMs * 2 / 3)
            lastPeakKb = std::max(lastPeakKb, kb);
    });

    clock.start();
    sampler.start(kSampleMs);
    for (const auto &client : clients)
        client->start();
    // The load runs for its time: this wait is the test, not a wait for an
    // event.
    QEventLoop running;
    QTimer::singleShot(durationMs, &running, &QEventLoop::quit);
    running.exec();
    sampler.stop();
    for (const auto &client : clients)
        client->stop();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.cbegin(), clients.cend(),
                                         [](const auto &client) { return client->isIdle(); }),
                             60000);
    const qint64 endKb = residentKb();

    qInfo("%s: %d clients for %lld s: %lld requests answered (%.0f/s), %lld 2xx, %lld 429, "
          "%lld unexpected",
          qPrintable(tier), kClients, durationMs / 1000, tally.answered,
          tally.answered * 1000.0 / clock.elapsed(), tally.succeeded, tally.limited,
          tally.unexpected);
    qInfo("sandbox VmRSS: start %.1f MB, peak %.1f MB (first third %.1f MB, last third %.1f MB), "
          "end %.1f MB",
          megabytes(startKb), megabytes(peakKb), megabytes(firstPeakKb), megabytes(lastPeakKb),
          megabytes(endKb));

    QVERIFY2(tally.unexpected == 0, qPrintable(tally.examples.join(QLatin1Char('\n'))));
    QVERIFY(tally.succeeded > 0);
    // The titanium tier refuses most of them; with no limit none is.
    QCOMPARE(tally.limited > 0, tier == QLatin1String("titanium"));
    QVERIFY2(m_sandbox.state() == QProcess::Running, "the sandbox ended under load");
    QVERIFY2(lastPeakKb <= kGrowthLimit * firstPeakKb,
             qPrintable(QStringLiteral("resident memory grew from a peak of %1 kB in the first "
                                       "third to %2 kB in the last")
                            .arg(firstPeakKb)
                            .arg(lastPeakKb)));
}

QTEST_GUILESS_MAIN(TestSandboxLoad)
#include "tst_sandboxload.moc"
