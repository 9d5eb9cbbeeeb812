#pragma once

#include "core/csv/csvreader.h"
#include "core/domain/actionspec.h"
#include "core/launch/columnmapping.h"
#include "core/launch/csvimport.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

// Imports a CSV file as launch inputs without holding up the window: a
// worker thread reads the file in 64 KiB chunks through CsvImport, says how
// far it got, and can be stopped between two chunks. Results come back to
// the job's thread as queued signals, once: finished, failed or cancelled.
// A file that cannot be read to its end imports nothing, so half a file
// never becomes a launch unnoticed.
//
// Before the import, preview() reads the start of the file on the spot, so
// the user can check the delimiter and map the columns; the mapping chosen
// is then applied to the whole file.
class CsvImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportJob)

public:
    static constexpr qint64 kChunkSize = 64 * 1024;

    // The start of a file: its header, its first records and the
    // delimiter in use; or why it cannot be imported.
    struct Preview
    {
        QStringList header;
        // The first data records, blank ones included, as the file has them.
        QList<CsvReader::Record> records;
        char delimiter = ',';
        qint64 fileSize = 0;
        // The sample held the whole file.
        bool complete = false;
        QString error;

        bool isValid() const { return error.isEmpty(); }
    };

    struct Result
    {
        QList<CsvImport::Row> rows;
        ColumnMapping mapping;
        // Rows of empty cells and empty lines, skipped (CsvImport).
        qsizetype blankRows = 0;
        qint64 emptyLines = 0;
        qint64 bytes = 0;
    };

    // Reads the first kChunkSize bytes of `path`; `delimiter` as
    // CsvReader takes it (kSniff: chosen from the header line).
    static Preview preview(const QString &path, int maxRecords = 20,
                           char delimiter = CsvReader::kSniff);

    explicit CsvImportJob(QObject *parent = nullptr);
    // Stops the worker and waits for it; nothing is emitted afterwards.
    ~CsvImportJob() override;

    // Imports `path` for `action`, its columns mapped by `mapping` (made
    // for the header the file has with this delimiter). False, and nothing
    // started, while an import runs.
    bool start(const QString &path, const ActionSpec &action, const ColumnMapping &mapping,
               char delimiter);
    // Asks the worker to stop; cancelled() follows once it has. Results it
    // had already sent are not delivered.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(qint64 bytesRead, qint64 totalBytes);
    void finished(const CsvImportJob::Result &result);
    // Why the file could not be imported: "line 812: a quoted field opened
    // on this line is never closed".
    void failed(const QString &reason);
    void cancelled();

private:
    enum class Outcome
    {
        Finished,
        Failed,
        Cancelled,
    };

    void onProgress(qint64 bytesRead, qint64 totalBytes);
    void onEnded(Outcome outcome, const CsvImportJob::Result &result, const QString &reason);

    QThread *m_thread = nullptr;
    // Shared with the worker, which may outlive a start() that is refused.
    std::shared_ptr<std::atomic_bool> m_stop;
    bool m_cancelRequested = false;
};

Q_DECLARE_METATYPE(CsvImportJob::Result)
