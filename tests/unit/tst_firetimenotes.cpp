// Fire times with their daylight-saving notes, in Europe/Paris around the
// last Sundays of March and October 2026 (02:00 CET -> 03:00 CEST on 29
// March at 01:00Z; 03:00 CEST -> 02:00 CET on 25 October at 01:00Z): a
// fixed wall time in the gap is moved, one in the overlap is merged; a
// wall-clock job's gap times are skipped and its overlap times repeated.
// The instants are always CronSchedule's own.

#include "core/cron/cronexpression.h"
#include "core/cron/cronschedule.h"
#include "core/cron/firetimenotes.h"
#include "core/domain/jsonfields.h"
#include "tests/support/stringlists.h"

#include <QTest>
#include <QTimeZone>

namespace {

CronSchedule schedule(const char *expression, const char *zone = "Europe/Paris")
{
    auto parsed = CronExpression::parse(QString::fromLatin1(expression));
    if (!std::holds_alternative<CronExpression>(parsed))
        qFatal("test expression does not parse");
    return CronSchedule(std::get<CronExpression>(parsed), QTimeZone(zone));
}

QDateTime utc(const char *text)
{
    return JsonFields::parseTimestamp(QString::fromLatin1(text));
}

// "2026-03-29T01:00:00Z moved" per fire time, for a readable comparison.
QStringList markedTimes(const QList<FireTimeNotes::FireTime> &fires)
{
    QStringList result;
    for (const FireTimeNotes::FireTime &fire : fires) {
        QString line = fire.at.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        switch (fire.kind) {
        case FireTimeNotes::Kind::None:
            break;
        case FireTimeNotes::Kind::Moved:
            line += QLatin1String(" moved");
            break;
        case FireTimeNotes::Kind::Merged:
            line += QLatin1String(" merged");
            break;
        case FireTimeNotes::Kind::Repeated:
            line += QLatin1String(" repeated");
            break;
        case FireTimeNotes::Kind::Skipped:
            line += QLatin1String(" skipped");
            break;
        }
        result.append(line);
    }
    return result;
}

} // namespace

class TestFireTimeNotes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void marks_data();
    void marks();
    void movedReason();
    void severalMovedIntoOneReason();
    void movedOntoAMatchingTimeReason();
    void mergedReason();
    void repeatedReason();
    void skippedReason();
    void sameInstantsAsTheSchedule_data();
    void sameInstantsAsTheSchedule();
    void labels();
};

void TestFireTimeNotes::initTestCase()
{
    const QTimeZone paris("Europe/Paris");
    QVERIFY(paris.isValid());
    // The reasons quote the zone's abbreviations; the test expects the
    // tz database's.
    QCOMPARE(paris.abbreviation(utc("2026-01-01T00:00:00Z")), QStringLiteral("CET"));
    QCOMPARE(paris.abbreviation(utc("2026-07-01T00:00:00Z")), QStringLiteral("CEST"));
}

void TestFireTimeNotes::marks_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const char *expression, const char *from,
                        const QStringList &expected, const char *zone = "Europe/Paris") {
        QTest::newRow(name) << QString::fromLatin1(expression) << QString::fromLatin1(zone)
                            << QString::fromLatin1(from) << expected;
    };

    row("fixed time in the March gap is moved", "30 2 * * *", "2026-03-27T00:00:00Z",
        strings({"2026-03-27T01:30:00Z", "2026-03-28T01:30:00Z", "2026-03-29T01:00:00Z moved",
                 "2026-03-30T00:30:00Z"}));
    row("fixed time in the October overlap is merged", "30 2 * * *", "2026-10-24T00:00:00Z",
        strings({"2026-10-24T00:30:00Z", "2026-10-25T00:30:00Z merged", "2026-10-26T01:30:00Z"}));
    row("fixed time outside the change is plain", "30 4 * * *", "2026-03-28T12:00:00Z",
        strings({"2026-03-29T02:30:00Z"}));
    row("wall-clock job skips the gap", "*/30 2 * * *", "2026-03-28T23:00:00Z",
        strings({"2026-03-30T00:00:00Z skipped", "2026-03-30T00:30:00Z"}));
    row("hourly job notes the missing hour once", "30 * * * *", "2026-03-29T00:00:00Z",
        strings({"2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z skipped", "2026-03-29T02:30:00Z"}));
    row("wall-clock job repeats the overlap", "*/30 * * * *", "2026-10-24T23:45:00Z",
        strings({"2026-10-25T00:00:00Z repeated", "2026-10-25T00:30:00Z repeated",
                 "2026-10-25T01:00:00Z repeated", "2026-10-25T01:30:00Z repeated",
                 "2026-10-25T02:00:00Z"}));
    row("no change in UTC", "30 2 * * *", "2026-03-28T00:00:00Z",
        strings({"2026-03-28T02:30:00Z", "2026-03-29T02:30:00Z"}), "UTC");
}

void TestFireTimeNotes::marks()
{
    QFETCH(QString, expression);
    QFETCH(QString, zone);
    QFETCH(QString, from);
    QFETCH(QStringList, expected);
    const FireTimeNotes notes(schedule(qPrintable(expression), qPrintable(zone)));
    const auto fires = notes.next(JsonFields::parseTimestamp(from), int(expected.size()));
    QCOMPARE(markedTimes(fires), expected);
    for (const FireTimeNotes::FireTime &fire : fires)
        QCOMPARE(fire.reason.isEmpty(), fire.kind == FireTimeNotes::Kind::None);
}

void TestFireTimeNotes::movedReason()
{
    const auto fires = FireTimeNotes(schedule("30 2 * * *")).next(utc("2026-03-28T12:00:00Z"), 1);
    QCOMPARE(fires.size(), 1);
    QCOMPARE(fires.first().reason,
             QStringLiteral("02:30 does not exist on 2026-03-29 in Europe/Paris: clocks go "
                            "forward from 02:00 CET to 03:00 CEST. It fires at the first instant "
                            "after the gap, 03:00 CEST."));
}

void TestFireTimeNotes::severalMovedIntoOneReason()
{
    const auto fires =
        FireTimeNotes(schedule("0,15,45 2 * * *")).next(utc("2026-03-29T00:00:00Z"), 1);
    QCOMPARE(markedTimes(fires), strings({"2026-03-29T01:00:00Z moved"}));
    QCOMPARE(fires.first().reason,
             QStringLiteral("02:00, 02:15 and 02:45 do not exist on 2026-03-29 in Europe/Paris: "
                            "clocks go forward from 02:00 CET to 03:00 CEST. They fire once at "
                            "the first instant after the gap, 03:00 CEST."));
    const auto whole = FireTimeNotes(schedule("0-59 2 * * *")).next(utc("2026-03-29T00:00:00Z"), 1);
    QVERIFY2(whole.first().reason.startsWith(QLatin1String("02:00 to 02:59 (60 times) do not")),
             qPrintable(whole.first().reason));
}

void TestFireTimeNotes::movedOntoAMatchingTimeReason()
{
    const auto fires = FireTimeNotes(schedule("0 2,3 * * *")).next(utc("2026-03-29T00:00:00Z"), 2);
    QCOMPARE(markedTimes(fires), strings({"2026-03-29T01:00:00Z moved", "2026-03-30T00:00:00Z"}));
    QVERIFY2(fires.first().reason.endsWith(
                 QLatin1String("after the gap, 03:00 CEST, together with 03:00 itself.")),
             qPrintable(fires.first().reason));
}

void TestFireTimeNotes::mergedReason()
{
    const auto fires = FireTimeNotes(schedule("30 2 * * *")).next(utc("2026-10-24T12:00:00Z"), 1);
    QCOMPARE(markedTimes(fires), strings({"2026-10-25T00:30:00Z merged"}));
    QCOMPARE(fires.first().reason,
             QStringLiteral("02:30 occurs twice on 2026-10-25 in Europe/Paris: clocks go back "
                            "from 03:00 CEST to 02:00 CET. It fires once, at the first 02:30 "
                            "(CEST)."));
}

void TestFireTimeNotes::repeatedReason()
{
    const auto fires = FireTimeNotes(schedule("30 * * * *")).next(utc("2026-10-25T00:00:00Z"), 2);
    QCOMPARE(markedTimes(fires),
             strings({"2026-10-25T00:30:00Z repeated", "2026-10-25T01:30:00Z repeated"}));
    const QString start = QStringLiteral(
        "02:30 occurs twice on 2026-10-25 in Europe/Paris: clocks go back from 03:00 CEST to "
        "02:00 CET. With '*' starting its minute or hour field, the job follows the wall clock: "
        "it fires at both; this is the ");
    QCOMPARE(fires.at(0).reason, start + QLatin1String("first (CEST)."));
    QCOMPARE(fires.at(1).reason, start + QLatin1String("second (CET)."));
}

void TestFireTimeNotes::skippedReason()
{
    const auto fires = FireTimeNotes(schedule("*/30 2 * * *")).next(utc("2026-03-28T23:00:00Z"), 1);
    QCOMPARE(fires.first().reason,
             QStringLiteral("02:00 and 02:30 do not exist on 2026-03-29 in Europe/Paris: clocks "
                            "go forward from 02:00 CET to 03:00 CEST. With '*' starting its "
                            "minute or hour field, the job follows the wall clock: it does not "
                            "fire at them; this is the first fire time after the gap."));
}

void TestFireTimeNotes::sameInstantsAsTheSchedule_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("zone");
    // Each meets daylight saving in each zone in 2026 (Lord Howe moves by
    // half an hour, from 02:00 to 02:30 and from 02:00 back to 01:30).
    for (const char *expression : {"15 1,2 * * *", "*/15 * * * *", "0,30 1-3 * * *", "0 */2 * * *",
                                   "45 1,2 * * 0", "* 2 * * *"}) {
        for (const char *zone : {"Europe/Paris", "America/New_York", "Australia/Lord_Howe"})
            QTest::addRow("%s in %s", expression, zone)
                << QString::fromLatin1(expression) << QString::fromLatin1(zone);
    }
}

void TestFireTimeNotes::sameInstantsAsTheSchedule()
{
    QFETCH(QString, expression);
    QFETCH(QString, zone);
    const CronSchedule cron = schedule(qPrintable(expression), qPrintable(zone));
    const FireTimeNotes notes(cron);
    int noted = 0;
    // A year from just before 2026, in chunks, so every 2026 change is met.
    QDateTime from = utc("2025-12-31T00:00:00Z");
    while (from < utc("2027-01-01T00:00:00Z")) {
        const auto fires = notes.next(from, 200);
        const QList<QDateTime> expected = cron.next(from, 200);
        QCOMPARE(fires.size(), expected.size());
        for (qsizetype i = 0; i < fires.size(); ++i) {
            QCOMPARE(fires.at(i).at, expected.at(i));
            noted += fires.at(i).kind == FireTimeNotes::Kind::None ? 0 : 1;
        }
        if (fires.isEmpty())
            break;
        from = fires.last().at;
    }
    QVERIFY(noted > 0);
}

void TestFireTimeNotes::labels()
{
    QVERIFY(FireTimeNotes::label(FireTimeNotes::Kind::None).isEmpty());
    QCOMPARE(FireTimeNotes::label(FireTimeNotes::Kind::Moved),
             QStringLiteral("moved by daylight saving"));
    QCOMPARE(FireTimeNotes::label(FireTimeNotes::Kind::Merged),
             QStringLiteral("merged by daylight saving"));
}

QTEST_APPLESS_MAIN(TestFireTimeNotes)
#include "tst_firetimenotes.moc"
