#include "core/time/timeline.h"
#include "core/time/timer.h"

#include <QStringList>
#include <QTest>

// A manual Timeline fires its timers only when advanced, each at its due
// time and in order, so the cadences built on Timer can be played through
// by a test instead of waited for.
class TestManualTimeline : public QObject
{
    Q_OBJECT

private slots:
    void firesDueTimersInOrder();
    void repeatingTimerKeepsItsBeat();
    void timerArmedByATimeoutFiresInTheSameAdvance();
    void movingToAnotherTimelineKeepsTheTimerActive();
};

void TestManualTimeline::firesDueTimersInOrder()
{
    Timeline timeline(Timeline::Mode::Manual);
    QStringList fired;
    Timer late;
    Timer early;
    Timer tie;
    for (auto [timer, name] : {std::pair{&late, "late"}, {&early, "early"}, {&tie, "tie"}}) {
        timer->setTimeline(&timeline);
        timer->setSingleShot(true);
        connect(timer, &Timer::timeout, this,
                [&fired, &timeline, name = QString::fromLatin1(name)] {
                    fired.append(name + QLatin1Char('@') + QString::number(timeline.elapsedMs()));
                });
    }
    late.start(300);
    early.start(100);
    tie.start(300);

    timeline.advance(99);
    QVERIFY(fired.isEmpty());
    QCOMPARE(early.remainingTime(), 1);
    timeline.advance(1000);
    // Each at its own time; a tie in the order the timers were started.
    QCOMPARE(fired, QStringList({QStringLiteral("early@100"), QStringLiteral("late@300"),
                                 QStringLiteral("tie@300")}));
    QCOMPARE(timeline.elapsedMs(), 1099);
    QVERIFY(!late.isActive());
    QCOMPARE(late.remainingTime(), -1);
}

void TestManualTimeline::repeatingTimerKeepsItsBeat()
{
    Timeline timeline(Timeline::Mode::Manual);
    Timer timer;
    timer.setTimeline(&timeline);
    int count = 0;
    connect(&timer, &Timer::timeout, this, [&count] { ++count; });
    timer.start(15000);
    timeline.advance(3600 * 1000);
    QCOMPARE(count, 240);
    QVERIFY(timer.isActive());
    timer.stop();
    timeline.advance(3600 * 1000);
    QCOMPARE(count, 240);
}

void TestManualTimeline::timerArmedByATimeoutFiresInTheSameAdvance()
{
    Timeline timeline(Timeline::Mode::Manual);
    Timer timer;
    timer.setTimeline(&timeline);
    timer.setSingleShot(true);
    QList<qint64> firedAt;
    connect(&timer, &Timer::timeout, this, [&] {
        firedAt.append(timeline.elapsedMs());
        if (firedAt.size() < 3)
            timer.start(10);
    });
    timer.start(10);
    timeline.advance(25);
    QCOMPARE(firedAt, QList<qint64>({10, 20}));
    timeline.advance(5);
    QCOMPARE(firedAt, QList<qint64>({10, 20, 30}));
}

void TestManualTimeline::movingToAnotherTimelineKeepsTheTimerActive()
{
    Timeline timeline(Timeline::Mode::Manual);
    Timer timer;
    timer.setSingleShot(true);
    int count = 0;
    connect(&timer, &Timer::timeout, this, [&count] { ++count; });
    // On the machine's time an hour away: only the manual timeline can
    // bring it within reach of this test.
    timer.start(3600 * 1000);
    QVERIFY(timer.isActive());
    timer.setTimeline(&timeline);
    QVERIFY(timer.isActive());
    QCOMPARE(timer.remainingTime(), 3600 * 1000);
    timeline.advance(3600 * 1000);
    QCOMPARE(count, 1);
    timer.setTimeline(nullptr);
    QCOMPARE(timer.timeline(), &Timeline::system());
}

QTEST_GUILESS_MAIN(TestManualTimeline)
#include "tst_manualtimeline.moc"
