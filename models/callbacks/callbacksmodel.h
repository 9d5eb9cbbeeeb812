#pragma once

#include "core/domain/callback.h"
#include "models/common/keyedlistmodel.h"

#include <QHash>

class EdgesClient;

// The callback deliveries of one run (contract section 5), oldest first,
// replays after their originals, with what a replay of each would be
// allowed to do (5.7). setRunUid() starts over with another run;
// refresh() reloads and merges in place.
class CallbacksModel final : public KeyedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbacksModel)

public:
    enum Column
    {
        StatusColumn,
        HttpStatusColumn,
        RetriesColumn,
        CreatedColumn,
        ReplayOfColumn,
        BatchColumn,
        UrlColumn,
        ErrorColumn,
        UidColumn,
        ColumnCount
    };

    enum class Role
    {
        Uid = Qt::UserRole + 1,
        // CallbackStatus as an int.
        Status,
        IsReplay,
        // An original that ended (FAILED or SUCCESS) and has fewer than
        // kMaxReplays replays among the loaded rows.
        CanReplay,
    };

    // The contract's maximum for GET /runs/callbacks.
    static constexpr int kPageSize = 20;
    static constexpr int kMaxReplays = 3;

    explicit CallbacksModel(EdgesClient *client, QObject *parent = nullptr);
    ~CallbacksModel() override;

    // Starts over with the callbacks of another run (empty: none).
    void setRunUid(const QString &uid);
    const QString &runUid() const { return m_runUid; }
    // Brings the rows up to date without a reset. Does nothing while a load
    // is in flight.
    void refresh();

    const Callback &callbackAt(const QModelIndex &index) const;
    // How many replays of that original are loaded.
    int replayCount(const QString &uid) const { return m_replays.value(uid); }

protected:
    Row parseRow(const QJsonObject &object) const override;
    bool sameRow(const Row &before, const Row &after) const override;
    QVariant rowData(const Row &item, int row, int column, int role) const override;
    QString columnTitle(int column) const override;
    QString cacheKey() const override;
    void rowsApplied() override;

private:
    bool canReplay(const Callback &callback) const;

    QString m_runUid;
    QHash<QString, int> m_replays;
};
