#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

class RunsModel;
struct Run;

// Between the runs model and its table: narrows the loaded rows to a search
// text (name, uid, action or schedule, ignoring case) and sorts a column by
// its value rather than its text, so durations and times order correctly.
// Without a sort column the server's order (newest first) stands.
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    RunsModel *m_runs;
    QString m_search;
    QSet<QString> m_only;
};
