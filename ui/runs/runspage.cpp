#include "ui/runs/runspage.h"

#include "core/domain/durationtext.h"
#include "models/client/edgesroutes.h"
#include "models/outputs/runoutputsmodel.h"
#include "models/runs/runsmodel.h"
#include "models/runs/runsproxymodel.h"
#include "models/runs/runwatcher.h"
#include "models/session/session.h"
#include "ui/common/datetimedelegate.h"
#include "ui/common/icons.h"
#include "ui/common/keyboardnavigation.h"
#include "ui/export/exportflow.h"
#include "ui/runs/bulkoperationdialog.h"
#include "ui/runs/runsfilterbar.h"
#include "ui/runs/runstatusdelegate.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// While searching, pages are pulled in until this many rows match or this
// many extra pages have come; the rest loads as the user scrolls.
constexpr int kSearchWantedRows = 40;
constexpr int kSearchMaxPages = 10;

} // namespace

RunsPage::RunsPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(session->runs())
    , m_watcher(session->watcher())
    , m_proxy(new RunsProxyModel(m_model, this))
    , m_filters(new RunsFilterBar(this))
    , m_table(new QTableView(this))
    , m_updated(new QLabel(this))
    , m_empty(new QWidget(this))
    , m_emptyLabel(new QLabel(m_empty))
    , m_emptyClear(new QPushButton(tr("C&lear filters"), m_empty))
    , m_window(new QToolButton(this))
{
    setObjectName(QStringLiteral("runsPage"));
    m_table->setObjectName(QStringLiteral("runsTableView"));
    m_table->setAccessibleName(tr("Runs"));
    KeyboardNavigation::letTabLeave(m_table);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new DateTimeDelegate(m_table));
    m_table->setItemDelegateForColumn(RunsModel::StatusColumn, new RunStatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setColumnWidth(RunsModel::StatusColumn, 170);
    m_table->setColumnWidth(RunsModel::ActionColumn, 230);
    m_table->setColumnWidth(RunsModel::NameColumn, 190);
    m_table->setColumnWidth(RunsModel::ModeColumn, 70);
    m_table->setColumnWidth(RunsModel::ScheduleColumn, 170);
    for (const int column : {int(RunsModel::OutputsColumn), int(RunsModel::RetriesColumn)})
        m_table->setColumnWidth(column, 70);
    for (const int column : {int(RunsModel::CreatedColumn), int(RunsModel::StartedColumn),
                             int(RunsModel::FinishedColumn)})
        m_table->setColumnWidth(column, 175);

    m_updated->setObjectName(QStringLiteral("runsUpdatedLabel"));
    m_updated->setText(tr("Loading…"));

    m_window->setObjectName(QStringLiteral("timeWindowButton"));
    m_window->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_window->setIcon(Icons::get(QStringLiteral("cancel")));
    m_window->setToolTip(tr("Show runs of any time again"));
    m_window->hide();
    connect(m_window, &QToolButton::clicked, this, &RunsPage::clearWindow);

    m_empty->setObjectName(QStringLiteral("runsEmptyState"));
    m_emptyLabel->setObjectName(QStringLiteral("runsEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyClear->setObjectName(QStringLiteral("runsEmptyClearButton"));
    connect(m_emptyClear, &QPushButton::clicked, this, &RunsPage::clearAllFilters);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(6, 12, 6, 12);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_emptyClear, 0, Qt::AlignHCenter);
    m_empty->hide();

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(6, 0, 6, 2);
    footer->addWidget(m_updated, 1);
    footer->addWidget(m_window);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filters);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    createActions();

    // Reading order: the filters, the empty state's button above the
    // table, the table, then the footer.
    if (auto *presets = m_filters->findChild<QWidget *>(QStringLiteral("presetsButton"))) {
        setTabOrder(presets, m_emptyClear);
        setTabOrder(m_emptyClear, m_table);
        setTabOrder(m_table, m_window);
    }

    connect(header, &QHeaderView::sortIndicatorChanged, this, &RunsPage::onSortChanged);
    RunsModel *model = m_model;
    connect(model, &RunsModel::loadingChanged, this, &RunsPage::onLoadingChanged);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &RunsPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RunsPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RunsPage::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { watchActiveRows(first, last); });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, &m_countsTimer, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::dataChanged, &m_countsTimer, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::modelReset, &m_countsTimer, qOverload<>(&QTimer::start));
    connect(m_filters, &RunsFilterBar::filterChanged, model, &RunsModel::setFilter);
    connect(m_filters, &RunsFilterBar::searchTextChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        m_searchPages = 0;
        fetchMoreWhileSearching();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentRunChanged(current.isValid() ? m_proxy->runAt(current) : Run());
            });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { emit runActivated(m_proxy->runAt(index)); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &RunsPage::showContextMenu);
    connect(&m_ageTimer, &QTimer::timeout, this, &RunsPage::updateAge);
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(150);
    connect(&m_countsTimer, &QTimer::timeout, this, &RunsPage::updateCounts);
    m_ageTimer.start(1000);
    updateActions();
}

void RunsPage::createActions()
{
    auto make = [this](const QString &text, const char *name, const QString &icon,
                       const QKeySequence &shortcut) {
        auto *action = new QAction(Icons::get(icon), text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(shortcut);
        // The table's shortcuts work while the table or its page has focus,
        // so Delete in a text field never cancels a run.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(action);
        return action;
    };
    m_open = make(tr("&Open run"), "actionOpenRun", QStringLiteral("detail"),
                  QKeySequence(Qt::Key_Return));
    m_launchLike = make(tr("&Launch like this one…"), "actionLaunchLike", QStringLiteral("play"),
                        QKeySequence(Qt::CTRL | Qt::Key_L));
    m_cancel = make(tr("&Cancel runs…"), "actionCancelRuns", QStringLiteral("cancel"),
                    QKeySequence::Delete);
    m_resume = make(tr("&Resume runs…"), "actionResumeRuns", QStringLiteral("play"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_continue = make(tr("C&ontinue runs…"), "actionContinueRuns", QStringLiteral("continue"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_copyUid =
        make(tr("Copy run &uid"), "actionCopyRunUid", QStringLiteral("copy"), QKeySequence::Copy);
    m_copyCurl = make(tr("Copy as c&url"), "actionCopyRunCurl", QStringLiteral("copy-curl"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_exportOutputs = make(tr("&Export outputs…"), "actionExportOutputs", QStringLiteral("export"),
                           QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportOutputs, &QAction::triggered, this, &RunsPage::exportOutputs);
    m_exportList = make(tr("Export the runs &list…"), "actionExportRunsList",
                        QStringLiteral("export"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportList->setToolTip(tr("Every run the filter matches, all pages, as the columns shown"));
    connect(m_exportList, &QAction::triggered, this, &RunsPage::exportList);
    connect(m_open, &QAction::triggered, this, [this] {
        if (const QModelIndex current = m_table->currentIndex(); current.isValid())
            emit runActivated(m_proxy->runAt(current));
    });
    connect(m_launchLike, &QAction::triggered, this, [this] {
        if (const QModelIndex current = m_table->currentIndex(); current.isValid())
            emit launchLikeRequested(m_proxy->runAt(current));
    });
    connect(m_cancel, &QAction::triggered, this, [this] { startOperation(RunOperation::Cancel); });
    connect(m_resume, &QAction::triggered, this, [this] { startOperation(RunOperation::Resume); });
    connect(m_continue, &QAction::triggered, this,
            [this] { startOperation(RunOperation::Continue); });
    // A disabled action swallows its shortcut; these stand in for it and
    // say why nothing happens.
    for (const auto &[action, operation] :
         {std::pair{m_cancel, RunOperation::Cancel}, std::pair{m_resume, RunOperation::Resume},
          std::pair{m_continue, RunOperation::Continue}}) {
        auto *explain = new QShortcut(action->shortcut(), m_table);
        explain->setContext(Qt::WidgetWithChildrenShortcut);
        explain->setEnabled(false);
        m_explainers.insert(action, explain);
        connect(explain, &QShortcut::activated, this,
                [this, operation = operation] { explainRefusal(operation); });
    }
    connect(m_copyUid, &QAction::triggered, this, &RunsPage::copyUids);
    connect(m_copyCurl, &QAction::triggered, this, &RunsPage::copyCurl);

    m_pause = new QAction(Icons::get(QStringLiteral("pause")), tr("&Pause auto-refresh"), this);
    m_pause->setObjectName(QStringLiteral("actionPauseRefresh"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_pause, &QAction::toggled, this, &RunsPage::setPaused);
}

void RunsPage::onSortChanged(int column, Qt::SortOrder order)
{
    const QString field = RunsModel::serverSortField(column);
    if (field.isEmpty())
        return;
    m_model->setSort(order == Qt::DescendingOrder ? QLatin1Char('-') + field : field);
}

QList<QAction *> RunsPage::runActions() const
{
    return {m_open,   m_launchLike, m_exportOutputs, m_cancel,
            m_resume, m_continue,   m_copyUid,       m_copyCurl};
}

QList<Run> RunsPage::selectedRuns() const
{
    QList<Run> runs;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    runs.reserve(rows.size());
    for (const QModelIndex &index : rows)
        runs.append(m_proxy->runAt(index));
    // Table order, not the order the user clicked in.
    std::sort(runs.begin(), runs.end(), [this](const Run &a, const Run &b) {
        return m_model->rowOfUid(a.uid) < m_model->rowOfUid(b.uid);
    });
    return runs;
}

void RunsPage::selectRun(const QString &uid)
{
    const int row = m_model->rowOfUid(uid);
    if (row < 0) {
        // Newer than the last refresh (a schedule's latest run, say): once
        // more after a refresh. Still missing (filtered out, or older than
        // the loaded pages), the detail pane shows it alone.
        auto *once = new QObject(this);
        connect(m_model, &RunsModel::loadingChanged, once, [this, once, uid](bool loading) {
            if (loading)
                return;
            once->deleteLater();
            if (m_model->rowOfUid(uid) >= 0)
                selectRun(uid);
        });
        if (!m_model->isLoading())
            m_model->refresh();
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void RunsPage::refresh()
{
    m_model->refresh();
}

void RunsPage::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused) {
        m_pause->setChecked(paused);
        return;
    }
    m_session->setPaused(paused);
    updateAge();
}

void RunsPage::startOperation(RunOperation operation)
{
    const QList<Run> runs = selectedRuns();
    if (runs.isEmpty())
        return;
    auto *dialog =
        new BulkOperationDialog(m_session, RunOperationPlan::make(operation, runs), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkOperationDialog::runUpdated, this, [this](const Run &run) {
        m_model->updateRun(run);
        m_watcher->watch(run);
        updateActions();
    });
    dialog->open();
}

void RunsPage::showOnly(const QStringList &uids, const QString &description)
{
    // An empty bucket still narrows: to nothing, not back to everything.
    QSet<QString> only(uids.cbegin(), uids.cend());
    if (only.isEmpty())
        only.insert(QStringLiteral("-"));
    m_proxy->setOnlyRuns(only);
    m_window->setText(description);
    m_window->show();
    updateAge();
}

void RunsPage::clearWindow()
{
    m_proxy->setOnlyRuns({});
    m_window->hide();
    updateAge();
}

void RunsPage::onLoadingChanged(bool loading)
{
    if (loading)
        return;
    // A failed load leaves the rows as they were: they are not fresher.
    if (!m_model->lastLoadError().isError())
        m_sinceUpdate.start();
    updateAge();
    updateEmptyState();
    updateActions();
    fetchMoreWhileSearching();
}

void RunsPage::fetchMoreWhileSearching()
{
    const bool narrowed = !m_proxy->searchText().isEmpty();
    if (!narrowed || m_model->isLoading())
        return;
    if (m_proxy->rowCount() >= kSearchWantedRows || m_searchPages >= kSearchMaxPages)
        return;
    if (!m_model->canFetchMore())
        return;
    ++m_searchPages;
    m_model->fetchMore();
}

void RunsPage::watchActiveRows(int first, int last)
{
    for (int row = first; row <= last; ++row)
        m_watcher->watch(m_model->runAt(m_model->index(row, 0)));
}

void RunsPage::updateAge()
{
    if (const ApiError &error = m_model->lastLoadError(); error.isError()) {
        QString text = tr("Could not load runs: %1").arg(error.message());
        if (m_model->rowCount() > 0 && m_sinceUpdate.isValid())
            text += tr(" · showing %1 runs as loaded %2 ago (stale)")
                        .arg(m_model->rowCount())
                        .arg(DurationText::format(m_sinceUpdate.elapsed() / 1000));
        m_updated->setText(text);
        return;
    }
    if (!m_sinceUpdate.isValid())
        return;
    const qint64 seconds = m_sinceUpdate.elapsed() / 1000;
    QString text = m_pause->isChecked() ? tr("Paused · ") : QString();
    text +=
        tr("%Ln run(s) loaded · updated %1 s ago · %2 followed live", nullptr, m_model->rowCount())
            .arg(seconds)
            .arg(m_pause->isChecked() ? 0 : m_watcher->watchedCount());
    if (!m_proxy->searchText().isEmpty())
        text += tr(" · %1 match “%2”").arg(m_proxy->rowCount()).arg(m_proxy->searchText());
    m_updated->setText(text);
}

void RunsPage::updateEmptyState()
{
    // Rows on show, a load on its way or none finished yet: nothing to say.
    const bool quiet = m_proxy->rowCount() > 0 || m_model->isLoading() ||
                       (!m_model->hasLoaded() && !m_model->lastLoadError().isError());
    const bool filtered = !(m_filters->filter() == RunsModel::Filter()) ||
                          !m_proxy->searchText().isEmpty() || !m_window->isHidden();
    QString text;
    if (quiet)
        text.clear();
    else if (m_model->lastLoadError().isError())
        text = tr("Could not load runs: %1").arg(m_model->lastLoadError().message());
    else if (!filtered)
        text = tr("No runs yet: runs launched on this server appear here.");
    else if (m_model->rowCount() == 0)
        text = tr("No runs match these filters.");
    else if (!m_proxy->searchText().isEmpty())
        text = tr("None of the %1 loaded runs match “%2”.")
                   .arg(m_model->rowCount())
                   .arg(m_proxy->searchText());
    else
        text = tr("None of the %1 loaded runs is in this time window.").arg(m_model->rowCount());
    m_emptyLabel->setText(text);
    // Every "nothing matches" text comes with the way back.
    m_emptyClear->setVisible(!quiet && !m_model->lastLoadError().isError() && filtered);
    m_empty->setVisible(!text.isEmpty());
}

void RunsPage::clearAllFilters()
{
    clearWindow();
    m_filters->setPreset({});
}

void RunsPage::updateActions()
{
    const QList<Run> runs = selectedRuns();
    m_open->setEnabled(m_table->currentIndex().isValid());
    m_launchLike->setEnabled(m_table->currentIndex().isValid());
    m_copyUid->setEnabled(!runs.isEmpty());
    const qsizetype stored = std::count_if(runs.cbegin(), runs.cend(), [](const Run &run) {
        return run.executionMode != ExecutionMode::Live;
    });
    m_exportOutputs->setEnabled(stored > 0);
    m_exportOutputs->setStatusTip(
        stored < runs.size()
            ? tr("Live runs keep no outputs on the service: %n of the selected runs export.",
                 nullptr, int(stored))
            : QString());
    m_copyCurl->setEnabled(!runs.isEmpty());
    const QList<std::pair<QAction *, RunOperation>> operations = {
        {m_cancel, RunOperation::Cancel},
        {m_resume, RunOperation::Resume},
        {m_continue, RunOperation::Continue}};
    for (const auto &[action, operation] : operations) {
        const RunOperationPlan plan = RunOperationPlan::make(operation, runs);
        action->setEnabled(!plan.isEmpty());
        if (QShortcut *explain = m_explainers.value(action))
            explain->setEnabled(plan.isEmpty());
        action->setStatusTip(runs.isEmpty() ? QString() : plan.summary());
    }
}

void RunsPage::explainRefusal(RunOperation operation)
{
    const QString verb = RunOperationPlan::verb(operation).toLower();
    const QList<Run> runs = selectedRuns();
    if (runs.isEmpty()) {
        emit noticeRequested(tr("Select runs to %1 them.").arg(verb));
        return;
    }
    const RunOperationPlan plan = RunOperationPlan::make(operation, runs);
    if (plan.skipped.isEmpty())
        return;
    QString text = tr("Cannot %1: %2").arg(verb, plan.skipped.first().reason);
    if (plan.skipped.size() > 1)
        text += tr(" (and %1 more selected runs)").arg(plan.skipped.size() - 1);
    emit noticeRequested(text);
}

void RunsPage::updateCounts()
{
    QMap<RunStatus, int> counts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counts[m_model->compactAt(row).status];
    m_filters->setStatusCounts(counts, m_model->rowCount());
    updateAge();
}

void RunsPage::exportOutputs()
{
    QList<Run> runs = selectedRuns();
    runs.removeIf([](const Run &run) { return run.executionMode == ExecutionMode::Live; });
    if (runs.isEmpty()) {
        emit noticeRequested(tr("Select runs that are not live to export their outputs."));
        return;
    }
    // The detail's outputs table knows the columns of the run it shows.
    const RunOutputsModel *outputs = m_session->runOutputs();
    const bool shown = runs.size() == 1 && outputs->runUid() == runs.first().uid;
    ExportFlow::exportOutputs(this, m_session, runs,
                              shown ? outputs->columnNames() : QStringList());
}

void RunsPage::exportList()
{
    QList<QPair<QString, QString>> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        const QString field = RunsModel::apiField(column);
        if (!header->isSectionHidden(column) && !field.isEmpty())
            columns.append(
                {field, m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()});
    }
    ExportFlow::exportRunsList(this, m_session, m_model->parameters(0), columns);
}

void RunsPage::copyUids()
{
    QStringList uids;
    for (const Run &run : selectedRuns())
        uids.append(run.uid);
    if (!uids.isEmpty())
        QGuiApplication::clipboard()->setText(uids.join(QLatin1Char('\n')));
}

void RunsPage::copyCurl()
{
    QStringList commands;
    for (const Run &run : selectedRuns()) {
        commands.append(m_session->curlCommand(EdgesRoutes::getRun(run.uid)));
    }
    if (!commands.isEmpty())
        QGuiApplication::clipboard()->setText(commands.join(QStringLiteral("\n\n")));
}

void RunsPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectRow(index.row());
    m_table->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_open);
    menu.addAction(m_launchLike);
    menu.addAction(m_exportOutputs);
    menu.addAction(m_exportList);
    menu.addSeparator();
    menu.addActions({m_cancel, m_resume, m_continue});
    menu.addSeparator();
    menu.addActions({m_copyUid, m_copyCurl});
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void RunsPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("runs/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("runs/filter"),
                      RunsFilterPresets::toJson(m_filters->preset()));
    settings.setValue(QStringLiteral("runs/paused"), m_pause->isChecked());
}

void RunsPage::restoreState(const QSettings &settings)
{
    if (const QByteArray header = settings.value(QStringLiteral("runs/header")).toByteArray();
        !header.isEmpty()) {
        QHeaderView *view = m_table->horizontalHeader();
        view->restoreState(header);
        m_table->sortByColumn(view->sortIndicatorSection(), view->sortIndicatorOrder());
        onSortChanged(view->sortIndicatorSection(), view->sortIndicatorOrder());
    }
    if (const QByteArray filter = settings.value(QStringLiteral("runs/filter")).toByteArray();
        !filter.isEmpty())
        m_filters->setPreset(RunsFilterPresets::fromJson(filter));
    setPaused(settings.value(QStringLiteral("runs/paused"), false).toBool());
}
