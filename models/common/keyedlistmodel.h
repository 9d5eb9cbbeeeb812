#pragma once

#include "models/client/apierror.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>

#include <any>
#include <functional>

class ApiReply;
struct ApiResult;
class EdgesClient;
class LocalCache;

// The common ground of the tables whose rows are API objects keyed by uid
// (schedules, callbacks, identities, a run's inputs): it holds the rows in
// the server's order and applies a freshly loaded list in place, so a
// refresh never resets the model and the view's selection and scroll
// survive. Rows gone from the list are removed in ranges, changed rows
// emit dataChanged, new rows are inserted where the server puts them and
// rows the server reordered are moved. It also runs the offset-paged loads
// of the list routes, one at a time. Subclasses parse an item, say whether
// two copies of it differ, and give its cells.
class KeyedListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyedListModel)

public:
    ~KeyedListModel() override;

    bool isLoading() const { return m_loading; }
    // Why the last load failed; no error once a load succeeded. Set before
    // loadingChanged(false), so a handler of that signal sees it.
    const ApiError &lastLoadError() const { return m_lastLoadError; }
    // With a cache, an empty table shows the list's last stored copy at
    // once, and every complete load is stored; the server's answer then
    // corrects the cached rows in place.
    void setCache(LocalCache *cache) { m_cache = cache; }
    // The row of the item with that uid, or -1.
    int rowOfUid(const QString &uid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    void loadFailed(const ApiError &error);

protected:
    // A time cell: the QDateTime for the view's delegate to write in the
    // chosen zone, or nothing when the server sent none.
    static QVariant timeCell(const QDateTime &time)
    {
        return time.isValid() ? QVariant(time) : QVariant();
    }

    // One row: its key, the subclass's parsed record and the object it was
    // parsed from (for kRecordRole).
    struct Row
    {
        QString uid;
        std::any item;
        QJsonObject json = {};
    };

    // Sends the request of the page that starts at `offset`.
    using PageRequest = std::function<ApiReply *(int offset)>;

    KeyedListModel(EdgesClient *client, int columnCount, QObject *parent);

    // A text cell without a tooltip of its own answers Qt::ToolTipRole with
    // its whole text, for tables whose columns cut long texts off.
    void setTextTooltips(bool on) { m_textTooltips = on; }
    // Whether each row keeps the object it was parsed from for kRecordRole
    // (the default). A table whose view offers no record to copy or inspect
    // turns it off: the object costs more memory than the parsed row.
    void setKeepsRecords(bool keep) { m_keepsRecords = keep; }

    EdgesClient *client() const;
    LocalCache *cache() const { return m_cache; }

    virtual Row parseRow(const QJsonObject &object) const = 0;
    // Whether a refreshed copy of a row shows anything new.
    virtual bool sameRow(const Row &before, const Row &after) const = 0;
    // A cell or a role of any column; `row` is the row number.
    virtual QVariant rowData(const Row &item, int row, int column, int role) const = 0;
    virtual QString columnTitle(int column) const = 0;
    // The cache's name for the list being shown; empty: not cached.
    virtual QString cacheKey() const { return {}; }
    // After rows were added, removed or changed: for values derived from
    // several rows.
    virtual void rowsApplied() {}

    template <typename Item>
    static const Item &itemOf(const Row &row)
    {
        return *std::any_cast<Item>(&row.item);
    }
    template <typename Item>
    const Item &itemAt(int row) const
    {
        return itemOf<Item>(m_rows.at(row));
    }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    // Loads the whole list, pages of `pageSize` by offset until a short page
    // (one request when pageSize is 0), then applies it with applyRows.
    // Does nothing while a load is in flight.
    void loadAll(PageRequest request, int pageSize);
    // Ends the load in flight, if any, without a word.
    virtual void cancelLoad();
    // Empties the table with a reset (a different list, not a refresh).
    void clearRows();

    // For subclasses that page on their own (cursor routes).
    void setLoading(bool loading);
    // The rows of a page, without items lacking a uid or seen earlier in
    // the page.
    QList<Row> parseRows(const QJsonArray &items) const;
    // Adds rows at the end, skipping uids already shown.
    void appendRows(const QList<Row> &rows);
    // Whether rows after the window can hold an item of the fresh list.
    enum class BelowWindow
    {
        MayHoldFresh,
        // The list is sorted so that they cannot: the rows after the
        // window are then never looked at, so a refresh costs the
        // window's size, not the table's.
        HoldsNoFresh,
    };
    // Makes the first `windowEnd` rows (all when negative) the fresh list,
    // leaving later rows where they are unless the fresh list has them.
    void applyRows(const QList<Row> &fresh, int windowEnd = -1,
                   BelowWindow below = BelowWindow::MayHoldFresh);
    // Replaces a row with a copy of the same item (same uid).
    void replaceRow(int row, const Row &item);
    // The rows without items lacking a uid or seen earlier in the list.
    static QList<Row> uniqueRows(const QList<Row> &rows);

private:
    void requestPage(int offset);
    void onPage(const ApiResult &result, int offset);
    void finishLoad();

    QPointer<EdgesClient> m_client;
    LocalCache *m_cache = nullptr;
    const int m_columnCount;
    bool m_textTooltips = false;
    bool m_keepsRecords = true;
    QList<Row> m_rows;
    mutable QHash<QString, int> m_rowOfUid;
    mutable bool m_indexDirty = true;

    bool m_loading = false;
    ApiError m_lastLoadError;
    PageRequest m_request;
    int m_pageSize = 0;
    QPointer<ApiReply> m_pending;
    QList<Row> m_collected;
    QJsonArray m_collectedJson;
};
