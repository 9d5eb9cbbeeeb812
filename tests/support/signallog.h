#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QObject>
#include <QStringList>

// The model's structural and data signals as one readable list:
// "inserted 3-4", "removed 0-0", "moved 5-5 to 1", "changed 2", "reset"...
// A dataChanged over one whole row reads "changed ROW", anything else
// "changed R1,C1-R2,C2".
class SignalLog final : public QObject
{
public:
    explicit SignalLog(QAbstractItemModel *model)
    {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    entries << QStringLiteral("inserted %1-%2").arg(first).arg(last);
                });
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    entries << QStringLiteral("removed %1-%2").arg(first).arg(last);
                });
        connect(model, &QAbstractItemModel::rowsMoved, this,
                [this](const QModelIndex &, int first, int last, const QModelIndex &, int to) {
                    entries << QStringLiteral("moved %1-%2 to %3").arg(first).arg(last).arg(to);
                });
        connect(model, &QAbstractItemModel::modelReset, this,
                [this] { entries << QStringLiteral("reset"); });
        connect(model, &QAbstractItemModel::layoutChanged, this,
                [this] { entries << QStringLiteral("layoutChanged"); });
        connect(model, &QAbstractItemModel::columnsInserted, this,
                [this] { entries << QStringLiteral("columnsInserted"); });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this, model](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (topLeft.row() == bottomRight.row() && topLeft.column() == 0 &&
                        bottomRight.column() == model->columnCount() - 1) {
                        entries << QStringLiteral("changed %1").arg(topLeft.row());
                        changedRows.append(topLeft.row());
                        return;
                    }
                    changedRows.append(-1);
                    entries << QStringLiteral("changed %1,%2-%3,%4")
                                   .arg(topLeft.row())
                                   .arg(topLeft.column())
                                   .arg(bottomRight.row())
                                   .arg(bottomRight.column());
                });
    }

    // Everything but dataChanged.
    QStringList structural() const
    {
        QStringList result;
        for (const QString &entry : entries) {
            if (!entry.startsWith(QLatin1String("changed")))
                result << entry;
        }
        return result;
    }

    void clear()
    {
        entries.clear();
        changedRows.clear();
    }

    QStringList entries;
    // One entry per dataChanged: its row, or -1 if it was not one whole row.
    QList<int> changedRows;
};
