#include "models/export/recordsexport.h"

#include "core/export/exportfile.h"

#include <QDir>
#include <QJsonObject>
#include <QThread>

RecordsExport::RecordsExport(Request request, QObject *parent)
    : ExportJob(parent)
    , m_request(std::move(request))
{
    qRegisterMetaType<ExportProgress>();
    qRegisterMetaType<ExportSummary>();
}

RecordsExport::~RecordsExport()
{
    if (!m_thread)
        return;
    m_stop->store(true);
    std::shared_ptr<ExportFile> file = std::move(m_file);
    const bool running = m_running;
    QMetaObject::invokeMethod(m_workerContext, [file, running]() mutable {
        if (file && running)
            file->abandon(false);
        file.reset();
    });
    QMetaObject::invokeMethod(m_workerContext, [thread = m_thread] { thread->quit(); });
    m_thread->wait();
    delete m_workerContext;
    delete m_thread;
}

void RecordsExport::start()
{
    if (m_running)
        return;
    m_running = true;
    m_clock.start();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("export"));
    m_workerContext = new QObject;
    m_workerContext->moveToThread(m_thread);
    m_thread->start();
    m_file = std::make_shared<ExportFile>(m_request.path, m_request.settings,
                                          m_request.documentedFields);
    QMetaObject::invokeMethod(m_workerContext, [this, file = m_file, stop = m_stop] {
        QString error;
        if (!stop->load() && !file->create(&error)) {
            stop->store(true);
            QMetaObject::invokeMethod(this, [this, error] { failInput(error); });
        }
    });
    produce();
}

void RecordsExport::addPage(const QByteArray &page)
{
    if (!m_running)
        return;
    QMetaObject::invokeMethod(m_workerContext, [this, file = m_file, stop = m_stop, page] {
        if (stop->load())
            return;
        QString error;
        const qint64 before = file->rows();
        if (!file->writePage(page, QString(), QJsonObject(), &error)) {
            stop->store(true);
            QMetaObject::invokeMethod(this, [this, error] { failInput(error); });
            return;
        }
        const qint64 rows = file->rows() - before;
        const qint64 bytes = file->bytes();
        const qsizetype columns = file->columnCount();
        QMetaObject::invokeMethod(this, [=, this] {
            if (!m_running)
                return;
            m_progress.rows += rows;
            m_progress.bytes = bytes;
            ++m_progress.pages;
            m_progress.elapsedMs = m_clock.elapsed();
            m_columns = columns;
            emit progressed(m_progress);
        });
    });
}

void RecordsExport::endInput()
{
    if (!m_running)
        return;
    QMetaObject::invokeMethod(m_workerContext, [this, file = m_file, stop = m_stop] {
        if (stop->load())
            return;
        QString error;
        const bool ok = file->finish({}, &error);
        const qint64 rows = file->rows();
        const qint64 bytes = file->bytes();
        const qsizetype columns = file->columnCount();
        QMetaObject::invokeMethod(this, [=, this] {
            if (!m_running)
                return;
            if (!ok) {
                failInput(error);
                return;
            }
            ExportSummary summary = baseSummary();
            summary.outcome = ExportSummary::Outcome::Complete;
            summary.rows = rows;
            summary.bytes = bytes;
            summary.columns = columns;
            summary.path = m_request.path;
            end(summary);
        });
    });
}

void RecordsExport::failInput(const QString &message)
{
    if (!m_running)
        return;
    stopProducing();
    m_stop->store(true);
    ExportSummary summary = baseSummary();
    summary.outcome = ExportSummary::Outcome::Failed;
    summary.message = message + QLatin1Char(' ') + tr("Nothing was kept.");
    QMetaObject::invokeMethod(m_workerContext, [file = m_file] { file->abandon(false); });
    end(summary);
}

void RecordsExport::cancel(bool keepPartial)
{
    if (!m_running)
        return;
    stopProducing();
    m_stop->store(true);
    ExportSummary summary = baseSummary();
    summary.outcome = ExportSummary::Outcome::Cancelled;
    summary.path = keepPartial ? ExportFile::partPath(m_request.path) : QString();
    summary.message = keepPartial ? tr("Cancelled; the rows written are kept in %1.")
                                        .arg(QDir::toNativeSeparators(summary.path))
                                  : tr("Cancelled; the partial file was removed.");
    QMetaObject::invokeMethod(m_workerContext,
                              [file = m_file, keepPartial] { file->abandon(keepPartial); });
    end(summary);
}

void RecordsExport::end(ExportSummary summary)
{
    m_running = false;
    emit finished(summary);
}
