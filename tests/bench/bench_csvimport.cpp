// Prints how fast a 100,000-row CSV file becomes checked launch inputs, and
// the process's peak memory while it does: the file is generated in memory
// (LinkedIn URLs, a quoted company name with a comma, custom_data columns,
// one bad row in a thousand), then read, mapped and checked by CsvImport in
// 64 KiB chunks as the import worker will, keeping every row as the input
// table's model will. Then the path the window takes: the file written to
// disk, imported by CsvImportJob on its worker thread and the rows put into
// an InputRowsModel. Figures only; nothing is asserted, since they depend
// on the machine. The first peak includes the generated file itself; the
// second is measured from a reset peak, with the file only on disk.
#include "core/domain/actioncatalogue.h"
#include "core/launch/csvimport.h"
#include "models/launch/csvimportjob.h"
#include "models/launch/inputrowsmodel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

constexpr int kRows = 100000;
constexpr qsizetype kChunk = 64 * 1024;

QByteArray generate()
{
    QByteArray file;
    file.reserve(kRows * 140);
    file += "LinkedIn Profile URL,Full Name,Company,CRM Id,Owner,custom_data\r\n";
    const char *owners[] = {"alice", "bob", "chloé", "dmitri"};
    for (int i = 1; i <= kRows; ++i) {
        const QByteArray n = QByteArray::number(i);
        // One row in a thousand is not a LinkedIn URL, so the check has
        // something to say.
        if (i % 1000 == 0)
            file += "https://example.com/in/person-" + n;
        else
            file += "https://www.linkedin.com/in/person-" + n + "-a1b2c3";
        file += ",Person " + n + " Example,\"Company " + QByteArray::number(i % 977) +
                ", Inc.\",CRM-" + n + ',' + owners[i % 4] +
                ",segment=" + QByteArray::number(i % 7) + "; source=import\r\n";
    }
    return file;
}

// A field of /proc/self/status in kB: VmHWM is the most resident memory
// the process has had, VmRSS what it has now.
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Forgets the peak so far (Linux 4.0 and later), so the next VmHWM is the
// next measurement's own; false where the kernel does not allow it. The heap
// the first run freed goes back to the system first, or it would count.
bool resetPeak()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

int benchCsvImport(const QByteArray &file, const ActionSpec &action)
{
    const qint64 beforeKb = statusKb("VmRSS:");

    QElapsedTimer timer;
    timer.start();
    CsvImport import(action);
    QList<CsvImport::Row> rows;
    rows.reserve(kRows);
    for (qsizetype at = 0; at < file.size(); at += kChunk) {
        import.feed(QByteArrayView(file).sliced(at, std::min(kChunk, file.size() - at)));
        rows.append(import.takeRows());
    }
    import.finish();
    rows.append(import.takeRows());
    const qint64 elapsedMs = std::max<qint64>(1, timer.elapsed());

    qsizetype flagged = 0;
    for (const CsvImport::Row &row : rows)
        flagged += row.hasErrors() ? 1 : 0;
    if (import.error() || rows.size() != kRows) {
        std::fprintf(stderr, "csv import: failed: %s (%lld rows)\n",
                     qPrintable(import.error() ? import.error()->message() : QString()),
                     static_cast<long long>(rows.size()));
        return 1;
    }
    std::printf("csv import: %lld rows in %lld ms (%.0f rows/s), peak RSS %.1f MB\n",
                static_cast<long long>(rows.size()), static_cast<long long>(elapsedMs),
                double(rows.size()) * 1000.0 / double(elapsedMs),
                double(statusKb("VmHWM:")) / 1024.0);
    std::printf("csv import: %.1f MB file in %lld KiB chunks, %lld rows flagged, RSS %.1f MB "
                "before the import\n",
                double(file.size()) / (1024.0 * 1024.0), static_cast<long long>(kChunk / 1024),
                static_cast<long long>(flagged), double(beforeKb) / 1024.0);
    return 0;
}

// The window's path: CsvImportJob on its worker thread, then the rows into
// the input table's model on this one, timed from start() to a full model.
int benchImportJob(const QString &path, const ActionSpec &action)
{
    const CsvImportJob::Preview preview = CsvImportJob::preview(path);
    if (!preview.isValid()) {
        std::fprintf(stderr, "csv import job: %s\n", qPrintable(preview.error));
        return 1;
    }
    const bool peakReset = resetPeak();
    const qint64 beforeKb = statusKb("VmRSS:");
    InputRowsModel model;
    model.setAction(action);
    CsvImportJob job;
    QEventLoop loop;
    QString failure;
    qint64 readMs = 0;
    QElapsedTimer timer;
    QObject::connect(&job, &CsvImportJob::finished, &loop, [&](const CsvImportJob::Result &result) {
        readMs = timer.elapsed();
        model.appendImportedRows(result.rows);
        loop.quit();
    });
    QObject::connect(&job, &CsvImportJob::failed, &loop, [&](const QString &reason) {
        failure = reason;
        loop.quit();
    });
    timer.start();
    job.start(path, action, ColumnMapping(preview.header, action), preview.delimiter);
    loop.exec();
    const qint64 elapsedMs = std::max<qint64>(1, timer.elapsed());
    if (!failure.isEmpty() || model.rowCount() != kRows) {
        std::fprintf(stderr, "csv import job: failed: %s (%d rows)\n", qPrintable(failure),
                     model.rowCount());
        return 1;
    }
    std::printf("csv import job: %d rows in %lld ms (%.0f rows/s) into the model, peak RSS "
                "%.1f MB%s\n",
                model.rowCount(), static_cast<long long>(elapsedMs),
                double(model.rowCount()) * 1000.0 / double(elapsedMs),
                double(statusKb("VmHWM:")) / 1024.0,
                peakReset ? "" : " (not reset: includes the run above)");
    std::printf("csv import job: worker read %lld ms, model fill %lld ms, %d rows flagged, RSS "
                "%.1f MB before the import\n",
                static_cast<long long>(readMs), static_cast<long long>(elapsedMs - readMs),
                model.errorRowCount(), double(beforeKb) / 1024.0);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const ActionSpec *action = ActionCatalogue::find(QStringLiteral("linkedin-extract-people"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    {
        const QByteArray file = generate();
        if (const int failed = benchCsvImport(file, *action))
            return failed;
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size()) {
            std::fprintf(stderr, "csv import job: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return benchImportJob(path, *action);
}
