#include "ui/detail/rundetailpane.h"

#include "core/cron/cronschedule.h"
#include "core/domain/incrementaladvice.h"
#include "core/domain/schedule.h"
#include "core/domain/statustransition.h"
#include "models/callbacks/callbacksmodel.h"
#include "models/inputs/runinputsmodel.h"
#include "models/outputs/runoutputsmodel.h"
#include "models/runs/runsmodel.h"
#include "models/runs/runwatcher.h"
#include "models/schedules/scheduleservice.h"
#include "models/schedules/schedulesmodel.h"
#include "models/session/session.h"
#include "ui/common/datetimedelegate.h"
#include "ui/common/icons.h"
#include "ui/common/keyboardnavigation.h"
#include "ui/common/statusstyle.h"
#include "ui/common/tablerecordactions.h"
#include "ui/detail/runcallbackspage.h"
#include "ui/detail/runsummaryview.h"
#include "ui/detail/runtimelineview.h"
#include "ui/export/exportflow.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QTableView *newTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setItemDelegate(new DateTimeDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    KeyboardNavigation::letTabLeave(view);
    return view;
}

bool isLive(const Run &run)
{
    return run.executionMode == ExecutionMode::Live;
}

} // namespace

RunDetailPane::RunDetailPane(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_runs(session->runs())
    , m_watcher(session->watcher())
    , m_schedules(session->schedules())
    , m_scheduleService(session->scheduleService())
    , m_inputs(session->runInputs())
    , m_outputs(session->runOutputs())
    , m_callbacks(session->runCallbacks())
    , m_title(new QLabel(this))
    , m_filterNote(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new RunSummaryView(m_tabs))
    , m_inputsTab(new QWidget(m_tabs))
    , m_inputsMessage(new QLabel(m_inputsTab))
    , m_inputsView(newTable(m_inputsTab, QStringLiteral("runInputsView")))
    , m_outputsView(newTable(m_tabs, QStringLiteral("runOutputsView")))
    , m_callbacksPage(new RunCallbacksPage(m_callbacks, session->callbackService(), m_tabs))
    , m_timeline(new RunTimelineView(session->clock(), m_tabs))
    , m_session(session)
{
    setObjectName(QStringLiteral("runDetailPane"));
    m_title->setObjectName(QStringLiteral("runDetailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filterNote->setObjectName(QStringLiteral("runDetailFilterNote"));
    m_filterNote->setText(tr("Not in the current filter: shown as it was when it left the "
                             "table, and still followed."));
    m_filterNote->setWordWrap(true);
    m_filterNote->hide();
    m_tabs->setObjectName(QStringLiteral("runDetailTabs"));
    m_tabs->setAccessibleName(tr("Run detail"));
    m_tabs->setDocumentMode(true);

    m_inputsView->setModel(m_inputs);
    m_inputsView->setColumnWidth(RunInputsModel::StatusColumn, 110);
    m_inputsView->setColumnWidth(RunInputsModel::InputColumn, 260);
    m_inputsView->setColumnWidth(RunInputsModel::ErrorColumn, 260);
    m_outputsView->setModel(m_outputs);
    new TableRecordActions(m_inputsView);
    // Output columns are named by the data: their titles must show whole.
    (new TableRecordActions(m_outputsView))->fitColumnsToTitles();
    m_inputsMessage->setObjectName(QStringLiteral("runInputsMessage"));
    m_inputsMessage->setWordWrap(true);
    m_inputsMessage->hide();
    auto *inputsLayout = new QVBoxLayout(m_inputsTab);
    inputsLayout->setContentsMargins(0, 0, 0, 0);
    inputsLayout->addWidget(m_inputsMessage);
    inputsLayout->addWidget(m_inputsView, 1);

    // Insertion order must match the Tab enum.
    m_tabs->addTab(m_summary, tr("Summary"));
    m_tabs->addTab(m_inputsTab, tr("Inputs"));
    m_tabs->addTab(m_outputsView, tr("Outputs"));
    m_tabs->addTab(m_callbacksPage, tr("Callbacks"));
    m_tabs->addTab(m_timeline, tr("Timeline"));

    auto *launchLike =
        new QPushButton(Icons::get(QStringLiteral("play")), tr("Launch &like this one…"), this);
    launchLike->setObjectName(QStringLiteral("detailLaunchLikeButton"));
    launchLike->setToolTip(tr("A new run of this action with this run's inputs and parameters"));
    connect(launchLike, &QPushButton::clicked, this, [this] {
        if (!m_run.uid.isEmpty())
            emit launchLikeRequested(m_run);
    });
    // The outputs the service keeps, to a file: Ctrl+E anywhere in the pane.
    m_exportOutputs =
        new QAction(Icons::get(QStringLiteral("export")), tr("&Export outputs…"), this);
    m_exportOutputs->setObjectName(QStringLiteral("actionExportRunOutputs"));
    m_exportOutputs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportOutputs->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportOutputs->setToolTip(tr("Write every output of this run to CSV, JSON Lines or Excel "
                                   "(Ctrl+E)"));
    m_exportOutputs->setEnabled(false);
    addAction(m_exportOutputs);
    connect(m_exportOutputs, &QAction::triggered, this, [this] {
        if (m_hasRun && !isLive(m_run))
            ExportFlow::exportOutputs(this, m_session, {m_run}, m_outputs->columnNames());
    });
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("detailExportButton"));
    exportButton->setDefaultAction(m_exportOutputs);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(exportButton, 0, Qt::AlignTop);
    titleRow->addWidget(launchLike, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_filterNote);
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &RunDetailPane::loadTab);
    connect(m_outputs, &QAbstractItemModel::rowsInserted, this, &RunDetailPane::onOutputsInserted);
    connect(m_outputs, &RunOutputsModel::completed, this, [this] {
        m_outputsComplete = true;
        m_loadingAllOutputs = false;
        updateOutputs();
    });
    connect(m_outputs, &RunOutputsModel::loadFailed, this, [this](const ApiError &error) {
        m_outputsFailed = true;
        m_loadingAllOutputs = false;
        m_outputsError = error.message();
        updateOutputs();
    });
    connect(m_inputs, &RunInputsModel::loadFailed, this, [this](const ApiError &error) {
        m_inputsMessage->setText(tr("Could not load the inputs: %1").arg(error.message()));
        m_inputsMessage->show();
    });
    connect(m_inputs, &RunInputsModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_inputsMessage->hide();
    });
    connect(m_scheduleService, &ScheduleService::fetched, this, &RunDetailPane::onSchedule);
    connect(m_summary, &RunSummaryView::scheduleActivated, this, &RunDetailPane::scheduleActivated);
    connect(m_summary, &RunSummaryView::loadAllOutputsRequested, this,
            &RunDetailPane::loadAllOutputs);
    connect(m_watcher, &RunWatcher::runChanged, this, &RunDetailPane::onRunChanged);
    // The pane follows its run's row: a merge or a bulk operation changes
    // the row, a new filter can take it away.
    connect(m_runs, &QAbstractItemModel::dataChanged, this, &RunDetailPane::followRow);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_runs, signal, this, &RunDetailPane::followRow);
    connect(m_runs, &QAbstractItemModel::modelReset, this, &RunDetailPane::followRow);
    connect(m_runs, &RunsModel::loadingChanged, this, &RunDetailPane::followRow);
    connect(m_watcher, &RunWatcher::transitionObserved, this, &RunDetailPane::onTransition);
    clear();
}

RunDetailPane::~RunDetailPane() = default;

QString RunDetailPane::runUid() const
{
    return m_hasRun ? m_run.uid : QString();
}

void RunDetailPane::clear()
{
    m_run = Run();
    m_hasRun = false;
    m_exportOutputs->setEnabled(false);
    m_filterNote->hide();
    m_inputsLoaded = false;
    m_callbacksLoaded = false;
    m_inputs->setRunUid({});
    m_callbacks->setRunUid({});
    resetOutputs();
    m_outputs->setRunUid({});
    m_callbacksPage->reset();
    m_summary->clear();
    m_timeline->clear();
    m_title->setText(tr("No run selected"));
    m_tabs->setEnabled(false);
}

void RunDetailPane::resetOutputs()
{
    m_outputsComplete = false;
    m_outputsFailed = false;
    m_loadingAllOutputs = false;
    m_outputsError.clear();
}

void RunDetailPane::showRun(const Run &run)
{
    if (run.uid.isEmpty()) {
        clear();
        return;
    }
    if (m_hasRun && run.uid == m_run.uid) {
        applyRun(run);
        return;
    }
    m_run = run;
    m_hasRun = true;
    m_filterNote->setVisible(m_runs->rowOfUid(run.uid) < 0 && !m_runs->isLoading());
    m_tabs->setEnabled(true);
    m_inputsLoaded = false;
    m_callbacksLoaded = false;
    m_inputs->setRunUid({});
    m_callbacks->setRunUid({});
    m_callbacksPage->reset();
    resetOutputs();
    // Loaded at once, not on opening the tab: the summary's completeness
    // line needs the count, and the first page is one request.
    m_outputs->setRunUid(isLive(run) ? QString() : run.uid);
    // An ended run has nothing to follow; watching it would only record
    // its final status as if it had just been reached.
    if (m_watcher && !isTerminal(run.status))
        m_watcher->watch(run);
    applyRun(run);
    loadTab(m_tabs->currentIndex());
    fetchSchedule();
}

void RunDetailPane::applyRun(const Run &run)
{
    const qint64 before = m_run.outputCount;
    m_run = run;
    noteSync(run);
    QString title = run.name.isEmpty() ? run.actionName : run.name;
    m_title->setText(
        tr("<b>%1</b> — %2 — <code>%3</code>")
            .arg(title.toHtmlEscaped(), StatusStyle::label(run.status).toHtmlEscaped(), run.uid));
    m_summary->setRun(run);
    m_exportOutputs->setEnabled(!isLive(run));
    m_exportOutputs->setStatusTip(isLive(run) ? tr("A live run keeps no outputs on the service.")
                                              : QString());
    updateIncrementalContext();
    updateOutputs();
    updateTimeline();
    if (m_inputsLoaded)
        m_inputs->refresh();
    if (m_callbacksLoaded)
        m_callbacks->refresh();
    // A finished walk says nothing about outputs stored since: walk again.
    if (m_outputsComplete && run.outputCount != before && !isLive(run)) {
        resetOutputs();
        m_outputs->setRunUid(run.uid);
        updateOutputs();
    }
}

void RunDetailPane::onRunChanged(const Run &run)
{
    if (m_hasRun && run.uid == m_run.uid)
        applyRun(run);
}

void RunDetailPane::followRow()
{
    if (!m_hasRun)
        return;
    const int row = m_runs->rowOfUid(m_run.uid);
    // Rows also go while a new filter loads: only a settled list can say
    // the run is not in it.
    m_filterNote->setVisible(row < 0 && !m_runs->isLoading());
    if (row < 0)
        return;
    const Run run = m_runs->runAt(m_runs->index(row, 0));
    if (run.updatedAt != m_run.updatedAt || run.statusText != m_run.statusText ||
        run.outputCount != m_run.outputCount)
        applyRun(run);
}

void RunDetailPane::onTransition(const StatusTransition &transition)
{
    if (m_hasRun && transition.runUid == m_run.uid)
        updateTimeline();
}

void RunDetailPane::loadTab(int index)
{
    if (!m_hasRun)
        return;
    if (index == InputsTab && !m_inputsLoaded) {
        m_inputsLoaded = true;
        m_inputs->setRunUid(m_run.uid);
    } else if (index == CallbacksTab && !m_callbacksLoaded) {
        m_callbacksLoaded = true;
        m_callbacks->setRunUid(m_run.uid);
    } else if (index == TimelineTab) {
        updateTimeline();
    }
}

void RunDetailPane::noteSync(const Run &run)
{
    if (!run.isIncremental() || !run.syncedAt.isValid())
        return;
    auto seen = m_syncs.find(run.uid);
    if (seen == m_syncs.end()) {
        m_syncs.insert(run.uid, {run.syncedAt, run.outputCount, -1, 0});
        return;
    }
    if (run.syncedAt <= seen->syncedAt)
        return;
    // output_count adds up over iterations: the difference is what the
    // iteration between the two syncs stored.
    seen->newItems = std::max<qint64>(0, run.outputCount - seen->outputCount);
    seen->intervalSeconds = seen->syncedAt.secsTo(run.syncedAt);
    seen->syncedAt = run.syncedAt;
    seen->outputCount = run.outputCount;
}

void RunDetailPane::updateIncrementalContext()
{
    if (!m_run.isIncremental())
        return;
    RunSummaryView::IncrementalContext context;
    IncrementalAdvice::Gaps gaps;
    if (const auto cron = m_scheduleCrons.constFind(m_run.scheduledRunUid);
        cron != m_scheduleCrons.cend() && m_run.syncedAt.isValid()) {
        auto parsed = CronExpression::parse(cron->cron);
        const QTimeZone zone(cron->timezone.toUtf8());
        if (std::holds_alternative<CronExpression>(parsed) && zone.isValid())
            gaps = IncrementalAdvice::scheduleGaps(
                CronSchedule(std::get<CronExpression>(std::move(parsed)), zone), m_run.syncedAt);
    }
    const SyncSeen seen = m_syncs.value(m_run.uid);
    if (seen.newItems >= 0 && seen.intervalSeconds > 0) {
        context.observedNewItems = seen.newItems;
        context.intervalSeconds = seen.intervalSeconds;
        context.intervalSource = tr("since the previous sync the dashboard saw");
    } else if (gaps.lastSeconds > 0) {
        context.intervalSeconds = gaps.lastSeconds;
        context.intervalSource = tr("between the schedule's last two firings");
    }
    context.longestIntervalSeconds = gaps.longestSeconds;
    m_summary->setIncrementalContext(context);
}

void RunDetailPane::fetchSchedule()
{
    const QString uid = m_run.scheduledRunUid;
    if (!m_run.isIncremental() || uid.isEmpty() || m_scheduleCrons.contains(uid))
        return;
    // The window's schedules list usually has it; otherwise ask.
    if (const int row = m_schedules->rowOfUid(uid); row >= 0)
        onSchedule(m_schedules->scheduleAt(m_schedules->index(row, 0)));
    else
        m_scheduleService->fetch(uid);
}

void RunDetailPane::onSchedule(const Schedule &schedule)
{
    // Without the schedule the advice only lacks the rate: say nothing.
    if (schedule.cron.isEmpty() || schedule.uid.isEmpty())
        return;
    m_scheduleCrons.insert(schedule.uid, {schedule.cron, schedule.timezone});
    if (m_hasRun && m_run.scheduledRunUid == schedule.uid)
        updateIncrementalContext();
}

void RunDetailPane::onOutputsInserted()
{
    // Keep walking while the user asked for every page.
    if (m_loadingAllOutputs && m_outputs->canFetchMore())
        m_outputs->fetchMore();
    updateOutputs();
}

void RunDetailPane::loadAllOutputs()
{
    if (!m_hasRun || m_outputsComplete)
        return;
    m_loadingAllOutputs = true;
    if (m_outputs->canFetchMore())
        m_outputs->fetchMore();
    updateOutputs();
}

void RunDetailPane::updateOutputs()
{
    using Phase = RunSummaryView::Outputs::Phase;
    RunSummaryView::Outputs outputs;
    outputs.received = m_outputs->rowCount();
    if (!m_hasRun || isLive(m_run))
        outputs.phase = Phase::NotAvailable;
    else if (m_outputsFailed)
        outputs.phase = Phase::Failed;
    else if (m_outputsComplete)
        outputs.phase = Phase::Complete;
    else if (m_outputs->isLoading() && (m_loadingAllOutputs || outputs.received == 0))
        outputs.phase = Phase::Loading;
    else
        outputs.phase = Phase::Partial;
    outputs.error = m_outputsError;
    m_summary->setOutputs(outputs);
}

void RunDetailPane::updateTimeline()
{
    if (!m_hasRun)
        return;
    m_timeline->setRun(m_run,
                       m_watcher ? m_watcher->transitions(m_run.uid) : QList<StatusTransition>());
}
