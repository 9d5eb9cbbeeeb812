#include "ui/launch/jsondocumentjob.h"

#include "core/launch/inputsjson.h"

#include <QTextDocument>
#include <QThread>

#include <algorithm>

JsonDocumentJob::JsonDocumentJob(QObject *parent)
    : QObject(parent)
{}

JsonDocumentJob::~JsonDocumentJob()
{
    for (const Worker &worker : std::as_const(m_workers)) {
        worker.thread->wait();
        delete *worker.document;
        delete worker.thread;
    }
}

void JsonDocumentJob::start(const QList<InputDraft> &inputs)
{
    const quint64 generation = ++m_generation;
    m_pending = true;
    QThread *target = thread();
    auto result = std::make_shared<QTextDocument *>(nullptr);
    QThread *worker = QThread::create([inputs, target, result] {
        auto *document = new QTextDocument;
        // Text only: its layout is made on the GUI thread, where fonts are.
        document->setPlainText(inputs.isEmpty() ? QString() : InputsJson::write(inputs));
        document->setModified(false);
        document->moveToThread(target);
        *result = document;
    });
    m_workers.append({worker, result, generation});
    connect(worker, &QThread::finished, this, [this, worker] { onFinished(worker); });
    worker->start(QThread::LowPriority);
}

void JsonDocumentJob::cancel()
{
    ++m_generation;
    m_pending = false;
}

void JsonDocumentJob::onFinished(QThread *thread)
{
    const auto found =
        std::find_if(m_workers.cbegin(), m_workers.cend(),
                     [thread](const Worker &worker) { return worker.thread == thread; });
    if (found == m_workers.cend())
        return;
    const Worker worker = *found;
    m_workers.erase(found);
    thread->deleteLater();
    QTextDocument *document = *worker.document;
    if (worker.generation != m_generation) {
        delete document;
        return;
    }
    m_pending = false;
    emit ready(document);
}
