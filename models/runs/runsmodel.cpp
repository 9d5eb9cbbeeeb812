#include "models/runs/runsmodel.h"

#include "core/domain/durationtext.h"
#include "core/domain/runstatus.h"
#include "models/cache/localcache.h"
#include "models/client/edgesclient.h"

#include <QJsonArray>
#include <QSet>

RunsModel::RunsModel(EdgesClient *client, QObject *parent)
    : KeyedListModel(client, ColumnCount, parent)
{
    // The runs table offers no record to copy: kept objects would be most
    // of its memory.
    setKeepsRecords(false);
}

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
    // Set before the reset: a view or tester asking for more while it
    // resets must not load the old filter's next page.
    m_filter = filter;
    restart();
}

void RunsModel::setSort(const QString &sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    if (m_started)
        restart();
}

QString RunsModel::serverSortField(int column)
{
    return column == CreatedColumn ? QStringLiteral("created_at") : QString();
}

void RunsModel::restart()
{
    m_atEnd = false;
    m_started = false;
    m_loaded = false;
    clearRows();
    const auto cached = cache() ? cache()->page(cacheKey()) : std::nullopt;
    const bool fromCache = cached && !cached->isEmpty();
    if (fromCache)
        appendRows(parseRows(*cached));
    // With cached rows shown, the server's first page corrects them in place.
    request(0, fromCache);
    if (!m_pending)
        setLoading(false);
}

void RunsModel::cancelLoad()
{
    // Forgotten before it is cancelled: a cancelled load reports nothing.
    // Only a new filter cancels, and its load follows at once: the model
    // stays loading, so nothing reacts to an idle moment that is not one.
    if (ApiReply *pending = std::exchange(m_pending, nullptr))
        pending->cancel();
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

QString RunsModel::apiField(int column)
{
    switch (static_cast<Column>(column)) {
    case StatusColumn:
        return QStringLiteral("status");
    case ActionColumn:
        return QStringLiteral("action_name");
    case NameColumn:
        return QStringLiteral("name");
    case ModeColumn:
        return QStringLiteral("execution_mode");
    case ScheduleColumn:
        return QStringLiteral("scheduled_run_name");
    case OutputsColumn:
        return QStringLiteral("output_count");
    case RetriesColumn:
        return QStringLiteral("retry_count");
    case CreatedColumn:
        return QStringLiteral("created_at");
    case StartedColumn:
        return QStringLiteral("started_at");
    case FinishedColumn:
        return QStringLiteral("finished_at");
    case UidColumn:
        return QStringLiteral("uid");
    case DurationColumn:
    case ColumnCount:
        break;
    }
    return {};
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
    parameters.sort = {m_sort};
    parameters.limit = kPageSize;
    parameters.offset = offset;
    return parameters;
}

void RunsModel::request(int offset, bool refreshing)
{
    if (!client() || m_pending)
        return;
    m_started = true;
    setLoading(true);
    // A superseded load is cancelled, so only the current one answers.
    m_pending = client()
                    ->listRuns(parameters(offset))
                    ->then(this, [this, offset, refreshing](const ApiResult &result) {
                        onPage(result, offset, refreshing);
                    });
}

void RunsModel::onPage(const ApiResult &result, int offset, bool refreshing)
{
    if (!result.succeeded()) {
        m_pending = nullptr;
        m_lastLoadError = result.error;
        setLoading(false);
        emit loadFailed(result.error);
        return;
    }
    const QJsonArray array = result.json.toArray();
    if (offset == 0 && cache())
        cache()->storePage(cacheKey(), array);
    // The rows go in while the request still counts as pending: a view that
    // asks for more from inside rowsInserted must not fetch this page again.
    applyPage(array, offset, refreshing);
    m_pending = nullptr;
    m_lastLoadError = ApiError();
    m_loaded = true;
    setLoading(false);
}

void RunsModel::applyPage(const QJsonArray &array, int offset, bool refreshing)
{
    const bool complete = array.size() < kPageSize;
    if (refreshing) {
        mergeRows(parseRows(array), complete);
        if (complete)
            m_atEnd = true;
    } else if (offset == rowCount()) {
        // A run that moved down since the previous page may come again:
        // appendRows skips it.
        appendRows(parseRows(array));
        m_atEnd = complete;
    }
}

KeyedListModel::Row RunsModel::compactRow(const Run &run)
{
    return {run.uid, CompactRun::fromRun(run, m_tables)};
}

void RunsModel::mergeWindow(const QList<Run> &fresh, bool complete)
{
    QList<Row> rows;
    rows.reserve(fresh.size());
    for (const Run &run : fresh)
        rows.append(compactRow(run));
    mergeRows(rows, complete);
}

void RunsModel::mergeRows(const QList<Row> &page, bool complete)
{
    // A uid the server sent twice is kept once, the first copy.
    const QList<Row> fresh = uniqueRows(page);
    // The window is the part of the table the fresh page speaks for: all
    // of it for a complete answer, else the rows up to the page's last run
    // in the server's order (at least as new, or as old, as it).
    int windowEnd = rowCount();
    if (!complete && !fresh.isEmpty()) {
        QSet<QString> freshUids;
        freshUids.reserve(fresh.size());
        for (const Row &row : fresh)
            freshUids.insert(row.uid);
        // Runs created at the same instant as the page's last one may
        // belong to the next page: only those the page holds are its own.
        const qint64 bound = itemOf<CompactRun>(fresh.last()).createdAt;
        const bool newest = newestFirst();
        // Whether a row's created_at comes before the bound in this order.
        const auto before = [bound, newest](qint64 at) { return newest ? at > bound : at < bound; };
        windowEnd = 0;
        for (int row = 0; row < rowCount(); ++row) {
            const qint64 at = itemAt<CompactRun>(row).createdAt;
            if (!before(at) && at != bound)
                break;
            if (before(at) || freshUids.contains(rowAt(row).uid))
                windowEnd = row + 1;
        }
    }
    // Ordered by created_at, which never changes: a fresh run can only be
    // in the window, so the rows below it are never searched.
    applyRows(fresh, windowEnd, BelowWindow::HoldsNoFresh);
}

Run RunsModel::runAt(const QModelIndex &index) const
{
    return itemAt<CompactRun>(index.row()).toRun(m_tables);
}

const CompactRun &RunsModel::compactAt(int row) const
{
    return itemAt<CompactRun>(row);
}

void RunsModel::updateRun(const Run &run)
{
    const int row = rowOfUid(run.uid);
    if (row < 0)
        return;
    Row fresh = compactRow(run);
    // Whether the watcher's copy shows anything new.
    if (itemAt<CompactRun>(row).sameShown(itemOf<CompactRun>(fresh)))
        return;
    replaceRow(row, fresh);
}

KeyedListModel::Row RunsModel::parseRow(const QJsonObject &object) const
{
    const Run run = Run::fromJson(object);
    return {run.uid, CompactRun::fromRun(run, m_tables)};
}

bool RunsModel::sameRow(const Row &before, const Row &after) const
{
    // A merge also places rows by created_at, so a changed one is news
    // there, unlike in the watcher's lighter status objects.
    const CompactRun &a = itemOf<CompactRun>(before);
    const CompactRun &b = itemOf<CompactRun>(after);
    return a.sameShown(b) && a.createdAt == b.createdAt;
}

QVariant RunsModel::rowData(const Row &item, int, int column, int role) const
{
    const CompactRun &run = itemOf<CompactRun>(item);
    const auto text = [this](quint32 id) -> const QString & { return m_tables.texts.at(id); };
    const auto time = [](qint64 ms) {
        return ms == CompactRun::kNoTime ? QVariant() : QVariant(CompactRun::toTime(ms));
    };
    switch (role) {
    case int(Role::Uid):
        return run.uid;
    case int(Role::Status):
        return static_cast<int>(run.status);
    case int(Role::StatusText):
        return text(run.statusText);
    case int(Role::Terminal):
        return isTerminal(run.status);
    case int(Role::CreatedAt):
        return CompactRun::toTime(run.createdAt);
    case int(Role::ScheduleUid):
        return text(run.scheduledRunUid);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (static_cast<Column>(column)) {
    case StatusColumn:
        return text(run.statusText);
    case ActionColumn:
        return text(run.actionName);
    case NameColumn:
        return text(run.name);
    case ModeColumn:
        return QString(toApiString(run.executionMode));
    case ScheduleColumn:
        return text(run.scheduledRunName).isEmpty() ? text(run.scheduledRunUid)
                                                    : text(run.scheduledRunName);
    case OutputsColumn:
        return run.outputCount;
    case RetriesColumn:
        return run.retryCount;
    case CreatedColumn:
        return time(run.createdAt);
    case StartedColumn:
        return time(run.startedAt);
    case FinishedColumn:
        return time(run.finishedAt);
    case DurationColumn:
        if (const auto seconds = run.durationSeconds())
            return DurationText::format(*seconds);
        return {};
    case UidColumn:
        return run.uid;
    case ColumnCount:
        break;
    }
    return {};
}

QString RunsModel::columnTitle(int column) const
{
    switch (static_cast<Column>(column)) {
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
        request(rowCount(), false);
}
