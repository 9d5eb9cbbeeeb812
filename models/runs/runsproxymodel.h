#pragma once

#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>

class RunsModel;
struct CompactRun;
struct Run;

// Between the runs model and its table: narrows the loaded rows to a search
// text (name, uid, action or schedule, ignoring case) and sorts a column by
// its value rather than its text (numbers as numbers, times as times,
// statuses along a run's life), so durations and times order correctly.
// The sort is dynamic: it holds while searches, filters, merged refreshes
// and new pages change the rows. Without a sort column the server's order
// stands. Each header's tooltip says whether its column is sorted by the
// server across all runs or among the loaded runs only.
//
// Both work on the model's compact rows, never on cell texts. A sort
// compares one integer key per source row, kept in one array while the
// sort column and the rows stay (a text's key is its rank in the locale's
// order of the model's distinct texts): 100,000 scattered rows would cost
// a cache miss or two per comparison, a key array costs none. The keys
// follow the source's changes before the sort sees them (the connections
// are made before the base class's own). Whether a distinct text contains
// the search is worked out once per search.
class RunsProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsProxyModel)

public:
    explicit RunsProxyModel(RunsModel *runs, QObject *parent = nullptr);

    RunsModel *runs() const { return m_runs; }
    Run runAt(const QModelIndex &proxyIndex) const;
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
    // The locale's ranks of the model's texts and of the modes, worked out
    // again when the texts have grown.
    void updateRanks() const;
    bool textMatches(quint32 text) const;
    // A row's sort key in a column; the uid column's keys come from
    // sorting all uids (rebuildKeys).
    qint64 sortKey(const CompactRun &run, int column) const;
    void rebuildKeys(int column) const;
    // Whether the keys can follow a change of rows in place.
    bool keysFollow() const;
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    RunsModel *m_runs;
    QString m_search;
    QString m_foldedSearch;
    QSet<QString> m_only;
    // Per text id: its rank in the locale's order. Worked out again when
    // the tables have grown.
    mutable QList<int> m_ranks;
    mutable QList<int> m_modeRanks;
    // The sort keys of the source rows in m_keysColumn, valid while
    // m_keysValid; the number of texts they were ranked among.
    mutable QList<qint64> m_keys;
    mutable int m_keysColumn = -1;
    mutable bool m_keysValid = false;
    mutable qsizetype m_keysTexts = 0;
    // Per text id, for the current search: 0 not yet known, 1 contains it,
    // 2 does not.
    mutable QList<qint8> m_matches;
};
