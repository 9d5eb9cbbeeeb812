#pragma once

#include "core/json/jsonflattener.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

class QJsonValue;

// The rows of a live query's answer, page after page. The answer has no
// fixed shape, so the columns come from the data: nested objects are
// flattened to dotted names, and a column appears where it is first seen.
// kRecordRole gives a row's whole element.
class LiveResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveResultsModel)

public:
    explicit LiveResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The first column's title when pages are numbered.
    static QString pageColumn();
    // Adds the rows of one page: an array's elements, or one object. With
    // a page number (from 1), each row says which page brought it in a
    // first column.
    void appendPage(const QJsonValue &json, int page = 0);
    // Drops every row and column, for a query that starts over.
    void clearResults();

private:
    struct Row
    {
        // Cells by column; a row from before a column appeared is shorter.
        QStringList texts;
        QList<QVariant> values;
        // The element itself, for kRecordRole; a bare value as {"value": …}.
        QJsonObject record;
    };

    QStringList m_columns;
    QHash<QString, int> m_columnOf;
    QList<Row> m_rows;
};
