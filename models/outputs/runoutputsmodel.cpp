#include "models/outputs/runoutputsmodel.h"

#include "core/json/jsonflattener.h"
#include "models/client/apireply.h"
#include "models/client/cursorwalker.h"
#include "models/client/edgesclient.h"
#include "models/common/recordrole.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

#include <algorithm>

RunOutputsModel::RunOutputsModel(EdgesClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

RunOutputsModel::~RunOutputsModel()
{
    if (ApiReply *pending = std::exchange(m_refetch, nullptr))
        pending->cancel();
}

void RunOutputsModel::setRunUid(const QString &uid)
{
    beginResetModel();
    delete m_walker;
    m_walker = nullptr;
    // Forgotten before it is cancelled: a cancelled refetch reports nothing.
    if (ApiReply *pending = std::exchange(m_refetch, nullptr))
        pending->cancel();
    m_wanted.clear();
    m_runUid = uid;
    m_nextUrl.clear();
    m_pages.clear();
    m_rowCount = 0;
    m_columns.clear();
    m_columnOf.clear();
    endResetModel();
    if (uid.isEmpty() || !m_client)
        return;
    EdgesClient *client = m_client;
    m_walker = new CursorWalker(
        client, [client, uid] { return client->runOutputs(uid, kPageSize); }, this);
    connect(m_walker, &CursorWalker::pageReady, this, [this](const QJsonArray &items, bool last) {
        const QUrl url = std::exchange(m_nextUrl, m_walker->nextUrl());
        addPage(items, url, true);
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

void RunOutputsModel::setMaxResidentPages(int pages)
{
    m_maxResidentPages = std::max(1, pages);
    dropFarPages(-1);
}

int RunOutputsModel::residentRowCount() const
{
    int rows = 0;
    for (const Page &page : m_pages)
        rows += static_cast<int>(page.rows.size());
    return rows;
}

QList<RunOutputsModel::Row> RunOutputsModel::makeRows(const QJsonArray &items)
{
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
    return rows;
}

void RunOutputsModel::appendItems(const QJsonArray &items)
{
    addPage(items, {}, false);
}

void RunOutputsModel::addPage(const QJsonArray &items, const QUrl &url, bool canRefetch)
{
    if (items.isEmpty())
        return;
    Page page;
    page.firstRow = m_rowCount;
    page.url = url;
    page.canRefetch = canRefetch;
    page.rows = makeRows(items);
    page.rowCount = static_cast<int>(page.rows.size());
    page.lastUsed = ++m_useClock;
    const int first = m_rowCount;
    beginInsertRows({}, first, first + page.rowCount - 1);
    m_pages.append(std::move(page));
    m_rowCount += m_pages.last().rowCount;
    endInsertRows();
    dropFarPages(static_cast<int>(m_pages.size()) - 1);
}

int RunOutputsModel::pageOfRow(int row) const
{
    const auto after = std::upper_bound(m_pages.cbegin(), m_pages.cend(), row,
                                        [](int r, const Page &page) { return r < page.firstRow; });
    return static_cast<int>(after - m_pages.cbegin()) - 1;
}

void RunOutputsModel::dropFarPages(int keep)
{
    int resident = 0;
    for (const Page &page : std::as_const(m_pages))
        resident += page.rows.isEmpty() ? 0 : 1;
    while (resident > m_maxResidentPages) {
        int oldest = -1;
        for (int i = 0; i < m_pages.size(); ++i) {
            const Page &page = m_pages.at(i);
            if (i == keep || !page.canRefetch || page.rows.isEmpty())
                continue;
            if (oldest < 0 || page.lastUsed < m_pages.at(oldest).lastUsed)
                oldest = i;
        }
        if (oldest < 0)
            return;
        // The view is not told: it shows what it painted until it paints
        // again, and then asks, which fetches the page back.
        m_pages[oldest].rows = QList<Row>();
        --resident;
    }
}

void RunOutputsModel::want(int page) const
{
    if (m_wanted.contains(page))
        return;
    m_wanted.append(page);
    if (m_wantQueued)
        return;
    m_wantQueued = true;
    // data() is const and may be called from a paint: the request goes
    // out from the event loop instead.
    auto *self = const_cast<RunOutputsModel *>(this);
    QMetaObject::invokeMethod(self, &RunOutputsModel::refetchWanted, Qt::QueuedConnection);
}

void RunOutputsModel::refetchWanted()
{
    m_wantQueued = false;
    if (m_refetch || !m_client || m_runUid.isEmpty())
        return;
    // The latest wish first: it is where the view is now.
    while (!m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast();
        if (page >= m_pages.size() || !m_pages.at(page).rows.isEmpty())
            continue;
        // Wishes older than this one were for where the view was before.
        m_wanted.clear();
        const QUrl &url = m_pages.at(page).url;
        ApiReply *reply =
            url.isEmpty() ? m_client->runOutputs(m_runUid, kPageSize) : m_client->followNext(url);
        m_refetch =
            reply->then(this, [this, page](const ApiResult &result) { onRefetched(result, page); });
        return;
    }
}

void RunOutputsModel::onRefetched(const ApiResult &result, int pageIndex)
{
    m_refetch = nullptr;
    if (!result.succeeded()) {
        emit loadFailed(result.error);
        return;
    }
    if (pageIndex < m_pages.size() && m_pages.at(pageIndex).rows.isEmpty()) {
        QList<Row> rows = makeRows(result.json.toArray());
        Page &page = m_pages[pageIndex];
        // A page read again holds the rows it held (outputs are stored in
        // order and never change); should it hold more or fewer now, it
        // keeps the table's rows: the extra ones are left out, missing ones
        // show empty.
        rows.resize(page.rowCount);
        page.rows = std::move(rows);
        page.lastUsed = ++m_useClock;
        const int first = page.firstRow;
        const int last = page.firstRow + page.rowCount - 1;
        dropFarPages(pageIndex);
        if (columnCount() > 0)
            emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    }
    // A wish made while this page was on its way.
    if (!m_wanted.isEmpty())
        refetchWanted();
}

int RunOutputsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int RunOutputsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant RunOutputsModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != kRecordRole &&
        role != kRowLoadedRole)
        return {};
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int pageIndex = pageOfRow(index.row());
    // Asked of whole selections: neither a use nor a wish to fetch.
    if (role == kRowLoadedRole)
        return !m_pages.at(pageIndex).rows.isEmpty();
    const Page &page = m_pages.at(pageIndex);
    page.lastUsed = ++m_useClock;
    if (page.rows.isEmpty()) {
        want(pageIndex);
        return role == kRecordRole ? QVariant(QJsonObject()) : QVariant(QString());
    }
    const Row &row = page.rows.at(index.row() - page.firstRow);
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
