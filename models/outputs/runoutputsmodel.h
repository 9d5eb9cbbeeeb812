#pragma once

#include "models/client/apierror.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class ApiReply;
struct ApiResult;
class CursorWalker;
class EdgesClient;

// A run's outputs (contract 3.6) as a table whose columns are the union of
// the keys seen so far, nested objects flattened to dotted names and arrays
// shown compactly; kRecordRole gives a row's whole object. Pages of 500 load lazily as the view
// scrolls; a key first met on a later page adds a column at the end.
//
// A run may hold a million outputs: only the pages used last stay in memory
// (maxResidentPages). A page far from the view is dropped, its rows stay in
// the table, and when the view shows one of them again the page is fetched
// again through the cursor URL that first brought it (one such request at a
// time); until it is back its cells are empty, then dataChanged fills them.
class RunOutputsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunOutputsModel)

public:
    static constexpr int kPageSize = 500;
    // 10 pages: 5,000 rows, a hundred screens of a table.
    static constexpr int kDefaultResidentPages = 10;

    explicit RunOutputsModel(EdgesClient *client, QObject *parent = nullptr);
    ~RunOutputsModel() override;

    // Starts over with another run's outputs (empty: none).
    void setRunUid(const QString &uid);
    const QString &runUid() const { return m_runUid; }
    bool isLoading() const;
    const QStringList &columnNames() const { return m_columns; }

    // How many pages stay in memory at most (at least 1). Pages added by
    // appendItems have no way back and are never dropped.
    void setMaxResidentPages(int pages);
    int maxResidentPages() const { return m_maxResidentPages; }
    // The rows whose cells are in memory now.
    int residentRowCount() const;
    // Whether a page dropped earlier is being fetched again.
    bool isRefetching() const { return m_refetch != nullptr; }

    // Adds a page of output objects: exposed for the benchmark.
    void appendItems(const QJsonArray &items);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

signals:
    void loadFailed(const ApiError &error);
    void completed();

private:
    // A row's cells as one UTF-8 block and the end offset of each cell:
    // two allocations a row instead of one per cell (UTF-16 strings would
    // also double the text). Rows are as wide as the columns were.
    // The record itself is kept as compact JSON for kRecordRole.
    struct Row
    {
        QByteArray text;
        QList<quint32> ends;
        QByteArray json;
    };
    // One page as it came: where it starts, how many rows, how to fetch it
    // again (an empty URL: the first request), and its rows while resident.
    struct Page
    {
        int firstRow = 0;
        int rowCount = 0;
        QUrl url;
        bool canRefetch = false;
        QList<Row> rows;
        // When the view last asked for one of its cells (a use counter).
        mutable quint64 lastUsed = 0;
    };

    // Rows of `items` in the current columns; new keys are added as
    // columns at the end (with their signals).
    QList<Row> makeRows(const QJsonArray &items);
    void addPage(const QJsonArray &items, const QUrl &url, bool canRefetch);
    int pageOfRow(int row) const;
    // Asks for a dropped page again (from data(), hence const: the request
    // goes out from the event loop).
    void want(int page) const;
    void refetchWanted();
    void onRefetched(const ApiResult &result, int page);
    // Drops the least recently used pages above the limit, never `keep`.
    void dropFarPages(int keep);

    QPointer<EdgesClient> m_client;
    QString m_runUid;
    CursorWalker *m_walker = nullptr;
    // X-Pagination-Next of the last page: the URL of the next one.
    QUrl m_nextUrl;
    QStringList m_columns;
    QHash<QString, int> m_columnOf;
    QList<Page> m_pages;
    int m_rowCount = 0;
    int m_maxResidentPages = kDefaultResidentPages;
    mutable quint64 m_useClock = 0;
    // Dropped pages a view asked for, oldest wish first.
    mutable QList<int> m_wanted;
    mutable bool m_wantQueued = false;
    QPointer<ApiReply> m_refetch;
};
