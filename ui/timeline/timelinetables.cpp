#include "ui/timeline/timelinetables.h"

#include "core/timeline/fleetbuckets.h"
#include "models/common/displaytime.h"
#include "ui/common/datetimedelegate.h"
#include "ui/common/keyboardnavigation.h"
#include "ui/common/statusstyle.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// Bucket-table columns before the statuses.
enum BucketColumn
{
    FromColumn,
    ToColumn,
    TotalColumn,
    FirstStatusColumn,
};

QTableWidgetItem *timeItem(qint64 ms)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, time);
    item->setData(Qt::AccessibleTextRole, DisplayTime::accessibleText(time));
    return item;
}

QTableWidgetItem *countItem(int count)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, count);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *newTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setItemDelegate(new DateTimeDelegate(table));
    KeyboardNavigation::letTabLeave(table);
    return table;
}

// Enter on a cell does what a double-click does.
class ActivateOnEnter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *table = qobject_cast<QTableWidget *>(watched);
        if (!table || event->type() != QEvent::KeyPress)
            return false;
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key != Qt::Key_Return && key != Qt::Key_Enter) || !table->currentItem())
            return false;
        emit table->cellActivated(table->currentRow(), table->currentColumn());
        return true;
    }
};

} // namespace

TimelineTables::TimelineTables(QWidget *parent)
    : QWidget(parent)
    , m_buckets(
          newTable(QStringLiteral("timelineBucketTable"), tr("Runs per status over time"), this))
    , m_runs(newTable(QStringLiteral("timelineRunTable"), tr("Runs in range"), this))
{
    setObjectName(QStringLiteral("timelineTables"));
    m_buckets->horizontalHeader()->setStretchLastSection(false);
    m_buckets->setAccessibleDescription(
        tr("One row per time bucket of the chart: how many runs were in each status. Enter "
           "lists a cell's runs."));
    m_runs->setAccessibleDescription(
        tr("The runs of the Gantt strip: start, end and last status. Enter opens a run."));
    m_runs->setColumnCount(RunColumnCount);
    m_runs->setHorizontalHeaderLabels(
        {tr("Name"), tr("Action"), tr("Start"), tr("End"), tr("Status")});
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setWordWrap(false);
    m_runs->horizontalHeader()->setStretchLastSection(false);
    m_runs->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    auto *filter = new ActivateOnEnter(this);
    m_buckets->installEventFilter(filter);
    m_runs->installEventFilter(filter);
    connect(m_buckets, &QTableWidget::cellActivated, this, &TimelineTables::activateBucketCell);
    connect(m_runs, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const QTableWidgetItem *name = m_runs->item(row, NameColumn))
            emit runActivated(name->data(Qt::UserRole).toString());
    });

    auto *bucketLabel = new QLabel(tr("&Runs per status over time"), this);
    bucketLabel->setBuddy(m_buckets);
    auto *runLabel = new QLabel(tr("Runs &in range"), this);
    runLabel->setBuddy(m_runs);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(bucketLabel);
    topLayout->addWidget(m_buckets, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(runLabel);
    bottomLayout->addWidget(m_runs, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void TimelineTables::setData(const FleetBuckets &buckets, const QList<RunSpan> &spans)
{
    m_statusColumns = buckets.statuses();
    QStringList headers{tr("From"), tr("To"), tr("Runs")};
    for (const RunStatus status : std::as_const(m_statusColumns))
        headers.append(StatusStyle::label(status));
    m_buckets->clear();
    m_buckets->setColumnCount(static_cast<int>(headers.size()));
    m_buckets->setHorizontalHeaderLabels(headers);
    m_buckets->setRowCount(buckets.bucketCount());
    for (int bucket = 0; bucket < buckets.bucketCount(); ++bucket) {
        m_buckets->setItem(bucket, FromColumn, timeItem(buckets.bucketStartMs(bucket)));
        m_buckets->setItem(bucket, ToColumn, timeItem(buckets.bucketEndMs(bucket)));
        m_buckets->setItem(bucket, TotalColumn, countItem(buckets.total(bucket)));
        for (int i = 0; i < m_statusColumns.size(); ++i)
            m_buckets->setItem(bucket, FirstStatusColumn + i,
                               countItem(buckets.count(bucket, m_statusColumns.at(i))));
    }

    QList<const RunSpan *> shown;
    for (const RunSpan &span : spans) {
        if (span.endMs >= buckets.fromMs() && span.startMs < buckets.toMs())
            shown.append(&span);
    }
    m_runs->setRowCount(0);
    m_runs->setRowCount(static_cast<int>(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const RunSpan &span = *shown.at(row);
        auto *name = new QTableWidgetItem(span.name.isEmpty() ? span.uid : span.name);
        name->setData(Qt::UserRole, span.uid);
        name->setToolTip(span.uid);
        m_runs->setItem(row, NameColumn, name);
        m_runs->setItem(row, ActionColumn, new QTableWidgetItem(span.actionName));
        m_runs->setItem(row, StartColumn, timeItem(span.startMs));
        // An active run has no end yet: its span reaches now.
        m_runs->setItem(row, EndColumn,
                        span.active ? new QTableWidgetItem(tr("still active"))
                                    : timeItem(span.endMs));
        auto *status = new QTableWidgetItem(StatusStyle::icon(span.endStatus),
                                            StatusStyle::label(span.endStatus));
        m_runs->setItem(row, StatusColumn, status);
    }
    m_buckets->resizeColumnsToContents();
    for (const int column : {ActionColumn, StartColumn, EndColumn, StatusColumn})
        m_runs->resizeColumnToContents(column);
}

void TimelineTables::activateBucketCell(int row, int column)
{
    const int index = column - FirstStatusColumn;
    const QTableWidgetItem *from = m_buckets->item(row, FromColumn);
    const QTableWidgetItem *to = m_buckets->item(row, ToColumn);
    if (index < 0 || index >= m_statusColumns.size() || !from || !to)
        return;
    emit bucketActivated(from->data(Qt::DisplayRole).toDateTime(),
                         to->data(Qt::DisplayRole).toDateTime(), m_statusColumns.at(index));
}
