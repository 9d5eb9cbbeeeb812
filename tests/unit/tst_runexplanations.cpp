#include "core/cron/cronschedule.h"
#include "core/domain/errorbody.h"
#include "core/domain/errorexplanation.h"
#include "core/domain/incrementaladvice.h"

#include <QJsonObject>
#include <QTest>

// The pure helpers behind the run detail pane: error labels worded for an
// operator (contract 1.6) and the advice for incremental runs that hit
// max_results (6.3).
class TestRunExplanations : public QObject
{
    Q_OBJECT

private slots:
    void sentence_data();
    void sentence();
    void verdict_data();
    void verdict();
    void suggestions_data();
    void suggestions();
    void fromLastInfo();
    void scheduleGaps_data();
    void scheduleGaps();
};

namespace {

ErrorBody error(const QString &label, const QString &message, const QJsonObject &params = {})
{
    ErrorBody body;
    body.label = label;
    body.message = message;
    body.params = params;
    return body;
}

} // namespace

void TestRunExplanations::sentence_data()
{
    QTest::addColumn<ErrorBody>("error");
    QTest::addColumn<QString>("expected");
    QTest::newRow("known label keeps the server's message")
        << error(QStringLiteral("AUTH_EXPIRED"), QStringLiteral("Session of Bob expired."))
        << QStringLiteral("The identity's LinkedIn session expired; reconnect it, then resume the "
                          "run. Session of Bob expired.");
    QTest::newRow("known label, no message")
        << error(QStringLiteral("LK_524"), {})
        << QStringLiteral("LinkedIn timed out; the run retries on its own.");
    QTest::newRow("lower case label")
        << error(QStringLiteral("no_result"), {})
        << QStringLiteral("Nothing was found for an input; it counts as a success with no "
                          "results.");
    QTest::newRow("unknown label falls back to the message")
        << error(QStringLiteral("NEW_THING"), QStringLiteral("Something new happened"))
        << QStringLiteral("Something new happened");
    QTest::newRow("unknown label, no message: the label")
        << error(QStringLiteral("NEW_THING"), {}) << QStringLiteral("NEW_THING");
    QTest::newRow("appendix of LIMIT_REACHED")
        << error(QStringLiteral("LIMIT_REACHED"), {},
                 QJsonObject{{QStringLiteral("appendix"), QStringLiteral("Resets at 14:00.")}})
        << QStringLiteral("An identity or action limit was reached; the run waits until it "
                          "resets. Resets at 14:00.");
    QTest::newRow("nothing at all") << ErrorBody() << QStringLiteral("No details were given.");
}

void TestRunExplanations::sentence()
{
    QFETCH(ErrorBody, error);
    QFETCH(QString, expected);
    QCOMPARE(ErrorExplanation::sentence(error), expected);
}

using Verdict = IncrementalAdvice::Verdict;

void TestRunExplanations::verdict_data()
{
    QTest::addColumn<qint64>("newItems");
    QTest::addColumn<qint64>("fetched");
    QTest::addColumn<qint64>("maxResults");
    QTest::addColumn<qint64>("lost");
    QTest::addColumn<Verdict>("expected");
    QTest::newRow("nothing known")
        << qint64(-1) << qint64(-1) << qint64(10) << qint64(0) << Verdict::Unknown;
    QTest::newRow("fewer fetched")
        << qint64(-1) << qint64(5) << qint64(10) << qint64(0) << Verdict::WithinLimit;
    QTest::newRow("exactly max, count unknown")
        << qint64(-1) << qint64(10) << qint64(10) << qint64(0) << Verdict::AtLimit;
    QTest::newRow("exactly max, counted")
        << qint64(10) << qint64(10) << qint64(10) << qint64(0) << Verdict::WithinLimit;
    QTest::newRow("more new than max")
        << qint64(25) << qint64(10) << qint64(10) << qint64(0) << Verdict::Lost;
    QTest::newRow("loss reported")
        << qint64(-1) << qint64(-1) << qint64(10) << qint64(3) << Verdict::Lost;
    QTest::newRow("max_results 0")
        << qint64(-1) << qint64(0) << qint64(0) << qint64(0) << Verdict::Unknown;
}

void TestRunExplanations::verdict()
{
    QFETCH(qint64, newItems);
    QFETCH(qint64, fetched);
    QFETCH(qint64, maxResults);
    QFETCH(qint64, lost);
    QFETCH(Verdict, expected);
    IncrementalAdvice::Iteration iteration;
    iteration.newItems = newItems;
    iteration.fetched = fetched;
    iteration.maxResults = maxResults;
    iteration.lostItems = lost;
    const IncrementalAdvice advice(iteration);
    QCOMPARE(advice.verdict(), expected);
    QCOMPARE(advice.capReached(), expected == Verdict::Lost || expected == Verdict::AtLimit);
    if (!advice.capReached()) {
        QCOMPARE(advice.suggestedMaxResults(), qint64(0));
        QCOMPARE(advice.suggestedIntervalSeconds(), qint64(0));
    }
}

void TestRunExplanations::suggestions_data()
{
    QTest::addColumn<qint64>("newItems");
    QTest::addColumn<qint64>("fetched");
    QTest::addColumn<qint64>("maxResults");
    QTest::addColumn<qint64>("interval");
    QTest::addColumn<qint64>("longest");
    QTest::addColumn<qint64>("maxResultsOut");
    QTest::addColumn<bool>("suffices");
    QTest::addColumn<qint64>("intervalOut");
    QTest::addColumn<double>("perHour");
    // 25 new in 10 min, max 10: 31.25 with headroom -> 40; 10 items last
    // 192 s at that rate with headroom -> every 3 min.
    QTest::newRow("every 10 min") << qint64(25) << qint64(10) << qint64(10) << qint64(600)
                                  << qint64(0) << qint64(40) << true << qint64(180) << 150.0;
    // A weekday schedule: the rate of one day over the weekend's 3 days.
    QTest::newRow("weekend gap") << qint64(30) << qint64(20) << qint64(20) << qint64(86400)
                                 << qint64(3 * 86400) << qint64(120) << true << qint64(46080)
                                 << 1.25;
    // Beyond the limit: max_results alone cannot cover it.
    QTest::newRow("over the limit") << qint64(2000) << qint64(1000) << qint64(1000) << qint64(3600)
                                    << qint64(0) << qint64(1000) << false << qint64(1440) << 2000.0;
    // No interval: headroom over this iteration's count, no schedule advice.
    QTest::newRow("no interval") << qint64(25) << qint64(10) << qint64(10) << qint64(0) << qint64(0)
                                 << qint64(40) << true << qint64(0) << -1.0;
    // Count unknown: at least double.
    QTest::newRow("at limit") << qint64(-1) << qint64(50) << qint64(50) << qint64(3600) << qint64(0)
                              << qint64(100) << true << qint64(2880) << 50.0;
    // A tiny rate never suggests less than a minute... nor a huge one less.
    QTest::newRow("floor of one minute")
        << qint64(100000) << qint64(10) << qint64(10) << qint64(60) << qint64(0) << qint64(1000)
        << false << qint64(60) << 6000000.0;
}

void TestRunExplanations::suggestions()
{
    QFETCH(qint64, newItems);
    QFETCH(qint64, fetched);
    QFETCH(qint64, maxResults);
    QFETCH(qint64, interval);
    QFETCH(qint64, longest);
    QFETCH(qint64, maxResultsOut);
    QFETCH(bool, suffices);
    QFETCH(qint64, intervalOut);
    QFETCH(double, perHour);
    IncrementalAdvice::Iteration iteration;
    iteration.newItems = newItems;
    iteration.fetched = fetched;
    iteration.maxResults = maxResults;
    iteration.intervalSeconds = interval;
    iteration.longestIntervalSeconds = longest;
    const IncrementalAdvice advice(iteration);
    QVERIFY(advice.capReached());
    QCOMPARE(advice.suggestedMaxResults(), maxResultsOut);
    QCOMPARE(advice.maxResultsSuffices(), suffices);
    QCOMPARE(advice.suggestedIntervalSeconds(), intervalOut);
    if (perHour < 0)
        QVERIFY(!advice.itemsPerHour());
    else
        QCOMPARE(advice.itemsPerHour().value_or(-1), perHour);
}

void TestRunExplanations::fromLastInfo()
{
    // The sandbox's report (docs/api-decisions.md, incremental sync).
    const ErrorBody info = error(QStringLiteral("MAX_RESULTS_REACHED"), QStringLiteral("..."),
                                 QJsonObject{{QStringLiteral("new_items"), 25},
                                             {QStringLiteral("max_results"), 10},
                                             {QStringLiteral("lost_items"), 15}});
    const auto iteration = IncrementalAdvice::fromLastInfo(info);
    QVERIFY(iteration);
    QCOMPARE(iteration->newItems, qint64(25));
    QCOMPARE(iteration->fetched, qint64(10));
    QCOMPARE(iteration->maxResults, qint64(10));
    QCOMPARE(iteration->lostItems, qint64(15));
    QCOMPARE(IncrementalAdvice(*iteration).verdict(), Verdict::Lost);

    // Without new_items the loss still gives the count.
    const auto partial = IncrementalAdvice::fromLastInfo(
        error(QStringLiteral("MAX_RESULTS_REACHED"), {},
              QJsonObject{{QStringLiteral("max_results"), 10}, {QStringLiteral("lost_items"), 5}}));
    QVERIFY(partial);
    QCOMPARE(partial->newItems, qint64(15));
    QCOMPARE(partial->fetched, qint64(10));

    QVERIFY(!IncrementalAdvice::fromLastInfo(error(QStringLiteral("NO_RESULT"), {})));
}

void TestRunExplanations::scheduleGaps_data()
{
    QTest::addColumn<QString>("cron");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("syncedAt");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<qint64>("longest");
    const auto utc = [](const char *text) {
        return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
    };
    QTest::newRow("every 10 min") << QStringLiteral("*/10 * * * *") << QStringLiteral("UTC")
                                  << utc("2026-03-01T10:20:31Z") << qint64(600) << qint64(600);
    // Monday 08:30 New York (13:30 UTC): its items piled up since Friday,
    // and the weekend is the longest gap.
    QTest::newRow("weekdays, Monday")
        << QStringLiteral("30 8 * * 1-5") << QStringLiteral("America/New_York")
        << utc("2026-03-02T13:31:00Z") << qint64(3 * 86400) << qint64(3 * 86400);
    // The next weekend spans the switch to daylight saving time (March 8).
    QTest::newRow("weekdays, Wednesday")
        << QStringLiteral("30 8 * * 1-5") << QStringLiteral("America/New_York")
        << utc("2026-03-04T13:31:00Z") << qint64(86400) << qint64(3 * 86400 - 3600);
    QTest::newRow("no sync") << QStringLiteral("*/10 * * * *") << QStringLiteral("UTC")
                             << QDateTime() << qint64(0) << qint64(0);
}

void TestRunExplanations::scheduleGaps()
{
    QFETCH(QString, cron);
    QFETCH(QString, zone);
    QFETCH(QDateTime, syncedAt);
    QFETCH(qint64, last);
    QFETCH(qint64, longest);
    auto parsed = CronExpression::parse(cron);
    QVERIFY(std::holds_alternative<CronExpression>(parsed));
    const CronSchedule schedule(std::get<CronExpression>(parsed), QTimeZone(zone.toUtf8()));
    const IncrementalAdvice::Gaps gaps = IncrementalAdvice::scheduleGaps(schedule, syncedAt);
    QCOMPARE(gaps.lastSeconds, last);
    QCOMPARE(gaps.longestSeconds, longest);
}

QTEST_GUILESS_MAIN(TestRunExplanations)
#include "tst_runexplanations.moc"
