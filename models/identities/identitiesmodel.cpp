#include "models/identities/identitiesmodel.h"

#include "models/client/edgesclient.h"

#include <QJsonObject>

IdentitiesModel::IdentitiesModel(EdgesClient *client, QObject *parent)
    : KeyedListModel(client, ColumnCount, parent)
{}

IdentitiesModel::~IdentitiesModel() = default;

void IdentitiesModel::refresh()
{
    EdgesClient *edges = client();
    // The route has no documented paging beyond `page`; one answer is the list.
    loadAll([edges](int) { return edges->identities(); }, 0);
}

const Identity &IdentitiesModel::identityAt(const QModelIndex &index) const
{
    return itemAt<Identity>(index.row());
}

KeyedListModel::Row IdentitiesModel::parseRow(const QJsonObject &object) const
{
    Identity identity = Identity::fromJson(object);
    QString uid = identity.uid;
    return {std::move(uid), std::move(identity)};
}

bool IdentitiesModel::sameRow(const Row &before, const Row &after) const
{
    return itemOf<Identity>(before) == itemOf<Identity>(after);
}

QVariant IdentitiesModel::rowData(const Row &item, int, int column, int role) const
{
    const Identity &identity = itemOf<Identity>(item);
    switch (role) {
    case int(Role::Uid):
        return identity.uid;
    case int(Role::Type):
        return identity.type;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (static_cast<Column>(column)) {
    case NameColumn:
        return identity.name;
    case TypeColumn:
        return identity.type;
    case TimezoneColumn:
        return identity.timezone;
    case ColumnCount:
        break;
    }
    return {};
}

QString IdentitiesModel::columnTitle(int column) const
{
    switch (static_cast<Column>(column)) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case TimezoneColumn:
        return tr("Timezone");
    case ColumnCount:
        break;
    }
    return {};
}

QString IdentitiesModel::cacheKey() const
{
    return QStringLiteral("identities");
}
