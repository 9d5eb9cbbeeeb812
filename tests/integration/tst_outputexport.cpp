#include "core/csv/csvreader.h"
#include "core/domain/actioncatalogue.h"
#include "core/export/exportfile.h"
#include "models/client/edgesclient.h"
#include "models/export/loadedrecordsexport.h"
#include "models/export/outputexport.h"
#include "models/export/runslistexport.h"
#include "tests/support/outputspageserver.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// OutputExport end to end: awkward outputs served byte for byte by a
// stand-in server and read back by an independent reader (Python's csv
// module, openpyxl, json), and big runs of the sandbox exported through its
// faults, through a failure and a resume, to the same bytes.
class TestOutputExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void lateColumnsAreNeverLost();
    void faultsGiveTheSameBytes();
    void failureKeepsThePartAndResumesToTheSameBytes();
    void resumeRefusesOtherSettings();
    void cancelRemovesOrKeepsThePart();
    void unfinishedRunIsNotComplete();
    void liveRunIsRefused();
    void severalRunsGoIntoOneFile();
    void runsListHasEveryPageAsItsColumns();
    void loadedRecordsAreWritten();
    void customDataOfTheOneInputIsOnEveryRow();

private:
    struct Export
    {
        ExportSummary summary;
        QList<ExportProgress> progress;
    };
    static ConnectionSettings fastRetries(const QString &baseUrl);
    Export
    exportRun(const QString &baseUrl, const QStringList &runs, const QString &path,
              const ExportSettings &settings, bool resume = false,
              const std::function<void(OutputExport &, const ExportProgress &)> &during = {});
    static QByteArray readFile(const QString &path);
    QString finishedSearchRun(SandboxFixture &sandbox, int inputs, int maxResults);
    static QList<QByteArray> awkwardPages();

    QTemporaryDir m_dir;
    QString m_python;
};

void TestOutputExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Debian's python3 first: it is the one with python3-openpyxl.
    m_python = QFile::exists(QStringLiteral("/usr/bin/python3"))
                   ? QStringLiteral("/usr/bin/python3")
                   : QStandardPaths::findExecutable(QStringLiteral("python3"));
}

ConnectionSettings TestOutputExport::fastRetries(const QString &baseUrl)
{
    ConnectionSettings settings;
    settings.baseUrl = QUrl(baseUrl);
    settings.tier = QStringLiteral("unlimited");
    // Faults are drawn at random: enough attempts that ten in a row is
    // what fails, and short waits (429s still wait their Retry-After).
    settings.maxRetries = 12;
    settings.backoffBaseMs = 5;
    settings.backoffCapMs = 50;
    return settings;
}

TestOutputExport::Export TestOutputExport::exportRun(
    const QString &baseUrl, const QStringList &runs, const QString &path,
    const ExportSettings &settings, bool resume,
    const std::function<void(OutputExport &, const ExportProgress &)> &during)
{
    QNetworkAccessManager network;
    EdgesClient client(&network, fastRetries(baseUrl), [] { return QStringLiteral("sandbox"); });
    OutputExport exporter(&client, {runs, path, settings, resume});
    Export result;
    connect(&exporter, &OutputExport::progressed, this, [&](const ExportProgress &progress) {
        result.progress.append(progress);
        if (during)
            during(exporter, progress);
    });
    QSignalSpy finished(&exporter, &OutputExport::finished);
    exporter.start();
    if (!finished.wait(120000))
        qWarning("the export did not finish");
    if (!finished.isEmpty())
        result.summary = finished.first().first().value<ExportSummary>();
    return result;
}

QByteArray TestOutputExport::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString TestOutputExport::finishedSearchRun(SandboxFixture &sandbox, int inputs, int maxResults)
{
    QJsonArray list;
    for (int i = 0; i < inputs; ++i)
        list.append(SandboxApi::search(QStringLiteral("export%1").arg(i)));
    const QString uid = sandbox.launch(QStringLiteral("linkedin-search-people"), list,
                                       QJsonObject{{QStringLiteral("max_results"), maxResults}});
    sandbox.advance(7 * 24 * 3600);
    return uid;
}

// Three pages of what scraped text holds: delimiters, quotes, line breaks
// of every kind, formulas, non-ASCII and emoji (raw and escaped), empty and
// null values, numbers a double cannot hold, nested objects, arrays, and
// keys that only the last page brings (one documented: company_name, one
// not) so the file must be rewritten under its full header.
QList<QByteArray> TestOutputExport::awkwardPages()
{
    return {
        R"x([{"full_name":"Ann, \"the\" Smith","headline":"line1\nline2\r\nline3\rend",)x"
        R"x("first_name":"","last_name":null,"job_title":"=HYPERLINK(\"http://x\")",)x"
        R"x("location":"Zürich 🏔️","linkedin_profile_id":12345678901234567890,)x"
        R"x("number_shared_connections":1.50,"shared_connection_profile_urls":["a","b;c"],)x"
        R"x("meta":{"deep":{"x":"y, z"},"flag":true}},)x"
        "\n  {\"full_name\" : \"Bob\\tTab\" , \"job_title\":\"+33 1 23\", \"open\": false}]",
        R"x([{"full_name":"\u00c9mile \ud83d\ude00","job_title":"@mention","headline":"-5",)x"
        R"x("location":"\tlead","last_name":"\rcr","shared_connection_profile_urls":[]},)x"
        R"x({"full_name":"Dup","full_name":"Dup wins","meta":{"flag":false}}])x",
        R"x([{"full_name":"Late","company_name":"Acme; Inc","late_only":"new column",)x"
        R"x("meta":{"deep":{"x":"w"}}}])x",
    };
}

void TestOutputExport::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<bool>("lf");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("guard");
    QTest::addColumn<bool>("join");
    QTest::newRow("csv, defaults") << "csv"
                                   << "," << false << false << true << false;
    QTest::newRow("csv ; lf bom, no guard") << "csv"
                                            << ";" << true << true << false << false;
    QTest::newRow("csv tab, arrays joined") << "csv"
                                            << "\t" << false << false << true << true;
    QTest::newRow("xlsx") << "xlsx"
                          << "," << false << false << true << false;
    QTest::newRow("jsonl") << "jsonl"
                           << "," << false << false << true << false;
}

void TestOutputExport::roundTrip()
{
    QFETCH(QString, format);
    QFETCH(QString, delimiter);
    QFETCH(bool, lf);
    QFETCH(bool, bom);
    QFETCH(bool, guard);
    QFETCH(bool, join);
    if (m_python.isEmpty())
        QSKIP("python3 is not installed");

    OutputsPageServer server;
    QVERIFY(server.listen());
    const QString uid = QStringLiteral("0b4f7e2a-1111-4222-8333-944445555666");
    server.setRun(uid, {{QStringLiteral("action_name"), QStringLiteral("linkedin-search-people")}},
                  awkwardPages());

    ExportSettings settings;
    settings.format = *ExportSettings::formatFromName(format);
    settings.dialect.delimiter = delimiter.at(0).toLatin1();
    settings.dialect.lineEnding = lf ? LineEnding::Lf : LineEnding::CrLf;
    settings.dialect.bom = bom;
    settings.dialect.formulaGuard = guard;
    settings.arrays = join ? ArrayHandling::Join : ArrayHandling::Expand;
    const QString path = m_dir.filePath(QStringLiteral("round-trip.") + format);
    const Export result = exportRun(server.baseUrl(), {uid}, path, settings);
    QVERIFY2(result.summary.isComplete(), qPrintable(result.summary.message));
    QCOMPARE(result.summary.rows, 5);
    QVERIFY(!QFile::exists(ExportFile::partPath(path)));
    QVERIFY(!QFile::exists(ExportFile::statePath(path)));

    // What the independent reader needs to know: the pages as served, and
    // the options.
    QJsonArray pages;
    for (const QByteArray &page : awkwardPages())
        pages.append(QString::fromUtf8(page));
    const QJsonObject spec{
        {QStringLiteral("pages"), pages},
        {QStringLiteral("format"), format},
        {QStringLiteral("delimiter"), delimiter},
        {QStringLiteral("line_end"), lf ? QStringLiteral("\n") : QStringLiteral("\r\n")},
        {QStringLiteral("bom"), bom},
        {QStringLiteral("guard"), guard},
        {QStringLiteral("arrays"), join ? QStringLiteral("join") : QStringLiteral("expand")},
        {QStringLiteral("documented"),
         QJsonArray::fromStringList(
             ActionCatalogue::find(QStringLiteral("linkedin-search-people"))->outputFields)},
    };
    const QString specPath = m_dir.filePath(QStringLiteral("spec.json"));
    QFile specFile(specPath);
    QVERIFY(specFile.open(QIODevice::WriteOnly));
    specFile.write(QJsonDocument(spec).toJson());
    specFile.close();

    QProcess checker;
    checker.start(m_python, {QStringLiteral(EXPORT_CHECK_SCRIPT), specPath, path});
    QVERIFY(checker.waitForFinished(60000));
    const QString report =
        QString::fromUtf8(checker.readAllStandardOutput() + checker.readAllStandardError());
    if (checker.exitCode() == 3)
        QSKIP(qPrintable(report));
    QVERIFY2(checker.exitCode() == 0, qPrintable(report));
}

void TestOutputExport::lateColumnsAreNeverLost()
{
    OutputsPageServer server;
    QVERIFY(server.listen());
    const QString uid = QStringLiteral("0b4f7e2a-2222-4222-8333-944445555666");
    server.setRun(uid, {{QStringLiteral("action_name"), QStringLiteral("linkedin-search-people")}},
                  awkwardPages());
    const QString path = m_dir.filePath(QStringLiteral("late.csv"));
    const Export result = exportRun(server.baseUrl(), {uid}, path, ExportSettings());
    QVERIFY2(result.summary.isComplete(), qPrintable(result.summary.message));
    const QByteArray text = readFile(path);
    const QByteArray header = text.left(text.indexOf("\r\n"));
    // company_name is documented: it goes before the undocumented columns
    // although it came last; late_only is not: it goes at the end.
    QVERIFY2(header.startsWith("full_name,first_name,last_name,job_title,company_name,headline,"
                               "location,"),
             header.constData());
    QVERIFY2(header.endsWith(",late_only"), header.constData());
    // The last record carries the last column's cell.
    QVERIFY(text.endsWith("new column\r\n"));
    QCOMPARE(result.summary.columns, header.count(',') + 1);
}

void TestOutputExport::faultsGiveTheSameBytes()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = finishedSearchRun(sandbox, 30, 1000);
    const qint64 expected = sandbox.run(uid).value(QLatin1String("output_count")).toInteger();
    QVERIFY2(expected > 4 * OutputExport::kPageSize, qPrintable(QString::number(expected)));

    const QString clean = m_dir.filePath(QStringLiteral("clean.csv"));
    const Export first = exportRun(sandbox.baseUrl(), {uid}, clean, ExportSettings());
    QVERIFY2(first.summary.isComplete(), qPrintable(first.summary.message));
    QCOMPARE(first.summary.rows, expected);

    QVERIFY(sandbox.setFaults(QStringLiteral("429=0.1,500=0.1,drop=0.1,truncate=0.1")));
    const QString faulty = m_dir.filePath(QStringLiteral("faulty.csv"));
    const Export second = exportRun(sandbox.baseUrl(), {uid}, faulty, ExportSettings());
    QVERIFY(sandbox.setFaults(QString()));
    QVERIFY2(second.summary.isComplete(), qPrintable(second.summary.message));
    QCOMPARE(readFile(faulty), readFile(clean));
}

void TestOutputExport::failureKeepsThePartAndResumesToTheSameBytes()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = finishedSearchRun(sandbox, 30, 1000);
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::JsonLines, ExportFormat::Xlsx}) {
        ExportSettings settings;
        settings.format = format;
        const QString suffix = ExportSettings::suffix(format);
        const QString clean = m_dir.filePath(QStringLiteral("whole.") + suffix);
        QVERIFY(exportRun(sandbox.baseUrl(), {uid}, clean, settings).summary.isComplete());

        // The server starts failing every request after two pages.
        const QString path = m_dir.filePath(QStringLiteral("resumed.") + suffix);
        bool broken = false;
        const Export failed = exportRun(sandbox.baseUrl(), {uid}, path, settings, false,
                                        [&](OutputExport &, const ExportProgress &progress) {
                                            if (progress.pages >= 2 && !broken) {
                                                broken = true;
                                                sandbox.setFaults(QStringLiteral("500=1"));
                                            }
                                        });
        QVERIFY(sandbox.setFaults(QString()));
        QCOMPARE(failed.summary.outcome, ExportSummary::Outcome::Failed);
        QVERIFY2(failed.summary.resumable, qPrintable(failed.summary.message));
        QVERIFY2(failed.summary.message.contains(QLatin1String("Stopped at page")),
                 qPrintable(failed.summary.message));
        QVERIFY(QFile::exists(ExportFile::partPath(path)));
        QVERIFY(QFile::exists(ExportFile::statePath(path)));
        QVERIFY(!QFile::exists(path));
        QVERIFY(failed.summary.rows >= 2 * OutputExport::kPageSize);

        // A kill mid-page leaves bytes past the last whole page: dropped.
        QFile part(ExportFile::partPath(path));
        QVERIFY(part.open(QIODevice::Append));
        part.write("half a page of garbage, \"unterminated");
        part.close();

        const Export resumed = exportRun(sandbox.baseUrl(), {uid}, path, settings, true);
        QVERIFY2(resumed.summary.isComplete(), qPrintable(resumed.summary.message));
        QVERIFY(!resumed.progress.isEmpty());
        // It went on from where it stopped rather than from the start.
        QCOMPARE(resumed.progress.first().rows, failed.summary.rows);
        QVERIFY(!QFile::exists(ExportFile::partPath(path)));
        QVERIFY(!QFile::exists(ExportFile::statePath(path)));
        if (format == ExportFormat::Xlsx) {
            // A workbook's zip carries times; its rows are checked by the
            // round trip. Here: it is a whole zip of the same size class.
            QVERIFY(readFile(path).startsWith("PK"));
        } else {
            QCOMPARE(readFile(path), readFile(clean));
        }
    }
}

void TestOutputExport::resumeRefusesOtherSettings()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = finishedSearchRun(sandbox, 30, 1000);
    const QString path = m_dir.filePath(QStringLiteral("other-settings.csv"));
    bool broken = false;
    const Export failed = exportRun(sandbox.baseUrl(), {uid}, path, ExportSettings(), false,
                                    [&](OutputExport &, const ExportProgress &progress) {
                                        if (progress.pages >= 1 && !broken) {
                                            broken = true;
                                            sandbox.setFaults(QStringLiteral("500=1"));
                                        }
                                    });
    QVERIFY(sandbox.setFaults(QString()));
    QVERIFY(failed.summary.resumable);
    ExportSettings other;
    other.dialect.delimiter = ';';
    const Export refused = exportRun(sandbox.baseUrl(), {uid}, path, other, true);
    QCOMPARE(refused.summary.outcome, ExportSummary::Outcome::Failed);
    QVERIFY2(refused.summary.message.contains(QLatin1String("other settings")),
             qPrintable(refused.summary.message));
    // Nothing of the interrupted export was touched.
    QVERIFY(QFile::exists(ExportFile::partPath(path)));
}

void TestOutputExport::cancelRemovesOrKeepsThePart()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = finishedSearchRun(sandbox, 30, 1000);
    for (bool keep : {false, true}) {
        const QString path =
            m_dir.filePath(keep ? QStringLiteral("kept.csv") : QStringLiteral("removed.csv"));
        const Export result = exportRun(sandbox.baseUrl(), {uid}, path, ExportSettings(), false,
                                        [keep](OutputExport &exporter, const ExportProgress &p) {
                                            if (p.pages >= 1)
                                                exporter.cancel(keep);
                                        });
        QCOMPARE(result.summary.outcome, ExportSummary::Outcome::Cancelled);
        QCOMPARE(result.summary.resumable, keep);
        // The worker removes the files after the summary: wait for it.
        QTRY_COMPARE(QFile::exists(ExportFile::partPath(path)), keep);
        QCOMPARE(QFile::exists(ExportFile::statePath(path)), keep);
        QVERIFY(!QFile::exists(path));
    }
}

void TestOutputExport::unfinishedRunIsNotComplete()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = sandbox.launch(QStringLiteral("linkedin-search-people"),
                                       QJsonArray{SandboxApi::search(QStringLiteral("a")),
                                                  SandboxApi::search(QStringLiteral("b")),
                                                  SandboxApi::search(QStringLiteral("c"))},
                                       QJsonObject{{QStringLiteral("max_results"), 1000}});
    // Far enough for some outputs, not for the whole run.
    for (int i = 0; i < 200 && sandbox.run(uid).value(QLatin1String("output_count")).toInt() == 0;
         ++i)
        sandbox.advance(5);
    QCOMPARE(sandbox.runStatus(uid), QStringLiteral("RUNNING"));
    const QString path = m_dir.filePath(QStringLiteral("running.csv"));
    const Export result = exportRun(sandbox.baseUrl(), {uid}, path, ExportSettings());
    QCOMPARE(result.summary.outcome, ExportSummary::Outcome::Incomplete);
    QVERIFY2(result.summary.message.contains(QLatin1String("still RUNNING")),
             qPrintable(result.summary.message));
    QVERIFY(result.summary.rows > 0);
    // What existed is written whole.
    QVERIFY(QFile::exists(path));
}

void TestOutputExport::liveRunIsRefused()
{
    OutputsPageServer server;
    QVERIFY(server.listen());
    const QString uid = QStringLiteral("0b4f7e2a-3333-4222-8333-944445555666");
    server.setRun(uid, {{QStringLiteral("execution_mode"), QStringLiteral("LIVE")}}, {});
    const QString path = m_dir.filePath(QStringLiteral("live.csv"));
    const Export result = exportRun(server.baseUrl(), {uid}, path, ExportSettings());
    QCOMPARE(result.summary.outcome, ExportSummary::Outcome::Failed);
    QVERIFY2(result.summary.message.contains(QLatin1String("live run")),
             qPrintable(result.summary.message));
    QVERIFY(!QFile::exists(ExportFile::partPath(path)));
}

void TestOutputExport::severalRunsGoIntoOneFile()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString first = finishedSearchRun(sandbox, 2, 300);
    const QString second = finishedSearchRun(sandbox, 3, 300);
    const qint64 expected = sandbox.run(first).value(QLatin1String("output_count")).toInteger() +
                            sandbox.run(second).value(QLatin1String("output_count")).toInteger();
    ExportSettings settings;
    settings.runUidColumn = true;
    settings.dialect.lineEnding = LineEnding::Lf;
    const QString path = m_dir.filePath(QStringLiteral("two-runs.csv"));
    const Export result = exportRun(sandbox.baseUrl(), {first, second}, path, settings);
    QVERIFY2(result.summary.isComplete(), qPrintable(result.summary.message));
    QCOMPARE(result.summary.rows, expected);
    const QList<QByteArray> lines = readFile(path).split('\n');
    QVERIFY(lines.first().startsWith("run_uid,"));
    qint64 firstRows = 0;
    qint64 secondRows = 0;
    for (const QByteArray &line : lines) {
        firstRows += line.startsWith(QByteArray(first.toLatin1() + ','));
        secondRows += line.startsWith(QByteArray(second.toLatin1() + ','));
    }
    QCOMPARE(firstRows + secondRows, expected);
    QVERIFY(firstRows > 0 && secondRows > 0);
}

void TestOutputExport::runsListHasEveryPageAsItsColumns()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    // More than one page of 100 runs of one action, and one of another.
    QStringList searches;
    for (int i = 0; i < 130; ++i)
        searches << sandbox.launch(QStringLiteral("linkedin-search-people"),
                                   QJsonArray{SandboxApi::search(QStringLiteral("r%1").arg(i))});
    sandbox.launch(QStringLiteral("linkedin-extract-connections"), QJsonArray{QJsonObject{}});
    QVERIFY(!searches.contains(QString()));

    QNetworkAccessManager network;
    EdgesClient client(&network, fastRetries(sandbox.baseUrl()),
                       [] { return QStringLiteral("sandbox"); });
    RecordsExport::Request request;
    request.path = m_dir.filePath(QStringLiteral("runs.csv"));
    request.settings.dialect.lineEnding = LineEnding::Lf;
    request.settings.columns = {{QStringLiteral("uid"), QStringLiteral("Run"), true},
                                {QStringLiteral("action_name"), QStringLiteral("Action"), true},
                                {QStringLiteral("status"), QStringLiteral("Status"), true}};
    request.settings.onlyListedColumns = true;
    ListParameters query;
    query.filter(QStringLiteral("action_name"), {QStringLiteral("linkedin-search-people")});
    query.sort = {QStringLiteral("-created_at")};
    RunsListExport exporter(&client, request, query);
    QSignalSpy finished(&exporter, &ExportJob::finished);
    exporter.start();
    QVERIFY(finished.wait(60000));
    const auto summary = finished.first().first().value<ExportSummary>();
    QVERIFY2(summary.isComplete(), qPrintable(summary.message));
    QCOMPARE(summary.rows, 130);

    const QList<QByteArray> lines = readFile(request.path).split('\n');
    QCOMPARE(lines.first(), QByteArray("Run,Action,Status"));
    QCOMPARE(lines.size(), 1 + 130 + 1);
    QSet<QString> uids;
    for (const QByteArray &line : lines.mid(1, 130)) {
        QVERIFY2(line.count(',') == 2 && line.contains(",linkedin-search-people,"),
                 line.constData());
        uids.insert(QString::fromLatin1(line.left(line.indexOf(','))));
    }
    QCOMPARE(uids, QSet<QString>(searches.cbegin(), searches.cend()));
}

void TestOutputExport::loadedRecordsAreWritten()
{
    QJsonArray records;
    for (int i = 0; i < 1234; ++i)
        records.append(QJsonObject{{QStringLiteral("full_name"), QStringLiteral("N %1").arg(i)},
                                   {QStringLiteral("job_title"), QStringLiteral("=cmd")},
                                   {QStringLiteral("zeta"), i}});
    RecordsExport::Request request;
    request.path = m_dir.filePath(QStringLiteral("live.csv"));
    request.settings.dialect.lineEnding = LineEnding::Lf;
    request.documentedFields = {QStringLiteral("job_title"), QStringLiteral("full_name")};
    LoadedRecordsExport exporter(request, records);
    QSignalSpy finished(&exporter, &ExportJob::finished);
    exporter.start();
    QVERIFY(finished.wait(60000));
    const auto summary = finished.first().first().value<ExportSummary>();
    QVERIFY2(summary.isComplete(), qPrintable(summary.message));
    QCOMPARE(summary.rows, 1234);
    const QList<QByteArray> lines = readFile(request.path).split('\n');
    // The documented fields first, in their order; the guard on.
    QCOMPARE(lines.first(), QByteArray("job_title,full_name,zeta"));
    QCOMPARE(lines.at(1), QByteArray("'=cmd,N 0,0"));
    QCOMPARE(lines.at(1234), QByteArray("'=cmd,N 1233,1233"));
}

void TestOutputExport::customDataOfTheOneInputIsOnEveryRow()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString one = sandbox.launch(
        QStringLiteral("linkedin-search-people"),
        QJsonArray{SandboxApi::search(
            QStringLiteral("one"), QJsonObject{{QStringLiteral("crm_id"), QStringLiteral("42")},
                                               {QStringLiteral("owner"), QStringLiteral("=Ann")}})},
        QJsonObject{{QStringLiteral("max_results"), 1000}});
    const QString two = finishedSearchRun(sandbox, 2, 100);
    sandbox.advance(7 * 24 * 3600);
    const qint64 expected = sandbox.run(one).value(QLatin1String("output_count")).toInteger();
    QVERIFY(expected > 0);

    ExportSettings settings;
    settings.customDataColumns = true;
    settings.dialect.lineEnding = LineEnding::Lf;
    const QString path = m_dir.filePath(QStringLiteral("custom-data.csv"));
    const Export result = exportRun(sandbox.baseUrl(), {one}, path, settings);
    QVERIFY2(result.summary.isComplete(), qPrintable(result.summary.message));
    const CsvReader::Document csv = CsvReader::readAll(readFile(path), ',');
    QVERIFY(!csv.error);
    const QStringList header = csv.records.first().fields;
    const qsizetype crm = header.indexOf(QStringLiteral("custom_data.crm_id"));
    const qsizetype owner = header.indexOf(QStringLiteral("custom_data.owner"));
    QVERIFY2(crm >= 0 && owner >= 0, qPrintable(header.join(QLatin1Char(','))));
    qint64 rows = 0;
    for (const CsvReader::Record &record : csv.records.mid(1)) {
        QCOMPARE(record.fields.value(crm), QStringLiteral("42"));
        // custom_data is text like any other: guarded.
        QCOMPARE(record.fields.value(owner), QStringLiteral("'=Ann"));
        ++rows;
    }
    QCOMPARE(rows, expected);

    const Export refused =
        exportRun(sandbox.baseUrl(), {two}, m_dir.filePath(QStringLiteral("two.csv")), settings);
    QCOMPARE(refused.summary.outcome, ExportSummary::Outcome::Failed);
    QVERIFY2(refused.summary.message.contains(QLatin1String("several inputs")),
             qPrintable(refused.summary.message));
}

QTEST_GUILESS_MAIN(TestOutputExport)
#include "tst_outputexport.moc"
