#include "ui/schedules/schedulespage.h"

#include "models/schedules/schedulebulkrunner.h"
#include "models/schedules/scheduleservice.h"
#include "models/schedules/schedulesmodel.h"
#include "ui/common/datetimedelegate.h"
#include "ui/common/icons.h"
#include "ui/common/keyboardnavigation.h"
#include "ui/schedules/editscheduledialog.h"
#include "ui/schedules/scheduledetailview.h"
#include "ui/schedules/schedulerunsview.h"
#include "ui/schedules/schedulestatusdelegate.h"
#include "ui/schedules/weekcalendarpanel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

QString verbOf(ScheduleOperation operation)
{
    switch (operation) {
    case ScheduleOperation::Pause:
        return SchedulesPage::tr("pause");
    case ScheduleOperation::Resume:
        return SchedulesPage::tr("resume");
    case ScheduleOperation::Cancel:
        return SchedulesPage::tr("cancel");
    case ScheduleOperation::Update:
        return SchedulesPage::tr("update");
    }
    return {};
}

QString progressOf(ScheduleOperation operation)
{
    switch (operation) {
    case ScheduleOperation::Pause:
        return SchedulesPage::tr("Pausing");
    case ScheduleOperation::Resume:
        return SchedulesPage::tr("Resuming");
    case ScheduleOperation::Cancel:
        return SchedulesPage::tr("Cancelling");
    case ScheduleOperation::Update:
        return SchedulesPage::tr("Updating");
    }
    return {};
}

QString nameOf(const Schedule &schedule)
{
    return schedule.name.isEmpty() ? schedule.uid : schedule.name;
}

} // namespace

SchedulesPage::SchedulesPage(SchedulesModel *model, ScheduleService *service, const Clock *clock,
                             QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_service(service)
    , m_clock(clock)
    , m_toolBar(new QToolBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView)
    , m_detail(new ScheduleDetailView(clock))
    , m_views(new QStackedWidget(m_splitter))
    , m_calendar(new WeekCalendarPanel(model, clock))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("schedulesPage"));
    m_toolBar->setObjectName(QStringLiteral("schedulesToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_splitter->setObjectName(QStringLiteral("schedulesSplitter"));
    m_message->setObjectName(QStringLiteral("scheduleMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_table->setObjectName(QStringLiteral("schedulesTableView"));
    m_table->setAccessibleName(tr("Schedules"));
    KeyboardNavigation::letTabLeave(m_table);
    m_table->setModel(model);
    m_table->setItemDelegate(new DateTimeDelegate(m_table));
    m_table->setItemDelegateForColumn(SchedulesModel::StatusColumn,
                                      new ScheduleStatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several at once for bulk pause, resume and cancel.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setColumnWidth(SchedulesModel::StatusColumn, 120);
    m_table->setColumnWidth(SchedulesModel::NameColumn, 220);
    m_table->setColumnWidth(SchedulesModel::ActionColumn, 230);
    m_table->setColumnWidth(SchedulesModel::CronColumn, 110);
    m_table->setColumnWidth(SchedulesModel::TimezoneColumn, 140);
    for (const int column :
         {int(SchedulesModel::NextExecutionColumn), int(SchedulesModel::LastExecutedColumn),
          int(SchedulesModel::CreatedColumn)})
        m_table->setColumnWidth(column, 175);

    m_views->setObjectName(QStringLiteral("schedulesViews"));
    m_views->addWidget(m_table);
    m_views->addWidget(m_calendar);
    m_side = new QSplitter(Qt::Vertical, m_splitter);
    m_side->setObjectName(QStringLiteral("scheduleSideSplitter"));
    m_side->addWidget(m_detail);
    m_side->setChildrenCollapsible(false);
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(m_side);
    connect(m_calendar, &WeekCalendarPanel::scheduleActivated, this,
            &SchedulesPage::selectSchedule);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    createActions();

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Cancel schedule"), question,
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };

    // Double-click and Enter: the row's schedule, whatever else is
    // selected.
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { editSchedule(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SchedulesPage::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SchedulesPage::updateActions);
    // A refresh merges rows in place: the current row may change under the
    // selection without the selection moving.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                onRowsChanged(topLeft.row(), bottomRight.row());
            });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &SchedulesPage::onCurrentChanged);
    connect(model, &QAbstractItemModel::rowsMoved, this, &SchedulesPage::onCurrentChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &SchedulesPage::onCurrentChanged);
    connect(model, &SchedulesModel::loadingChanged, this, &SchedulesPage::onLoadFinished);

    connect(service, &ScheduleService::managed, this, &SchedulesPage::onManaged);
    connect(service, &ScheduleService::manageFailed, this, &SchedulesPage::onManageFailed);
    updateActions();

    // Reading order: the tool bar's buttons (made after the table), the
    // table, then the detail beside it.
    setTabOrder(m_toolBar->widgetForAction(m_refresh), m_table);
    QWidget *previous = m_table;
    for (QWidget *child : m_detail->findChildren<QWidget *>()) {
        if (child->focusPolicy() & Qt::TabFocus) {
            setTabOrder(previous, child);
            previous = child;
        }
    }
}

SchedulesPage::~SchedulesPage() = default;

bool SchedulesPage::isBusy() const
{
    return m_service->isBusy();
}

void SchedulesPage::createActions()
{
    auto make = [this](const QString &text, const char *name, const QString &icon) {
        auto *action = new QAction(Icons::get(icon), text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_toolBar->addAction(action);
        m_table->addAction(action);
        return action;
    };
    m_edit = make(tr("&Edit schedule…"), "actionEditSchedule", QStringLiteral("edit"));
    m_pause = make(tr("&Pause"), "actionPauseSchedule", QStringLiteral("pause"));
    m_resume = make(tr("&Resume"), "actionResumeSchedule", QStringLiteral("play"));
    m_cancel = make(tr("&Cancel schedule…"), "actionCancelSchedule", QStringLiteral("cancel"));
    m_cancel->setShortcut(QKeySequence::Delete);
    m_toolBar->addSeparator();
    m_showCalendar =
        new QAction(Icons::get(QStringLiteral("calendar")), tr("&Week calendar"), this);
    m_showCalendar->setObjectName(QStringLiteral("actionShowWeekCalendar"));
    m_showCalendar->setCheckable(true);
    m_showCalendar->setToolTip(tr("The coming week of every active schedule's firings, in place "
                                  "of the table"));
    m_toolBar->addAction(m_showCalendar);
    connect(m_showCalendar, &QAction::toggled, this, &SchedulesPage::showCalendar);
    m_refresh = new QAction(Icons::get(QStringLiteral("refresh")), tr("Re&fresh"), this);
    m_refresh->setObjectName(QStringLiteral("actionRefreshSchedules"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_toolBar->addAction(m_refresh);
    KeyboardNavigation::reachByTab(m_toolBar);
    addAction(m_refresh);

    connect(m_edit, &QAction::triggered, this, [this] {
        if (hasCurrentSchedule())
            editSchedule(m_table->currentIndex().row());
    });
    connect(m_pause, &QAction::triggered, this, [this] { manage(ScheduleOperation::Pause); });
    connect(m_resume, &QAction::triggered, this, [this] { manage(ScheduleOperation::Resume); });
    connect(m_cancel, &QAction::triggered, this, [this] { manage(ScheduleOperation::Cancel); });
    connect(m_refresh, &QAction::triggered, this, &SchedulesPage::refresh);
}

void SchedulesPage::showCalendar(bool shown)
{
    m_showCalendar->setChecked(shown);
    m_views->setCurrentWidget(shown ? static_cast<QWidget *>(m_calendar) : m_table);
}

bool SchedulesPage::isCalendarShown() const
{
    return m_views->currentWidget() == m_calendar;
}

void SchedulesPage::setRunsSource(std::function<QList<Run>()> runs)
{
    m_calendar->setRunsSource(std::move(runs));
}

QList<QAction *> SchedulesPage::scheduleActions() const
{
    return {m_edit, m_pause, m_resume, m_cancel, m_refresh};
}

void SchedulesPage::attachScheduleRuns(RunsModel *runs)
{
    m_runsView = new ScheduleRunsView(runs, m_side);
    m_side->addWidget(m_runsView);
    connect(m_runsView, &ScheduleRunsView::runActivated, this, &SchedulesPage::runActivated);
    onCurrentChanged();
}

void SchedulesPage::addLeadingAction(QAction *action)
{
    const QList<QAction *> actions = m_toolBar->actions();
    m_toolBar->insertAction(actions.isEmpty() ? nullptr : actions.first(), action);
    if (!actions.isEmpty())
        m_toolBar->insertSeparator(actions.first());
    KeyboardNavigation::reachByTab(m_toolBar);
}

void SchedulesPage::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

void SchedulesPage::refresh()
{
    m_model->refresh();
}

void SchedulesPage::selectSchedule(const QString &uid)
{
    const int row = m_model->rowOfUid(uid);
    if (row < 0) {
        if (!m_model->isLoading() && m_model->rowCount() > 0 && m_pendingSelection == uid) {
            m_pendingSelection.clear();
            showMessage(tr("Schedule %1 is not in the list: it may have been deleted.").arg(uid),
                        true);
            return;
        }
        const bool first = m_pendingSelection.isEmpty();
        m_pendingSelection = uid;
        if (first) {
            auto *once = new QObject(this);
            connect(m_model, &SchedulesModel::loadingChanged, once, [this, once](bool loading) {
                if (loading)
                    return;
                once->deleteLater();
                if (!m_pendingSelection.isEmpty())
                    selectSchedule(m_pendingSelection);
            });
        }
        if (!m_model->isLoading())
            refresh();
        return;
    }
    m_pendingSelection.clear();
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->selectRow(row);
    m_table->scrollTo(index);
}

bool SchedulesPage::hasCurrentSchedule() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && current.row() < m_model->rowCount();
}

Schedule SchedulesPage::currentSchedule() const
{
    return hasCurrentSchedule() ? m_model->scheduleAt(m_table->currentIndex()) : Schedule();
}

QList<Schedule> SchedulesPage::selectedSchedules() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<Schedule> schedules;
    for (const int row : std::as_const(rows))
        schedules.append(m_model->scheduleAt(m_model->index(row, 0)));
    return schedules;
}

EditScheduleDialog *SchedulesPage::editDialog() const
{
    return m_editDialog;
}

void SchedulesPage::editSchedule(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (m_editDialog) {
        m_editDialog->raise();
        m_editDialog->activateWindow();
        return;
    }
    m_editDialog = new EditScheduleDialog(m_model->scheduleAt(m_model->index(row, 0)), m_service,
                                          m_clock, this);
    m_editDialog->setAttribute(Qt::WA_DeleteOnClose);
    // The page hears the answer from the service too (onManaged) and puts
    // it in the row; the dialog only closes.
    m_editDialog->open();
}

void SchedulesPage::manage(ScheduleOperation operation)
{
    if (isBusy())
        return;
    if (const QList<Schedule> selected = selectedSchedules(); selected.size() > 1) {
        manageMany(selected, operation);
        return;
    }
    if (!hasCurrentSchedule())
        return;
    const Schedule schedule = currentSchedule();
    // A shortcut can fire while the table still shows an older status.
    if (!allowedOperations(schedule.status).testFlag(operation))
        return;
    const QString name = nameOf(schedule);
    if (operation == ScheduleOperation::Cancel && m_confirm &&
        !m_confirm(tr("Cancel the schedule “%1”? It will not fire again and cannot be resumed; "
                      "runs it already started carry on.")
                       .arg(name)))
        return;
    if (m_service->manage(schedule, operation))
        showMessage(tr("%1 “%2”…").arg(progressOf(operation), name), false);
    updateActions();
}

void SchedulesPage::manageMany(const QList<Schedule> &selected, ScheduleOperation operation)
{
    const qsizetype allowed = ScheduleBulkRunner::eligible(selected, operation).size();
    if (allowed == 0) {
        showMessage(tr("None of the %1 selected schedules can be %2: their status does not "
                       "allow it.")
                        .arg(selected.size())
                        .arg(ScheduleBulkRunner::participle(operation)),
                    true);
        return;
    }
    QString question = tr("%1 %2 of the %3 selected schedules?")
                           .arg(verbOf(operation).at(0).toUpper() + verbOf(operation).mid(1))
                           .arg(allowed)
                           .arg(selected.size());
    if (allowed < selected.size())
        question += QLatin1Char(' ') + tr("The other %1 are left as they are: their status "
                                          "does not allow it.")
                                           .arg(selected.size() - allowed);
    if (operation == ScheduleOperation::Cancel)
        question += QLatin1Char(' ') + tr("Cancelled schedules do not fire again and cannot be "
                                          "resumed; runs they already started carry on.");
    if (m_confirm && !m_confirm(question))
        return;
    ScheduleBulkRunner *runner = m_service->manageMany(selected, operation);
    if (!runner)
        return;
    connect(runner, &ScheduleBulkRunner::outcomeReady, this, [this, runner] {
        showMessage(tr("%1 %2 of %3 schedules…")
                        .arg(progressOf(runner->operation()))
                        .arg(runner->outcomes().size())
                        .arg(selectedSchedules().size()),
                    false);
    });
    connect(runner, &ScheduleBulkRunner::scheduleUpdated, this, [this](const Schedule &updated) {
        m_model->updateSchedule(updated);
        emit scheduleManaged(updated);
    });
    connect(runner, &ScheduleBulkRunner::finished, this,
            [this, runner] { onBulkFinished(runner); });
    runner->start();
    updateActions();
}

void SchedulesPage::onBulkFinished(const ScheduleBulkRunner *runner)
{
    QStringList done;
    QStringList lines;
    bool failed = false;
    for (const ScheduleBulkRunner::Outcome &outcome : runner->outcomes()) {
        const QString name = QStringLiteral("“%1”").arg(nameOf(outcome.schedule));
        switch (outcome.kind) {
        case ScheduleBulkRunner::Outcome::Kind::Done:
            done.append(name);
            break;
        case ScheduleBulkRunner::Outcome::Kind::Skipped:
            lines.append(tr("Left %1 as it is: %2.").arg(name, outcome.reason));
            break;
        case ScheduleBulkRunner::Outcome::Kind::Failed:
            failed = true;
            lines.append(
                tr("Could not %1 %2: %3").arg(verbOf(runner->operation()), name, outcome.reason));
            break;
        }
    }
    lines.prepend(done.isEmpty() ? tr("No schedule was changed.")
                                 : tr("Done (%1 of %2): %3.")
                                       .arg(done.size())
                                       .arg(runner->outcomes().size())
                                       .arg(done.join(QStringLiteral(", "))));
    showMessage(lines.join(QLatin1Char('\n')), failed);
    refreshAfterOperation();
}

void SchedulesPage::onManaged(ScheduleOperation operation, const Schedule &updated)
{
    // The answer is the schedule as it now is: its row shows it at once,
    // in place, and the refresh below only confirms it.
    m_model->updateSchedule(updated);
    if (operation == ScheduleOperation::Update)
        showMessage(tr("Saved the changes to “%1”.").arg(nameOf(updated)), false);
    else
        showMessage(
            tr("“%1” is now %2.")
                .arg(nameOf(updated),
                     ScheduleStatusDelegate::label(updated.status, updated.statusText).toLower()),
            false);
    emit scheduleManaged(updated);
    refreshAfterOperation();
}

void SchedulesPage::onManageFailed(ScheduleOperation operation, const Schedule &schedule,
                                   const ApiError &error)
{
    showMessage(tr("Could not %1 “%2”: %3")
                    .arg(verbOf(operation), nameOf(schedule), ScheduleService::explain(error)),
                true);
    refreshAfterOperation();
}

void SchedulesPage::refreshAfterOperation()
{
    updateActions();
    // The server is the truth either way: a refusal often means the table
    // showed an old status.
    if (m_model->isLoading()) {
        auto *again = new QObject(this);
        connect(m_model, &SchedulesModel::loadingChanged, again, [this, again](bool loading) {
            if (loading)
                return;
            again->deleteLater();
            refresh();
        });
    } else {
        refresh();
    }
}

void SchedulesPage::onCurrentChanged()
{
    if (hasCurrentSchedule()) {
        const Schedule schedule = currentSchedule();
        const Schedule &shown = m_detail->schedule();
        // updated_at alone does not tell an edit: a server on a stopped
        // clock (the sandbox's) keeps it.
        if (!m_detail->hasSchedule() || shown.uid != schedule.uid ||
            shown.updatedAt != schedule.updatedAt || shown.statusText != schedule.statusText ||
            shown.nextExecutionAt != schedule.nextExecutionAt || shown.cron != schedule.cron ||
            shown.timezone != schedule.timezone || shown.name != schedule.name)
            m_detail->setSchedule(schedule);
        // Again when it has fired since: a new run is there.
        const QString runsFor = schedule.uid + schedule.lastExecutedAt.toString(Qt::ISODate);
        if (m_runsView && runsFor != m_runsShownFor) {
            m_runsShownFor = runsFor;
            m_runsView->setSchedule(schedule.uid);
        }
        emit currentScheduleChanged(schedule);
    } else if (m_detail->hasSchedule()) {
        m_detail->clear();
        if (m_runsView) {
            m_runsShownFor.clear();
            m_runsView->setSchedule({});
        }
        emit currentScheduleChanged(Schedule());
    }
    updateActions();
}

void SchedulesPage::onRowsChanged(int first, int last)
{
    const int current = m_table->currentIndex().row();
    if (current >= first && current <= last)
        onCurrentChanged();
}

void SchedulesPage::updateActions()
{
    const bool has = hasCurrentSchedule();
    const Schedule schedule = has ? currentSchedule() : Schedule();
    ScheduleOperations operations =
        has && !isBusy() ? allowedOperations(schedule.status) : ScheduleOperations();
    // Several selected: an action any of them allows (the others are left
    // as they are, and the confirmation says so).
    if (const QList<Schedule> selected = selectedSchedules(); selected.size() > 1 && !isBusy()) {
        operations = {};
        for (const Schedule &one : selected)
            operations |= allowedOperations(one.status);
    }
    // Any status: a terminal schedule opens read-only, saying why.
    m_edit->setEnabled(has && selectedSchedules().size() <= 1);
    m_pause->setEnabled(operations.testFlag(ScheduleOperation::Pause));
    m_resume->setEnabled(operations.testFlag(ScheduleOperation::Resume));
    m_cancel->setEnabled(operations.testFlag(ScheduleOperation::Cancel));
    // Say why an action is off, in the status tip the window shows.
    const QString state =
        has ? ScheduleStatusDelegate::label(schedule.status, schedule.statusText) : QString();
    const auto tip = [&](QAction *action, const QString &what, const QString &why) {
        if (isBusy())
            action->setStatusTip(tr("Waiting for the server's answer to the last change"));
        else if (has && !action->isEnabled())
            action->setStatusTip(why.arg(state));
        else
            action->setStatusTip(what);
    };
    if (!has)
        m_edit->setStatusTip(tr("Change a schedule's name, cron, time zone or start"));
    else if (!m_edit->isEnabled())
        m_edit->setStatusTip(tr("Select one schedule to edit it"));
    else
        m_edit->setStatusTip(
            isTerminal(schedule.status)
                ? tr("Show the schedule (%1 schedules cannot be changed)").arg(state.toLower())
                : tr("Change the schedule's name, cron, time zone or start"));
    tip(m_pause, tr("Stop firing until resumed"),
        tr("Only an active schedule can be paused (this one: %1)"));
    tip(m_resume, tr("Fire again; the next time is counted from now"),
        tr("Only a paused schedule can be resumed (this one: %1)"));
    tip(m_cancel, tr("Stop the schedule for good; it stays listed"),
        tr("Only an active or paused schedule can be cancelled (this one: %1)"));
}

void SchedulesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The list loads when first looked at; later, the timer keeps it fresh.
    if (m_model->rowCount() == 0 && !m_model->isLoading())
        refresh();
}

void SchedulesPage::onLoadFinished()
{
    if (m_model->isLoading())
        return;
    const ApiError &error = m_model->lastLoadError();
    if (!error.isError()) {
        // Current again: a load failure said before no longer holds.
        if (m_showsLoadError)
            showMessage({}, false);
        return;
    }
    QString text = tr("Could not load the schedules: %1").arg(error.message());
    // What is still listed is the last good answer, not the server's state.
    if (m_model->rowCount() > 0)
        text += tr(" · showing %1 schedules as last loaded (stale)").arg(m_model->rowCount());
    showMessage(text, true);
    m_showsLoadError = true;
}

void SchedulesPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #d03a3a;") : QString());
    m_message->setVisible(!text.isEmpty());
    m_showsLoadError = false;
}
