#include "ui/schedules/schedulerunsview.h"

#include "models/runs/runsmodel.h"
#include "ui/common/datetimedelegate.h"
#include "ui/common/keyboardnavigation.h"
#include "ui/runs/runstatusdelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

ScheduleRunsView::ScheduleRunsView(RunsModel *runs, QWidget *parent)
    : QWidget(parent)
    , m_runs(runs)
    , m_ofSchedule(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("scheduleRunsView"));
    m_ofSchedule->setSourceModel(runs);
    m_ofSchedule->setFilterRole(int(RunsModel::Role::ScheduleUid));
    m_ofSchedule->setFilterCaseSensitivity(Qt::CaseSensitive);
    m_table->setObjectName(QStringLiteral("scheduleRunsTable"));
    m_table->setAccessibleName(tr("Runs of this schedule"));
    m_table->setModel(m_ofSchedule);
    m_table->setItemDelegate(new DateTimeDelegate(m_table));
    m_table->setItemDelegateForColumn(RunsModel::StatusColumn, new RunStatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    KeyboardNavigation::letTabLeave(m_table);
    for (int column = 0; column < RunsModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, column != RunsModel::StatusColumn &&
                                             column != RunsModel::CreatedColumn &&
                                             column != RunsModel::OutputsColumn);
    // The longest status with its icon; the delegate draws more than the
    // text's own size hint.
    m_table->setColumnWidth(RunsModel::StatusColumn, m_table->fontMetrics().horizontalAdvance(
                                                         QStringLiteral("PARTIAL_SUCCEEDED")) +
                                                         m_table->fontMetrics().height() * 3);
    m_note->setObjectName(QStringLiteral("scheduleRunsNote"));
    m_note->setWordWrap(true);

    auto *title = new QLabel(tr("Runs of this schedule"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);

    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit runActivated(m_runs->runAt(m_ofSchedule->mapToSource(index)));
    });
    connect(m_runs, &RunsModel::loadingChanged, this, &ScheduleRunsView::updateNote);
    connect(m_runs, &RunsModel::loadFailed, this, &ScheduleRunsView::updateNote);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_ofSchedule, signal, this, &ScheduleRunsView::updateNote);
    connect(m_ofSchedule, &QAbstractItemModel::modelReset, this, &ScheduleRunsView::updateNote);
    updateNote();
}

void ScheduleRunsView::setSchedule(const QString &uid)
{
    if (uid == m_uid) {
        if (!uid.isEmpty())
            m_runs->refresh();
        return;
    }
    m_uid = uid;
    // Exactly this uid: a regular expression anchored at both ends.
    m_ofSchedule->setFilterRegularExpression(
        uid.isEmpty() ? QStringLiteral("^(?!)$")
                      : QStringLiteral("^%1$").arg(QRegularExpression::escape(uid)));
    if (uid.isEmpty()) {
        updateNote();
        return;
    }
    RunsModel::Filter filter;
    filter.scheduleUid = uid;
    m_runs->setFilter(filter);
    updateNote();
}

void ScheduleRunsView::updateNote()
{
    QString text;
    if (m_uid.isEmpty())
        text = tr("Select a schedule to see its runs.");
    else if (m_runs->lastLoadError().isError())
        text = tr("Could not load its runs: %1").arg(m_runs->lastLoadError().message());
    else if (m_ofSchedule->rowCount() == 0)
        text = m_runs->isLoading() ? tr("Loading its runs…") : tr("It has not fired yet.");
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}
