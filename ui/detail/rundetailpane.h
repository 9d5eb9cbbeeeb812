#pragma once

#include "core/domain/run.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class CallbacksModel;
class QAction;
class QLabel;
class QTabWidget;
class QTableView;
class RunCallbacksPage;
class RunInputsModel;
class RunOutputsModel;
class RunSummaryView;
class RunTimelineView;
class RunWatcher;
class RunsModel;
class ScheduleService;
class SchedulesModel;
class Session;
struct Schedule;
struct StatusTransition;

// Everything about one run, in tabs: summary, inputs, outputs, callback
// deliveries (with replay) and the status timeline. It follows the run
// through the watcher's runChanged and loads each tab's list only when
// the tab is first opened, except the outputs, whose count the summary
// compares with the run's output_count.
class RunDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailPane)

public:
    enum Tab
    {
        SummaryTab,
        InputsTab,
        OutputsTab,
        CallbacksTab,
        TimelineTab,
    };

    explicit RunDetailPane(Session *session, QWidget *parent = nullptr);
    ~RunDetailPane() override;

    // Shows that run; the same uid again only updates what is shown.
    void showRun(const Run &run);
    void clear();
    QString runUid() const;
    const Run &run() const { return m_run; }

signals:
    // The run's Schedule link was followed.
    void scheduleActivated(const QString &uid);
    // "Launch like this one" on the run shown.
    void launchLikeRequested(const Run &run);

private:
    // What the pane saw of an incremental run's syncs, kept per uid so
    // two syncs seen apart still give the items and time between them.
    struct SyncSeen
    {
        QDateTime syncedAt;
        qint64 outputCount = 0;
        qint64 newItems = -1;
        qint64 intervalSeconds = 0;
    };
    struct ScheduleCron
    {
        QString cron;
        QString timezone;
    };

    void applyRun(const Run &run);
    void onRunChanged(const Run &run);
    void onTransition(const StatusTransition &transition);
    void loadTab(int index);
    void noteSync(const Run &run);
    void updateOutputs();
    void loadAllOutputs();
    void onOutputsInserted();
    void updateTimeline();
    void updateIncrementalContext();
    void fetchSchedule();
    void onSchedule(const Schedule &schedule);
    // Keeps the shown run in step with its row in the runs table.
    void followRow();
    void resetOutputs();

    RunsModel *m_runs;
    RunWatcher *m_watcher;
    SchedulesModel *m_schedules;
    ScheduleService *m_scheduleService;
    RunInputsModel *m_inputs;
    RunOutputsModel *m_outputs;
    CallbacksModel *m_callbacks;
    QLabel *m_title;
    QLabel *m_filterNote;
    QTabWidget *m_tabs;
    RunSummaryView *m_summary;
    QWidget *m_inputsTab;
    QLabel *m_inputsMessage;
    QTableView *m_inputsView;
    QTableView *m_outputsView;
    RunCallbacksPage *m_callbacksPage;
    RunTimelineView *m_timeline;

    Run m_run;
    bool m_hasRun = false;
    bool m_inputsLoaded = false;
    bool m_callbacksLoaded = false;
    bool m_outputsComplete = false;
    bool m_outputsFailed = false;
    bool m_loadingAllOutputs = false;
    QString m_outputsError;
    QHash<QString, SyncSeen> m_syncs;
    // Cron and zone of the schedules seen, by schedule uid.
    QHash<QString, ScheduleCron> m_scheduleCrons;
    Session *m_session;
    QAction *m_exportOutputs = nullptr;
};
