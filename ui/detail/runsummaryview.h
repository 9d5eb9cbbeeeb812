#pragma once

#include "core/domain/run.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

// The Summary tab of the run detail: every field of the run in words,
// its errors explained, whether the outputs that arrived match the run's
// output_count, and for incremental runs the last sync with a warning
// and advice when an iteration hit max_results (contract 6.3).
class RunSummaryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSummaryView)

public:
    // How far the Outputs tab got with the run's outputs.
    struct Outputs
    {
        enum class Phase
        {
            // Live runs store none (contract 3.6), or no run is shown.
            NotAvailable,
            Loading,
            // Some pages are loaded, more exist.
            Partial,
            Complete,
            Failed,
        };
        Phase phase = Phase::NotAvailable;
        int received = 0;
        QString error;
    };

    // What the pane learned about the last iteration beyond the run
    // object itself.
    struct IncrementalContext
    {
        // Items the last iteration stored, from two syncs the dashboard
        // saw; -1 when unknown.
        qint64 observedNewItems = -1;
        // The gap the new items accumulated over; 0 when unknown.
        qint64 intervalSeconds = 0;
        // The schedule's longest gap between firings; 0 when unknown.
        qint64 longestIntervalSeconds = 0;
        // Where intervalSeconds comes from, in words.
        QString intervalSource;
    };

    explicit RunSummaryView(QWidget *parent = nullptr);

    void setRun(const Run &run);
    void setOutputs(const Outputs &outputs);
    void setIncrementalContext(const IncrementalContext &context);
    void clear();

signals:
    void loadAllOutputsRequested();
    // The run's Schedule link was followed.
    void scheduleActivated(const QString &uid);

private:
    void refreshText();
    void refreshCompleteness();
    void refreshIncremental();

    Run m_run;
    bool m_hasRun = false;
    Outputs m_outputs;
    IncrementalContext m_context;
    QTextBrowser *m_text;
    QLabel *m_completeness;
    QPushButton *m_loadAll;
    QLabel *m_incremental;
    QLabel *m_warning;
};
