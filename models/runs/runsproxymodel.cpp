#include "models/runs/runsproxymodel.h"

#include "models/runs/runsmodel.h"

RunsProxyModel::RunsProxyModel(RunsModel *runs, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_runs(runs)
{
    setSourceModel(runs);
    // A sort arrow must match the rows: rows that change, arrive or come
    // back into a search are placed by the sort at once.
    setDynamicSortFilter(true);
}

const Run &RunsProxyModel::runAt(const QModelIndex &proxyIndex) const
{
    return m_runs->runAt(mapToSource(proxyIndex));
}

void RunsProxyModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateRowsFilter();
}

void RunsProxyModel::setOnlyRuns(const QSet<QString> &uids)
{
    if (uids == m_only)
        return;
    m_only = uids;
    invalidateRowsFilter();
}

QVariant RunsProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        return RunsModel::serverSortField(section).isEmpty()
                   ? tr("Sorted among the loaded runs only")
                   : tr("Sorted by the server across all runs");
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

bool RunsProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const Run &run = m_runs->runAt(m_runs->index(sourceRow, 0, sourceParent));
    if (!m_only.isEmpty() && !m_only.contains(run.uid))
        return false;
    if (m_search.isEmpty())
        return true;
    for (const QString *field :
         {&run.name, &run.uid, &run.actionName, &run.scheduledRunName, &run.scheduledRunUid}) {
        if (field->contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool RunsProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Run &a = m_runs->runAt(left);
    const Run &b = m_runs->runAt(right);
    switch (left.column()) {
    case RunsModel::StatusColumn:
        // Along a run's life (the enum's order), not alphabetically.
        if (a.status != b.status)
            return a.status < b.status;
        return a.statusText < b.statusText;
    case RunsModel::OutputsColumn:
        return a.outputCount < b.outputCount;
    case RunsModel::RetriesColumn:
        return a.retryCount < b.retryCount;
    case RunsModel::CreatedColumn:
        return a.createdAt < b.createdAt;
    case RunsModel::StartedColumn:
        return a.startedAt < b.startedAt;
    case RunsModel::FinishedColumn:
        return a.finishedAt < b.finishedAt;
    case RunsModel::DurationColumn:
        return a.durationSeconds().value_or(-1) < b.durationSeconds().value_or(-1);
    default:
        break;
    }
    // Text columns: by their text, ignoring case.
    return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
}
