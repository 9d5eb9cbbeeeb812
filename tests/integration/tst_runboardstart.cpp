#include "tests/support/cliprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The dashboard started as a user starts it, offscreen, against a
// runboard-sandbox process with an access log: --base-url takes its key from
// EDGES_API_KEY, the terminal stays quiet unless --verbose, the log file in
// the state directory holds the requests but never the key, and the
// embedded sandbox is not started for nothing.
class TestRunboardStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void baseUrlWithTheKeyFromTheEnvironment_data();
    void baseUrlWithTheKeyFromTheEnvironment();

private:
    QString m_bin;
    QTemporaryDir m_directory;
    QProcess m_sandbox;
    QString m_baseUrl;
    QString m_accessLog;
};

namespace {

const QString kKey = QStringLiteral("env-key-6d2b91");

} // namespace

void TestRunboardStart::initTestCase()
{
    m_bin = qEnvironmentVariable("RUNBOARD_BIN_DIR");
    QVERIFY(QFile::exists(m_bin + QLatin1String("/runboard")));
    m_baseUrl = CliProcess::startSandbox(
        m_sandbox, m_bin,
        {QStringLiteral("--db"), m_directory.filePath(QStringLiteral("s.sqlite")),
         QStringLiteral("--api-key"), kKey, QStringLiteral("--access-log")});
    QVERIFY2(m_baseUrl.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(m_baseUrl));
}

void TestRunboardStart::cleanupTestCase()
{
    m_sandbox.terminate();
    m_sandbox.waitForFinished(15000);
}

void TestRunboardStart::baseUrlWithTheKeyFromTheEnvironment_data()
{
    QTest::addColumn<bool>("verbose");
    QTest::newRow("quiet by default") << false;
    QTest::newRow("--verbose") << true;
}

void TestRunboardStart::baseUrlWithTheKeyFromTheEnvironment()
{
    QFETCH(bool, verbose);
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_LOGGING_RULES", "XDG_CONFIG_HOME",
                             "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), home.path());
    // Its own single-instance lock: a dashboard the developer has open
    // must not answer for it.
    const QString runtime = home.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtime));
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("EDGES_API_KEY"), kKey);
    QProcess runboard;
    runboard.setProcessEnvironment(environment);
    QStringList arguments{QStringLiteral("--base-url"), m_baseUrl, QStringLiteral("--page"),
                          QStringLiteral("schedules")};
    if (verbose)
        arguments.append(QStringLiteral("--verbose"));
    m_sandbox.readAllStandardError();
    runboard.start(m_bin + QLatin1String("/runboard"), arguments);
    QVERIFY(runboard.waitForStarted());

    // The dashboard's own requests reach the sandbox and are let in.
    QString access;
    const QRegularExpression listed(QStringLiteral("^GET /v1/runs\\?\\S* 200 "),
                                    QRegularExpression::MultilineOption);
    QTRY_VERIFY_WITH_TIMEOUT((access += QString::fromUtf8(m_sandbox.readAllStandardError()),
                              listed.match(access).hasMatch()),
                             30000);
    QVERIFY2(!access.contains(QLatin1String(" 401 ")), qPrintable(access));
    QVERIFY(!access.contains(kKey));

    ::kill(static_cast<pid_t>(runboard.processId()), SIGTERM);
    QVERIFY(runboard.waitForFinished(15000));
    const QString terminal = QString::fromUtf8(runboard.readAllStandardError()) +
                             QString::fromUtf8(runboard.readAllStandardOutput());
    const QString requestLine = QStringLiteral("runboard.models.client: GET /v1/runs -> 200");
    QCOMPARE(terminal.contains(requestLine), verbose);
    QVERIFY(!terminal.contains(kKey));

    QFile log(home.filePath(QStringLiteral(".local/state/runboard/runboard.log")));
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
    const QString logged = QString::fromUtf8(log.readAll());
    QCOMPARE(logged.contains(requestLine), verbose);
    QVERIFY(!logged.contains(kKey));

    // Another server in use: the embedded sandbox never started, so it
    // wrote no database.
    QDirIterator files(home.path(), {QStringLiteral("*sandbox*")}, QDir::Files,
                       QDirIterator::Subdirectories);
    QVERIFY2(!files.hasNext(), qPrintable(files.hasNext() ? files.next() : QString()));
}

QTEST_GUILESS_MAIN(TestRunboardStart)
#include "tst_runboardstart.moc"
