#include "core/cron/cronexpression.h"
#include "core/cron/cronschedule.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QTimeZone>

namespace {

struct Outcome
{
    int exitCode = -1;
    QStringList out;
    QStringList err;
};

// Runs the real `runboard` binary with a platform plugin that cannot start
// (xcb without a display): a subcommand that created a GUI application
// object would abort instead of answering.
Outcome runboard(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    process.setProcessEnvironment(environment);
    const QString binDir = qEnvironmentVariable("RUNBOARD_BIN_DIR");
    process.start(binDir + QLatin1String("/runboard"), arguments);
    Outcome outcome;
    if (!process.waitForFinished(30000))
        return outcome;
    const auto lines = [](const QByteArray &bytes) {
        return QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = lines(process.readAllStandardOutput());
    outcome.err = lines(process.readAllStandardError());
    return outcome;
}

QStringList args(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

} // namespace

class TestCronCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nextPrintsUtcInstants();
    void nextDefaultsToUtcAndFiveTimes();
    void stopsAtTheEndOfYear9999();
    void manyFireTimesMatchTheEngine();
    void describePrintsEnglish();
    void neverFiringExpression();
    void rejections_data();
    void rejections();
    void help_data();
    void help();
};

void TestCronCli::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("RUNBOARD_BIN_DIR").isEmpty(), "run through ctest");
}

void TestCronCli::nextPrintsUtcInstants()
{
    const Outcome outcome = runboard(args({"cron", "next", "0 9 * * 1-5", "--tz", "Europe/Paris",
                                           "--from", "2026-03-27T00:00:00Z", "--count", "3"}));
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.out,
             args({"2026-03-27T08:00:00Z", "2026-03-30T07:00:00Z", "2026-03-31T07:00:00Z"}));
    QVERIFY(outcome.err.isEmpty());
}

void TestCronCli::nextDefaultsToUtcAndFiveTimes()
{
    const Outcome outcome =
        runboard(args({"cron", "next", "0 12 * * *", "--from", "2026-03-29T14:00:00+02:00"}));
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.out,
             args({"2026-03-30T12:00:00Z", "2026-03-31T12:00:00Z", "2026-04-01T12:00:00Z",
                   "2026-04-02T12:00:00Z", "2026-04-03T12:00:00Z"}));

    // Without --from the answers are after now.
    const Outcome now = runboard(args({"cron", "next", "* * * * *", "--count", "2"}));
    QCOMPARE(now.exitCode, 0);
    QCOMPARE(now.out.size(), 2);
    const QDateTime first = QDateTime::fromString(now.out.first(), Qt::ISODate);
    QVERIFY(first > QDateTime::currentDateTimeUtc().addSecs(-120));
}

// Four-digit years end with 9999: the list stops there, prints what fits
// and says so, and the run still succeeds.
void TestCronCli::stopsAtTheEndOfYear9999()
{
    const Outcome some = runboard(
        args({"cron", "next", "* * * * *", "--from", "9999-12-31T23:58:00Z", "--count", "3"}));
    QCOMPARE(some.exitCode, 0);
    QCOMPARE(some.out, args({"9999-12-31T23:59:00Z"}));
    QCOMPARE(some.err,
             args({"note: the list stops at the end of year 9999; 1 of 3 fire times printed"}));

    const Outcome none = runboard(
        args({"cron", "next", "0 0 * * *", "--from", "9999-12-31T00:00:00Z", "--count", "2"}));
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());
    QCOMPARE(none.err,
             args({"note: the list stops at the end of year 9999; 0 of 2 fire times printed"}));
}

// The command writes its lines itself, in chunks: all 100,000 agree with
// the engine's fire times as QDateTime formats them, across two daylight
// saving changes and many chunk boundaries.
void TestCronCli::manyFireTimesMatchTheEngine()
{
    const Outcome outcome =
        runboard(args({"cron", "next", "*/7 * * * *", "--tz", "Europe/Paris", "--from",
                       "2026-03-28T23:59:30.250Z", "--count", "100000"}));
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY(outcome.err.isEmpty());

    auto parsed = CronExpression::parse(QStringLiteral("*/7 * * * *"));
    const CronSchedule schedule(std::get<CronExpression>(parsed), QTimeZone("Europe/Paris"));
    const QList<QDateTime> expected = schedule.next(
        QDateTime(QDate(2026, 3, 28), QTime(23, 59, 30, 250), QTimeZone::utc()), 100000);
    QCOMPARE(outcome.out.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString wanted = expected.at(i).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        if (outcome.out.at(i) != wanted)
            QFAIL(qPrintable(QStringLiteral("line %1: %2, expected %3")
                                 .arg(i + 1)
                                 .arg(outcome.out.at(i), wanted)));
    }
}

void TestCronCli::describePrintsEnglish()
{
    const Outcome outcome = runboard(args({"cron", "describe", "0 9 * * 1-5"}));
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.out, args({"At 09:00, Monday through Friday"}));
}

void TestCronCli::neverFiringExpression()
{
    const Outcome outcome = runboard(args({"cron", "next", "0 0 30 2 *", "--count", "3"}));
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY(outcome.out.isEmpty());
    QCOMPARE(outcome.err, args({"note: the expression never fires"}));
}

void TestCronCli::rejections_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("out of range") << args({"cron", "next", "0 0 32 * *"})
                                  << QStringLiteral("error: day-of-month: 32 is out of range 1-31");
    QTest::newRow("describe rejects too") << args({"cron", "describe", "0 25 * * *"})
                                          << QStringLiteral("error: hour: 25 is out of range 0-23");
    QTest::newRow("six fields")
        << args({"cron", "next", "0 0 0 * * *"})
        << QStringLiteral("error: expression: expected 5 fields (minute hour day-of-month month "
                          "day-of-week) but found 6; seconds and year fields are not supported");
    // Steps wider than their field are refused, so that describe and next
    // cannot disagree about them.
    QTest::newRow("step beyond the minutes")
        << args({"cron", "next", "*/4294967296 * * * *"})
        << QStringLiteral(
               "error: minute: step 4294967296 is larger than the range 0-59 (60 values)");
    QTest::newRow("describe refuses a step of 100 minutes")
        << args({"cron", "describe", "*/100 * * * *"})
        << QStringLiteral("error: minute: step 100 is larger than the range 0-59 (60 values)");
    QTest::newRow("describe refuses a step of 25 hours")
        << args({"cron", "describe", "0 */25 * * *"})
        << QStringLiteral("error: hour: step 25 is larger than the range 0-23 (24 values)");
    // Zones: only names of the zone database; QTimeZone alone would read
    // "Paris" and "abc1" as POSIX rules at UTC.
    QTest::newRow("unknown zone") << args({"cron", "next", "0 0 * * *", "--tz", "Mars/Olympus"})
                                  << QStringLiteral(
                                         "error: tz: 'Mars/Olympus' is not an IANA time zone");
    QTest::newRow("city without its region")
        << args({"cron", "next", "0 12 * * *", "--tz", "Paris", "--from", "2026-01-01T00:00:00Z",
                 "--count", "1"})
        << QStringLiteral("error: tz: 'Paris' is not an IANA time zone; did you mean "
                          "'Europe/Paris'?");
    QTest::newRow("zone abc1") << args({"cron", "next", "0 12 * * *", "--tz", "abc1"})
                               << QStringLiteral("error: tz: 'abc1' is not an IANA time zone");
    QTest::newRow("zone of 100,000 characters")
        << (args({"cron", "next", "0 12 * * *", "--tz"}) << QString(100000, QLatin1Char('z')))
        << QLatin1String("error: tz: '") + QString(64, QLatin1Char('z')) + QChar(0x2026) +
               QLatin1String("' (100000 characters) is not an IANA time zone");
    QTest::newRow("empty zone") << args({"cron", "next", "0 12 * * *", "--tz", ""})
                                << QStringLiteral("error: tz: '' is not an IANA time zone");
    QTest::newRow("empty instant")
        << args({"cron", "next", "0 0 * * *", "--from", ""})
        << QStringLiteral("error: --from: empty; give an ISO-8601 instant such as "
                          "2026-03-29T01:00:00Z, or leave --from out to start now; see "
                          "'runboard cron next --help'");
    QTest::newRow("blank instant")
        << args({"cron", "next", "0 0 * * *", "--from= "})
        << QStringLiteral("error: --from: empty; give an ISO-8601 instant such as "
                          "2026-03-29T01:00:00Z, or leave --from out to start now; see "
                          "'runboard cron next --help'");
    QTest::newRow("bad instant")
        << args({"cron", "next", "0 0 * * *", "--from", "yesterday"})
        << QStringLiteral("error: --from: 'yesterday' is not an ISO-8601 instant such as "
                          "2026-03-29T01:00:00Z; see 'runboard cron next --help'");
    QTest::newRow("bad count")
        << args({"cron", "next", "0 0 * * *", "--count", "0"})
        << QStringLiteral("error: --count: '0' is not a whole number from 1 to 100000; see "
                          "'runboard cron next --help'");
    QTest::newRow("missing value")
        << args({"cron", "next", "0 0 * * *", "--tz"})
        << QStringLiteral("error: --tz: missing value; see 'runboard cron next --help'");
    QTest::newRow("unknown option")
        << args({"cron", "next", "0 0 * * *", "--zone", "UTC"})
        << QStringLiteral("error: --zone: unknown option; see 'runboard cron next --help'");
    QTest::newRow("unknown short option")
        << args({"cron", "describe", "-x", "0 0 * * *"})
        << QStringLiteral("error: -x: unknown option; see 'runboard cron describe --help'");
    QTest::newRow("no expression")
        << args({"cron", "next", "--count", "2"})
        << QStringLiteral("error: EXPR: missing (a five-field cron expression); see "
                          "'runboard cron next --help'");
    QTest::newRow("unquoted expression")
        << args({"cron", "describe", "0", "0", "*", "*", "*"})
        << QStringLiteral("error: '0': unexpected argument (quote EXPR as one argument); see "
                          "'runboard cron describe --help'");
    QTest::newRow("no subcommand")
        << args({"cron"})
        << QStringLiteral("error: cron: a subcommand is needed (next or describe); see "
                          "'runboard cron --help'");
    QTest::newRow("unknown subcommand")
        << args({"cron", "list"})
        << QStringLiteral("error: cron list: unknown subcommand; see 'runboard cron --help'");
    QTest::newRow("unknown cron option")
        << args({"cron", "--verbose"})
        << QStringLiteral("error: --verbose: unknown option; see 'runboard cron --help'");
}

void TestCronCli::rejections()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedError);
    const Outcome outcome = runboard(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY(outcome.out.isEmpty());
    QCOMPARE(outcome.err, QStringList{expectedError});
}

void TestCronCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("cron --help")
        << args({"cron", "--help"})
        << QStringLiteral("Usage: runboard cron next EXPR [--tz ZONE] [--from INSTANT] [--count N]")
        << args({"runboard cron describe EXPR", "next ", "describe "});
    QTest::newRow("cron -h") << args({"cron", "-h"})
                             << QStringLiteral("Usage: runboard cron next EXPR [--tz ZONE] "
                                               "[--from INSTANT] [--count N]")
                             << QStringList();
    QTest::newRow("next --help") << args({"cron", "next", "--help"})
                                 << QStringLiteral("Usage: runboard cron next [options] EXPR")
                                 << args({"--tz <ZONE>", "--from <INSTANT>", "--count <N>",
                                          "-h, --help", "the end of year", "Exit status: 0"});
    // --help wins over what else is on the line, even a bad expression.
    QTest::newRow("next bad --help")
        << args({"cron", "next", "0 0 32 * *", "--help"})
        << QStringLiteral("Usage: runboard cron next [options] EXPR") << QStringList();
    QTest::newRow("describe --help")
        << args({"cron", "describe", "--help"})
        << QStringLiteral("Usage: runboard cron describe [options] EXPR") << args({"EXPR "});
}

void TestCronCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    QFETCH(QStringList, mentions);
    const Outcome outcome = runboard(arguments);
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.err.isEmpty(), qPrintable(outcome.err.join(QLatin1Char('\n'))));
    QVERIFY(!outcome.out.isEmpty());
    QCOMPARE(outcome.out.first(), usage);
    const QString text = outcome.out.join(QLatin1Char('\n'));
    for (const QString &mention : mentions)
        QVERIFY2(text.contains(mention), qPrintable(mention + QLatin1String(" in:\n") + text));
}

QTEST_GUILESS_MAIN(TestCronCli)
#include "tst_croncli.moc"
