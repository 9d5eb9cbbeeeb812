#include "runsmodel.h"

#include "cache/localcache.h"
#include "client/edgesclient.h"
#include "domain/runstatus.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

namespace {

QString formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return QStringLiteral("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QVariant timeCell(const QDateTime &time)
{
    return time.isValid() ? QVariant(time) : QVariant();
}

// Whether a refreshed copy of a run shows anything new.
bool sameRun(const Run &a, const Run &b)
{
    return a.statusText == b.statusText && a.outputCount == b.outputCount &&
           a.retryCount == b.retryCount && a.updatedAt == b.updatedAt &&
           a.startedAt == b.startedAt && a.finishedAt == b.finishedAt && a.name == b.name &&
           a.postponedUntil == b.postponedUntil;
}

} // namespace

RunsModel::RunsModel(EdgesClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

RunsModel::~RunsModel()
{
    // Forgotten before it is cancelled: a cancelled load reports nothing.
    if (ApiReply *pending = std::exchange(m_pending, nullptr))
        pending->cancel();
}

void RunsModel::setFilter(const Filter &filter)
{
    if (m_started && filter == m_filter)
        return;
    // Forgotten before it is cancelled: a cancelled load reports nothing.
    if (ApiReply *pending = std::exchange(m_pending, nullptr))
        pending->cancel();
    beginResetModel();
    m_filter = filter;
    m_runs.clear();
    m_indexDirty = true;
    m_atEnd = false;
    m_started = false;
    endResetModel();
    const auto cached = m_cache ? m_cache->page(cacheKey()) : std::nullopt;
    if (cached && !cached->isEmpty()) {
        QList<Run> runs;
        for (const QJsonValue &value : *cached)
            runs.append(Run::fromJson(value.toObject()));
        appendPage(runs);
        // The server's first page then corrects the cached one in place.
        request(0, true);
        return;
    }
    request(0, false);
}

QString RunsModel::cacheKey() const
{
    return QStringLiteral("runs?") + parameters(0).toQuery().toString(QUrl::FullyEncoded);
}

void RunsModel::refresh()
{
    if (m_pending)
        return;
    request(0, true);
}

ListParameters RunsModel::parameters(int offset) const
{
    ListParameters parameters;
    parameters.filter(QStringLiteral("status"), m_filter.statuses)
        .filter(QStringLiteral("action_name"), m_filter.actions)
        .filter(QStringLiteral("execution_mode"), m_filter.modes);
    if (!m_filter.uids.isEmpty())
        parameters.filter(QStringLiteral("uid"), m_filter.uids);
    if (!m_filter.scheduleUid.isEmpty())
        parameters.filter(QStringLiteral("scheduled_run_uid"), {m_filter.scheduleUid});
    parameters.sort = {QStringLiteral("-created_at")};
    parameters.limit = kPageSize;
    parameters.offset = offset;
    return parameters;
}

void RunsModel::request(int offset, bool refreshing)
{
    if (!m_client || m_pending)
        return;
    m_started = true;
    ApiReply *reply = m_client->listRuns(parameters(offset));
    m_pending = reply;
    emit loadingChanged(true);
    connect(reply, &ApiReply::finished, this,
            [this, reply, offset, refreshing] { onPage(reply, offset, refreshing); });
}

void RunsModel::onPage(ApiReply *reply, int offset, bool refreshing)
{
    reply->deleteLater();
    if (m_pending != reply)
        return;
    if (!reply->succeeded()) {
        m_pending = nullptr;
        emit loadingChanged(false);
        if (reply->error().kind != ApiError::Kind::Cancelled)
            emit loadFailed(reply->error());
        return;
    }
    QList<Run> runs;
    const QJsonArray array = reply->json().toArray();
    runs.reserve(array.size());
    for (const QJsonValue &value : array)
        runs.append(Run::fromJson(value.toObject()));
    const bool complete = runs.size() < kPageSize;
    if (offset == 0 && m_cache)
        m_cache->storePage(cacheKey(), array);
    // The rows go in while the request still counts as pending: a view that
    // asks for more from inside rowsInserted must not fetch this page again.
    if (refreshing) {
        mergeWindow(runs, complete);
        if (complete)
            m_atEnd = true;
    } else if (offset == m_runs.size()) {
        appendPage(runs);
        m_atEnd = complete;
    }
    m_pending = nullptr;
    emit loadingChanged(false);
}

void RunsModel::appendPage(const QList<Run> &runs)
{
    // A run that moved down since the previous page may come again.
    QList<Run> fresh;
    QSet<QString> seen;
    for (const Run &run : runs) {
        if (rowOfUid(run.uid) < 0 && !seen.contains(run.uid)) {
            seen.insert(run.uid);
            fresh.append(run);
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_runs.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_runs.append(fresh);
    for (int row = first; row < m_runs.size(); ++row)
        m_rowOfUid.insert(m_runs.at(row).uid, row);
    endInsertRows();
}

void RunsModel::mergeWindow(const QList<Run> &page, bool complete)
{
    // A uid the server sent twice is kept once, the first copy.
    QList<Run> fresh;
    fresh.reserve(page.size());
    {
        QSet<QString> seen;
        for (const Run &run : page) {
            if (!seen.contains(run.uid)) {
                seen.insert(run.uid);
                fresh.append(run);
            }
        }
    }
    // The window is the part of the table the fresh page speaks for: all
    // of it for a complete answer, else the rows at least as new as the
    // page's oldest run.
    QSet<QString> freshUids;
    for (const Run &run : fresh)
        freshUids.insert(run.uid);
    int windowEnd = static_cast<int>(m_runs.size());
    if (!complete && !fresh.isEmpty()) {
        // Runs created at the same instant as the page's last one may
        // belong to the next page: only those the page holds are its own.
        const QDateTime bound = fresh.last().createdAt;
        windowEnd = 0;
        for (int row = 0; row < m_runs.size() && m_runs.at(row).createdAt >= bound; ++row) {
            if (m_runs.at(row).createdAt > bound || freshUids.contains(m_runs.at(row).uid))
                windowEnd = row + 1;
        }
    }

    // Rows of the window the server no longer has, bottom up in ranges.
    for (int row = windowEnd - 1; row >= 0;) {
        if (freshUids.contains(m_runs.at(row).uid)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !freshUids.contains(m_runs.at(first - 1).uid))
            --first;
        beginRemoveRows({}, first, row);
        m_runs.remove(first, row - first + 1);
        endRemoveRows();
        m_indexDirty = true;
        windowEnd -= row - first + 1;
        row = first - 1;
    }

    // Now place each fresh run at its row: same uid updates in place, a
    // run further down the window moves up, an unknown run is inserted.
    // Only the window can hold a fresh run: the list is newest first.
    QHash<QString, int> windowRows;
    const auto indexWindow = [&] {
        windowRows.clear();
        for (int row = 0; row < windowEnd; ++row)
            windowRows.insert(m_runs.at(row).uid, row);
    };
    indexWindow();
    for (int i = 0; i < fresh.size();) {
        const Run &run = fresh.at(i);
        const auto found = windowRows.constFind(run.uid);
        if (found != windowRows.constEnd() && *found == i) {
            if (!sameRun(m_runs.at(i), run)) {
                m_runs[i] = run;
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            ++i;
            continue;
        }
        if (found != windowRows.constEnd()) {
            const int from = *found;
            beginMoveRows({}, from, from, {}, i);
            m_runs.move(from, i);
            m_runs[i] = run;
            endMoveRows();
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            m_indexDirty = true;
            indexWindow();
            ++i;
            continue;
        }
        // A stretch of new runs goes in with one insert.
        int last = i;
        while (last + 1 < fresh.size() && !windowRows.contains(fresh.at(last + 1).uid))
            ++last;
        const int count = last - i + 1;
        beginInsertRows({}, i, last);
        m_runs.insert(i, count, Run());
        for (int k = 0; k < count; ++k)
            m_runs[i + k] = fresh.at(i + k);
        endInsertRows();
        m_indexDirty = true;
        windowEnd += count;
        for (auto it = windowRows.begin(); it != windowRows.end(); ++it) {
            if (*it >= i)
                *it += count;
        }
        i = last + 1;
    }
}

const Run &RunsModel::runAt(const QModelIndex &index) const
{
    return m_runs.at(index.row());
}

int RunsModel::rowOfUid(const QString &uid) const
{
    if (m_indexDirty) {
        m_rowOfUid.clear();
        m_rowOfUid.reserve(m_runs.size());
        for (int row = 0; row < m_runs.size(); ++row)
            m_rowOfUid.insert(m_runs.at(row).uid, row);
        m_indexDirty = false;
    }
    return m_rowOfUid.value(uid, -1);
}

void RunsModel::updateRun(const Run &run)
{
    const int row = rowOfUid(run.uid);
    if (row < 0 || sameRun(m_runs.at(row), run))
        return;
    m_runs[row] = run;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Run &run = m_runs.at(index.row());
    switch (role) {
    case int(Role::Uid):
        return run.uid;
    case int(Role::Status):
        return static_cast<int>(run.status);
    case int(Role::StatusText):
        return run.statusText;
    case int(Role::Terminal):
        return isTerminal(run.status);
    case int(Role::CreatedAt):
        return run.createdAt;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case StatusColumn:
        return run.statusText;
    case ActionColumn:
        return run.actionName;
    case NameColumn:
        return run.name;
    case ModeColumn:
        return QString(toApiString(run.executionMode));
    case ScheduleColumn:
        return run.scheduledRunName.isEmpty() ? run.scheduledRunUid : run.scheduledRunName;
    case OutputsColumn:
        return run.outputCount;
    case RetriesColumn:
        return run.retryCount;
    case CreatedColumn:
        return timeCell(run.createdAt);
    case StartedColumn:
        return timeCell(run.startedAt);
    case FinishedColumn:
        return timeCell(run.finishedAt);
    case DurationColumn:
        if (!run.startedAt.isValid())
            return {};
        return formatDuration(
            run.startedAt.secsTo(run.finishedAt.isValid() ? run.finishedAt : run.updatedAt));
    case UidColumn:
        return run.uid;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case StatusColumn:
        return tr("Status");
    case ActionColumn:
        return tr("Action");
    case NameColumn:
        return tr("Name");
    case ModeColumn:
        return tr("Mode");
    case ScheduleColumn:
        return tr("Schedule");
    case OutputsColumn:
        return tr("Outputs");
    case RetriesColumn:
        return tr("Retries");
    case CreatedColumn:
        return tr("Created");
    case StartedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    case DurationColumn:
        return tr("Duration");
    case UidColumn:
        return tr("Run uid");
    case ColumnCount:
        break;
    }
    return {};
}

bool RunsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && !m_atEnd && !m_pending;
}

void RunsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(static_cast<int>(m_runs.size()), false);
}
