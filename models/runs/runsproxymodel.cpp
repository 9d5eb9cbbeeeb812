#include "models/runs/runsproxymodel.h"

#include "models/runs/runsmodel.h"

RunsProxyModel::RunsProxyModel(RunsModel *runs, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_runs(runs)
{
    setSourceModel(runs);
    // Rows stay where the user sees them while the watcher updates them;
    // a resort happens when the user clicks a header again.
    setDynamicSortFilter(false);
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
    return QSortFilterProxyModel::lessThan(left, right);
}
