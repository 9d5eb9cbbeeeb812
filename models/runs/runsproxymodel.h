#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

class RunsModel;
struct Run;

// Between the runs model and its table: narrows the loaded rows to a search
// text (name, uid, action or schedule, ignoring case) and sorts a column by
// its value rather than its text (numbers as numbers, times as times,
// statuses along a run's life), so durations and times order correctly.
// The sort is dynamic: it holds while searches, filters, merged refreshes
// and new pages change the rows. Without a sort column the server's order
// stands. Each header's tooltip says whether its column is sorted by the
// server across all runs or among the loaded runs only.
class RunsProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsProxyModel)

public:
    explicit RunsProxyModel(RunsModel *runs, QObject *parent = nullptr);

    RunsModel *runs() const { return m_runs; }
    const Run &runAt(const QModelIndex &proxyIndex) const;
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_search; }
    // Keeps only these runs (those a bucket of the fleet chart counted);
    // an empty set shows all again.
    void setOnlyRuns(const QSet<QString> &uids);
    bool hasOnlyRuns() const { return !m_only.isEmpty(); }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    RunsModel *m_runs;
    QString m_search;
    QSet<QString> m_only;
};
