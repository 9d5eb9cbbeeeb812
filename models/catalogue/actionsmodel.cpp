#include "models/catalogue/actionsmodel.h"

#include "core/domain/actioncatalogue.h"

ActionsModel::ActionsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

const ActionSpec &ActionsModel::actionAt(const QModelIndex &index) const
{
    return ActionCatalogue::actions().at(index.row());
}

int ActionsModel::rowOfSlug(const QString &slug) const
{
    return ActionCatalogue::actionId(slug) - 1;
}

int ActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(ActionCatalogue::actions().size());
}

QVariant ActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionSpec &action = actionAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return action.title;
    case Qt::ToolTipRole:
        return action.slug;
    case int(Role::Slug):
        return action.slug;
    case int(Role::InputFields):
        return action.inputFields;
    case int(Role::Parameters): {
        QStringList names;
        for (const ActionSpec::Parameter &parameter : action.parameters)
            names.append(parameter.name);
        return names;
    }
    case int(Role::Modes):
        // Every catalogued action runs in all three modes (contract 7).
        return QStringList{QStringLiteral("live"), QStringLiteral("async"),
                           QStringLiteral("schedule")};
    case int(Role::SupportsIncremental):
        return action.supportsIncremental;
    case int(Role::LivePageSize):
        return action.livePageSize;
    default:
        return {};
    }
}

QHash<int, QByteArray> ActionsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(int(Role::Slug), "slug");
    names.insert(int(Role::InputFields), "inputFields");
    names.insert(int(Role::Parameters), "parameters");
    names.insert(int(Role::Modes), "modes");
    names.insert(int(Role::SupportsIncremental), "supportsIncremental");
    names.insert(int(Role::LivePageSize), "livePageSize");
    return names;
}
