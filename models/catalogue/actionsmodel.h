#pragma once

#include "core/domain/actionspec.h"

#include <QAbstractListModel>

// The built-in action catalogue (contract section 7) as a list for pickers:
// each action's slug and title, its input fields and parameters, the modes
// it runs in, and whether it supports incremental sync.
class ActionsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionsModel)

public:
    enum class Role
    {
        Slug = Qt::UserRole + 1,
        InputFields,
        Parameters,
        Modes,
        SupportsIncremental,
        LivePageSize,
    };

    explicit ActionsModel(QObject *parent = nullptr);

    const ActionSpec &actionAt(const QModelIndex &index) const;
    int rowOfSlug(const QString &slug) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
};
