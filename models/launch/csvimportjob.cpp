#include "models/launch/csvimportjob.h"

#include <QFile>
#include <QThread>

#include <algorithm>

namespace {

// What the worker needs, copied so the job's side can change freely.
struct Work
{
    QString path;
    ActionSpec action;
    ColumnMapping mapping;
    char delimiter = CsvReader::kSniff;
    std::shared_ptr<std::atomic_bool> stop;
};

QString openError(const QFile &file)
{
    return CsvImportJob::tr("Cannot open %1: %2").arg(file.fileName(), file.errorString());
}

} // namespace

CsvImportJob::Preview CsvImportJob::preview(const QString &path, int maxRecords, char delimiter)
{
    Preview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = openError(file);
        return preview;
    }
    preview.fileSize = file.size();
    const QByteArray sample = file.read(kChunkSize);
    preview.complete = file.atEnd();
    CsvReader reader(delimiter);
    reader.feed(sample);
    // A cut sample may end inside a quoted field: only the whole file can
    // say that a quote is never closed.
    if (preview.complete)
        reader.finish();
    if (reader.error()) {
        preview.error = reader.error()->message();
        return preview;
    }
    QList<CsvReader::Record> records = reader.takeRecords();
    if (records.isEmpty()) {
        preview.error = preview.complete
                            ? tr("The file is empty: it has no header line.")
                            : tr("The first %1 KiB hold no whole line: this is not a CSV file "
                                 "with a header line.")
                                  .arg(kChunkSize / 1024);
        return preview;
    }
    preview.delimiter = reader.delimiter();
    preview.header = records.takeFirst().fields;
    preview.records = records.mid(0, maxRecords);
    return preview;
}

CsvImportJob::CsvImportJob(QObject *parent)
    : QObject(parent)
{
    // Results cross from the worker thread in queued calls.
    qRegisterMetaType<CsvImportJob::Result>();
}

CsvImportJob::~CsvImportJob()
{
    if (!m_thread)
        return;
    m_stop->store(true);
    m_thread->wait();
    delete m_thread;
}

bool CsvImportJob::start(const QString &path, const ActionSpec &action,
                         const ColumnMapping &mapping, char delimiter)
{
    if (m_thread)
        return false;
    m_cancelRequested = false;
    m_stop = std::make_shared<std::atomic_bool>(false);
    Work work{path, action, mapping, delimiter, m_stop};
    // The worker reaches the job only through queued calls; the destructor
    // waits for it, so the job outlives every call it posts.
    m_thread = QThread::create([this, work = std::move(work)] {
        const auto end = [this](Outcome outcome, const Result &result, const QString &reason) {
            QMetaObject::invokeMethod(
                this, [=, this] { onEnded(outcome, result, reason); }, Qt::QueuedConnection);
        };
        QFile file(work.path);
        if (!file.open(QIODevice::ReadOnly))
            return end(Outcome::Failed, {}, openError(file));
        const qint64 total = file.size();
        // Some hundred updates at most, however large the file.
        const qint64 step = std::max(kChunkSize, total / 200);
        CsvImport import(work.action, work.mapping, work.delimiter);
        Result result;
        QByteArray buffer(kChunkSize, Qt::Uninitialized);
        qint64 read = 0;
        qint64 reported = 0;
        while (!import.error()) {
            if (work.stop->load())
                return end(Outcome::Cancelled, {}, {});
            const qint64 got = file.read(buffer.data(), kChunkSize);
            if (got < 0)
                return end(Outcome::Failed, {}, file.errorString());
            if (got == 0)
                break;
            import.feed(QByteArrayView(buffer.constData(), got));
            result.rows.append(import.takeRows());
            read += got;
            if (read - reported >= step) {
                reported = read;
                QMetaObject::invokeMethod(
                    this, [=, this] { onProgress(read, total); }, Qt::QueuedConnection);
            }
        }
        // The last chunk too: a bar that stops short of its end would look
        // stuck while the rows are handed over.
        if (reported < read)
            QMetaObject::invokeMethod(
                this, [=, this] { onProgress(read, total); }, Qt::QueuedConnection);
        import.finish();
        result.rows.append(import.takeRows());
        if (import.error())
            return end(Outcome::Failed, {}, import.error()->message());
        result.mapping = *import.mapping();
        result.blankRows = import.blankRows();
        result.emptyLines = import.emptyLines();
        result.bytes = read;
        end(Outcome::Finished, result, {});
    });
    m_thread->setObjectName(QStringLiteral("csv import"));
    m_thread->start();
    return true;
}

void CsvImportJob::cancel()
{
    if (!m_thread)
        return;
    m_cancelRequested = true;
    m_stop->store(true);
}

void CsvImportJob::onProgress(qint64 bytesRead, qint64 totalBytes)
{
    if (!m_cancelRequested)
        emit progress(bytesRead, totalBytes);
}

void CsvImportJob::onEnded(Outcome outcome, const CsvImportJob::Result &result,
                           const QString &reason)
{
    // The worker posted this as its last act: it is done or about to be.
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_cancelRequested)
        outcome = Outcome::Cancelled;
    switch (outcome) {
    case Outcome::Finished:
        emit finished(result);
        break;
    case Outcome::Failed:
        emit failed(reason);
        break;
    case Outcome::Cancelled:
        emit cancelled();
        break;
    }
}
