#include "models/client/requestbudget.h"

#include <QElapsedTimer>
#include <QList>
#include <QTest>

// RequestBudget (contract 1.7) on a clock the test owns. Nothing here
// sleeps: a waiting request is let through either by another acquire()
// (which drains the lane at once) or by the lane's timer, whose delay is
// computed from the fake clock and so stays a few milliseconds long with
// the hand-made tiers below.
class TestRequestBudget : public QObject
{
    Q_OBJECT

private slots:
    void trialRunsLaneLetsOneStart();
    void trialLanesAreIndependent();
    void timerDrainsInRequestOrder();
    void releaseRemovesAWaitingRequest();
    void releaseIsHarmlessForStartedOrUnknownTickets();
    void otherFamilyIsNeverLimited();
    void unlimitedTierNeverWaits();
    void windowSlidesAcrossItsEdge();
    void everyWindowOfALaneApplies();
    void atMostTwoStartsInAnyFiftyMilliseconds();
};

namespace {

// A tier with only the given /runs windows (and none on the live route).
RateTier runsTier(const QList<RateTier::Window> &windows)
{
    RateTier tier;
    tier.name = QStringLiteral("test");
    tier.runs = windows;
    tier.concurrency = 1;
    return tier;
}

// A fake millisecond clock and the order in which requests started.
struct Recorder
{
    qint64 now = 0;
    QList<int> started;
    QList<qint64> startedAt;

    std::function<qint64()> clock()
    {
        return [this] { return now; };
    }
    std::function<void()> start(int id)
    {
        return [this, id] {
            started.append(id);
            startedAt.append(now);
        };
    }
};

} // namespace

void TestRequestBudget::trialRunsLaneLetsOneStart()
{
    // Trial: 1 request per 2 s (and 30 per minute) on the /runs bucket.
    const auto trial = RateTier::find(QStringLiteral("trial"));
    QVERIFY(trial);
    RequestBudget budget(*trial);
    Recorder recorder;
    budget.setClock(recorder.clock());

    budget.acquire(RouteFamily::Runs, recorder.start(1));
    QCOMPARE(recorder.started, QList<int>{1});
    QCOMPARE(budget.waiting(), 0);

    budget.acquire(RouteFamily::Runs, recorder.start(2));
    QCOMPARE(recorder.started, QList<int>{1});
    QCOMPARE(budget.waiting(), 1);

    // Still inside the 2 s window: a new request drains the lane, and
    // neither waiting request may go yet.
    recorder.now = 1999;
    budget.acquire(RouteFamily::Runs, recorder.start(3));
    QCOMPARE(recorder.started, QList<int>{1});
    QCOMPARE(budget.waiting(), 2);

    // Once the first request has left the window, the next in line goes
    // (not the newest), and only one of them.
    recorder.now = 2001;
    budget.acquire(RouteFamily::Runs, recorder.start(4));
    QCOMPARE(recorder.started, (QList<int>{1, 2}));
    QCOMPARE(budget.waiting(), 2);
    QCOMPARE(recorder.startedAt, (QList<qint64>{0, 2001}));
}

void TestRequestBudget::trialLanesAreIndependent()
{
    const auto trial = RateTier::find(QStringLiteral("trial"));
    QVERIFY(trial);
    RequestBudget budget(*trial);
    Recorder recorder;
    budget.setClock(recorder.clock());

    budget.acquire(RouteFamily::Runs, recorder.start(1));
    budget.acquire(RouteFamily::Runs, recorder.start(2));
    QCOMPARE(budget.waiting(), 1);
    // The live route has its own windows (1 per second on trial)...
    budget.acquire(RouteFamily::Live, recorder.start(10));
    QCOMPARE(recorder.started, (QList<int>{1, 10}));
    budget.acquire(RouteFamily::Live, recorder.start(11));
    QCOMPARE(recorder.started, (QList<int>{1, 10}));
    QCOMPARE(budget.waiting(), 2);
    // ...and its shorter window frees it before the /runs one.
    recorder.now = 1001;
    budget.acquire(RouteFamily::Live, recorder.start(12));
    QCOMPARE(recorder.started, (QList<int>{1, 10, 11}));
    budget.acquire(RouteFamily::Runs, recorder.start(3));
    QCOMPARE(recorder.started, (QList<int>{1, 10, 11}));
    QCOMPARE(budget.waiting(), 3);
}

void TestRequestBudget::timerDrainsInRequestOrder()
{
    // One request per 20 ms: the lane's timer lets the next one through
    // once the (fake) clock has moved past the window, first come first
    // served, without any further acquire().
    RequestBudget budget(runsTier({{1, 20}}));
    Recorder recorder;
    budget.setClock(recorder.clock());

    for (int id = 0; id < 5; ++id)
        budget.acquire(RouteFamily::Runs, recorder.start(id));
    QCOMPARE(recorder.started, QList<int>{0});
    QCOMPARE(budget.waiting(), 4);

    QList<int> expected{0};
    for (int id = 1; id < 5; ++id) {
        recorder.now += 21;
        expected.append(id);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.started, expected, 2000);
        QCOMPARE(budget.waiting(), 4 - id);
    }
    QCOMPARE(recorder.startedAt, (QList<qint64>{0, 21, 42, 63, 84}));
}

void TestRequestBudget::releaseRemovesAWaitingRequest()
{
    RequestBudget budget(runsTier({{1, 20}}));
    Recorder recorder;
    budget.setClock(recorder.clock());

    budget.acquire(RouteFamily::Runs, recorder.start(1));
    const quint64 second = budget.acquire(RouteFamily::Runs, recorder.start(2));
    const quint64 third = budget.acquire(RouteFamily::Runs, recorder.start(3));
    QVERIFY(second != third);
    QCOMPARE(budget.waiting(), 2);

    budget.release(second);
    QCOMPARE(budget.waiting(), 1);

    // The released request never starts; the one behind it takes its place.
    recorder.now = 21;
    budget.acquire(RouteFamily::Runs, recorder.start(4));
    QCOMPARE(recorder.started, (QList<int>{1, 3}));
    QCOMPARE(budget.waiting(), 1);
    recorder.now = 42;
    QTRY_COMPARE_WITH_TIMEOUT(recorder.started, (QList<int>{1, 3, 4}), 2000);
    QCOMPARE(budget.waiting(), 0);
    QVERIFY(!recorder.started.contains(2));
}

void TestRequestBudget::releaseIsHarmlessForStartedOrUnknownTickets()
{
    RequestBudget budget(runsTier({{1, 20}}));
    Recorder recorder;
    budget.setClock(recorder.clock());

    const quint64 first = budget.acquire(RouteFamily::Runs, recorder.start(1));
    budget.acquire(RouteFamily::Runs, recorder.start(2));
    budget.release(first);
    budget.release(first + 1000);
    budget.release(0);
    QCOMPARE(budget.waiting(), 1);
    recorder.now = 21;
    QTRY_COMPARE_WITH_TIMEOUT(recorder.started, (QList<int>{1, 2}), 2000);
}

void TestRequestBudget::otherFamilyIsNeverLimited()
{
    const auto trial = RateTier::find(QStringLiteral("trial"));
    QVERIFY(trial);
    RequestBudget budget(*trial);
    Recorder recorder;
    budget.setClock(recorder.clock());

    // Saturate both limited lanes first: Other must not queue behind them.
    budget.acquire(RouteFamily::Runs, recorder.start(-1));
    budget.acquire(RouteFamily::Runs, recorder.start(-2));
    budget.acquire(RouteFamily::Live, recorder.start(-3));
    budget.acquire(RouteFamily::Live, recorder.start(-4));
    QCOMPARE(budget.waiting(), 2);

    for (int id = 0; id < 100; ++id)
        budget.acquire(RouteFamily::Other, recorder.start(id));
    QCOMPARE(recorder.started.size(), 102);
    QCOMPARE(budget.waiting(), 2);

    // A lane without windows (the live route here) is not limited either.
    RequestBudget runsOnly(runsTier({{1, 1000}}));
    runsOnly.setClock(recorder.clock());
    for (int id = 0; id < 50; ++id)
        runsOnly.acquire(RouteFamily::Live, recorder.start(id));
    QCOMPARE(recorder.started.size(), 152);
    QCOMPARE(runsOnly.waiting(), 0);
}

void TestRequestBudget::unlimitedTierNeverWaits()
{
    const auto unlimited = RateTier::find(QStringLiteral("unlimited"));
    QVERIFY(unlimited);
    QVERIFY(unlimited->isUnlimited());
    RequestBudget budget(*unlimited);
    Recorder recorder;
    budget.setClock(recorder.clock());

    for (int id = 0; id < 300; ++id) {
        const RouteFamily family = id % 3 == 0   ? RouteFamily::Runs
                                   : id % 3 == 1 ? RouteFamily::Live
                                                 : RouteFamily::Other;
        budget.acquire(family, recorder.start(id));
        QCOMPARE(recorder.started.size(), id + 1);
    }
    QCOMPARE(budget.waiting(), 0);
}

void TestRequestBudget::windowSlidesAcrossItsEdge()
{
    // 2 per 50 ms. A fixed window [0, 50) [50, 100) would let two more go
    // at 55; a sliding one still counts the request sent at 40.
    RequestBudget budget(runsTier({{2, 50}}));
    Recorder recorder;
    budget.setClock(recorder.clock());

    budget.acquire(RouteFamily::Runs, recorder.start(1));
    recorder.now = 40;
    budget.acquire(RouteFamily::Runs, recorder.start(2));
    QCOMPARE(recorder.started, (QList<int>{1, 2}));

    recorder.now = 55;
    budget.acquire(RouteFamily::Runs, recorder.start(3));
    budget.acquire(RouteFamily::Runs, recorder.start(4));
    QCOMPARE(recorder.started, (QList<int>{1, 2, 3}));
    QCOMPARE(budget.waiting(), 1);

    // At 89 the request of 40 is still inside (39, 89].
    recorder.now = 89;
    budget.acquire(RouteFamily::Runs, recorder.start(5));
    QCOMPARE(recorder.started, (QList<int>{1, 2, 3}));
    QCOMPARE(budget.waiting(), 2);

    // At 91 it has left: one more (the oldest waiting) goes, 55 still counts.
    recorder.now = 91;
    budget.acquire(RouteFamily::Runs, recorder.start(6));
    QCOMPARE(recorder.started, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(budget.waiting(), 2);
    QCOMPARE(recorder.startedAt, (QList<qint64>{0, 40, 55, 91}));
}

void TestRequestBudget::everyWindowOfALaneApplies()
{
    // 2 per 50 ms and 3 per 200 ms: the longer window binds after the third.
    RequestBudget budget(runsTier({{2, 50}, {3, 200}}));
    Recorder recorder;
    budget.setClock(recorder.clock());

    budget.acquire(RouteFamily::Runs, recorder.start(1));
    budget.acquire(RouteFamily::Runs, recorder.start(2));
    QCOMPARE(recorder.started, (QList<int>{1, 2}));

    recorder.now = 60;
    budget.acquire(RouteFamily::Runs, recorder.start(3));
    budget.acquire(RouteFamily::Runs, recorder.start(4));
    QCOMPARE(recorder.started, (QList<int>{1, 2, 3}));

    // The short window is free at 120, the long one is not.
    recorder.now = 120;
    budget.acquire(RouteFamily::Runs, recorder.start(5));
    QCOMPARE(recorder.started, (QList<int>{1, 2, 3}));
    QCOMPARE(budget.waiting(), 2);

    // Both requests of time 0 leave the long window after 200.
    recorder.now = 201;
    budget.acquire(RouteFamily::Runs, recorder.start(6));
    QCOMPARE(recorder.started, (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(budget.waiting(), 1);
}

void TestRequestBudget::atMostTwoStartsInAnyFiftyMilliseconds()
{
    // On a clock that follows real time, so only the lane's timer lets the
    // queue through: 2 per 50 ms, whatever the timer's accuracy.
    RequestBudget budget(runsTier({{2, 50}}));
    QElapsedTimer elapsed;
    elapsed.start();
    QList<int> started;
    QList<qint64> startedAt;
    budget.setClock([&elapsed] { return elapsed.elapsed(); });

    constexpr int Count = 8;
    for (int id = 0; id < Count; ++id) {
        budget.acquire(RouteFamily::Runs, [&, id] {
            started.append(id);
            startedAt.append(elapsed.elapsed());
        });
    }
    QVERIFY(started.size() <= 2);
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), Count, 5000);
    QCOMPARE(budget.waiting(), 0);

    QList<int> expected;
    for (int id = 0; id < Count; ++id)
        expected.append(id);
    QCOMPARE(started, expected);
    for (int i = 0; i + 2 < Count; ++i) {
        QVERIFY2(startedAt.at(i + 2) - startedAt.at(i) >= 50,
                 qPrintable(QStringLiteral("starts %1 and %2 at %3 ms and %4 ms")
                                .arg(i)
                                .arg(i + 2)
                                .arg(startedAt.at(i))
                                .arg(startedAt.at(i + 2))));
    }
}

QTEST_GUILESS_MAIN(TestRequestBudget)
#include "tst_requestbudget.moc"
