// FiringPlan (issue 12, the week calendar): the firings of several
// schedules over a span in their own zones, one-shots, collisions of the
// same action within the window, likely skips when runs outlast the gap
// (contract 4.5), and schedules whose cron or zone cannot be read.

#include "core/domain/run.h"
#include "core/domain/schedule.h"
#include "core/schedules/firingplan.h"
#include "core/schedules/firingplaninput.h"

#include <QTest>

namespace {

using Planned = FiringPlan::Schedule;

constexpr qint64 kMinute = 60 * 1000;

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

Planned cron(const char *name, const char *action, const char *expression, const char *zone = "UTC")
{
    Planned schedule;
    schedule.uid = QString::fromLatin1(name) + QStringLiteral("-uid");
    schedule.name = QString::fromLatin1(name);
    schedule.action = QString::fromLatin1(action);
    schedule.cron = QString::fromLatin1(expression);
    schedule.timezone = QString::fromLatin1(zone);
    return schedule;
}

QList<qint64> timesOf(const FiringPlan &plan, int schedule)
{
    QList<qint64> times;
    for (const FiringPlan::Firing &firing : plan.firings()) {
        if (firing.schedule == schedule)
            times.append(firing.atMs);
    }
    return times;
}

} // namespace

class TestFiringPlan : public QObject
{
    Q_OBJECT

private slots:
    void firesInTheSchedulesOwnZone();
    void oneShotFiresOnceInsideTheSpan();
    void sameActionWithinTheWindowCollides();
    void runsLongerThanTheGapSkipFirings();
    void runStillGoingSkipsTheFirstFirings();
    void unreadableSchedulesAreNamed();
    void medianOfDurations();
    void inputTakesActiveSchedulesAndTheirRecentRuns();
};

void TestFiringPlan::firesInTheSchedulesOwnZone()
{
    // 09:00 in Paris is 08:00Z in winter; seven days, seven firings.
    const FiringPlan plan =
        FiringPlan::build({cron("daily", "a", "0 9 * * *", "Europe/Paris")},
                          at("2026-01-05T00:00:00Z"), at("2026-01-12T00:00:00Z"));
    const QList<qint64> times = timesOf(plan, 0);
    QCOMPARE(times.size(), 7);
    QCOMPARE(times.first(), at("2026-01-05T08:00:00Z"));
    QCOMPARE(times.last(), at("2026-01-11T08:00:00Z"));
    QVERIFY(plan.unreadable().isEmpty());
}

void TestFiringPlan::oneShotFiresOnceInsideTheSpan()
{
    Planned inside;
    inside.name = QStringLiteral("inside");
    inside.once = QDateTime::fromString(QStringLiteral("2026-01-06T10:30:00Z"), Qt::ISODate);
    Planned outside = inside;
    outside.name = QStringLiteral("outside");
    outside.once = QDateTime::fromString(QStringLiteral("2026-01-13T10:30:00Z"), Qt::ISODate);
    const FiringPlan plan = FiringPlan::build({inside, outside}, at("2026-01-05T00:00:00Z"),
                                              at("2026-01-12T00:00:00Z"));
    QCOMPARE(plan.firings().size(), 1);
    QCOMPARE(plan.firings().first().schedule, 0);
    QCOMPARE(plan.firings().first().atMs, at("2026-01-06T10:30:00Z"));
}

void TestFiringPlan::sameActionWithinTheWindowCollides()
{
    const FiringPlan plan =
        FiringPlan::build({cron("A", "extract", "0 9 * * *"), cron("B", "extract", "2 9 * * *"),
                           cron("C", "search", "2 9 * * *"), cron("D", "extract", "10 9 * * *")},
                          at("2026-01-05T00:00:00Z"), at("2026-01-06T00:00:00Z"));
    QCOMPARE(plan.firings().size(), 4);
    for (const FiringPlan::Firing &firing : plan.firings()) {
        const QList<int> expected = firing.schedule == 0   ? QList<int>{1}
                                    : firing.schedule == 1 ? QList<int>{0}
                                                           : QList<int>{};
        QCOMPARE(firing.collidesWith, expected);
    }
    // Five minutes apart is outside a five-minute window.
    const FiringPlan apart =
        FiringPlan::build({cron("A", "extract", "0 9 * * *"), cron("E", "extract", "5 9 * * *")},
                          at("2026-01-05T00:00:00Z"), at("2026-01-06T00:00:00Z"));
    for (const FiringPlan::Firing &firing : apart.firings())
        QVERIFY(firing.collidesWith.isEmpty());
}

void TestFiringPlan::runsLongerThanTheGapSkipFirings()
{
    // Every 10 minutes, runs of 25: the one at :00 is still going at :10
    // and :20; :30 runs again.
    Planned slow = cron("slow", "a", "*/10 * * * *");
    slow.medianRunMs = 25 * kMinute;
    const FiringPlan plan =
        FiringPlan::build({slow}, at("2026-01-05T09:00:00Z"), at("2026-01-05T10:00:00Z"));
    QList<bool> skipped;
    for (const FiringPlan::Firing &firing : plan.firings())
        skipped.append(firing.likelySkipped);
    QCOMPARE(skipped, (QList<bool>{false, true, true, false, true, true}));

    // Runs shorter than the gap skip nothing.
    slow.medianRunMs = 9 * kMinute;
    const FiringPlan quick =
        FiringPlan::build({slow}, at("2026-01-05T09:00:00Z"), at("2026-01-05T10:00:00Z"));
    for (const FiringPlan::Firing &firing : quick.firings())
        QVERIFY(!firing.likelySkipped);
}

void TestFiringPlan::runStillGoingSkipsTheFirstFirings()
{
    Planned hourly = cron("hourly", "a", "0 * * * *");
    hourly.medianRunMs = 90 * kMinute;
    // Started at 08:50: expected to go on until 10:20.
    hourly.runningSinceMs = at("2026-01-05T08:50:00Z");
    const FiringPlan plan =
        FiringPlan::build({hourly}, at("2026-01-05T09:00:00Z"), at("2026-01-05T12:30:00Z"));
    QList<bool> skipped;
    for (const FiringPlan::Firing &firing : plan.firings())
        skipped.append(firing.likelySkipped);
    // 09:00 and 10:00 skipped, 11:00 runs (until 12:30), 12:00 skipped.
    QCOMPARE(skipped, (QList<bool>{true, true, false, true}));
}

void TestFiringPlan::unreadableSchedulesAreNamed()
{
    const FiringPlan plan = FiringPlan::build(
        {cron("bad cron", "a", "0 0 32 * *"), cron("bad zone", "a", "0 9 * * *", "Nowhere/Zone"),
         cron("good", "a", "0 9 * * *"), cron("posix rule", "a", "0 9 * * *", "Paris")},
        at("2026-01-05T00:00:00Z"), at("2026-01-06T00:00:00Z"));
    QCOMPARE(plan.firings().size(), 1);
    QCOMPARE(plan.unreadable().size(), 3);
    QCOMPARE(plan.unreadable().at(0).first, 0);
    QVERIFY2(plan.unreadable().at(0).second.startsWith(QLatin1String("day-of-month: ")),
             qPrintable(plan.unreadable().at(0).second));
    QCOMPARE(plan.unreadable().at(1).first, 1);
    QVERIFY2(plan.unreadable().at(1).second.contains(QLatin1String("Nowhere/Zone")),
             qPrintable(plan.unreadable().at(1).second));
    // QTimeZone reads "Paris" as a rule at UTC; it is not an IANA zone.
    QCOMPARE(plan.unreadable().at(2).first, 3);
    QVERIFY2(plan.unreadable().at(2).second.contains(QLatin1String("Europe/Paris")),
             qPrintable(plan.unreadable().at(2).second));
}

void TestFiringPlan::medianOfDurations()
{
    QCOMPARE(FiringPlan::median({}), std::nullopt);
    QCOMPARE(FiringPlan::median({30, 10, 20}), std::optional<qint64>(20));
    QCOMPARE(FiringPlan::median({40, 10, 30, 20}), std::optional<qint64>(25));
}

void TestFiringPlan::inputTakesActiveSchedulesAndTheirRecentRuns()
{
    ::Schedule active;
    active.uid = QStringLiteral("s1");
    active.name = QStringLiteral("nightly");
    active.actionName = QStringLiteral("extract");
    active.status = ScheduleStatus::Active;
    active.cron = QStringLiteral("0 2 * * *");
    active.timezone = QStringLiteral("Europe/Paris");
    ::Schedule paused = active;
    paused.uid = QStringLiteral("s2");
    paused.status = ScheduleStatus::Paused;
    ::Schedule once = active;
    once.uid = QStringLiteral("s3");
    once.name.clear();
    once.cron.clear();
    once.nextExecutionAt = QDateTime::fromMSecsSinceEpoch(at("2026-01-06T10:00:00Z"), Qt::UTC);

    const auto run = [](const char *schedule, qint64 createdMs, qint64 minutes, RunStatus status) {
        Run made;
        made.scheduledRunUid = QString::fromLatin1(schedule);
        made.status = status;
        made.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
        made.startedAt = made.createdAt;
        if (status != RunStatus::Running)
            made.finishedAt = made.startedAt.addSecs(minutes * 60);
        return made;
    };
    const qint64 day = 24 * 60 * kMinute;
    const qint64 base = at("2026-01-01T02:00:00Z");
    // Eleven finished runs: the oldest (100 minutes) is beyond the ten
    // recent ones and does not count; then one still going.
    QList<Run> runs{run("s1", base, 100, RunStatus::Succeeded)};
    for (int i = 1; i <= 10; ++i)
        runs.append(run("s1", base + i * day, i, RunStatus::Succeeded));
    runs.append(run("s1", base + 11 * day, 0, RunStatus::Running));
    runs.append(run("", base, 500, RunStatus::Succeeded));

    const QList<FiringPlan::Schedule> planned = FiringPlanInput::from({active, paused, once}, runs);
    QCOMPARE(planned.size(), 2);
    QCOMPARE(planned.at(0).uid, QStringLiteral("s1"));
    // Minutes 1..10: the median is 5.5 minutes.
    QCOMPARE(planned.at(0).medianRunMs, std::optional<qint64>(5 * kMinute + 30 * 1000));
    QCOMPARE(planned.at(0).runningSinceMs, std::optional<qint64>(base + 11 * day));
    QCOMPARE(planned.at(1).uid, QStringLiteral("s3"));
    // No name: the uid stands in; a one-shot fires at its next execution.
    QCOMPARE(planned.at(1).name, QStringLiteral("s3"));
    QCOMPARE(planned.at(1).once, once.nextExecutionAt);
    QCOMPARE(planned.at(1).medianRunMs, std::nullopt);
}

QTEST_APPLESS_MAIN(TestFiringPlan)
#include "tst_firingplan.moc"
