#pragma once

#include "core/export/exportsettings.h"
#include "models/export/exportjob.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QStringList>

#include <atomic>
#include <memory>

class ExportFile;
class QThread;

// Writes records the window holds or lists (the live panel's results, the
// runs list) to a file through the same ExportFile as the outputs, so the
// formats, the flattening and the formula guard are the same. A subclass
// hands over pages (JSON array text) in order and says when the input
// ends; the pages are written on a worker thread. These exports are short
// and cannot resume: a failure or a cancel removes the part file unless
// kept.
class RecordsExport : public ExportJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordsExport)

public:
    struct Request
    {
        QString path;
        ExportSettings settings;
        // Columns first in this order when present (the documented fields).
        QStringList documentedFields;
    };

    RecordsExport(Request request, QObject *parent = nullptr);
    ~RecordsExport() override;

    void start() override;
    void cancel(bool keepPartial) override;
    bool isRunning() const override { return m_running; }

protected:
    // Starts handing over pages: addPage(), then endInput() or failInput().
    virtual void produce() = 0;
    virtual void stopProducing() {}
    void addPage(const QByteArray &page);
    void endInput();
    void failInput(const QString &message);
    void setExpectedRows(qint64 rows) { m_progress.expectedRows = rows; }

private:
    void end(ExportSummary summary);

    Request m_request;
    QThread *m_thread = nullptr;
    QObject *m_workerContext = nullptr;
    std::shared_ptr<ExportFile> m_file;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    bool m_running = false;
};
