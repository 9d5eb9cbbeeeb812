// The timeline computation: which status a run held when (RunSpan, from
// its timestamps or from observed transitions) and how many runs of each
// status each bucket of a range holds (FleetBuckets). Every expected count
// below is worked out by hand from the rule in fleetbuckets.h, never
// computed by the code under test.

#include "core/domain/run.h"
#include "core/timeline/fleetbuckets.h"
#include "core/timeline/runspan.h"

#include <QTest>

#include <limits>

namespace QTest {

template <>
char *toString(const RunStatus &status)
{
    const QLatin1String api = toApiString(status);
    return qstrdup(api.size() ? api.data() : "Unknown");
}

} // namespace QTest

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// 2026-03-01T00:00:00Z
const qint64 T = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

QDateTime at(qint64 offsetMs)
{
    return QDateTime::fromMSecsSinceEpoch(T + offsetMs, Qt::UTC);
}

constexpr qint64 kNever = std::numeric_limits<qint64>::min();

// A run created, started and finished at these offsets from T, in `status`.
Run makeRun(const QString &uid, RunStatus status, qint64 created, qint64 started = kNever,
            qint64 finished = kNever, qint64 updated = kNever)
{
    Run run;
    run.uid = uid;
    run.name = uid + QStringLiteral(" name");
    run.actionName = QStringLiteral("linkedin-search-people");
    run.status = status;
    run.statusText = toApiString(status);
    run.createdAt = at(created);
    if (started != kNever)
        run.startedAt = at(started);
    if (finished != kNever)
        run.finishedAt = at(finished);
    run.updatedAt = at(updated != kNever ? updated : std::max({created, started, finished}));
    return run;
}

StatusTransition seen(const QString &uid, RunStatus status, qint64 offsetMs)
{
    return {uid, status, toApiString(status), at(offsetMs)};
}

using Segment = RunSpan::Segment;

} // namespace

class TestFleetBuckets : public QObject
{
    Q_OBJECT

private slots:
    void bucketSize_data();
    void bucketSize();
    void bucketCountStaysReadable();
    void finishedRunFromTimestamps();
    void activeRunsEndNow();
    void transitionsOverrideTheApproximation();
    void resumedRunIsUnknownWhileItWasAway();
    void postponedRunWaitedScheduled();
    void unknownTimeIsNeverCountedAsAStatus();
    void countsPerStatusFromTimestamps();
    void runEndingOnABucketEdge();
    void runSpanningTheWholeRange();
    void instantRunCountsOnce();
    void activeRunCountsUntilNow();
    void countsFollowTransitions();
    void fromRunsWithAndWithoutTransitions();
    void dayBucketsStartAtTheZonesMidnight();
};

void TestFleetBuckets::bucketSize_data()
{
    QTest::addColumn<qint64>("range");
    QTest::addColumn<qint64>("bucket");
    QTest::newRow("10 min") << 10 * kMinute << kMinute;
    QTest::newRow("2 h: 120 one-minute buckets") << 2 * kHour << kMinute;
    QTest::newRow("2 h 01") << 2 * kHour + kMinute << 2 * kMinute;
    QTest::newRow("6 h") << 6 * kHour << 5 * kMinute;
    QTest::newRow("1 day") << kDay << 15 * kMinute;
    QTest::newRow("1 week") << 7 * kDay << 2 * kHour;
    QTest::newRow("30 days") << 30 * kDay << 6 * kHour;
    QTest::newRow("90 days") << 90 * kDay << kDay;
    QTest::newRow("2 years") << 730 * kDay << 7 * kDay;
}

void TestFleetBuckets::bucketSize()
{
    QFETCH(qint64, range);
    QFETCH(qint64, bucket);
    QCOMPARE(FleetBuckets::bucketMsFor(range), bucket);
}

void TestFleetBuckets::bucketCountStaysReadable()
{
    // Between the smallest and the largest step of the ladder every range
    // gets 30 to 120 buckets.
    for (qint64 range = 30 * kMinute; range <= 200 * kDay; range = range * 21 / 20) {
        const FleetBuckets buckets = FleetBuckets::count({}, T, T + range);
        QVERIFY2(buckets.bucketCount() >= 30 && buckets.bucketCount() <= 121,
                 qPrintable(
                     QStringLiteral("%1 buckets for %2 ms").arg(buckets.bucketCount()).arg(range)));
        QVERIFY(buckets.bucketStartMs(0) <= T);
        QVERIFY(buckets.bucketEndMs(buckets.bucketCount() - 1) >= T + range);
    }
}

void TestFleetBuckets::finishedRunFromTimestamps()
{
    const Run run = makeRun(QStringLiteral("a"), RunStatus::Failed, 0, 5 * kMinute, 20 * kMinute);
    const RunSpan span = RunSpan::of(run, {}, T + kDay);
    QVERIFY(span.isValid());
    QVERIFY(!span.active);
    QCOMPARE(span.startMs, T);
    QCOMPARE(span.endMs, T + 20 * kMinute);
    QCOMPARE(span.endStatus, RunStatus::Failed);
    const QList<Segment> expected{{RunStatus::Queued, T, T + 5 * kMinute},
                                  {RunStatus::Running, T + 5 * kMinute, T + 20 * kMinute}};
    QCOMPARE(span.segments, expected);
    QCOMPARE(span.statusAt(T + 4 * kMinute), RunStatus::Queued);
    QCOMPARE(span.statusAt(T + 5 * kMinute), RunStatus::Running);
    QCOMPARE(span.statusAt(T + 20 * kMinute), RunStatus::Failed);
    QCOMPARE(span.statusAt(T - 1), RunStatus::Unknown);

    // Rejected before it ever started: it waited, then ended INVALID.
    const RunSpan invalid = RunSpan::of(
        makeRun(QStringLiteral("b"), RunStatus::Invalid, 0, kNever, kMinute), {}, T + kDay);
    QCOMPARE(invalid.segments, QList<Segment>({{RunStatus::Queued, T, T + kMinute}}));
    QCOMPARE(invalid.endStatus, RunStatus::Invalid);
}

void TestFleetBuckets::activeRunsEndNow()
{
    const qint64 now = T + 2 * kHour;
    // Still waiting in its own status.
    const RunSpan waiting =
        RunSpan::of(makeRun(QStringLiteral("w"), RunStatus::Scheduled, 0), {}, now);
    QVERIFY(waiting.active);
    QCOMPARE(waiting.endMs, now);
    QCOMPARE(waiting.segments, QList<Segment>({{RunStatus::Scheduled, T, now}}));

    // Blocked after starting: BLOCKED since its last update; what it did
    // between its start and that update the times do not tell.
    const RunSpan blocked = RunSpan::of(
        makeRun(QStringLiteral("b"), RunStatus::Blocked, 0, 10 * kMinute, kNever, 40 * kMinute), {},
        now);
    const QList<Segment> expected{{RunStatus::Queued, T, T + 10 * kMinute},
                                  {RunStatus::Unknown, T + 10 * kMinute, T + 40 * kMinute},
                                  {RunStatus::Blocked, T + 40 * kMinute, now}};
    QCOMPARE(blocked.segments, expected);
    QCOMPARE(blocked.endStatus, RunStatus::Blocked);
}

void TestFleetBuckets::transitionsOverrideTheApproximation()
{
    const QString uid = QStringLiteral("t");
    const Run run = makeRun(uid, RunStatus::Succeeded, 0, 5 * kMinute, 60 * kMinute);
    // Watched from minute 2; the end was seen a poll after finished_at.
    const QList<StatusTransition> transitions{
        seen(uid, RunStatus::Running, 30 * kMinute), seen(uid, RunStatus::Blocked, 20 * kMinute),
        seen(uid, RunStatus::Queued, 2 * kMinute), seen(uid, RunStatus::Succeeded, 61 * kMinute)};
    const RunSpan span = RunSpan::of(run, transitions, T + kDay);
    const QList<Segment> expected{{RunStatus::Queued, T, T + 20 * kMinute},
                                  {RunStatus::Blocked, T + 20 * kMinute, T + 30 * kMinute},
                                  {RunStatus::Running, T + 30 * kMinute, T + 60 * kMinute}};
    QCOMPARE(span.segments, expected);
    QCOMPARE(span.endMs, T + 60 * kMinute);
    QCOMPARE(span.endStatus, RunStatus::Succeeded);
}

void TestFleetBuckets::resumedRunIsUnknownWhileItWasAway()
{
    // Issue 10 item 3: started, then stopped (or blocked) for 16 days, then
    // resumed; the API keeps only the first start and the resume's update.
    const qint64 now = T + 16 * kDay + 2 * kHour;
    const Run resumed =
        makeRun(QStringLiteral("hubspot"), RunStatus::Running, 0, kHour, kNever, 16 * kDay);
    const RunSpan span = RunSpan::of(resumed, {}, now);
    const QList<Segment> expected{{RunStatus::Queued, T, T + kHour},
                                  {RunStatus::Unknown, T + kHour, T + 16 * kDay},
                                  {RunStatus::Running, T + 16 * kDay, now}};
    QCOMPARE(span.segments, expected);
    QCOMPARE(span.statusAt(T + 8 * kDay), RunStatus::Unknown);
    QVERIFY(!span.segments.at(1).isKnown());
    QVERIFY(span.segments.at(2).isKnown());
    QCOMPARE(span.statusIn(T + 8 * kDay, T + 8 * kDay + kHour), RunStatus::Unknown);
    QCOMPARE(span.endStatus, RunStatus::Running);

    // An incremental run continued after each iteration: SUCCEEDED in the
    // end, but between its first start and its last finish it sat idle
    // for days at a time.
    Run continued = makeRun(QStringLiteral("sync"), RunStatus::Succeeded, 0, kHour, 16 * kDay);
    continued.parameters.insert(QStringLiteral("sync_mode"), QStringLiteral("incremental"));
    QCOMPARE(RunSpan::of(continued, {}, now).segments,
             QList<Segment>({{RunStatus::Queued, T, T + kHour},
                             {RunStatus::Unknown, T + kHour, T + 16 * kDay}}));
    // A retried run waited for its retries somewhere in between.
    Run retried = makeRun(QStringLiteral("retried"), RunStatus::Failed, 0, kHour, 3 * kHour);
    retried.retryCount = 2;
    QCOMPARE(RunSpan::of(retried, {}, now).segments,
             QList<Segment>({{RunStatus::Queued, T, T + kHour},
                             {RunStatus::Unknown, T + kHour, T + 3 * kHour}}));

    // Stopped before it ever started, resumed ten days later: SCHEDULED
    // since the resume, unknown before.
    const RunSpan waiting = RunSpan::of(
        makeRun(QStringLiteral("w"), RunStatus::Scheduled, 0, kNever, kNever, 10 * kDay), {}, now);
    QCOMPARE(waiting.segments, QList<Segment>({{RunStatus::Unknown, T, T + 10 * kDay},
                                               {RunStatus::Scheduled, T + 10 * kDay, now}}));

    // What the watcher saw is known, from its first sighting on.
    const QList<StatusTransition> watched{
        seen(QStringLiteral("hubspot"), RunStatus::Stopped, 2 * kDay),
        seen(QStringLiteral("hubspot"), RunStatus::Running, 16 * kDay)};
    const RunSpan observed = RunSpan::of(resumed, watched, now);
    QCOMPARE(observed.segments, QList<Segment>({{RunStatus::Queued, T, T + kHour},
                                                {RunStatus::Unknown, T + kHour, T + 2 * kDay},
                                                {RunStatus::Stopped, T + 2 * kDay, T + 16 * kDay},
                                                {RunStatus::Running, T + 16 * kDay, now}}));

    // Finished after a resume (not incremental, never retried): its times
    // say RUNNING from the first start to the finish, but the watcher
    // first saw it STOPPED, so when it stopped is not known.
    const Run finished = makeRun(QStringLiteral("crm"), RunStatus::Succeeded, 0, kHour, 16 * kDay);
    const QList<StatusTransition> stopped{
        seen(QStringLiteral("crm"), RunStatus::Stopped, 10 * kDay),
        seen(QStringLiteral("crm"), RunStatus::Queued, 15 * kDay),
        seen(QStringLiteral("crm"), RunStatus::Running, 15 * kDay + kHour)};
    QCOMPARE(RunSpan::of(finished, stopped, now).segments,
             QList<Segment>({{RunStatus::Queued, T, T + kHour},
                             {RunStatus::Unknown, T + kHour, T + 10 * kDay},
                             {RunStatus::Stopped, T + 10 * kDay, T + 15 * kDay},
                             {RunStatus::Queued, T + 15 * kDay, T + 15 * kDay + kHour},
                             {RunStatus::Running, T + 15 * kDay + kHour, T + 16 * kDay}}));
}

void TestFleetBuckets::postponedRunWaitedScheduled()
{
    Run run = makeRun(QStringLiteral("p"), RunStatus::Succeeded, 0, 40 * kMinute, 50 * kMinute);
    run.postponedUntil = at(30 * kMinute);
    const RunSpan span = RunSpan::of(run, {}, T + kDay);
    QCOMPARE(span.segments,
             QList<Segment>({{RunStatus::Scheduled, T, T + 30 * kMinute},
                             {RunStatus::Queued, T + 30 * kMinute, T + 40 * kMinute},
                             {RunStatus::Running, T + 40 * kMinute, T + 50 * kMinute}}));
}

void TestFleetBuckets::unknownTimeIsNeverCountedAsAStatus()
{
    const qint64 now = T + 16 * kDay + 2 * kHour;
    const QList<RunSpan> spans{
        RunSpan::of(
            makeRun(QStringLiteral("resumed"), RunStatus::Running, 0, kHour, kNever, 16 * kDay), {},
            now),
        RunSpan::of(
            makeRun(QStringLiteral("blocked"), RunStatus::Blocked, 0, kHour, kNever, 15 * kDay), {},
            now),
        RunSpan::of(makeRun(QStringLiteral("done"), RunStatus::Succeeded, 0, kHour, 3 * kDay), {},
                    now)};
    // 17 days: buckets of 6 h.
    const FleetBuckets buckets = FleetBuckets::count(spans, T, T + 17 * kDay);
    QCOMPARE(buckets.bucketMs(), 6 * kHour);
    // Day 8: the finished run is gone; the other two are there, unknown.
    const int day8 = buckets.bucketAt(T + 8 * kDay);
    QCOMPARE(buckets.count(day8, RunStatus::Unknown), 2);
    QCOMPARE(buckets.count(day8, RunStatus::Running), 0);
    QCOMPARE(buckets.count(day8, RunStatus::Blocked), 0);
    QCOMPARE(buckets.total(day8), 2);
    // Day 1: the finished run ran from 01:00 to day 3; the others are
    // unknown since their start.
    const int day1 = buckets.bucketAt(T + kDay);
    QCOMPARE(buckets.count(day1, RunStatus::Running), 1);
    QCOMPARE(buckets.count(day1, RunStatus::Unknown), 2);
    // Day 15 12:00: blocked since day 15; the resumed one still unknown.
    const int day15 = buckets.bucketAt(T + 15 * kDay + 12 * kHour);
    QCOMPARE(buckets.count(day15, RunStatus::Blocked), 1);
    QCOMPARE(buckets.count(day15, RunStatus::Unknown), 1);
    QCOMPARE(buckets.statuses().last(), RunStatus::Unknown);
}

void TestFleetBuckets::countsPerStatusFromTimestamps()
{
    // One hour from T: 60 buckets of a minute.
    const QList<RunSpan> spans{RunSpan::of(makeRun(QStringLiteral("a"), RunStatus::Succeeded,
                                                   30 * 1000, kMinute, 2 * kMinute + 30 * 1000),
                                           {}, T + kDay),
                               RunSpan::of(makeRun(QStringLiteral("b"), RunStatus::Failed,
                                                   90 * 1000, 100 * 1000, 150 * 1000),
                                           {}, T + kDay)};
    const FleetBuckets buckets = FleetBuckets::count(spans, T, T + kHour);
    QCOMPARE(buckets.bucketMs(), kMinute);
    QCOMPARE(buckets.bucketCount(), 60);
    QCOMPARE(buckets.bucketStartMs(0), T);
    QCOMPARE(buckets.runsInRange(), 2);
    // [0, 1 min): a waits (it starts at the bucket's very end).
    QCOMPARE(buckets.count(0, RunStatus::Queued), 1);
    QCOMPARE(buckets.total(0), 1);
    // [1, 2 min): a runs, b runs.
    QCOMPARE(buckets.count(1, RunStatus::Running), 2);
    QCOMPARE(buckets.total(1), 2);
    // [2, 3 min): both end in it, each in its end status.
    QCOMPARE(buckets.count(2, RunStatus::Succeeded), 1);
    QCOMPARE(buckets.count(2, RunStatus::Failed), 1);
    QCOMPARE(buckets.total(2), 2);
    QCOMPARE(buckets.total(3), 0);
    QCOMPARE(buckets.maxTotal(), 2);
    QCOMPARE(buckets.statuses(), QList<RunStatus>({RunStatus::Queued, RunStatus::Running,
                                                   RunStatus::Failed, RunStatus::Succeeded}));
    QCOMPARE(buckets.bucketAt(T + 2 * kMinute + 1), 2);
    QCOMPARE(buckets.bucketAt(T - 1), -1);
}

void TestFleetBuckets::runEndingOnABucketEdge()
{
    // Ends at 3 min sharp: it ended in [2, 3 min), and is gone from [3, 4).
    const QList<RunSpan> spans{RunSpan::of(
        makeRun(QStringLiteral("e"), RunStatus::Succeeded, 0, kMinute, 3 * kMinute), {}, T + kDay)};
    const FleetBuckets buckets = FleetBuckets::count(spans, T, T + kHour);
    QCOMPARE(buckets.count(0, RunStatus::Queued), 1);
    QCOMPARE(buckets.count(1, RunStatus::Running), 1);
    QCOMPARE(buckets.count(2, RunStatus::Succeeded), 1);
    QCOMPARE(buckets.total(2), 1);
    QCOMPARE(buckets.total(3), 0);
}

void TestFleetBuckets::runSpanningTheWholeRange()
{
    // Running from an hour before the range to an hour after it.
    const QList<RunSpan> spans{RunSpan::of(makeRun(QStringLiteral("long"), RunStatus::Succeeded,
                                                   -kHour, -kHour + 1, 3 * kHour),
                                           {}, T + kDay),
                               // Over before the range starts, and begun after it ends.
                               RunSpan::of(makeRun(QStringLiteral("before"), RunStatus::Failed,
                                                   -3 * kHour, -2 * kHour, -kHour),
                                           {}, T + kDay),
                               RunSpan::of(makeRun(QStringLiteral("after"), RunStatus::Failed,
                                                   5 * kHour, 5 * kHour, 6 * kHour),
                                           {}, T + kDay)};
    const FleetBuckets buckets = FleetBuckets::count(spans, T, T + 2 * kHour);
    QCOMPARE(buckets.bucketMs(), kMinute);
    QCOMPARE(buckets.runsInRange(), 1);
    for (int bucket = 0; bucket < buckets.bucketCount(); ++bucket) {
        QCOMPARE(buckets.count(bucket, RunStatus::Running), 1);
        QCOMPARE(buckets.total(bucket), 1);
    }
}

void TestFleetBuckets::instantRunCountsOnce()
{
    // Created and rejected in the same instant, at 5 min sharp.
    const QList<RunSpan> spans{RunSpan::of(
        makeRun(QStringLiteral("i"), RunStatus::Invalid, 5 * kMinute, kNever, 5 * kMinute), {},
        T + kDay)};
    QVERIFY(spans.first().segments.isEmpty());
    const FleetBuckets buckets = FleetBuckets::count(spans, T, T + kHour);
    QCOMPARE(buckets.runsInRange(), 1);
    QCOMPARE(buckets.count(5, RunStatus::Invalid), 1);
    int total = 0;
    for (int bucket = 0; bucket < buckets.bucketCount(); ++bucket)
        total += buckets.total(bucket);
    QCOMPARE(total, 1);
}

void TestFleetBuckets::activeRunCountsUntilNow()
{
    const qint64 now = T + 30 * kMinute + 20 * 1000;
    const QList<RunSpan> spans{RunSpan::of(
        makeRun(QStringLiteral("r"), RunStatus::Running, 10 * kMinute, 10 * kMinute), {}, now)};
    const FleetBuckets buckets = FleetBuckets::count(spans, T, T + kHour);
    QCOMPARE(buckets.total(9), 0);
    for (int bucket = 10; bucket <= 30; ++bucket)
        QCOMPARE(buckets.count(bucket, RunStatus::Running), 1);
    // Nothing is known past now.
    QCOMPARE(buckets.total(31), 0);

    // A range that ends before now: it runs to the range's end.
    const FleetBuckets earlier = FleetBuckets::count(spans, T, T + 20 * kMinute);
    QCOMPARE(earlier.count(earlier.bucketCount() - 1, RunStatus::Running), 1);
}

void TestFleetBuckets::countsFollowTransitions()
{
    const QString uid = QStringLiteral("w");
    const Run run = makeRun(uid, RunStatus::Running, 0, kMinute, kNever, 2 * kMinute);
    const QList<StatusTransition> transitions{seen(uid, RunStatus::Running, kMinute),
                                              seen(uid, RunStatus::Blocked, 3 * kMinute),
                                              seen(uid, RunStatus::Running, 6 * kMinute)};
    const qint64 now = T + 10 * kMinute;
    const FleetBuckets withTransitions =
        FleetBuckets::count({RunSpan::of(run, transitions, now)}, T, T + kHour);
    const FleetBuckets without = FleetBuckets::count({RunSpan::of(run, {}, now)}, T, T + kHour);
    for (int bucket = 3; bucket < 6; ++bucket) {
        QCOMPARE(withTransitions.count(bucket, RunStatus::Blocked), 1);
        QCOMPARE(without.count(bucket, RunStatus::Running), 1);
        QCOMPARE(without.count(bucket, RunStatus::Blocked), 0);
    }
    QCOMPARE(withTransitions.count(6, RunStatus::Running), 1);
    // Now is 10 min sharp: the last bucket it counts in is [9, 10 min).
    QCOMPARE(withTransitions.count(9, RunStatus::Running), 1);
    QCOMPARE(withTransitions.total(10), 0);
}

void TestFleetBuckets::fromRunsWithAndWithoutTransitions()
{
    QList<Run> runs;
    for (int i = 0; i < 10; ++i)
        runs.append(makeRun(QStringLiteral("r%1").arg(i), RunStatus::Succeeded, i * kHour,
                            i * kHour + 20 * kMinute, i * kHour + 50 * kMinute));
    // A day: 96 buckets of 15 min.
    const FleetBuckets plain = FleetBuckets::count(runs, {}, at(0), at(kDay), at(kDay));
    QCOMPARE(plain.bucketMs(), 15 * kMinute);
    QCOMPARE(plain.runsInRange(), 10);
    // Run 2 (02:00-02:50, started 02:20): queued at 02:15, running at
    // 02:30 and 02:45, ends in [02:45, 03:00).
    QCOMPARE(plain.count(8, RunStatus::Queued), 1);
    QCOMPARE(plain.count(9, RunStatus::Running), 1);
    QCOMPARE(plain.count(10, RunStatus::Running), 1);
    QCOMPARE(plain.count(11, RunStatus::Succeeded), 1);
    QCOMPARE(plain.total(12), 1);

    QHash<QString, QList<StatusTransition>> transitions;
    transitions.insert(QStringLiteral("r2"),
                       {seen(QStringLiteral("r2"), RunStatus::Blocked, 2 * kHour + 20 * kMinute),
                        seen(QStringLiteral("r2"), RunStatus::Running, 2 * kHour + 40 * kMinute)});
    const FleetBuckets watched = FleetBuckets::count(runs, transitions, at(0), at(kDay), at(kDay));
    QCOMPARE(watched.count(8, RunStatus::Queued), 1);
    QCOMPARE(watched.count(9, RunStatus::Blocked), 1);
    QCOMPARE(watched.count(9, RunStatus::Running), 0);
    QCOMPARE(watched.count(10, RunStatus::Running), 1);
    QCOMPARE(watched.count(11, RunStatus::Succeeded), 1);
}

void TestFleetBuckets::dayBucketsStartAtTheZonesMidnight()
{
    // 90 days in UTC+1: day buckets start at 23:00 UTC.
    const FleetBuckets buckets = FleetBuckets::count({}, T, T + 90 * kDay, kHour);
    QCOMPARE(buckets.bucketMs(), kDay);
    QCOMPARE(buckets.bucketStartMs(0), T - kHour);
    QCOMPARE(buckets.bucketStartMs(1), T + kDay - kHour);
    const FleetBuckets utc = FleetBuckets::count({}, T, T + 90 * kDay);
    QCOMPARE(utc.bucketStartMs(0), T);
}

QTEST_GUILESS_MAIN(TestFleetBuckets)
#include "tst_fleetbuckets.moc"
