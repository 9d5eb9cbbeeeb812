#include "models/outputs/runoutputsmodel.h"

#include "core/json/jsonflattener.h"
#include "models/client/cursorwalker.h"
#include "models/client/edgesclient.h"
#include "models/common/recordrole.h"

#include <QJsonDocument>
#include <QJsonObject>

RunOutputsModel::RunOutputsModel(EdgesClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

RunOutputsModel::~RunOutputsModel() = default;

void RunOutputsModel::setRunUid(const QString &uid)
{
    beginResetModel();
    delete m_walker;
    m_walker = nullptr;
    m_runUid = uid;
    m_rows.clear();
    m_columns.clear();
    m_columnOf.clear();
    endResetModel();
    if (uid.isEmpty() || !m_client)
        return;
    EdgesClient *client = m_client;
    m_walker = new CursorWalker(
        client, [client, uid] { return client->runOutputs(uid, kPageSize); }, this);
    connect(m_walker, &CursorWalker::pageReady, this, [this](const QJsonArray &items, bool last) {
        appendItems(items);
        if (last)
            emit completed();
    });
    connect(m_walker, &CursorWalker::failed, this, &RunOutputsModel::loadFailed);
    m_walker->next();
}

bool RunOutputsModel::isLoading() const
{
    return m_walker && m_walker->isLoading();
}

void RunOutputsModel::appendItems(const QJsonArray &items)
{
    if (items.isEmpty())
        return;
    QList<Row> rows;
    rows.reserve(items.size());
    QStringList newColumns;
    QList<QString> cellsOfRow;
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        const JsonFlattener::Cells cells = JsonFlattener::flatten(object);
        cellsOfRow.fill(QString(), m_columns.size() + newColumns.size());
        for (const auto &[name, text] : cells) {
            int column = m_columnOf.value(name, -1);
            if (column < 0) {
                column = static_cast<int>(m_columns.size() + newColumns.size());
                m_columnOf.insert(name, column);
                newColumns.append(name);
                cellsOfRow.resize(column + 1);
            }
            cellsOfRow[column] = text;
        }
        Row row;
        row.ends.reserve(cellsOfRow.size());
        for (const QString &cell : std::as_const(cellsOfRow)) {
            row.text += cell.toUtf8();
            row.ends.append(static_cast<quint32>(row.text.size()));
        }
        row.text.squeeze();
        row.json = QJsonDocument(object).toJson(QJsonDocument::Compact);
        rows.append(std::move(row));
    }
    if (!newColumns.isEmpty()) {
        const int first = static_cast<int>(m_columns.size());
        beginInsertColumns({}, first, first + static_cast<int>(newColumns.size()) - 1);
        m_columns.append(newColumns);
        endInsertColumns();
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(std::move(rows));
    endInsertRows();
}

int RunOutputsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RunOutputsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant RunOutputsModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != kRecordRole)
        return {};
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == kRecordRole)
        return QJsonDocument::fromJson(row.json).object();
    const int column = index.column();
    if (column >= row.ends.size())
        return QString();
    const quint32 start = column == 0 ? 0 : row.ends.at(column - 1);
    return QString::fromUtf8(row.text.constData() + start, row.ends.at(column) - start);
}

QVariant RunOutputsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip names a column too wide for its header.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole) ||
        section < 0 || section >= m_columns.size())
        return {};
    return m_columns.at(section);
}

bool RunOutputsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_walker && !m_walker->atEnd() && !m_walker->isLoading() &&
           m_walker->pagesSeen() > 0;
}

void RunOutputsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_walker->next();
}
