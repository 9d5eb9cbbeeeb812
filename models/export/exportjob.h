#pragma once

#include "models/export/exportsummary.h"

#include <QElapsedTimer>
#include <QObject>

// An export the window can follow: a run's outputs, the live panel's
// results or the runs list all report the same way, so one progress window
// serves them.
class ExportJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    using QObject::QObject;
    ~ExportJob() override = default;

    virtual void start() = 0;
    // Stops; the part file stays (to resume later, where the job can) or
    // goes.
    virtual void cancel(bool keepPartial) = 0;
    virtual bool isRunning() const = 0;
    // Whether a kept part file can be resumed by this kind of export.
    virtual bool canResume() const { return false; }

protected:
    // What every ending says: the counts so far and the time taken.
    ExportSummary baseSummary() const
    {
        ExportSummary summary;
        summary.rows = m_progress.rows;
        summary.bytes = m_progress.bytes;
        summary.columns = m_columns;
        summary.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
        summary.expectedRows = m_progress.expectedRows;
        summary.pages = m_progress.pages;
        return summary;
    }

    QElapsedTimer m_clock;
    ExportProgress m_progress;
    qsizetype m_columns = 0;

signals:
    void progressed(const ExportProgress &progress);
    // Once, whatever the outcome.
    void finished(const ExportSummary &summary);
};
