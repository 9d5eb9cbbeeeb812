#include "models/runs/runwatcher.h"
#include "tests/support/sandboxclient.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

// RunWatcher against the sandbox: it follows active runs through the
// status route, fetches a run only when its status moved, records each
// transition, and stops polling when nothing is left to follow.
class TestRunWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followsARunToItsEnd();
    void terminalRunsAreNotPolled();
    void goneRunStopsBeingPolled();
    void pausedWatcherPollsNothing();

private:
    Run launch(int inputs);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<RunWatcher> m_watcher;
};

void TestRunWatcher::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_client = std::make_unique<SandboxClient>(*m_sandbox);
    m_watcher = std::make_unique<RunWatcher>(&m_client->client);
    m_watcher->setIntervals({10, 40, 2.0});
}

void TestRunWatcher::cleanup()
{
    m_watcher.reset();
    m_client.reset();
    m_sandbox.reset();
}

Run TestRunWatcher::launch(int inputs)
{
    QJsonArray list;
    for (int i = 0; i < inputs; ++i)
        list.append(QJsonObject{{QStringLiteral("linkedin_profile_url"),
                                 QStringLiteral("https://www.linkedin.com/in/p%1").arg(i)}});
    const auto launched =
        m_sandbox->post(QStringLiteral("/actions/linkedin-extract-people/run/async"),
                        QJsonObject{{QStringLiteral("inputs"), list}});
    return Run::fromJson(
        m_sandbox
            ->get(QStringLiteral("/runs/") + launched.json[QStringLiteral("run_uid")].toString())
            .json.toObject());
}

void TestRunWatcher::followsARunToItsEnd()
{
    const Run run = launch(3);
    QCOMPARE(run.status, RunStatus::Created);
    QSignalSpy changed(m_watcher.get(), &RunWatcher::runChanged);
    QSignalSpy finished(m_watcher.get(), &RunWatcher::runFinished);
    m_watcher->watch(run);
    QVERIFY(m_watcher->isWatching(run.uid));
    QVERIFY(m_watcher->isPolling());

    // Nothing moves while the sandbox clock stands still: no full fetch.
    QTRY_VERIFY(!m_watcher->transitions(run.uid).isEmpty());
    QCOMPARE(changed.count(), 0);

    m_sandbox->advance(3);
    QTRY_VERIFY(changed.count() >= 1);
    const Run running = changed.last().first().value<Run>();
    QCOMPARE(running.uid, run.uid);
    QCOMPARE(running.status, RunStatus::Running);

    m_sandbox->advance(60);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<Run>().status, RunStatus::Succeeded);
    QCOMPARE(m_watcher->watchedCount(), 0);
    QTRY_VERIFY(!m_watcher->isPolling());

    QStringList seen;
    for (const StatusTransition &transition : m_watcher->transitions(run.uid))
        seen.append(transition.statusText);
    QCOMPARE(seen.first(), QStringLiteral("CREATED"));
    QCOMPARE(seen.last(), QStringLiteral("SUCCEEDED"));
    QVERIFY(seen.contains(QStringLiteral("RUNNING")));
}

void TestRunWatcher::pausedWatcherPollsNothing()
{
    const Run run = launch(3);
    QSignalSpy changed(m_watcher.get(), &RunWatcher::runChanged);
    m_watcher->watch(run);
    m_watcher->setPaused(true);
    QVERIFY(!m_watcher->isPolling());
    QCOMPARE(m_watcher->watchedCount(), 1);

    m_sandbox->advance(3);
    QCoreApplication::processEvents();
    // No timer armed and nothing in flight: no poll can come.
    QVERIFY(!m_watcher->isPolling());
    QCOMPARE(changed.count(), 0);

    m_watcher->setPaused(false);
    QVERIFY(m_watcher->isPolling());
    QTRY_VERIFY(changed.count() >= 1);
    QCOMPARE(changed.last().first().value<Run>().status, RunStatus::Running);

    m_watcher->unwatchAll();
    QCOMPARE(m_watcher->watchedCount(), 0);
    QVERIFY(!m_watcher->isPolling());
}

void TestRunWatcher::terminalRunsAreNotPolled()
{
    Run run = launch(1);
    m_sandbox->advance(60);
    run = Run::fromJson(m_sandbox->get(QStringLiteral("/runs/") + run.uid).json.toObject());
    QCOMPARE(run.status, RunStatus::Succeeded);
    m_watcher->watch(run);
    QCOMPARE(m_watcher->watchedCount(), 0);
    QVERIFY(!m_watcher->isPolling());
    QCOMPARE(m_watcher->transitions(run.uid).size(), 1);
}

void TestRunWatcher::goneRunStopsBeingPolled()
{
    const Run run = launch(2);
    m_watcher->watch(run);
    QString root = m_sandbox->baseUrl();
    root.chop(3);
    m_sandbox->request("POST", QUrl(root + QStringLiteral("/_sandbox/reset")), "{}");
    QTRY_COMPARE(m_watcher->watchedCount(), 0);
    QTRY_VERIFY(!m_watcher->isPolling());
}

QTEST_GUILESS_MAIN(TestRunWatcher)
#include "tst_runwatcher.moc"
