#pragma once

#include <QDateTime>
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
    // Keeps the runs alive at some moment of [from, to): created before `to`
    // and not finished before `from` (a bucket of the fleet chart). Invalid
    // times clear the window.
    void setTimeWindow(const QDateTime &from, const QDateTime &to);
    bool hasTimeWindow() const { return m_from.isValid() && m_to.isValid(); }
    const QDateTime &windowFrom() const { return m_from; }
    const QDateTime &windowTo() const { return m_to; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    RunsModel *m_runs;
    QString m_search;
    QDateTime m_from;
    QDateTime m_to;
};
