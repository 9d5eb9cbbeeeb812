#include "core/time/timeline.h"
#include "models/runs/runsmodel.h"
#include "models/runs/runwatcher.h"
#include "models/schedules/schedulesmodel.h"
#include "sandbox/sandboxengine.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxsession.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
// Small against every interval the session keeps (2 s and more), so each
// timeout is answered before the next one is due, as in real time.
constexpr qint64 kStepMs = 1000;
// Only so that a lost answer fails the test instead of hanging it.
constexpr int kReplyGuardMs = 10000;
constexpr int kActiveRunInputs = 100;

const QString kRunsList = QStringLiteral("GET runs");
const QString kSchedulesList = QStringLiteral("GET schedules");
const QString kRunStatus = QStringLiteral("GET runs/{uid}/status");
const QString kRun = QStringLiteral("GET runs/{uid}");

using Counts = QHash<QString, qint64>;

qint64 total(const Counts &counts)
{
    qint64 sum = 0;
    for (const qint64 count : counts)
        sum += count;
    return sum;
}

// What `after` holds beyond `before`, route by route; routes not asked
// again are left out.
Counts since(const Counts &before, const Counts &after)
{
    Counts grown;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (const qint64 more = it.value() - before.value(it.key()); more > 0)
            grown.insert(it.key(), more);
    }
    return grown;
}

QString describe(const Counts &counts)
{
    QStringList routes = counts.keys();
    routes.sort();
    QStringList parts;
    for (const QString &route : std::as_const(routes))
        parts.append(route + QStringLiteral(": ") + QString::number(counts.value(route)));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

} // namespace

// How much a session asks the server while the dashboard is left alone:
// an hour of virtual time, played in one-second steps on the sandbox's
// clock and on the session's manual timeline together, and every request
// counted where it arrives, at the sandbox (GET /_sandbox/requests).
class TestSessionTraffic : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shownAndIdleRefreshesOncePerInterval();
    void hiddenAndIdleSendsNothing();
    void shownAgainRefreshesWhatAnIntervalMissed();
    void reloadWhileHiddenWaitsUntilShown();
    void activeRunIsPolledUntilItEnds();

private:
    Counts requestCounts();
    // Moves both clocks by `ms`, a step at a time, each step's requests
    // answered before the next step.
    void play(qint64 ms);
    void settle();
    bool sessionWaitsForAnAnswer() const;
    QString launch();

    std::unique_ptr<SandboxFixture> m_sandbox;
    // Before the session, which must not outlive it.
    std::unique_ptr<Timeline> m_timeline;
    std::unique_ptr<SandboxSession> m_connection;
};

void TestSessionTraffic::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    // A workspace with history but nothing left to do: every run finished.
    for (const QString &handle : {QStringLiteral("ada"), QStringLiteral("grace")}) {
        QVERIFY(
            !m_sandbox
                 ->launch(QStringLiteral("linkedin-extract-people"), {SandboxApi::profile(handle)})
                 .isEmpty());
    }
    m_sandbox->advance(600);
    const QJsonArray runs = m_sandbox->getAllByOffset(QStringLiteral("/runs"), 100);
    QCOMPARE(runs.size(), 2);
    for (const QJsonValue &run : runs)
        QCOMPARE(run[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));

    m_timeline = std::make_unique<Timeline>(Timeline::Mode::Manual);
    m_connection = std::make_unique<SandboxSession>(*m_sandbox);
    Session &session = m_connection->session;
    followSandboxClock(session, *m_sandbox);
    session.setTimeline(m_timeline.get());
}

void TestSessionTraffic::cleanup()
{
    m_connection.reset();
    m_timeline.reset();
    m_sandbox.reset();
}

Counts TestSessionTraffic::requestCounts()
{
    const SandboxFixture::Reply reply = m_sandbox->adminGet(QStringLiteral("/requests"));
    Counts counts;
    if (reply.status != 200) {
        qWarning("GET /_sandbox/requests: HTTP %d", reply.status);
        return counts;
    }
    const QJsonObject object = reply.json.toObject();
    for (const QString &route : object.keys())
        counts.insert(route, object.value(route).toInteger());
    return counts;
}

bool TestSessionTraffic::sessionWaitsForAnAnswer() const
{
    const QList<QNetworkReply *> replies = m_connection->network.findChildren<QNetworkReply *>();
    return std::any_of(replies.cbegin(), replies.cend(),
                       [](const QNetworkReply *reply) { return !reply->isFinished(); });
}

void TestSessionTraffic::settle()
{
    // The sandbox answers on this thread: waiting is letting the event
    // loop run until no request of the session is left on the wire.
    for (;;) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (!sessionWaitsForAnAnswer())
            return;
        QEventLoop loop;
        connect(&m_connection->network, &QNetworkAccessManager::finished, &loop, &QEventLoop::quit);
        QTimer guard;
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(kReplyGuardMs);
        loop.exec();
        QVERIFY2(guard.isActive(), "a request of the session was never answered");
    }
}

void TestSessionTraffic::play(qint64 ms)
{
    for (qint64 played = 0; played < ms; played += kStepMs) {
        const qint64 step = std::min(kStepMs, ms - played);
        m_sandbox->engine().advance(step);
        m_timeline->advance(step);
        settle();
        if (QTest::currentTestFailed())
            return;
    }
}

QString TestSessionTraffic::launch()
{
    // Enough inputs to keep the run busy for minutes: long enough for the
    // watcher's interval to grow between two status changes.
    QStringList handles;
    for (int i = 0; i < kActiveRunInputs; ++i)
        handles.append(QStringLiteral("active%1").arg(i));
    return m_sandbox->launch(QStringLiteral("linkedin-extract-people"),
                             SandboxApi::profiles(handles));
}

void TestSessionTraffic::shownAndIdleRefreshesOncePerInterval()
{
    Session &session = m_connection->session;
    const Counts before = requestCounts();
    // What the window does as it opens.
    session.reload();
    play(kHourMs);
    QVERIFY(!QTest::currentTestFailed());
    const Counts hour = since(before, requestCounts());
    qInfo().noquote() << "shown, idle, one hour:" << describe(hour);

    // One refresh per interval, and the window's first load.
    const qint64 runsAtMost = kHourMs / Session::kRunsRefreshMs + 1;
    QVERIFY2(hour.value(kRunsList) <= runsAtMost, qPrintable(describe(hour)));
    // Fewer would mean the cadence did not follow the timeline at all.
    QVERIFY2(hour.value(kRunsList) >= runsAtMost - 1, qPrintable(describe(hour)));
    // The schedules list keeps its own, slower, cadence while shown.
    const qint64 schedulesAtMost = kHourMs / Session::kSchedulesRefreshMs + 1;
    QVERIFY2(hour.value(kSchedulesList) <= schedulesAtMost, qPrintable(describe(hour)));
    QVERIFY2(hour.value(kSchedulesList) >= schedulesAtMost - 1, qPrintable(describe(hour)));
    // Finished runs are never polled, and nothing else is asked.
    QCOMPARE(hour.value(kRunStatus), 0);
    QCOMPARE(hour.value(kRun), 0);
    QCOMPARE(total(hour), hour.value(kRunsList) + hour.value(kSchedulesList));
}

void TestSessionTraffic::hiddenAndIdleSendsNothing()
{
    Session &session = m_connection->session;
    const Counts before = requestCounts();
    session.setShown(false);
    play(kHourMs);
    QVERIFY(!QTest::currentTestFailed());
    const Counts hour = since(before, requestCounts());
    qInfo().noquote() << "hidden, idle, one hour:" << describe(hour);
    QVERIFY2(hour.isEmpty(), qPrintable(describe(hour)));
}

void TestSessionTraffic::shownAgainRefreshesWhatAnIntervalMissed()
{
    Session &session = m_connection->session;
    QSignalSpy runsLoading(session.runs(), &RunsModel::loadingChanged);
    QSignalSpy schedulesLoading(session.schedules(), &SchedulesModel::loadingChanged);

    // Hidden for less than an interval: shown again, nothing at once.
    session.setShown(false);
    play(Session::kRunsRefreshMs / 3);
    Counts before = requestCounts();
    session.setShown(true);
    settle();
    QVERIFY2(since(before, requestCounts()).isEmpty(),
             qPrintable(describe(since(before, requestCounts()))));

    // Hidden for an hour: both lists at once, then the usual cadence.
    session.setShown(false);
    play(kHourMs);
    before = requestCounts();
    session.setShown(true);
    settle();
    Counts shown = since(before, requestCounts());
    QCOMPARE(shown.value(kRunsList), 1);
    QCOMPARE(shown.value(kSchedulesList), 1);
    QCOMPARE(total(shown), 2);
    play(Session::kRunsRefreshMs);
    QCOMPARE(since(before, requestCounts()).value(kRunsList), 2);
}

void TestSessionTraffic::reloadWhileHiddenWaitsUntilShown()
{
    Session &session = m_connection->session;
    session.setShown(false);
    const Counts before = requestCounts();
    // What the connection's health asks for on each probe and when the
    // server answers again.
    session.reload();
    play(kHourMs);
    QVERIFY2(since(before, requestCounts()).isEmpty(),
             qPrintable(describe(since(before, requestCounts()))));
    session.setShown(true);
    settle();
    const Counts shown = since(before, requestCounts());
    QCOMPARE(shown.value(kRunsList), 1);
    QCOMPARE(shown.value(kSchedulesList), 1);
}

void TestSessionTraffic::activeRunIsPolledUntilItEnds()
{
    Session &session = m_connection->session;
    // Hidden in the tray: the run's end must still be seen.
    session.setShown(false);
    const QString uid = launch();
    QVERIFY(!uid.isEmpty());
    const Run run = Run::fromJson(m_sandbox->run(uid));
    QVERIFY(!isTerminal(run.status));
    QSignalSpy finished(session.watcher(), &RunWatcher::runFinished);
    const Counts before = requestCounts();
    // As the runs page does for the active rows it shows.
    session.watcher()->watch(run);

    Counts atEnd;
    qint64 endedAfterMs = -1;
    for (qint64 played = 0; played < kHourMs; played += kStepMs) {
        play(kStepMs);
        QVERIFY(!QTest::currentTestFailed());
        if (endedAfterMs < 0 && !finished.isEmpty()) {
            endedAfterMs = played + kStepMs;
            atEnd = requestCounts();
        }
    }
    QVERIFY2(endedAfterMs > 0, "the run never finished");
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<Run>().uid, uid);
    QVERIFY(!session.watcher()->isPolling());

    const Counts untilEnd = since(before, atEnd);
    const Counts afterEnd = since(atEnd, requestCounts());
    qInfo().noquote() << "hidden, one run active: until it finished after" << endedAfterMs / 1000
                      << "s:" << describe(untilEnd)
                      << "| the rest of the hour:" << describe(afterEnd);
    QVERIFY2(untilEnd.value(kRunStatus) >= 1, qPrintable(describe(untilEnd)));
    // The full run only after a status change, and no list while hidden.
    QVERIFY2(untilEnd.value(kRun) >= 1, qPrintable(describe(untilEnd)));
    QCOMPARE(total(untilEnd), untilEnd.value(kRunStatus) + untilEnd.value(kRun));
    QVERIFY2(afterEnd.isEmpty(), qPrintable(describe(afterEnd)));
}

QTEST_GUILESS_MAIN(TestSessionTraffic)
#include "tst_sessiontraffic.moc"
