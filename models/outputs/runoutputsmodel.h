#pragma once

#include "models/client/apierror.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QPointer>
#include <QStringList>

class CursorWalker;
class EdgesClient;

// A run's outputs (contract 3.6) as a table whose columns are the union of
// the keys seen so far, nested objects flattened to dotted names and arrays
// shown compactly; kRecordRole gives a row's whole object. Pages of 500 load lazily as the view
// scrolls; a key first met on a later page adds a column at the end.
class RunOutputsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunOutputsModel)

public:
    static constexpr int kPageSize = 500;

    explicit RunOutputsModel(EdgesClient *client, QObject *parent = nullptr);
    ~RunOutputsModel() override;

    // Starts over with another run's outputs (empty: none).
    void setRunUid(const QString &uid);
    const QString &runUid() const { return m_runUid; }
    bool isLoading() const;
    const QStringList &columnNames() const { return m_columns; }

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
    QPointer<EdgesClient> m_client;
    QString m_runUid;
    CursorWalker *m_walker = nullptr;
    QStringList m_columns;
    QHash<QString, int> m_columnOf;
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
    QList<Row> m_rows;
};
