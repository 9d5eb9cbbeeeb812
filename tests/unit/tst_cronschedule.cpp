#include "core/cron/cronexpression.h"
#include "core/cron/cronschedule.h"
#include "core/domain/jsonfields.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <set>

namespace {

QDateTime utc(const char *text)
{
    return JsonFields::parseTimestamp(QString::fromLatin1(text));
}

CronSchedule schedule(const QString &expression, const char *zone)
{
    auto parsed = CronExpression::parse(expression);
    if (!std::holds_alternative<CronExpression>(parsed))
        qFatal("test expression does not parse");
    return CronSchedule(std::get<CronExpression>(parsed), QTimeZone(zone));
}

QStringList format(const QList<QDateTime> &times)
{
    QStringList result;
    for (const QDateTime &time : times)
        result.append(time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")));
    return result;
}

// The reference: cronie's behaviour simulated minute by minute over real
// instants, using only the expression's value sets. A wall-clock job fires
// at every minute whose local time matches. Any other job fires at each
// minute for every matching local time the clock moved across since the
// last minute (so times skipped by a gap fire at the first minute after
// it, once) and not at all while the clock repeats times it already showed.
QList<qint64> simulate(const CronExpression &cron, const QTimeZone &zone, qint64 from, qint64 to)
{
    const auto localMinute = [&](qint64 utcSeconds) {
        const QDateTime local =
            QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc()).toTimeZone(zone);
        const QDateTime naive(local.date(), local.time(), QTimeZone::utc());
        return naive.toSecsSinceEpoch() / 60;
    };
    const auto matches = [&](qint64 minute) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(minute * 60, QTimeZone::utc());
        return cron.minute().contains(at.time().minute()) &&
               cron.hour().contains(at.time().hour()) && cron.matchesDate(at.date());
    };
    const bool wallClock = cron.minute().startsWithStar() || cron.hour().startsWithStar();

    QList<qint64> fires;
    qint64 highest = localMinute(from);
    for (qint64 instant = from - from % 60 + 60; instant <= to; instant += 60) {
        const qint64 local = localMinute(instant);
        if (wallClock) {
            if (matches(local))
                fires.append(instant);
        } else if (local > highest) {
            for (qint64 m = highest + 1; m <= local; ++m) {
                if (matches(m)) {
                    fires.append(instant);
                    break;
                }
            }
        }
        highest = std::max(highest, local);
    }
    return fires;
}

QString randomExpression(QRandomGenerator &random)
{
    static const QStringList minutes = {QStringLiteral("*"),    QStringLiteral("*/15"),
                                        QStringLiteral("0"),    QStringLiteral("30"),
                                        QStringLiteral("0,30"), QStringLiteral("5-10"),
                                        QStringLiteral("*/7"),  QStringLiteral("45,59")};
    static const QStringList hours = {
        QStringLiteral("*"), QStringLiteral("*/2"), QStringLiteral("1"),    QStringLiteral("2"),
        QStringLiteral("3"), QStringLiteral("1-3"), QStringLiteral("0-23"), QStringLiteral("2,14")};
    static const QStringList days = {QStringLiteral("*"),     QStringLiteral("*"),
                                     QStringLiteral("1"),     QStringLiteral("*/2"),
                                     QStringLiteral("25-31"), QStringLiteral("5,15")};
    static const QStringList months = {QStringLiteral("*"), QStringLiteral("*"),
                                       QStringLiteral("3,10"), QStringLiteral("mar-apr"),
                                       QStringLiteral("*/2")};
    static const QStringList weekdays = {
        QStringLiteral("*"),   QStringLiteral("*"),   QStringLiteral("0"),  QStringLiteral("1-5"),
        QStringLiteral("sun"), QStringLiteral("*/3"), QStringLiteral("6,0")};
    const auto pick = [&](const QStringList &list) {
        return list.at(random.bounded(static_cast<int>(list.size())));
    };
    return QStringList{pick(minutes), pick(hours), pick(days), pick(months), pick(weekdays)}.join(
        QLatin1Char(' '));
}

} // namespace

class TestCronSchedule : public QObject
{
    Q_OBJECT

private slots:
    void nextFireTimes_data();
    void nextFireTimes();
    void previousFireTime_data();
    void previousFireTime();
    void neverFiringExpressionAnswersAtOnce_data();
    void neverFiringExpressionAnswersAtOnce();
    void nextIsStrictlyAfter();
    void matchesReferenceAroundTransitions_data();
    void matchesReferenceAroundTransitions();
    void farFutureAndPast();
    void sparseDaysMatchDayByDay();
    void centuriesAcrossZoneWindows();
};

void TestCronSchedule::nextFireTimes_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const char *expression, const char *zone,
                        const char *from, const QStringList &expected) {
        QTest::newRow(name) << QString::fromLatin1(expression) << QString::fromLatin1(zone)
                            << QString::fromLatin1(from) << expected;
    };
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList result;
        for (const char *item : items)
            result.append(QString::fromLatin1(item));
        return result;
    };

    row("weekdays in Paris across spring-forward", "0 9 * * 1-5", "Europe/Paris",
        "2026-03-27T00:00:00Z",
        list({"2026-03-27T08:00:00Z", "2026-03-30T07:00:00Z", "2026-03-31T07:00:00Z"}));

    // Europe/Paris 2026: 02:00 CET -> 03:00 CEST on 29 March (01:00Z),
    // 03:00 CEST -> 02:00 CET on 25 October (01:00Z).
    row("Paris fixed time in the gap fires at the gap's end", "30 2 * * *", "Europe/Paris",
        "2026-03-28T00:00:00Z",
        list({"2026-03-28T01:30:00Z", "2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z"}));
    row("Paris fixed times in the gap collapse into one", "0,15,45 2 * * *", "Europe/Paris",
        "2026-03-29T00:00:00Z",
        list({"2026-03-29T01:00:00Z", "2026-03-30T00:00:00Z", "2026-03-30T00:15:00Z"}));
    row("Paris wall-clock job skips the gap", "*/30 2 * * *", "Europe/Paris",
        "2026-03-28T23:00:00Z", list({"2026-03-30T00:00:00Z", "2026-03-30T00:30:00Z"}));
    row("Paris hourly job skips the missing hour", "30 * * * *", "Europe/Paris",
        "2026-03-29T00:00:00Z", list({"2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z"}));
    row("Paris fixed time in the overlap fires once, first pass", "30 2 * * *", "Europe/Paris",
        "2026-10-24T12:00:00Z", list({"2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"}));
    row("Paris wall-clock job fires twice in the overlap", "*/30 * * * *", "Europe/Paris",
        "2026-10-25T00:00:00Z",
        list({"2026-10-25T00:30:00Z", "2026-10-25T01:00:00Z", "2026-10-25T01:30:00Z",
              "2026-10-25T02:00:00Z"}));
    row("Paris fixed time asked from the second pass", "45 2 * * *", "Europe/Paris",
        "2026-10-25T01:10:00Z", list({"2026-10-26T01:45:00Z"}));

    // America/New_York 2026: 02:00 EST -> 03:00 EDT on 8 March (07:00Z),
    // 02:00 EDT -> 01:00 EST on 1 November (06:00Z).
    row("New York gap", "30 2 * * *", "America/New_York", "2026-03-07T12:00:00Z",
        list({"2026-03-08T07:00:00Z", "2026-03-09T06:30:00Z"}));
    row("New York gap collapse then next day", "0,30 2 * * *", "America/New_York",
        "2026-03-08T06:00:00Z",
        list({"2026-03-08T07:00:00Z", "2026-03-09T06:00:00Z", "2026-03-09T06:30:00Z"}));
    row("New York hourly over the gap", "30 * * * *", "America/New_York", "2026-03-08T06:00:00Z",
        list({"2026-03-08T06:30:00Z", "2026-03-08T07:30:00Z"}));
    row("New York fixed in overlap", "30 1 * * *", "America/New_York", "2026-10-31T12:00:00Z",
        list({"2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z"}));
    row("New York hourly twice in overlap", "30 * * * *", "America/New_York",
        "2026-11-01T04:00:00Z",
        list({"2026-11-01T04:30:00Z", "2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z",
              "2026-11-01T07:30:00Z"}));

    // Australia/Lord_Howe: a 30-minute shift. 2026: 02:00 +11 -> 01:30 +10:30
    // on 5 April (4 April 15:00Z); 02:00 +10:30 -> 02:30 +11 on 4 October
    // (3 October 15:30Z).
    row("Lord Howe half-hour gap", "15 2 * * *", "Australia/Lord_Howe", "2026-10-03T00:00:00Z",
        list({"2026-10-03T15:30:00Z", "2026-10-04T15:15:00Z"}));
    row("Lord Howe wall clock over the gap", "*/15 2 * * *", "Australia/Lord_Howe",
        "2026-10-03T12:00:00Z",
        list({"2026-10-03T15:30:00Z", "2026-10-03T15:45:00Z", "2026-10-04T15:00:00Z"}));
    row("Lord Howe half-hour overlap, fixed", "45 1 * * *", "Australia/Lord_Howe",
        "2026-04-04T12:00:00Z", list({"2026-04-04T14:45:00Z", "2026-04-05T15:15:00Z"}));
    row("Lord Howe half-hour overlap, wall clock", "*/15 1 * * *", "Australia/Lord_Howe",
        "2026-04-04T14:00:00Z",
        list({"2026-04-04T14:15:00Z", "2026-04-04T14:30:00Z", "2026-04-04T14:45:00Z",
              "2026-04-04T15:00:00Z", "2026-04-04T15:15:00Z", "2026-04-05T14:30:00Z"}));

    row("leap day", "0 0 29 2 *", "UTC", "2026-03-01T00:00:00Z",
        list({"2028-02-29T00:00:00Z", "2032-02-29T00:00:00Z"}));
    row("leap day skips 2100", "0 0 29 2 *", "UTC", "2096-03-01T00:00:00Z",
        list({"2104-02-29T00:00:00Z"}));
    row("day 29 or Monday", "0 12 29 * 1", "UTC", "2028-02-26T00:00:00Z",
        list({"2028-02-28T12:00:00Z", "2028-02-29T12:00:00Z", "2028-03-06T12:00:00Z"}));
    row("day 31 skips short months", "0 0 31 * *", "UTC", "2026-04-01T00:00:00Z",
        list({"2026-05-31T00:00:00Z", "2026-07-31T00:00:00Z", "2026-08-31T00:00:00Z"}));

    row("either rule: 13th or Friday", "0 0 13 * 5", "UTC", "2026-02-01T00:00:00Z",
        list({"2026-02-06T00:00:00Z", "2026-02-13T00:00:00Z", "2026-02-20T00:00:00Z",
              "2026-02-27T00:00:00Z", "2026-03-06T00:00:00Z", "2026-03-13T00:00:00Z"}));
    row("both rule: */10 is a star, so day and Friday", "0 0 */10 * 5", "UTC",
        "2026-01-01T00:00:00Z",
        list({"2026-05-01T00:00:00Z", "2026-07-31T00:00:00Z", "2026-08-21T00:00:00Z"}));
    row("both rule: star weekday step", "0 0 1 * */7", "UTC", "2026-01-01T00:00:00Z",
        list({"2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z", "2026-11-01T00:00:00Z"}));
    row("Sunday as 7", "0 6 * * 7", "UTC", "2026-11-28T00:00:00Z",
        list({"2026-11-29T06:00:00Z", "2026-12-06T06:00:00Z"}));

    row("year rollover", "59 23 31 12 *", "UTC", "2026-12-31T23:59:00Z",
        list({"2027-12-31T23:59:00Z"}));
    row("new year in Auckland", "0 0 1 1 *", "Pacific/Auckland", "2026-06-01T00:00:00Z",
        list({"2026-12-31T11:00:00Z", "2027-12-31T11:00:00Z"}));
    row("every minute over a year boundary", "* * * * *", "UTC", "2026-12-31T23:58:30Z",
        list({"2026-12-31T23:59:00Z", "2027-01-01T00:00:00Z", "2027-01-01T00:01:00Z"}));
    row("months with names", "0 0 1 jan,jul *", "UTC", "2026-02-01T00:00:00Z",
        list({"2026-07-01T00:00:00Z", "2027-01-01T00:00:00Z"}));
}

void TestCronSchedule::nextFireTimes()
{
    QFETCH(QString, expression);
    QFETCH(QString, zone);
    QFETCH(QString, from);
    QFETCH(QStringList, expected);

    const CronSchedule cron = schedule(expression, zone.toLatin1().constData());
    const QList<QDateTime> fires =
        cron.next(JsonFields::parseTimestamp(from), static_cast<int>(expected.size()));
    QCOMPARE(format(fires), expected);
    for (const QDateTime &fire : fires)
        QCOMPARE(fire.timeSpec(), Qt::UTC);
}

void TestCronSchedule::previousFireTime_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("expected");

    QTest::newRow("weekday before Monday")
        << QStringLiteral("0 9 * * 1-5") << QStringLiteral("Europe/Paris")
        << QStringLiteral("2026-03-30T07:00:00Z") << QStringLiteral("2026-03-27T08:00:00Z");
    QTest::newRow("gap time seen from after the gap")
        << QStringLiteral("30 2 * * *") << QStringLiteral("Europe/Paris")
        << QStringLiteral("2026-03-29T01:00:01Z") << QStringLiteral("2026-03-29T01:00:00Z");
    QTest::newRow("strictly before")
        << QStringLiteral("30 2 * * *") << QStringLiteral("Europe/Paris")
        << QStringLiteral("2026-03-29T01:00:00Z") << QStringLiteral("2026-03-28T01:30:00Z");
    QTest::newRow("fixed time seen from the second pass")
        << QStringLiteral("45 2 * * *") << QStringLiteral("Europe/Paris")
        << QStringLiteral("2026-10-25T01:10:00Z") << QStringLiteral("2026-10-25T00:45:00Z");
    QTest::newRow("fixed time seen from the transition")
        << QStringLiteral("30 1 * * *") << QStringLiteral("America/New_York")
        << QStringLiteral("2026-11-01T06:00:00Z") << QStringLiteral("2026-11-01T05:30:00Z");
    QTest::newRow("wall clock repeated hour")
        << QStringLiteral("30 * * * *") << QStringLiteral("America/New_York")
        << QStringLiteral("2026-11-01T07:00:00Z") << QStringLiteral("2026-11-01T06:30:00Z");
    QTest::newRow("leap day backwards")
        << QStringLiteral("0 0 29 2 *") << QStringLiteral("UTC")
        << QStringLiteral("2028-01-01T00:00:00Z") << QStringLiteral("2024-02-29T00:00:00Z");
    QTest::newRow("across new year")
        << QStringLiteral("0 12 * * *") << QStringLiteral("UTC")
        << QStringLiteral("2027-01-01T06:00:00Z") << QStringLiteral("2026-12-31T12:00:00Z");
    QTest::newRow("sub-second after a fire time")
        << QStringLiteral("0 12 * * *") << QStringLiteral("UTC")
        << QStringLiteral("2026-12-31T12:00:00.250Z") << QStringLiteral("2026-12-31T12:00:00Z");
}

void TestCronSchedule::previousFireTime()
{
    QFETCH(QString, expression);
    QFETCH(QString, zone);
    QFETCH(QString, before);
    QFETCH(QString, expected);

    const CronSchedule cron = schedule(expression, zone.toLatin1().constData());
    const auto fire = cron.previous(JsonFields::parseTimestamp(before));
    QVERIFY(fire.has_value());
    QCOMPARE(format({*fire}).first(), expected);
}

void TestCronSchedule::neverFiringExpressionAnswersAtOnce_data()
{
    QTest::addColumn<QString>("expression");
    QTest::newRow("30 February") << QStringLiteral("0 0 30 2 *");
    QTest::newRow("31 in 30-day months") << QStringLiteral("0 0 31 4,6,9,11 *");
    QTest::newRow("30 February with a starred weekday") << QStringLiteral("0 0 30 2 */2");
    QTest::newRow("30-31 February") << QStringLiteral("* * 30-31 feb *");
}

void TestCronSchedule::neverFiringExpressionAnswersAtOnce()
{
    QFETCH(QString, expression);
    auto parsed = CronExpression::parse(expression);
    QVERIFY(std::holds_alternative<CronExpression>(parsed));
    QVERIFY(!std::get<CronExpression>(parsed).canEverMatch());
    const CronSchedule cron = schedule(expression, "Europe/Paris");
    QVERIFY(!cron.next(utc("2026-01-01T00:00:00Z")).has_value());
    QVERIFY(!cron.previous(utc("2026-01-01T00:00:00Z")).has_value());
    QVERIFY(cron.next(utc("2026-01-01T00:00:00Z"), 5).isEmpty());
}

void TestCronSchedule::nextIsStrictlyAfter()
{
    const CronSchedule cron = schedule(QStringLiteral("0 12 * * *"), "UTC");
    QCOMPARE(format({*cron.next(utc("2026-05-01T12:00:00Z"))}).first(),
             QStringLiteral("2026-05-02T12:00:00Z"));
    QCOMPARE(format({*cron.next(utc("2026-05-01T11:59:59.999Z"))}).first(),
             QStringLiteral("2026-05-01T12:00:00Z"));
    // Before 1970 too: a fraction of a second rounds down, not towards 0.
    const CronSchedule minutely = schedule(QStringLiteral("* * * * *"), "UTC");
    QCOMPARE(format({*minutely.next(utc("1969-12-31T23:59:59.500Z"))}).first(),
             QStringLiteral("1970-01-01T00:00:00Z"));
    QCOMPARE(format({*minutely.next(utc("1969-12-31T23:58:59.999Z"))}).first(),
             QStringLiteral("1969-12-31T23:59:00Z"));
    // The seconds form answers the same.
    QCOMPARE(cron.nextSecsSinceEpoch(utc("2026-05-01T12:00:00Z").toSecsSinceEpoch()),
             std::optional<qint64>(utc("2026-05-02T12:00:00Z").toSecsSinceEpoch()));
    // A gap's end shared by collapsed times is returned once only.
    const CronSchedule gap = schedule(QStringLiteral("0,30 2 * * *"), "America/New_York");
    QCOMPARE(format({*gap.next(utc("2026-03-08T07:00:00Z"))}).first(),
             QStringLiteral("2026-03-09T06:00:00Z"));
}

void TestCronSchedule::matchesReferenceAroundTransitions_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("Europe/Paris") << QStringLiteral("Europe/Paris");
    QTest::newRow("America/New_York") << QStringLiteral("America/New_York");
    QTest::newRow("Australia/Lord_Howe") << QStringLiteral("Australia/Lord_Howe");
    QTest::newRow("America/Santiago") << QStringLiteral("America/Santiago");
    QTest::newRow("UTC") << QStringLiteral("UTC");
}

void TestCronSchedule::matchesReferenceAroundTransitions()
{
    QFETCH(QString, zone);
    const QTimeZone timeZone(zone.toLatin1());
    QVERIFY(timeZone.isValid());

    // Windows of two days either side of each transition in 2026 and 2027
    // (for UTC, two fixed windows).
    QList<qint64> centres;
    for (const auto &transition :
         timeZone.transitions(utc("2026-01-01T00:00:00Z"), utc("2027-12-31T00:00:00Z")))
        centres.append(transition.atUtc.toSecsSinceEpoch());
    if (centres.isEmpty())
        centres = {utc("2026-02-28T00:00:00Z").toSecsSinceEpoch(),
                   utc("2026-12-31T12:00:00Z").toSecsSinceEpoch()};

    QRandomGenerator random(20261128);
    int compared = 0;
    for (int i = 0; i < 40; ++i) {
        const QString text = randomExpression(random);
        auto parsed = CronExpression::parse(text);
        QVERIFY2(std::holds_alternative<CronExpression>(parsed), qPrintable(text));
        const CronExpression expression = std::get<CronExpression>(parsed);
        const CronSchedule cron(expression, timeZone);
        for (const qint64 centre : centres) {
            const qint64 from = centre - 2 * 86400 + 17;
            const qint64 to = centre + 2 * 86400;
            const QList<qint64> expected = simulate(expression, timeZone, from, to);

            QList<qint64> actual;
            QDateTime cursor = QDateTime::fromSecsSinceEpoch(from, QTimeZone::utc());
            while (true) {
                const auto fire = cron.next(cursor);
                if (!fire || fire->toSecsSinceEpoch() > to)
                    break;
                actual.append(fire->toSecsSinceEpoch());
                cursor = *fire;
            }
            QVERIFY2(
                actual == expected,
                qPrintable(
                    text + QLatin1String(" in ") + zone + QLatin1String(" around ") +
                    QDateTime::fromSecsSinceEpoch(centre, QTimeZone::utc()).toString(Qt::ISODate)));
            for (qsizetype k = 1; k < actual.size(); ++k) {
                const auto previous =
                    cron.previous(QDateTime::fromSecsSinceEpoch(actual.at(k), QTimeZone::utc()));
                QVERIFY2(previous && previous->toSecsSinceEpoch() == actual.at(k - 1),
                         qPrintable(text + QLatin1String(" previous in ") + zone));
            }
            ++compared;
        }
    }
    QVERIFY(compared >= 40);
}

void TestCronSchedule::farFutureAndPast()
{
    const CronSchedule paris = schedule(QStringLiteral("30 2 * * *"), "Europe/Paris");
    // Rules beyond the zone file's explicit table still apply: the last
    // Sunday of March 2090 is the 26th.
    QCOMPARE(format({*paris.next(utc("2090-03-26T00:00:00Z"))}).first(),
             QStringLiteral("2090-03-26T01:00:00Z"));
    QCOMPARE(format({*paris.previous(utc("1990-01-02T00:00:00Z"))}).first(),
             QStringLiteral("1990-01-01T01:30:00Z"));
}

// The day search skips days that cannot match (with the both-rule, those
// outside the day-of-month field). Against a walk over every calendar day:
// each match is a matching day at 12:00, no matching day lies between two
// matches, and the backward search finds the same matches in reverse.
void TestCronSchedule::sparseDaysMatchDayByDay()
{
    const char *days[] = {"*", "1", "31", "29", "*/10", "1-7", "15,31", "30"};
    const char *months[] = {"*", "2", "*/3", "1,7", "12", "4-6"};
    const char *weekdays[] = {"*", "5", "1-5", "0", "*/2", "sat"};
    constexpr qint64 kMinutesPerDay = 24 * 60;
    const qint64 start = utc("2026-01-01T00:00:00Z").toSecsSinceEpoch() / 60;
    int checked = 0;
    for (const char *day : days) {
        for (const char *month : months) {
            for (const char *weekday : weekdays) {
                const QString text =
                    QStringLiteral("0 12 %1 %2 %3")
                        .arg(QLatin1String(day), QLatin1String(month), QLatin1String(weekday));
                auto parsed = CronExpression::parse(text);
                QVERIFY2(std::holds_alternative<CronExpression>(parsed), qPrintable(text));
                const CronExpression cron = std::get<CronExpression>(parsed);
                if (!cron.canEverMatch())
                    continue;
                const auto dateOf = [](qint64 minute) {
                    return QDate(1970, 1, 1).addDays(minute / kMinutesPerDay);
                };
                qint64 cursor = start;
                std::optional<qint64> previousMatch;
                for (int i = 0; i < 30; ++i) {
                    const auto match = cron.firstMatchAtOrAfter(cursor);
                    QVERIFY2(match, qPrintable(text));
                    const QDate date = dateOf(*match);
                    QVERIFY2(cron.matchesDate(date) && *match % kMinutesPerDay == 12 * 60,
                             qPrintable(text + QLatin1String(" at ") + date.toString()));
                    for (QDate between = dateOf(cursor); between < date;
                         between = between.addDays(1)) {
                        if (cron.matchesDate(between) && between != dateOf(cursor))
                            QFAIL(qPrintable(text + QLatin1String(" skipped ") +
                                             between.toString(Qt::ISODate)));
                    }
                    if (previousMatch)
                        QCOMPARE(cron.lastMatchAtOrBefore(*match - 1), previousMatch);
                    previousMatch = match;
                    cursor = *match + 1;
                    ++checked;
                }
            }
        }
    }
    QVERIFY(checked > 5000);
}

// Zone offsets are loaded in windows of about 25 years as a walk goes on;
// over five centuries, forwards and backwards, every fire time is still
// noon on the 1st in Paris, and each answer is one month after the last.
void TestCronSchedule::centuriesAcrossZoneWindows()
{
    const QTimeZone paris("Europe/Paris");
    const CronSchedule forwards = schedule(QStringLiteral("0 12 1 * *"), "Europe/Paris");
    const CronSchedule backwards = schedule(QStringLiteral("0 12 1 * *"), "Europe/Paris");
    const auto expectNoonOnThe1st = [&](const QDateTime &fire, const QDate &month) {
        const QDateTime local = fire.toTimeZone(paris);
        return local.date() == QDate(month.year(), month.month(), 1) &&
               local.time() == QTime(12, 0);
    };
    QDate month(2026, 1, 1);
    QDateTime cursor = utc("2025-12-31T00:00:00Z");
    for (int i = 0; i < 12 * 500; ++i, month = month.addMonths(1)) {
        const auto fire = forwards.next(cursor);
        QVERIFY(fire);
        QVERIFY2(expectNoonOnThe1st(*fire, month), qPrintable(fire->toString(Qt::ISODate)));
        cursor = *fire;
    }
    // `cursor` is the last fire time, in the month before `month`.
    month = month.addMonths(-1);
    for (int i = 0; i < 12 * 500; ++i) {
        month = month.addMonths(-1);
        const auto fire = backwards.previous(cursor);
        QVERIFY(fire);
        QVERIFY2(expectNoonOnThe1st(*fire, month), qPrintable(fire->toString(Qt::ISODate)));
        cursor = *fire;
    }
}

QTEST_GUILESS_MAIN(TestCronSchedule)
#include "tst_cronschedule.moc"
