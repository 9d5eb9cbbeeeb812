#pragma once

#include "core/domain/runinput.h"
#include "models/common/keyedlistmodel.h"

class CursorWalker;
class EdgesClient;

// The input items of one run (contract section 3.5) in the run's order,
// loaded lazily a cursor page at a time as the view scrolls
// (canFetchMore/fetchMore). refresh() walks the loaded pages again and
// merges them by uid in place, so status changes show without a reset.
class RunInputsModel final : public KeyedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunInputsModel)

public:
    enum Column
    {
        PositionColumn,
        StatusColumn,
        InputColumn,
        CustomDataColumn,
        OutputsColumn,
        RetriesColumn,
        ErrorColumn,
        StartedColumn,
        FinishedColumn,
        UidColumn,
        ColumnCount
    };

    enum class Role
    {
        Uid = Qt::UserRole + 1,
        // InputStatus as an int.
        Status,
    };

    static constexpr int kPageSize = 100;

    explicit RunInputsModel(EdgesClient *client, QObject *parent = nullptr);
    ~RunInputsModel() override;

    // Starts over with another run's inputs (empty: none).
    void setRunUid(const QString &uid);
    const QString &runUid() const { return m_runUid; }
    // Walks again as many pages as are loaded (or to the end) and merges
    // them. Does nothing while a page is loading.
    void refresh();

    const RunInput &inputAt(const QModelIndex &index) const;

    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

protected:
    Row parseRow(const QJsonObject &object) const override;
    bool sameRow(const Row &before, const Row &after) const override;
    QVariant rowData(const Row &item, int row, int column, int role) const override;
    QString columnTitle(int column) const override;
    void cancelLoad() override;

private:
    CursorWalker *newWalker();
    void onPage(const QJsonArray &items);
    void onRefreshPage(const QJsonArray &items, bool last);
    void onFailed(CursorWalker *walker, const ApiError &error);

    QString m_runUid;
    // Follows the loaded pages; replaced by the refresh walker once that
    // has caught up.
    CursorWalker *m_walker = nullptr;
    CursorWalker *m_refreshWalker = nullptr;
    QList<Row> m_refreshed;
    int m_refreshTarget = 0;
};
