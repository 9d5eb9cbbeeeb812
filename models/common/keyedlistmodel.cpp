#include "models/common/keyedlistmodel.h"

#include "models/cache/localcache.h"
#include "models/client/apireply.h"
#include "models/client/edgesclient.h"
#include "models/common/displaytime.h"
#include "models/common/recordrole.h"

#include <QJsonObject>
#include <QSet>

KeyedListModel::KeyedListModel(EdgesClient *client, int columnCount, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_columnCount(columnCount)
{}

EdgesClient *KeyedListModel::client() const
{
    return m_client;
}

KeyedListModel::~KeyedListModel()
{
    if (m_pending) {
        ApiReply *reply = m_pending;
        m_pending = nullptr;
        reply->cancel();
    }
}

int KeyedListModel::rowOfUid(const QString &uid) const
{
    if (m_indexDirty) {
        m_rowOfUid.clear();
        m_rowOfUid.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowOfUid.insert(m_rows.at(row).uid, row);
        m_indexDirty = false;
    }
    return m_rowOfUid.value(uid, -1);
}

int KeyedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int KeyedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant KeyedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == kRecordRole)
        return row.json;
    QVariant value = rowData(row, index.row(), index.column(), role);
    if (role == Qt::AccessibleTextRole && !value.isValid())
        return DisplayTime::accessibleText(
            rowData(row, index.row(), index.column(), Qt::DisplayRole));
    // A cell too narrow for its text shows it whole as a tooltip.
    if (role == Qt::ToolTipRole && m_textTooltips && !value.isValid()) {
        const QVariant shown = rowData(row, index.row(), index.column(), Qt::DisplayRole);
        if (shown.typeId() == QMetaType::QString && !shown.toString().isEmpty())
            return shown;
    }
    return value;
}

QVariant KeyedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columnCount)
        return {};
    return columnTitle(section);
}

void KeyedListModel::loadAll(PageRequest request, int pageSize)
{
    if (m_loading || !m_client)
        return;
    m_request = std::move(request);
    m_pageSize = pageSize;
    m_collected.clear();
    m_collectedJson = QJsonArray();
    setLoading(true);
    const QString key = cacheKey();
    if (m_rows.isEmpty() && m_cache && !key.isEmpty()) {
        if (const auto cached = m_cache->page(key))
            applyRows(parseRows(*cached));
    }
    requestPage(0);
}

void KeyedListModel::requestPage(int offset)
{
    // A superseded load is cancelled, so only the current one answers.
    m_pending = m_request(offset)->then(
        this, [this, offset](const ApiResult &result) { onPage(result, offset); });
}

void KeyedListModel::onPage(const ApiResult &result, int offset)
{
    m_pending = nullptr;
    if (!result.succeeded()) {
        m_collected.clear();
        m_collectedJson = QJsonArray();
        m_lastLoadError = result.error;
        setLoading(false);
        emit loadFailed(result.error);
        return;
    }
    const QJsonArray items = result.json.toArray();
    m_collected.append(parseRows(items));
    // The raw page is only kept for the cache.
    if (m_cache && !cacheKey().isEmpty()) {
        for (const QJsonValue &item : items)
            m_collectedJson.append(item);
    }
    // Offset paging gives no total: a full page may have a successor.
    if (m_pageSize > 0 && items.size() >= m_pageSize) {
        requestPage(offset + static_cast<int>(items.size()));
        return;
    }
    finishLoad();
}

void KeyedListModel::finishLoad()
{
    // Applied while still loading, so that nothing reacting to the row
    // signals starts another load of the same list.
    const QList<Row> fresh = std::exchange(m_collected, {});
    const QJsonArray json = std::exchange(m_collectedJson, {});
    if (const QString key = m_cache ? cacheKey() : QString(); !key.isEmpty())
        m_cache->storePage(key, json);
    applyRows(fresh);
    m_lastLoadError = {};
    setLoading(false);
}

void KeyedListModel::cancelLoad()
{
    if (m_pending) {
        ApiReply *reply = m_pending;
        m_pending = nullptr;
        reply->cancel();
    }
    m_collected.clear();
    setLoading(false);
}

void KeyedListModel::clearRows()
{
    cancelLoad();
    beginResetModel();
    m_rows.clear();
    m_indexDirty = true;
    endResetModel();
    rowsApplied();
}

void KeyedListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

QList<KeyedListModel::Row> KeyedListModel::parseRows(const QJsonArray &items) const
{
    QList<Row> rows;
    rows.reserve(items.size());
    QSet<QString> seen;
    for (const QJsonValue &value : items) {
        Row row = parseRow(value.toObject());
        if (m_keepsRecords)
            row.json = value.toObject();
        if (row.uid.isEmpty() || seen.contains(row.uid))
            continue;
        seen.insert(row.uid);
        rows.append(std::move(row));
    }
    return rows;
}

void KeyedListModel::appendRows(const QList<Row> &rows)
{
    QList<Row> fresh;
    QSet<QString> seen;
    for (const Row &row : rows) {
        if (rowOfUid(row.uid) >= 0 || seen.contains(row.uid))
            continue;
        seen.insert(row.uid);
        fresh.append(row);
    }
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_rows.append(fresh);
    for (int row = first; row < m_rows.size(); ++row)
        m_rowOfUid.insert(m_rows.at(row).uid, row);
    endInsertRows();
    rowsApplied();
}

QList<KeyedListModel::Row> KeyedListModel::uniqueRows(const QList<Row> &rows)
{
    QSet<QString> seen;
    seen.reserve(rows.size());
    qsizetype clean = 0;
    while (clean < rows.size() && !rows.at(clean).uid.isEmpty() &&
           !seen.contains(rows.at(clean).uid)) {
        seen.insert(rows.at(clean).uid);
        ++clean;
    }
    // The usual case shares the list: a copy of a row copies its item.
    if (clean == rows.size())
        return rows;
    QList<Row> unique = rows.first(clean);
    for (qsizetype i = clean; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        if (!row.uid.isEmpty() && !seen.contains(row.uid)) {
            seen.insert(row.uid);
            unique.append(row);
        }
    }
    return unique;
}

void KeyedListModel::replaceRow(int row, const Row &item)
{
    m_rows[row] = item;
    emit dataChanged(index(row, 0), index(row, m_columnCount - 1));
}

void KeyedListModel::applyRows(const QList<Row> &freshRows, int windowEnd, BelowWindow below)
{
    // Offset pages of a list that moved between two requests can repeat
    // an item: the first copy wins.
    const QList<Row> fresh = uniqueRows(freshRows);
    QSet<QString> freshUids;
    freshUids.reserve(fresh.size());
    for (const Row &row : fresh)
        freshUids.insert(row.uid);
    if (windowEnd < 0 || windowEnd > m_rows.size())
        windowEnd = static_cast<int>(m_rows.size());

    // Rows of the window the fresh list no longer has, bottom up in ranges.
    for (int row = windowEnd - 1; row >= 0;) {
        if (freshUids.contains(m_rows.at(row).uid)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !freshUids.contains(m_rows.at(first - 1).uid))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        m_indexDirty = true;
        endRemoveRows();
        windowEnd -= row - first + 1;
        row = first - 1;
    }

    // Rows 0..i-1 are settled as fresh[0..i-1]; place fresh[i] at row i.
    const int searched =
        below == BelowWindow::HoldsNoFresh ? windowEnd : static_cast<int>(m_rows.size());
    QSet<QString> present;
    present.reserve(searched);
    for (int row = 0; row < searched; ++row)
        present.insert(m_rows.at(row).uid);
    const auto update = [this](int row, const Row &item) {
        if (!sameRow(m_rows.at(row), item))
            replaceRow(row, item);
    };
    for (int i = 0; i < fresh.size();) {
        const Row &item = fresh.at(i);
        if (i < m_rows.size() && m_rows.at(i).uid == item.uid) {
            update(i, item);
            ++i;
            continue;
        }
        if (present.contains(item.uid)) {
            // Reordered by the server: rare, so a search is fine.
            int from = i + 1;
            while (m_rows.at(from).uid != item.uid)
                ++from;
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            m_indexDirty = true;
            endMoveRows();
            update(i, item);
            ++i;
            continue;
        }
        // A stretch of new items goes in with one insert.
        int last = i;
        while (last + 1 < fresh.size() && !present.contains(fresh.at(last + 1).uid))
            ++last;
        beginInsertRows({}, i, last);
        m_rows.insert(i, last - i + 1, Row());
        for (int k = i; k <= last; ++k) {
            m_rows[k] = fresh.at(k);
            present.insert(fresh.at(k).uid);
        }
        m_indexDirty = true;
        endInsertRows();
        i = last + 1;
    }
    rowsApplied();
}
