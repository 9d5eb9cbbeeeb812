#pragma once

#include "core/domain/run.h"
#include "core/export/exportsettings.h"
#include "models/client/apierror.h"
#include "models/export/exportjob.h"
#include "models/export/exportsummary.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <memory>

class ApiReply;
class EdgesClient;
class ExportFile;
class QThread;

// Exports the outputs of one or several runs into one file (issue 13).
// Pages of 500 come from GET /runs/{uid}/outputs through the client (its
// pacing and retries), raw; a worker thread flattens and writes them while
// the next page is on its way, and at most two pages wait in memory, so the
// export keeps pace with the network and its memory does not grow with the
// rows. At the end each run is read again: the export is complete only
// when every run has finished and its rows equal its output_count.
//
// A failure keeps FILE.part and its state; the same export started with
// `resume` continues after the last page written.
class OutputExport final : public ExportJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputExport)

public:
    struct Request
    {
        QStringList runUids;
        QString path;
        ExportSettings settings;
        // Continue an interrupted export of the same file when there is one.
        bool resume = false;
    };

    static constexpr int kPageSize = 500;
    // Pages fetched but not yet written.
    static constexpr int kMaxQueuedPages = 2;

    OutputExport(EdgesClient *client, Request request, QObject *parent = nullptr);
    ~OutputExport() override;

    const Request &request() const { return m_request; }
    void start() override;
    void cancel(bool keepPartial) override;
    bool isRunning() const override { return m_running; }
    bool canResume() const override { return true; }
    const ExportProgress &progress() const { return m_progress; }

private:
    struct RunState
    {
        QString uid;
        Run before;
        Run after;
        qint64 rows = 0;
        bool walked = false;
        bool checked = false;
        // Its input's custom_data as cells, when asked for.
        QList<QPair<QByteArray, QByteArray>> customData;
    };

    void readRun(int index);
    void onRunRead(int index, const Run &run);
    void readCustomData(int index);
    void openFile();
    void fetchNext();
    void onPage(const QByteArray &body, const QUrl &next);
    void onPageWritten(int runIndex, qint64 pageRows, qint64 bytes, qsizetype columns);
    void checkRun(int index);
    void maybeFinish();
    void fail(const QString &message, bool resumable);
    void end(ExportSummary summary);
    QJsonObject markAfter(const QUrl &next) const;
    QString pageName() const;
    template <typename Work>
    void onWorker(Work &&work);

    QPointer<EdgesClient> m_client;
    Request m_request;
    QList<RunState> m_runs;
    QStringList m_documented;
    QThread *m_thread = nullptr;
    QObject *m_workerContext = nullptr;
    // Lives on the worker thread; only touched there.
    std::shared_ptr<ExportFile> m_file;
    // Stops the worker between pages: set on failure and on cancel, so a
    // page queued behind a failed one is never written after it.
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    QPointer<ApiReply> m_fetching;
    // The walk: the run being read and the page after the last one fetched
    // (empty before the run's first page).
    int m_walkRun = 0;
    QUrl m_next;
    int m_queued = 0;
    bool m_running = false;
    bool m_fileOpen = false;
    bool m_finishing = false;
};
