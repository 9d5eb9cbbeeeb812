// CsvImportJob without widgets: the preview of a file's start (header,
// first records, delimiter found, a sample cut short), the whole import on
// the worker thread delivered once as finished, failed (an unclosed quote,
// a missing file, a header that is not the mapped one) or cancelled, a
// second start refused while one runs, and a job destroyed mid-import.

#include "core/launch/columnmapping.h"
#include "models/launch/csvimportjob.h"
#include "tests/support/launchinputs.h"
#include "tests/support/stringlists.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using LaunchInputs::action;
using LaunchInputs::kProfileUrl;
using LaunchInputs::profileUrl;

constexpr int kTimeoutMs = 30000;

QByteArray rows(int count, const char *header = "linkedin_profile_url;Owner\n")
{
    QByteArray csv = header;
    for (int i = 1; i <= count; ++i)
        csv += profileUrl(i).toUtf8() + ";owner-" + QByteArray::number(i) + '\n';
    return csv;
}

} // namespace

class TestCsvImportJob : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void previewReadsTheStart();
    void previewOfALargeFileIsCut();
    void previewSaysWhyAFileCannotBeRead();
    void importDeliversRowsOnce();
    void importFailsOnAnUnclosedQuote();
    void importFailsOnAnotherHeader();
    void secondStartIsRefusedWhileRunning();
    void cancelStopsAndDeliversNothingElse();
    void destroyedWhileRunning();

private:
    QString write(const char *name, const QByteArray &bytes);
    ColumnMapping automaticMapping(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCsvImportJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCsvImportJob::write(const char *name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(QString::fromLatin1(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

ColumnMapping TestCsvImportJob::automaticMapping(const QString &path)
{
    const CsvImportJob::Preview preview = CsvImportJob::preview(path);
    return ColumnMapping(preview.header, action("linkedin-extract-people"));
}

void TestCsvImportJob::previewReadsTheStart()
{
    const QString path = write("small.csv", "\xEF\xBB\xBF" + rows(30));
    const CsvImportJob::Preview preview = CsvImportJob::preview(path, 5);
    QVERIFY2(preview.isValid(), qPrintable(preview.error));
    QCOMPARE(preview.header, strings({"linkedin_profile_url", "Owner"}));
    QCOMPARE(preview.delimiter, ';');
    QCOMPARE(preview.records.size(), 5);
    QCOMPARE(preview.records.first().fields,
             QStringList({profileUrl(1), QStringLiteral("owner-1")}));
    QCOMPARE(preview.records.first().line, 2);
    QVERIFY(preview.complete);

    // A delimiter given is used, not sniffed.
    const CsvImportJob::Preview comma = CsvImportJob::preview(path, 5, ',');
    QCOMPARE(comma.delimiter, ',');
    QCOMPARE(comma.header, strings({"linkedin_profile_url;Owner"}));
}

void TestCsvImportJob::previewOfALargeFileIsCut()
{
    const QByteArray csv = rows(5000);
    QVERIFY(csv.size() > CsvImportJob::kChunkSize);
    const CsvImportJob::Preview preview = CsvImportJob::preview(write("large.csv", csv), 20);
    QVERIFY(preview.isValid());
    QVERIFY(!preview.complete);
    QCOMPARE(preview.fileSize, csv.size());
    QCOMPARE(preview.records.size(), 20);
}

void TestCsvImportJob::previewSaysWhyAFileCannotBeRead()
{
    QVERIFY(CsvImportJob::preview(m_dir->filePath(QStringLiteral("missing.csv")))
                .error.startsWith(QLatin1String("Cannot open ")));
    QCOMPARE(CsvImportJob::preview(write("empty.csv", "\n\n")).error,
             QStringLiteral("The file is empty: it has no header line."));
    QVERIFY(CsvImportJob::preview(write("latin1.csv", "name\ncaf\xE9\n"))
                .error.startsWith(QLatin1String("line 2: ")));
}

void TestCsvImportJob::importDeliversRowsOnce()
{
    const QString path = write("rows.csv", rows(3000) + ";\nacme.com;x\n");
    CsvImportJob job;
    QSignalSpy finished(&job, &CsvImportJob::finished);
    QSignalSpy failed(&job, &CsvImportJob::failed);
    QSignalSpy progress(&job, &CsvImportJob::progress);
    QVERIFY(job.start(path, action("linkedin-extract-people"), automaticMapping(path), ';'));
    QVERIFY(job.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY(!job.isRunning());
    QCOMPARE(failed.size(), 0);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), QFileInfo(path).size());

    const auto result = finished.first().first().value<CsvImportJob::Result>();
    QCOMPARE(result.rows.size(), 3001);
    QCOMPARE(result.blankRows, 1);
    QCOMPARE(result.bytes, QFileInfo(path).size());
    QCOMPARE(result.rows.at(2999).input.text(kProfileUrl), profileUrl(3000));
    QCOMPARE(result.rows.at(2999).input.customData.value(u"Owner").toString(),
             QStringLiteral("owner-3000"));
    QCOMPARE(result.rows.last().row, 3002);
    QVERIFY(result.rows.last().hasErrors());
    QCOMPARE(result.mapping.target(1),
             ColumnMapping::Target::customDataKey(QStringLiteral("Owner")));
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
}

void TestCsvImportJob::importFailsOnAnUnclosedQuote()
{
    const QString path = write("open.csv", rows(10) + "\"" + profileUrl(11).toUtf8() + ";x\n");
    CsvImportJob job;
    QSignalSpy finished(&job, &CsvImportJob::finished);
    QSignalSpy failed(&job, &CsvImportJob::failed);
    // The preview, which reads the whole of so small a file, says it too.
    QCOMPARE(CsvImportJob::preview(path).error,
             QStringLiteral("line 12: a quoted field opened on this line is never closed"));
    const ColumnMapping mapping(strings({"linkedin_profile_url", "Owner"}),
                                action("linkedin-extract-people"));
    QVERIFY(job.start(path, action("linkedin-extract-people"), mapping, ';'));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
    QCOMPARE(failed.first().first().toString(),
             QStringLiteral("line 12: a quoted field opened on this line is never closed"));
    QCOMPARE(finished.size(), 0);
}

void TestCsvImportJob::importFailsOnAnotherHeader()
{
    const QString path = write("rows.csv", rows(2));
    const ColumnMapping mapping(strings({"linkedin_profile_url"}),
                                action("linkedin-extract-people"));
    CsvImportJob job;
    QSignalSpy failed(&job, &CsvImportJob::failed);
    QVERIFY(job.start(path, action("linkedin-extract-people"), mapping, ';'));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("not the one the columns")));
}

void TestCsvImportJob::secondStartIsRefusedWhileRunning()
{
    const QString path = write("rows.csv", rows(20000));
    CsvImportJob job;
    QSignalSpy finished(&job, &CsvImportJob::finished);
    const ColumnMapping mapping = automaticMapping(path);
    QVERIFY(job.start(path, action("linkedin-extract-people"), mapping, ';'));
    QVERIFY(!job.start(path, action("linkedin-extract-people"), mapping, ';'));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    // Once it is done, the job can import again.
    QVERIFY(job.start(path, action("linkedin-extract-people"), mapping, ';'));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeoutMs);
}

void TestCsvImportJob::cancelStopsAndDeliversNothingElse()
{
    const QString path = write("rows.csv", rows(200000));
    CsvImportJob job;
    QSignalSpy finished(&job, &CsvImportJob::finished);
    QSignalSpy cancelled(&job, &CsvImportJob::cancelled);
    QSignalSpy progress(&job, &CsvImportJob::progress);
    QVERIFY(job.start(path, action("linkedin-extract-people"), automaticMapping(path), ';'));
    // Asked before the worker has read a chunk: it stops at the first.
    job.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, kTimeoutMs);
    QVERIFY(!job.isRunning());
    QCOMPARE(finished.size(), 0);
    QCOMPARE(progress.size(), 0);
}

void TestCsvImportJob::destroyedWhileRunning()
{
    const QString path = write("rows.csv", rows(200000));
    auto job = std::make_unique<CsvImportJob>();
    QVERIFY(job->start(path, action("linkedin-extract-people"), automaticMapping(path), ';'));
    QSignalSpy progress(job.get(), &CsvImportJob::progress);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), kTimeoutMs);
    // Stops the worker and waits for it; calls it posted die with the job.
    job.reset();
    QCoreApplication::processEvents();
}

QTEST_GUILESS_MAIN(TestCsvImportJob)
#include "tst_csvimportjob.moc"
