#pragma once

#include "client/apierror.h"
#include "client/apireply.h"
#include "client/listparameters.h"
#include "domain/run.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

class EdgesClient;
class LocalCache;

// The runs table: GET /runs newest first, loaded a page at a time as the
// view scrolls (canFetchMore/fetchMore), refreshed in place by uid so the
// user's selection and scroll survive: changed rows emit dataChanged, new
// runs are inserted on top, runs gone from the server are removed. At most
// one page request is in flight.
class RunsModel final : public QAbstractTableModel
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

    explicit RunsModel(EdgesClient *client, QObject *parent = nullptr);
    ~RunsModel() override;

    // With a cache, a filter's last first page shows at once while the
    // server's answer is on its way; every fresh first page is kept.
    void setCache(LocalCache *cache) { m_cache = cache; }
    const Filter &filter() const { return m_filter; }
    // A new filter starts over from the first page.
    void setFilter(const Filter &filter);
    // Brings the loaded rows up to date without a reset.
    void refresh();
    bool isLoading() const { return m_pending != nullptr; }

    const Run &runAt(const QModelIndex &index) const;
    int rowOfUid(const QString &uid) const;
    // Replaces the run with the same uid in place (the watcher's news).
    void updateRun(const Run &run);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    // Applies a page of a fresh first window: exposed for the benchmark.
    void mergeWindow(const QList<Run> &fresh, bool complete);

signals:
    void loadingChanged(bool loading);
    void loadFailed(const ApiError &error);

private:
    ListParameters parameters(int offset) const;
    QString cacheKey() const;
    void request(int offset, bool refreshing);
    void onPage(ApiReply *reply, int offset, bool refreshing);
    void appendPage(const QList<Run> &runs);

    QPointer<EdgesClient> m_client;
    LocalCache *m_cache = nullptr;
    Filter m_filter;
    QList<Run> m_runs;
    // Rebuilt on demand after rows move: keeping it current on every
    // insert at the top would cost a pass over all rows each time.
    mutable QHash<QString, int> m_rowOfUid;
    mutable bool m_indexDirty = true;
    QPointer<ApiReply> m_pending;
    bool m_atEnd = false;
    bool m_started = false;
};
