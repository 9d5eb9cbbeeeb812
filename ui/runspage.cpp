#include "runspage.h"

#include "common/datetimedelegate.h"
#include "runs/runsmodel.h"
#include "runs/runwatcher.h"
#include "runsfilterbar.h"
#include "runstatusdelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr int kRefreshMs = 15000;

} // namespace

RunsPage::RunsPage(RunsModel *model, RunWatcher *watcher, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_watcher(watcher)
    , m_filters(new RunsFilterBar(this))
    , m_table(new QTableView(this))
    , m_updated(new QLabel(this))
{
    setObjectName(QStringLiteral("runsPage"));
    m_table->setObjectName(QStringLiteral("runsTableView"));
    m_table->setModel(model);
    m_table->setItemDelegate(new DateTimeDelegate(m_table));
    m_table->setItemDelegateForColumn(RunsModel::StatusColumn, new RunStatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_updated);

    connect(model, &RunsModel::loadingChanged, this, &RunsPage::onLoadingChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { watchActiveRows(first, last); });
    connect(watcher, &RunWatcher::runChanged, model, &RunsModel::updateRun);
    connect(m_filters, &RunsFilterBar::filterChanged, model, &RunsModel::setFilter);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RunsPage::refresh);
    connect(&m_ageTimer, &QTimer::timeout, this, &RunsPage::updateAge);
    m_refreshTimer.start(kRefreshMs);
    m_ageTimer.start(1000);
}

void RunsPage::refresh()
{
    m_model->refresh();
}

void RunsPage::onLoadingChanged(bool loading)
{
    if (loading)
        return;
    m_sinceUpdate.start();
    updateAge();
}

void RunsPage::watchActiveRows(int first, int last)
{
    for (int row = first; row <= last; ++row)
        m_watcher->watch(m_model->runAt(m_model->index(row, 0)));
}

void RunsPage::updateAge()
{
    if (!m_sinceUpdate.isValid())
        return;
    const qint64 seconds = m_sinceUpdate.elapsed() / 1000;
    m_updated->setText(tr("%1 runs loaded · updated %2 s ago · %3 followed live")
                           .arg(m_model->rowCount())
                           .arg(seconds)
                           .arg(m_watcher->watchedCount()));
}
