#include "tests/support/cliprocess.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

// `runboard` as a shell sees it with no display at all: DISPLAY,
// WAYLAND_DISPLAY and QT_QPA_PLATFORM unset, so anything that created a
// GUI application object would abort with Qt's platform-plugin message
// (exit 134) instead of answering. Settings, data and state go to a
// scratch home.
class TestRunboardCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help_data();
    void help();
    void version_data();
    void version();
    void rejections_data();
    void rejections();

private:
    using Outcome = CliProcess::Outcome;
    Outcome runboard(const QStringList &arguments, const QStringList &extraEnvironment = {});

    QString m_binary;
    QTemporaryDir m_home;
};

TestRunboardCli::Outcome TestRunboardCli::runboard(const QStringList &arguments,
                                                   const QStringList &extraEnvironment)
{
    return CliProcess::runHeadless(m_binary, arguments, m_home.path(), extraEnvironment);
}

void TestRunboardCli::initTestCase()
{
    m_binary = qEnvironmentVariable("RUNBOARD_BIN_DIR") + QLatin1String("/runboard");
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    QVERIFY(m_home.isValid());
}

void TestRunboardCli::help_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--help") << QStringLiteral("--help");
    QTest::newRow("-h") << QStringLiteral("-h");
}

void TestRunboardCli::help()
{
    QFETCH(QString, option);
    const Outcome outcome = runboard({option});
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.err, QString());
    QVERIFY2(outcome.out.startsWith(QLatin1String("Usage: runboard [options]\n")),
             qPrintable(outcome.out));
    // Every start option and every headless subcommand, one line each.
    const QStringList expected = {
        QStringLiteral("  --connection <NAME>"),
        QStringLiteral("  --base-url <URL>"),
        QStringLiteral("  --page <PAGE>"),
        QStringLiteral("  --verbose"),
        QStringLiteral("  -v, --version"),
        QStringLiteral("  -h, --help"),
        QStringLiteral("  cron next "),
        QStringLiteral("  cron describe "),
        QStringLiteral("  launch "),
        QStringLiteral("  export "),
    };
    for (const QString &start : expected)
        QVERIFY2(CliProcess::linesStartingWith(outcome.out, start) == 1,
                 qPrintable(start + QLatin1String(" in:\n") + outcome.out));
    // Qt's own options are accepted but not listed one by one.
    QVERIFY(!outcome.out.contains(QLatin1String("-platform <")));
    QVERIFY(outcome.out.contains(QLatin1String("EDGES_API_KEY")));
}

void TestRunboardCli::version_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--version") << QStringLiteral("--version");
    QTest::newRow("-v") << QStringLiteral("-v");
}

void TestRunboardCli::version()
{
    QFETCH(QString, option);
    const Outcome outcome = runboard({option});
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.err, QString());
    QCOMPARE(outcome.out, QStringLiteral("runboard " RUNBOARD_VERSION "\n"));
}

void TestRunboardCli::rejections_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("error");

    const QString help = QStringLiteral("; see 'runboard --help'");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--nope")} << QStringList()
        << QString(QStringLiteral("error: --nope: unknown option") + help);
    QTest::newRow("unknown single-dash option")
        << QStringList{QStringLiteral("-x")} << QStringList()
        << QString(QStringLiteral("error: -x: unknown option") + help);
    QTest::newRow("unknown option after good ones")
        << QStringList{QStringLiteral("--page"), QStringLiteral("live"), QStringLiteral("--fast")}
        << QStringList() << QString(QStringLiteral("error: --fast: unknown option") + help);
    QTest::newRow("bad page")
        << QStringList{QStringLiteral("--page"), QStringLiteral("home")} << QStringList()
        << QString(QStringLiteral(
                       "error: --page: 'home' is not one of "
                       "runs|run|timeline|schedules|live|launch|calendar|new-schedule|cron-editor|"
                       "export|export-progress") +
                   help);
    QTest::newRow("missing value")
        << QStringList{QStringLiteral("--page")} << QStringList()
        << QString(QStringLiteral("error: --page: missing value") + help);
    QTest::newRow("value to a flag")
        << QStringList{QStringLiteral("--verbose=yes")} << QStringList()
        << QString(QStringLiteral("error: --verbose: unexpected value") + help);
    QTest::newRow("unknown subcommand")
        << QStringList{QStringLiteral("frobnicate")} << QStringList()
        << QString(QStringLiteral("error: frobnicate: unknown subcommand") + help);
    const QString exportHelp = QStringLiteral("; see 'runboard export --help'");
    QTest::newRow("export with an unknown option")
        << QStringList{QStringLiteral("export"), QStringLiteral("--run"), QStringLiteral("x")}
        << QStringList() << QString(QStringLiteral("error: --run: unknown option") + exportHelp);
    QTest::newRow("export alone") << QStringList{QStringLiteral("export")} << QStringList()
                                  << QString(QStringLiteral("error: RUN_UID: missing") +
                                             exportHelp);
    QTest::newRow("export without output")
        << QStringList{QStringLiteral("export"), QStringLiteral("abc")} << QStringList()
        << QString(QStringLiteral("error: --output FILE: missing") + exportHelp);
    QTest::newRow("export bad format")
        << QStringList{QStringLiteral("export"), QStringLiteral("abc"), QStringLiteral("-o"),
                       QStringLiteral("x.csv"), QStringLiteral("--format"), QStringLiteral("pdf")}
        << QStringList()
        << QString(QStringLiteral("error: --format: 'pdf' is not csv, jsonl or xlsx") +
                   exportHelp);
    QTest::newRow("export bad delimiter")
        << QStringList{QStringLiteral("export"), QStringLiteral("abc"), QStringLiteral("-o"),
                       QStringLiteral("x.csv"), QStringLiteral("--delimiter"), QStringLiteral("|")}
        << QStringList()
        << QString(QStringLiteral("error: --delimiter: '|' is not , ; or tab") + exportHelp);
    QTest::newRow("export without key")
        << QStringList{QStringLiteral("export"), QStringLiteral("abc"), QStringLiteral("-o"),
                       QStringLiteral("x.csv")}
        << QStringList{QStringLiteral("EDGES_API_KEY=")}
        << QString(QStringLiteral("error: set EDGES_API_KEY to the API key (a key is never taken "
                                  "as an option)") +
                   exportHelp);
    QTest::newRow("bad size")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                       QStringLiteral("--size"), QStringLiteral("big")}
        << QStringList()
        << QString(QStringLiteral("error: --size: 'big' is not WIDTHxHEIGHT") + help);
    QTest::newRow("unsaved connection")
        << QStringList{QStringLiteral("--connection"), QStringLiteral("Staging")} << QStringList()
        << QString(QStringLiteral("error: --connection: 'Staging' is not a saved connection "
                                  "(Sandbox, Edges production)") +
                   help);
    QTest::newRow("base url over plain http")
        << QStringList{QStringLiteral("--base-url"), QStringLiteral("http://example.com/v1")}
        << QStringList{QStringLiteral("EDGES_API_KEY=k")}
        << QString(QStringLiteral("error: --base-url: 'http://example.com/v1': use https:// — "
                                  "over http the key would cross the network unencrypted (http "
                                  "is allowed for localhost only)") +
                   help);
    QTest::newRow("base url without a key")
        << QStringList{QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/v1")}
        << QStringList()
        << QString(QStringLiteral("error: --base-url: set EDGES_API_KEY to the API key (a key is "
                                  "never taken as an option)") +
                   help);
    QTest::newRow("both connections")
        << QStringList{QStringLiteral("--connection"), QStringLiteral("Sandbox"),
                       QStringLiteral("--base-url"), QStringLiteral("https://api.example.com/v1")}
        << QStringList()
        << QString(QStringLiteral("error: --connection and --base-url: choose one") + help);
}

void TestRunboardCli::rejections()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(QString, error);
    const Outcome outcome = runboard(arguments, environment);
    QCOMPARE(outcome.exitCode, 2);
    QCOMPARE(outcome.out, QString());
    QCOMPARE(outcome.err, error + QLatin1Char('\n'));
}

QTEST_GUILESS_MAIN(TestRunboardCli)
#include "tst_runboardcli.moc"
