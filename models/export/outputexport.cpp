#include "models/export/outputexport.h"

#include "core/domain/actioncatalogue.h"
#include "core/export/exportfile.h"
#include "models/client/apireply.h"
#include "models/client/edgesclient.h"
#include "models/client/edgesroutes.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <atomic>

OutputExport::OutputExport(EdgesClient *client, Request request, QObject *parent)
    : ExportJob(parent)
    , m_client(client)
    , m_request(std::move(request))
{
    qRegisterMetaType<ExportProgress>();
    qRegisterMetaType<ExportSummary>();
    for (const QString &uid : std::as_const(m_request.runUids)) {
        bool seen = false;
        for (const RunState &run : std::as_const(m_runs))
            seen |= run.uid == uid;
        if (!seen && !uid.isEmpty())
            m_runs.append(RunState{uid, {}, {}, 0, false, false, {}});
    }
}

OutputExport::~OutputExport()
{
    if (m_fetching)
        m_fetching->cancel();
    if (!m_thread)
        return;
    // Closed mid-way (the window went): what was written stays resumable.
    std::shared_ptr<ExportFile> file = std::move(m_file);
    const bool running = m_running;
    QMetaObject::invokeMethod(m_workerContext, [file, running]() mutable {
        if (file && running)
            file->abandon(true);
        file.reset();
    });
    m_stop->store(true);
    // Quit after the work queued before it (an abandon, a cancel's removal
    // of the part file): QThread::quit() alone would drop it.
    QMetaObject::invokeMethod(m_workerContext, [thread = m_thread] { thread->quit(); });
    m_thread->wait();
    delete m_workerContext;
    delete m_thread;
}

template <typename Work>
void OutputExport::onWorker(Work &&work)
{
    QMetaObject::invokeMethod(m_workerContext, std::forward<Work>(work), Qt::QueuedConnection);
}

void OutputExport::start()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_clock.start();
    if (m_runs.isEmpty()) {
        fail(tr("No run to export."), false);
        return;
    }
    if (m_request.path.isEmpty()) {
        fail(tr("No file to export to."), false);
        return;
    }
    readRun(0);
}

void OutputExport::readRun(int index)
{
    m_fetching =
        m_client->getRun(m_runs.at(index).uid)->then(this, [this, index](const ApiResult &result) {
            m_fetching = nullptr;
            if (!result.succeeded()) {
                fail(tr("Could not read run %1: %2")
                         .arg(m_runs.at(index).uid, result.error.message()),
                     false);
                return;
            }
            onRunRead(index, Run::fromJson(result.json.toObject()));
        });
}

void OutputExport::onRunRead(int index, const Run &run)
{
    if (run.executionMode == ExecutionMode::Live) {
        fail(tr("Run %1 is a live run: the service keeps no outputs of live runs (contract "
                "3.6). Export the live panel's results instead.")
                 .arg(run.uid),
             false);
        return;
    }
    m_runs[index].before = run;
    if (const ActionSpec *action = ActionCatalogue::find(run.actionName)) {
        for (const QString &field : action->outputFields) {
            if (!m_documented.contains(field))
                m_documented.append(field);
        }
    }
    if (index + 1 < m_runs.size()) {
        readRun(index + 1);
        return;
    }
    m_progress.expectedRows = 0;
    for (const RunState &state : std::as_const(m_runs))
        m_progress.expectedRows += state.before.outputCount;
    if (m_request.settings.customDataColumns)
        readCustomData(0);
    else
        openFile();
}

void OutputExport::readCustomData(int index)
{
    if (index >= m_runs.size()) {
        openFile();
        return;
    }
    // Two are enough to tell one input from several.
    m_fetching =
        m_client->runInputs(m_runs.at(index).uid, 2)
            ->then(this, [this, index](const ApiResult &result) {
                m_fetching = nullptr;
                if (!result.succeeded()) {
                    fail(tr("Could not read the inputs of run %1: %2")
                             .arg(m_runs.at(index).uid, result.error.message()),
                         false);
                    return;
                }
                const QJsonArray inputs = result.json.toArray();
                if (inputs.size() > 1 || !result.nextPage.isEmpty()) {
                    fail(tr("Run %1 has several inputs, and outputs do not say which "
                            "input they came from (contract 3.6): its custom_data "
                            "cannot be joined. Export it without the custom_data "
                            "columns.")
                             .arg(m_runs.at(index).uid),
                         false);
                    return;
                }
                const QJsonObject customData =
                    inputs.isEmpty()
                        ? QJsonObject()
                        : inputs.first().toObject().value(QLatin1String("custom_data")).toObject();
                for (auto it = customData.constBegin(); it != customData.constEnd(); ++it) {
                    const QJsonValue value = it.value();
                    QByteArray text;
                    if (value.isString())
                        text = value.toString().toUtf8();
                    else if (value.isObject() || value.isArray())
                        text = (value.isObject() ? QJsonDocument(value.toObject())
                                                 : QJsonDocument(value.toArray()))
                                   .toJson(QJsonDocument::Compact);
                    else if (!value.isNull())
                        text = QJsonDocument(QJsonArray{value})
                                   .toJson(QJsonDocument::Compact)
                                   .chopped(1)
                                   .mid(1);
                    m_runs[index].customData.append(
                        {QByteArrayLiteral("custom_data.") + it.key().toUtf8(), text});
                }
                readCustomData(index + 1);
            });
}

void OutputExport::openFile()
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("export"));
    m_workerContext = new QObject;
    m_workerContext->moveToThread(m_thread);
    m_thread->start();
    m_file = std::make_shared<ExportFile>(m_request.path, m_request.settings, m_documented);
    const bool resume = m_request.resume && ExportFile::canResume(m_request.path);
    QStringList uids;
    QList<QPair<QString, QList<QPair<QByteArray, QByteArray>>>> customData;
    for (const RunState &run : std::as_const(m_runs)) {
        uids.append(run.uid);
        customData.append({run.uid, run.customData});
    }
    onWorker([this, file = m_file, resume, uids, customData] {
        QString error;
        QJsonObject mark;
        const bool ok = resume ? file->resume(&mark, &error) : file->create(&error);
        for (const auto &[uid, cells] : customData)
            file->setRunCells(uid, cells);
        QHash<QString, qint64> rows;
        for (const QString &uid : uids)
            rows.insert(uid, file->rowsOf(uid));
        const qint64 bytes = file->bytes();
        const qint64 total = file->rows();
        QMetaObject::invokeMethod(this, [=, this] {
            if (!m_running) {
                // Cancelled while the file was opening.
                if (ok && !resume)
                    onWorker([file] { file->abandon(false); });
                return;
            }
            if (!ok) {
                fail(error, false);
                return;
            }
            m_fileOpen = true;
            for (RunState &run : m_runs)
                run.rows = rows.value(run.uid);
            m_progress.rows = total;
            m_progress.bytes = bytes;
            if (!mark.isEmpty()) {
                m_walkRun = mark.value(QLatin1String("run")).toInt();
                m_progress.pages = mark.value(QLatin1String("pages")).toInt();
                m_next = QUrl(mark.value(QLatin1String("next")).toString());
                for (int i = 0; i < m_walkRun && i < m_runs.size(); ++i)
                    checkRun(i);
                if (m_next.isEmpty() && m_walkRun < m_runs.size())
                    checkRun(m_walkRun++);
            }
            emit progressed(m_progress);
            fetchNext();
            maybeFinish();
        });
    });
}

void OutputExport::fetchNext()
{
    if (!m_running || m_fetching || m_queued >= kMaxQueuedPages || m_walkRun >= m_runs.size())
        return;
    EdgesRequest request = m_next.isEmpty()
                               ? EdgesRoutes::runOutputs(m_runs.at(m_walkRun).uid, kPageSize)
                               : EdgesRoutes::followNext(m_next, RouteFamily::Runs);
    request.rawBody = true;
    m_fetching = m_client->send(request)->then(this, [this](const ApiResult &result) {
        m_fetching = nullptr;
        if (!result.succeeded()) {
            fail(tr("Stopped at %1: %2").arg(pageName(), result.error.message()), true);
            return;
        }
        onPage(result.body, result.nextPage);
    });
}

QString OutputExport::pageName() const
{
    const QString run = m_walkRun < m_runs.size() ? m_runs.at(m_walkRun).uid : QString();
    return m_runs.size() > 1 ? tr("page %1 (run %2)").arg(m_progress.pages + m_queued + 1).arg(run)
                             : tr("page %1").arg(m_progress.pages + m_queued + 1);
}

QJsonObject OutputExport::markAfter(const QUrl &next) const
{
    return QJsonObject{{QStringLiteral("run"), m_walkRun},
                       {QStringLiteral("next"), next.toString(QUrl::FullyEncoded)},
                       {QStringLiteral("pages"), m_progress.pages + m_queued + 1}};
}

void OutputExport::onPage(const QByteArray &body, const QUrl &next)
{
    const int runIndex = m_walkRun;
    const QString uid = m_runs.at(runIndex).uid;
    const QJsonObject mark = markAfter(next);
    const QString page = pageName();
    ++m_queued;
    m_next = next;
    if (next.isEmpty()) {
        m_runs[runIndex].walked = true;
        checkRun(runIndex);
        ++m_walkRun;
    }
    onWorker([this, file = m_file, stop = m_stop, body, uid, mark, page, runIndex] {
        if (stop->load())
            return;
        QString error;
        const qint64 before = file->rows();
        if (!file->writePage(body, uid, mark, &error)) {
            stop->store(true);
            QMetaObject::invokeMethod(this, [this, error, page] {
                fail(tr("Stopped at %1: %2").arg(page, error), true);
            });
            return;
        }
        const qint64 pageRows = file->rows() - before;
        const qint64 bytes = file->bytes();
        const qsizetype columns = file->columnCount();
        QMetaObject::invokeMethod(this,
                                  [=, this] { onPageWritten(runIndex, pageRows, bytes, columns); });
    });
    fetchNext();
}

void OutputExport::onPageWritten(int runIndex, qint64 pageRows, qint64 bytes, qsizetype columns)
{
    if (!m_running)
        return;
    --m_queued;
    m_runs[runIndex].rows += pageRows;
    m_progress.rows += pageRows;
    m_progress.bytes = bytes;
    ++m_progress.pages;
    m_progress.elapsedMs = m_clock.elapsed();
    m_columns = columns;
    emit progressed(m_progress);
    fetchNext();
    maybeFinish();
}

void OutputExport::checkRun(int index)
{
    m_runs[index].walked = true;
    // An ended run's output_count is final: no second request for it.
    if (isTerminal(m_runs.at(index).before.status)) {
        m_runs[index].after = m_runs.at(index).before;
        m_runs[index].checked = true;
        maybeFinish();
        return;
    }
    m_client->getRun(m_runs.at(index).uid)->then(this, [this, index](const ApiResult &result) {
        if (result.succeeded())
            m_runs[index].after = Run::fromJson(result.json.toObject());
        m_runs[index].checked = true;
        maybeFinish();
    });
}

void OutputExport::maybeFinish()
{
    if (!m_running || !m_fileOpen || m_finishing || m_queued > 0 || m_fetching)
        return;
    for (const RunState &run : std::as_const(m_runs)) {
        if (!run.walked || !run.checked)
            return;
    }
    m_finishing = true;
    m_progress.finishing = true;
    emit progressed(m_progress);
    onWorker([this, file = m_file] {
        QString error;
        const bool ok = file->finish(
            [this](qint64 rows) {
                QMetaObject::invokeMethod(this, [this, rows] {
                    ExportProgress progress = m_progress;
                    progress.rows = rows;
                    progress.elapsedMs = m_clock.elapsed();
                    emit progressed(progress);
                });
            },
            &error);
        const qint64 bytes = file->bytes();
        const qsizetype columns = file->columnCount();
        QMetaObject::invokeMethod(this, [=, this] {
            if (!m_running)
                return;
            if (!ok) {
                fail(error, true);
                return;
            }
            ExportSummary summary = baseSummary();
            summary.bytes = bytes;
            summary.columns = columns;
            summary.path = m_request.path;
            summary.outcome = ExportSummary::Outcome::Complete;
            summary.checkedOutputCount = true;
            QStringList problems;
            for (const RunState &run : std::as_const(m_runs)) {
                const QString who = m_runs.size() > 1 ? tr("Run %1").arg(run.uid) : tr("The run");
                if (run.after.uid.isEmpty()) {
                    problems
                        << tr("%1 could not be read again to compare its output_count.").arg(who);
                } else if (!isTerminal(run.after.status)) {
                    problems << tr("%1 is still %2: exported the %3 outputs that existed; more "
                                   "may come.")
                                    .arg(who, run.after.statusText)
                                    .arg(run.rows);
                } else if (run.rows != run.after.outputCount) {
                    problems << tr("%1 has output_count %2 but %3 outputs were exported.")
                                    .arg(who)
                                    .arg(run.after.outputCount)
                                    .arg(run.rows);
                }
            }
            if (!problems.isEmpty()) {
                summary.outcome = ExportSummary::Outcome::Incomplete;
                summary.message = problems.join(QLatin1Char(' '));
            }
            end(summary);
        });
    });
}

void OutputExport::fail(const QString &message, bool resumable)
{
    if (!m_running)
        return;
    if (m_fetching)
        m_fetching->cancel();
    m_stop->store(true);
    ExportSummary summary = baseSummary();
    summary.outcome = ExportSummary::Outcome::Failed;
    summary.resumable = resumable && m_fileOpen;
    summary.path = summary.resumable ? ExportFile::partPath(m_request.path) : QString();
    summary.message = message;
    if (summary.resumable) {
        summary.message +=
            QLatin1Char(' ') + tr("The %n rows written so far are kept in %1; export again to the "
                                  "same file to resume after the last whole page.",
                                  nullptr, int(m_progress.rows))
                                   .arg(QDir::toNativeSeparators(summary.path));
    }
    // A file that did not open is not ours to touch: a refused resume
    // leaves the interrupted export as it was.
    if (m_file && m_fileOpen)
        onWorker([file = m_file, keep = summary.resumable] { file->abandon(keep); });
    end(summary);
}

void OutputExport::cancel(bool keepPartial)
{
    if (!m_running)
        return;
    if (m_fetching)
        m_fetching->cancel();
    m_stop->store(true);
    ExportSummary summary = baseSummary();
    summary.outcome = ExportSummary::Outcome::Cancelled;
    summary.resumable = keepPartial && m_fileOpen;
    summary.path = summary.resumable ? ExportFile::partPath(m_request.path) : QString();
    summary.message = summary.resumable ? tr("Cancelled; the %n rows written are kept in %1.",
                                             nullptr, int(m_progress.rows))
                                              .arg(QDir::toNativeSeparators(summary.path))
                      : m_fileOpen ? tr("Cancelled; the partial file was removed.")
                                   : tr("Cancelled before anything was written.");
    if (m_file && m_fileOpen)
        onWorker([file = m_file, keepPartial] { file->abandon(keepPartial); });
    end(summary);
}

void OutputExport::end(ExportSummary summary)
{
    m_running = false;
    emit finished(summary);
}
