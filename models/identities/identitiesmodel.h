#pragma once

#include "core/domain/identity.h"
#include "models/common/keyedlistmodel.h"

class EdgesClient;

// The workspace's identities (contract section 9), for identity pickers:
// name, type and timezone in the server's order. refresh() reloads and
// merges in place.
class IdentitiesModel final : public KeyedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentitiesModel)

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        TimezoneColumn,
        ColumnCount
    };

    enum class Role
    {
        Uid = Qt::UserRole + 1,
        // "standard" or "engagement".
        Type,
    };

    explicit IdentitiesModel(EdgesClient *client, QObject *parent = nullptr);
    ~IdentitiesModel() override;

    // Loads the list, or brings it up to date without a reset. Does nothing
    // while a load is in flight.
    void refresh();

    const Identity &identityAt(const QModelIndex &index) const;

protected:
    Row parseRow(const QJsonObject &object) const override;
    bool sameRow(const Row &before, const Row &after) const override;
    QVariant rowData(const Row &item, int row, int column, int role) const override;
    QString columnTitle(int column) const override;
    QString cacheKey() const override;
};
