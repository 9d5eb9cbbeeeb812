#pragma once

#include "core/launch/inputdraft.h"

#include <QList>
#include <QObject>

#include <memory>

class QTextDocument;
class QThread;

// Writes inputs as the JSON tab's text (InputsJson) into a QTextDocument on
// a worker thread: for 100,000 inputs that text is megabytes, and building
// its document is most of a second the window would otherwise stand still.
// Starting again drops what the previous start would have delivered.
class JsonDocumentJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonDocumentJob)

public:
    explicit JsonDocumentJob(QObject *parent = nullptr);
    // Waits for a worker still writing (its result is dropped).
    ~JsonDocumentJob() override;

    void start(const QList<InputDraft> &inputs);
    // Drops what the current start would deliver.
    void cancel();
    bool isRunning() const { return m_pending; }

signals:
    // A document of this thread, without a parent and without a layout;
    // the receiver owns it.
    void ready(QTextDocument *document);

private:
    struct Worker
    {
        QThread *thread = nullptr;
        // Set by the worker just before it ends.
        std::shared_ptr<QTextDocument *> document;
        quint64 generation = 0;
    };
    void onFinished(QThread *thread);

    quint64 m_generation = 0;
    bool m_pending = false;
    QList<Worker> m_workers;
};
