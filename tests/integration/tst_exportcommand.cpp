#include "core/export/exportfile.h"
#include "models/client/edgesclient.h"
#include "models/export/outputexport.h"
#include "tests/support/cliprocess.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxfixture.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

// `runboard export` as a script runs it, with no display, against the
// sandbox in process: exit codes 0, 1 and 2 and the last stderr line, the
// same bytes as the window's OutputExport, a failed export resumed by
// running the same command again, and the API key nowhere.
//
// The command runs as an asynchronous QProcess: a blocking wait would stop
// this thread's event loop, and with it the sandbox that has to answer.
class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void completeExportSaysSoLast();
    void sameBytesAsTheWindow_data();
    void sameBytesAsTheWindow();
    void unknownRunNamesIt();
    void runningRunIsWrittenButNotComplete();
    void refusedConnectionIsAFailure();
    void failedExportResumesToTheSameBytes();
    void killedExportResumesToTheSameBytes();
    void badArguments_data();
    void badArguments();
    void jsonLinesAndWorkbook_data();
    void jsonLinesAndWorkbook();
    void apiKeyIsNowhere();

private:
    struct Outcome
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;

        QStringList errLines() const;
        QString lastLine() const;
    };

    QProcessEnvironment environment(bool withKey = true) const;
    void startExport(QProcess &process, const QStringList &arguments) const;
    Outcome finishExport(QProcess &process);
    Outcome runExport(const QStringList &arguments);
    QStringList exportArguments(const QString &uid, const QString &path) const;
    void interruptExport(const QStringList &arguments, const QString &path, Outcome *outcome);
    static QByteArray readFile(const QString &path);

    QString m_runboard;
    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_run;
    qint64 m_outputCount = 0;
    // Everything every command printed, for the key check.
    QByteArray m_printed;
};

namespace {

// Distinctive enough that finding it anywhere is a leak, not a coincidence.
const QString kKey = QStringLiteral("rb-test-key-4f1c9a");

} // namespace

QStringList TestExportCommand::Outcome::errLines() const
{
    return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString TestExportCommand::Outcome::lastLine() const
{
    const QStringList lines = errLines();
    return lines.isEmpty() ? QString() : lines.last();
}

void TestExportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_home.isValid());
    m_runboard = qEnvironmentVariable("RUNBOARD_BIN_DIR") + QLatin1String("/runboard");
    QVERIFY2(QFile::exists(m_runboard), qPrintable(m_runboard));

    SandboxOptions options = SandboxFixture::defaultOptions();
    // "sandbox" for the fixture's own requests, kKey for the command's.
    options.apiKeys = {QStringLiteral("sandbox"), kKey};
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    // About 119 outputs per search: some 7,000 outputs, 15 pages of 500,
    // more pages than the ten progress lines a pipe may get.
    QJsonArray searches;
    for (int i = 0; i < 60; ++i)
        searches.append(SandboxApi::search(QStringLiteral("cli%1").arg(i)));
    m_run = m_sandbox->launch(QStringLiteral("linkedin-search-people"), searches,
                              QJsonObject{{QStringLiteral("max_results"), 1000}});
    QVERIFY(!m_run.isEmpty());
    m_sandbox->advance(7 * 24 * 3600);
    QCOMPARE(m_sandbox->runStatus(m_run), QStringLiteral("SUCCEEDED"));
    m_outputCount = m_sandbox->run(m_run).value(QLatin1String("output_count")).toInteger();
    QVERIFY2(m_outputCount > 11 * OutputExport::kPageSize,
             qPrintable(QString::number(m_outputCount)));
}

// As runHeadless has it: no display of any kind, none of the caller's
// EDGES_* or XDG_*, a home of our own.
QProcessEnvironment TestExportCommand::environment(bool withKey) const
{
    QProcessEnvironment clean = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "EDGES_API_KEY",
                             "EDGES_BASE_URL", "QT_LOGGING_RULES", "XDG_CONFIG_HOME",
                             "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
        clean.remove(QString::fromLatin1(name));
    clean.insert(QStringLiteral("HOME"), m_home.path());
    if (withKey)
        clean.insert(QStringLiteral("EDGES_API_KEY"), kKey);
    return clean;
}

void TestExportCommand::startExport(QProcess &process, const QStringList &arguments) const
{
    process.setProcessEnvironment(environment());
    process.start(m_runboard, QStringList{QStringLiteral("export")} + arguments);
}

TestExportCommand::Outcome TestExportCommand::finishExport(QProcess &process)
{
    Outcome outcome;
    QSignalSpy finished(&process, &QProcess::finished);
    if (process.state() != QProcess::NotRunning && !finished.wait(120000)) {
        process.kill();
        process.waitForFinished();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    m_printed += outcome.out + outcome.err;
    return outcome;
}

TestExportCommand::Outcome TestExportCommand::runExport(const QStringList &arguments)
{
    QProcess process;
    startExport(process, arguments);
    return finishExport(process);
}

// The sandbox's tier is unlimited: so is the command's, or a silver client
// would pace the pages at 5 per 2 s.
QStringList TestExportCommand::exportArguments(const QString &uid, const QString &path) const
{
    return {uid,
            QStringLiteral("--output"),
            path,
            QStringLiteral("--base-url"),
            m_sandbox->baseUrl(),
            QStringLiteral("--tier"),
            QStringLiteral("unlimited")};
}

// Runs the command with every answer slowed, and makes the server fail
// every request once the first page is on disk: the command gives up
// after its retries and leaves FILE.part and FILE.resume.json.
void TestExportCommand::interruptExport(const QStringList &arguments, const QString &path,
                                        Outcome *outcome)
{
    QVERIFY(m_sandbox->setFaults(QStringLiteral("slow=1:300ms")));
    QProcess process;
    startExport(process, arguments);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ExportFile::statePath(path)), 30000);
    QVERIFY(m_sandbox->setFaults(QStringLiteral("500=1")));
    *outcome = finishExport(process);
    QVERIFY(m_sandbox->setFaults(QString()));
}

QByteArray TestExportCommand::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestExportCommand::completeExportSaysSoLast()
{
    const QString path = m_dir.filePath(QStringLiteral("complete.csv"));
    const Outcome outcome = runExport(exportArguments(m_run, path));
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QVERIFY(outcome.out.isEmpty());
    QCOMPARE(outcome.lastLine(),
             QStringLiteral("exported %1 rows to %2").arg(m_outputCount).arg(path));
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(ExportFile::partPath(path)));
    QVERIFY(!QFile::exists(ExportFile::statePath(path)));
    // A header and one record per output: the generated outputs hold no
    // line breaks, so lines count records.
    QCOMPARE(readFile(path).count("\r\n"), m_outputCount + 1);

    // Not a terminal: one line per 10% at most, each with its rows so far.
    const QStringList progress = outcome.errLines().mid(0, outcome.errLines().size() - 1);
    QVERIFY2(progress.size() <= 10, outcome.err.constData());
    for (const QString &line : progress) {
        QVERIFY2(line.startsWith(QLatin1String("exported ")) && !line.contains(QLatin1Char('\r')),
                 qPrintable(line));
    }
}

void TestExportCommand::sameBytesAsTheWindow_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("lf");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("guard");
    QTest::addColumn<bool>("join");
    QTest::addColumn<bool>("runUidColumn");
    QTest::newRow("defaults") << QStringList() << ',' << false << false << true << false << false;
    QTest::newRow("; bom join") << QStringList{QStringLiteral("--delimiter"), QStringLiteral(";"),
                                               QStringLiteral("--bom"), QStringLiteral("--arrays"),
                                               QStringLiteral("join")}
                                << ';' << false << true << true << true << false;
    QTest::newRow("tab lf, no guard, run_uid")
        << QStringList{QStringLiteral("--delimiter"),        QStringLiteral("tab"),
                       QStringLiteral("--line-ending"),      QStringLiteral("lf"),
                       QStringLiteral("--no-formula-guard"), QStringLiteral("--run-uid-column")}
        << '\t' << true << false << false << false << true;
}

void TestExportCommand::sameBytesAsTheWindow()
{
    QFETCH(QStringList, options);
    QFETCH(char, delimiter);
    QFETCH(bool, lf);
    QFETCH(bool, bom);
    QFETCH(bool, guard);
    QFETCH(bool, join);
    QFETCH(bool, runUidColumn);

    const QString byCommand = m_dir.filePath(QStringLiteral("command.csv"));
    QFile::remove(byCommand);
    const Outcome outcome = runExport(exportArguments(m_run, byCommand) + options);
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());

    // What the export dialog hands to OutputExport for the same choices.
    ExportSettings settings;
    settings.dialect.delimiter = delimiter;
    settings.dialect.lineEnding = lf ? LineEnding::Lf : LineEnding::CrLf;
    settings.dialect.bom = bom;
    settings.dialect.formulaGuard = guard;
    settings.arrays = join ? ArrayHandling::Join : ArrayHandling::Expand;
    settings.runUidColumn = runUidColumn;
    const QString byWindow = m_dir.filePath(QStringLiteral("window.csv"));
    QFile::remove(byWindow);
    QNetworkAccessManager network;
    ConnectionSettings connection;
    connection.baseUrl = QUrl(m_sandbox->baseUrl());
    connection.tier = QStringLiteral("unlimited");
    EdgesClient client(&network, connection, [] { return kKey; });
    OutputExport exporter(&client, {{m_run}, byWindow, settings, false});
    QSignalSpy finished(&exporter, &OutputExport::finished);
    exporter.start();
    QVERIFY(finished.wait(120000));
    const auto summary = finished.first().first().value<ExportSummary>();
    QVERIFY2(summary.isComplete(), qPrintable(summary.message));

    const QByteArray expected = readFile(byWindow);
    QVERIFY(expected.size() > m_outputCount);
    QVERIFY(readFile(byCommand) == expected);
}

void TestExportCommand::unknownRunNamesIt()
{
    const QString path = m_dir.filePath(QStringLiteral("unknown.csv"));
    const Outcome outcome = runExport(exportArguments(SandboxApi::kUnknownUid, path));
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY(outcome.out.isEmpty());
    QVERIFY2(outcome.lastLine().startsWith(QLatin1String("error: ")) &&
                 outcome.lastLine().contains(SandboxApi::kUnknownUid),
             outcome.err.constData());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(ExportFile::partPath(path)));
}

void TestExportCommand::runningRunIsWrittenButNotComplete()
{
    const QString uid =
        m_sandbox->launch(QStringLiteral("linkedin-search-people"),
                          QJsonArray{SandboxApi::search(QStringLiteral("running-a")),
                                     SandboxApi::search(QStringLiteral("running-b")),
                                     SandboxApi::search(QStringLiteral("running-c"))},
                          QJsonObject{{QStringLiteral("max_results"), 1000}});
    QVERIFY(!uid.isEmpty());
    // Far enough for some outputs, not for the whole run.
    for (int i = 0;
         i < 200 && m_sandbox->run(uid).value(QLatin1String("output_count")).toInt() == 0; ++i)
        m_sandbox->advance(5);
    QCOMPARE(m_sandbox->runStatus(uid), QStringLiteral("RUNNING"));
    const qint64 existing = m_sandbox->run(uid).value(QLatin1String("output_count")).toInteger();

    const QString path = m_dir.filePath(QStringLiteral("running.csv"));
    const Outcome outcome = runExport(exportArguments(uid, path));
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY(outcome.out.isEmpty());
    QVERIFY2(outcome.lastLine().startsWith(QLatin1String("error: not complete: ")) &&
                 outcome.lastLine().contains(QLatin1String("still RUNNING")),
             outcome.err.constData());
    // What existed is in the file, and said so on the line before.
    const QStringList lines = outcome.errLines();
    QVERIFY(lines.size() >= 2);
    QCOMPARE(lines.at(lines.size() - 2),
             QStringLiteral("exported %1 rows to %2").arg(existing).arg(path));
    QCOMPARE(readFile(path).count("\r\n"), existing + 1);
    QVERIFY(!QFile::exists(ExportFile::partPath(path)));
}

void TestExportCommand::refusedConnectionIsAFailure()
{
    // A port that was just free: nothing listens there now.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const QString path = m_dir.filePath(QStringLiteral("refused.csv"));
    QStringList arguments = exportArguments(m_run, path);
    arguments[arguments.indexOf(m_sandbox->baseUrl())] =
        QStringLiteral("http://127.0.0.1:%1/v1").arg(port);
    const Outcome outcome = runExport(arguments);
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY(outcome.out.isEmpty());
    QVERIFY2(outcome.lastLine().startsWith(QLatin1String("error: ")) &&
                 outcome.lastLine().size() > 20,
             outcome.err.constData());
    QVERIFY(!QFile::exists(path));
}

void TestExportCommand::failedExportResumesToTheSameBytes()
{
    const QString clean = m_dir.filePath(QStringLiteral("clean.csv"));
    QVERIFY(runExport(exportArguments(m_run, clean)).exitCode == 0);

    const QString path = m_dir.filePath(QStringLiteral("resumed.csv"));
    const QStringList arguments = exportArguments(m_run, path);
    Outcome failed;
    interruptExport(arguments, path, &failed);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(failed.out.isEmpty());
    QVERIFY2(failed.lastLine().contains(QLatin1String("Stopped at page")), failed.err.constData());
    QVERIFY(!QFile::exists(path));
    QVERIFY(QFile::exists(ExportFile::partPath(path)));
    QVERIFY(QFile::exists(ExportFile::statePath(path)));
    const qint64 kept = readFile(ExportFile::partPath(path)).count("\r\n");
    QVERIFY(kept > OutputExport::kPageSize);
    QVERIFY(kept < m_outputCount);

    const Outcome resumed = runExport(arguments);
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY(resumed.out.isEmpty());
    QVERIFY2(resumed.errLines().first().startsWith(QLatin1String("resuming ")),
             resumed.err.constData());
    QCOMPARE(resumed.lastLine(),
             QStringLiteral("exported %1 rows to %2").arg(m_outputCount).arg(path));
    QVERIFY(!QFile::exists(ExportFile::partPath(path)));
    QVERIFY(!QFile::exists(ExportFile::statePath(path)));
    QVERIFY(readFile(path) == readFile(clean));
}

void TestExportCommand::killedExportResumesToTheSameBytes()
{
    const QString clean = m_dir.filePath(QStringLiteral("clean-for-kill.csv"));
    QVERIFY(runExport(exportArguments(m_run, clean)).exitCode == 0);

    // SIGKILL mid-export: no chance to save anything on the way out.
    const QString path = m_dir.filePath(QStringLiteral("killed.csv"));
    const QStringList arguments = exportArguments(m_run, path);
    QVERIFY(m_sandbox->setFaults(QStringLiteral("slow=1:300ms")));
    QProcess process;
    startExport(process, arguments);
    QTRY_VERIFY_WITH_TIMEOUT(
        readFile(ExportFile::partPath(path)).count("\r\n") > 2 * OutputExport::kPageSize, 60000);
    process.kill();
    QVERIFY(process.waitForFinished(10000));
    QVERIFY(m_sandbox->setFaults(QString()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QFile::exists(ExportFile::statePath(path)));

    const Outcome resumed = runExport(arguments);
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY2(resumed.errLines().first().startsWith(QLatin1String("resuming ")),
             resumed.err.constData());
    QVERIFY(readFile(path) == readFile(clean));
}

void TestExportCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QString>("mention");
    const auto row = [](const char *name, const QStringList &options, const QString &mention,
                        bool withKey = true) {
        QTest::newRow(name) << options << withKey << mention;
    };
    row("no EDGES_API_KEY", {}, QStringLiteral("EDGES_API_KEY"), false);
    row("bad --format", {QStringLiteral("--format"), QStringLiteral("pdf")},
        QStringLiteral("--format: 'pdf'"));
    row("bad --delimiter", {QStringLiteral("--delimiter"), QStringLiteral("|")},
        QStringLiteral("--delimiter: '|'"));
    row("--arrays with jsonl",
        {QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--arrays"),
         QStringLiteral("join")},
        QStringLiteral("--arrays"));
    row("--delimiter with xlsx",
        {QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--delimiter"),
         QStringLiteral(";")},
        QStringLiteral("--delimiter: only with --format csv"));
    row("unknown option", {QStringLiteral("--colour")}, QStringLiteral("--colour"));
}

void TestExportCommand::badArguments()
{
    QFETCH(QStringList, options);
    QFETCH(bool, withKey);
    QFETCH(QString, mention);
    const QString path = m_dir.filePath(QStringLiteral("never.out"));
    const QStringList arguments =
        QStringList{QStringLiteral("export")} + exportArguments(m_run, path) + options;
    // Refused before any request, so the blocking runner is fine here.
    const CliProcess::Outcome outcome = CliProcess::runHeadless(
        m_runboard, arguments, m_home.path(),
        withKey ? QStringList{QStringLiteral("EDGES_API_KEY=") + kKey} : QStringList());
    m_printed += (outcome.out + outcome.err).toUtf8();
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY(outcome.out.isEmpty());
    QCOMPARE(outcome.errLines().size(), 1);
    QVERIFY2(outcome.err.startsWith(QLatin1String("error: ")) && outcome.err.contains(mention),
             qPrintable(outcome.err));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(ExportFile::partPath(path)));
}

void TestExportCommand::jsonLinesAndWorkbook_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void TestExportCommand::jsonLinesAndWorkbook()
{
    QFETCH(QString, format);
    const QString path = m_dir.filePath(QStringLiteral("outputs.") + format);
    const Outcome outcome =
        runExport(exportArguments(m_run, path) + QStringList{QStringLiteral("--format"), format});
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QVERIFY(outcome.out.isEmpty());
    QCOMPARE(outcome.lastLine(),
             QStringLiteral("exported %1 rows to %2").arg(m_outputCount).arg(path));
    const QByteArray bytes = readFile(path);
    if (format == QLatin1String("jsonl")) {
        QVERIFY(bytes.endsWith('\n'));
        QCOMPARE(bytes.count('\n'), m_outputCount);
        QVERIFY(bytes.startsWith('{'));
    } else {
        QVERIFY(bytes.startsWith("PK"));
    }
    QVERIFY(!QFile::exists(ExportFile::partPath(path)));
    QVERIFY(!QFile::exists(ExportFile::statePath(path)));
}

void TestExportCommand::apiKeyIsNowhere()
{
    // Every format, and an export interrupted so that its part file and
    // state file are on disk when looked at.
    for (const QString &format :
         {QStringLiteral("csv"), QStringLiteral("jsonl"), QStringLiteral("xlsx")}) {
        const QString path = m_dir.filePath(QStringLiteral("key.") + format);
        QCOMPARE(runExport(exportArguments(m_run, path) +
                           QStringList{QStringLiteral("--format"), format})
                     .exitCode,
                 0);
    }
    const QString interrupted = m_dir.filePath(QStringLiteral("key-interrupted.csv"));
    Outcome failed;
    interruptExport(exportArguments(m_run, interrupted), interrupted, &failed);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(QFile::exists(ExportFile::statePath(interrupted)));

    const QByteArray key = kKey.toUtf8();
    int files = 0;
    QDirIterator all(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (all.hasNext()) {
        const QString name = all.next();
        ++files;
        QVERIFY2(!readFile(name).contains(key), qPrintable(name));
    }
    QVERIFY(files >= 5);
    // A workbook is deflated: its raw bytes would hide a cell holding the
    // key, so its members are read too.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!python.isEmpty()) {
        QProcess unzip;
        unzip.start(python, {QStringLiteral("-c"),
                             QStringLiteral("import sys, zipfile\n"
                                            "z = zipfile.ZipFile(sys.argv[1])\n"
                                            "for n in z.namelist(): "
                                            "sys.stdout.buffer.write(z.read(n))\n"),
                             m_dir.filePath(QStringLiteral("key.xlsx"))});
        QVERIFY(unzip.waitForFinished(60000));
        QCOMPARE(unzip.exitCode(), 0);
        const QByteArray members = unzip.readAllStandardOutput();
        QVERIFY(members.contains("<sheetData"));
        QVERIFY(!members.contains(key));
    }
    QVERIFY(!m_printed.isEmpty());
    const qsizetype at = m_printed.indexOf(key);
    QVERIFY2(at < 0, m_printed.mid(std::max<qsizetype>(0, at - 60), 120).constData());
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
