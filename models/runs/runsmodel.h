#pragma once

#include "core/domain/run.h"
#include "models/client/apireply.h"
#include "models/client/listparameters.h"
#include "models/common/keyedlistmodel.h"
#include "models/runs/compactrun.h"

#include <QList>
#include <QPointer>

class EdgesClient;

// The runs table: GET /runs newest first, loaded a page at a time as the
// view scrolls (canFetchMore/fetchMore), refreshed in place by uid so the
// user's selection and scroll survive: changed rows emit dataChanged, new
// runs are inserted on top, runs gone from the server are removed. At most
// one page request is in flight. KeyedListModel keeps the rows and merges
// in place; this class adds what only runs have: offset pages loaded on
// demand, and a refresh that speaks for the newest rows only. A row is a
// CompactRun parsed once on arrival (no JSON kept, repeated texts shared):
// a workspace of 100,000 runs stays well under a kilobyte a row, and the
// cells and the sort read integers and shared strings, never JSON.
class RunsModel final : public KeyedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsModel)

public:
    enum Column
    {
        StatusColumn,
        ActionColumn,
        NameColumn,
        ModeColumn,
        ScheduleColumn,
        OutputsColumn,
        RetriesColumn,
        CreatedColumn,
        StartedColumn,
        FinishedColumn,
        DurationColumn,
        UidColumn,
        ColumnCount
    };

    enum class Role
    {
        Uid = Qt::UserRole + 1,
        Status,
        StatusText,
        Terminal,
        CreatedAt,
        // scheduled_run_uid: the schedule that spawned it, or empty.
        ScheduleUid,
    };

    // Server-side filters of GET /runs (contract 3.1); empty lists mean all.
    struct Filter
    {
        QStringList statuses;
        QStringList actions;
        QStringList modes;
        QString scheduleUid;
        // Exact run uids (a pasted uid finds its run even when not loaded).
        QStringList uids;
        bool operator==(const Filter &) const = default;
    };

    static constexpr int kPageSize = 100;

    // The contract's sort field (3.1) behind a column, or empty when the
    // column sorts only among the loaded runs: created_at is the one shown
    // whose server order a refresh can merge (docs/api-decisions.md).
    static QString serverSortField(int column);
    // The Run object's field (contract 3.2) a column shows; empty for the
    // columns the dashboard computes (the duration).
    static QString apiField(int column);
    // The list query of the current filter and sort, from `offset`.
    ListParameters parameters(int offset) const;

    explicit RunsModel(EdgesClient *client, QObject *parent = nullptr);
    ~RunsModel() override;

    // With a cache (setCache), a filter's last first page shows at once
    // while the server's answer is on its way; every fresh first page is
    // kept.
    const Filter &filter() const { return m_filter; }
    // A new filter starts over from the first page.
    void setFilter(const Filter &filter);
    // The server's order of GET /runs: `created_at` (oldest first) or
    // `-created_at` (newest first, the default). A new order starts over
    // from the first page, so paging continues in it.
    const QString &sort() const { return m_sort; }
    void setSort(const QString &sort);
    // Brings the loaded rows up to date without a reset.
    void refresh();

    // The whole run of a row, made from its compact copy.
    Run runAt(const QModelIndex &index) const;
    // The row as kept, for readers of many rows (the sort, the search,
    // counts) that need a few fields and not a whole Run.
    const CompactRun &compactAt(int row) const;
    const CompactRun::Tables &tables() const { return m_tables; }
    // Replaces the run with the same uid in place (the watcher's news).
    void updateRun(const Run &run);

    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    // Why the last load failed; no error when it succeeded. Set before
    // loading ends, so a loadingChanged(false) receiver can tell.
    const ApiError &lastLoadError() const { return m_lastLoadError; }
    // Some load of the current filter has succeeded.
    bool hasLoaded() const { return m_loaded; }

    // Applies a page of a fresh first window: exposed for the benchmark.
    void mergeWindow(const QList<Run> &fresh, bool complete);
    // Applies an answer of GET /runs as onPage does: exposed for the
    // benchmark, which loads a large workspace through it.
    void applyPage(const QJsonArray &array, int offset, bool refreshing);

protected:
    Row parseRow(const QJsonObject &object) const override;
    bool sameRow(const Row &before, const Row &after) const override;
    QVariant rowData(const Row &item, int row, int column, int role) const override;
    QString columnTitle(int column) const override;
    QString cacheKey() const override;
    void cancelLoad() override;

private:
    void request(int offset, bool refreshing);
    void onPage(const ApiResult &result, int offset, bool refreshing);
    void mergeRows(const QList<Row> &page, bool complete);
    Row compactRow(const Run &run);
    void restart();
    bool newestFirst() const { return m_sort.startsWith(QLatin1Char('-')); }

    Filter m_filter;
    QString m_sort = QStringLiteral("-created_at");
    QPointer<ApiReply> m_pending;
    bool m_atEnd = false;
    bool m_started = false;
    bool m_loaded = false;
    ApiError m_lastLoadError;
    // Filled by parseRow, which KeyedListModel declares const.
    mutable CompactRun::Tables m_tables;
};
