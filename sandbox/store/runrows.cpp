#include "sandbox/store/runrows.h"

#include "sandbox/store/listfilter.h"
#include "sandbox/store/storeconnection.h"
#include "sandbox/store/storevalues.h"

using namespace StoreValues;

namespace {

RunRow fromRecord(const QSqlRecord &record)
{
    RunRow row;
    row.id = integer(record, "id");
    row.uid = text(record, "uid");
    row.workspaceUid = text(record, "workspace_uid");
    row.userUid = text(record, "user_uid");
    row.name = optionalText(record, "name");
    row.actionId = static_cast<int>(integer(record, "action_id"));
    row.actionName = text(record, "action_name");
    row.executionMode = text(record, "execution_mode");
    row.status = text(record, "status");
    row.parameters = text(record, "parameters");
    row.identityUid = optionalText(record, "identity_uid");
    row.callback = optionalText(record, "callback");
    row.scheduledRunUid = optionalText(record, "scheduled_run_uid");
    row.scheduledRunName = optionalText(record, "scheduled_run_name");
    row.retryCount = static_cast<int>(integer(record, "retry_count"));
    row.outputCount = integer(record, "output_count");
    row.lastError = optionalText(record, "last_error");
    row.lastInfo = optionalText(record, "last_info");
    row.postponedUntil = optionalInteger(record, "postponed_until");
    row.startedAt = optionalInteger(record, "started_at");
    row.finishedAt = optionalInteger(record, "finished_at");
    row.syncedAt = optionalInteger(record, "synced_at");
    row.createdAt = integer(record, "created_at");
    row.updatedAt = integer(record, "updated_at");
    row.dueAt = optionalInteger(record, "due_at");
    row.highWater = integer(record, "high_water");
    row.iterationTop = optionalInteger(record, "iteration_top");
    return row;
}

} // namespace

RunRows::RunRows(const StoreConnection &connection)
    : m_connection(connection)
    , m_findPageOwner(connection.prepare(
          QStringLiteral("SELECT id, execution_mode, workspace_uid FROM runs WHERE uid = ?")))
{}

qint64 RunRows::insert(const RunRow &row)
{
    QSqlQuery query = m_connection.exec(
        QStringLiteral(
            "INSERT INTO runs(uid, workspace_uid, user_uid, name, action_id, action_name, "
            "execution_mode, status, parameters, identity_uid, callback, scheduled_run_uid, "
            "scheduled_run_name, retry_count, output_count, last_error, last_info, "
            "postponed_until, started_at, finished_at, synced_at, created_at, updated_at, "
            "due_at, high_water, iteration_top) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {row.uid,
         row.workspaceUid,
         row.userUid,
         orNull(row.name),
         row.actionId,
         row.actionName,
         row.executionMode,
         row.status,
         row.parameters,
         orNull(row.identityUid),
         orNull(row.callback),
         orNull(row.scheduledRunUid),
         orNull(row.scheduledRunName),
         row.retryCount,
         row.outputCount,
         orNull(row.lastError),
         orNull(row.lastInfo),
         orNull(row.postponedUntil),
         orNull(row.startedAt),
         orNull(row.finishedAt),
         orNull(row.syncedAt),
         row.createdAt,
         row.updatedAt,
         orNull(row.dueAt),
         row.highWater,
         orNull(row.iterationTop)});
    return query.lastInsertId().toLongLong();
}

std::optional<RunRow> RunRows::find(const QString &uid) const
{
    return rowOf(m_connection.row(QStringLiteral("SELECT * FROM runs WHERE uid = ?"), {uid}),
                 fromRecord);
}

std::optional<RunRows::PageOwner> RunRows::findPageOwner(const QString &uid) const
{
    std::optional<PageOwner> owner;
    if (StoreConnection::run(m_findPageOwner, {uid}) && m_findPageOwner.next())
        owner = PageOwner{m_findPageOwner.value(0).toLongLong(),
                          m_findPageOwner.value(1).toString() == QLatin1String("LIVE"),
                          m_findPageOwner.value(2).toString()};
    // Ends the statement's read, which would otherwise hold back the WAL's
    // checkpoints until the next page.
    m_findPageOwner.finish();
    return owner;
}

QList<RunRow> RunRows::list(const ListFilter &filter) const
{
    return rowsOf(m_connection.exec(filter.sql(QStringLiteral("runs")), filter.bindings()),
                  fromRecord);
}

qint64 RunRows::count() const
{
    return m_connection.scalar(QStringLiteral("SELECT COUNT(*) FROM runs")).toLongLong();
}

qint64 RunRows::countWithStatus(const QString &status, const QString &workspaceUid) const
{
    return m_connection
        .scalar(QStringLiteral("SELECT COUNT(*) FROM runs WHERE status = ? AND workspace_uid = ?"),
                {status, workspaceUid})
        .toLongLong();
}

std::optional<qint64> RunRows::nextDue() const
{
    const QVariant due = m_connection.scalar(
        QStringLiteral("SELECT MIN(due_at) FROM runs WHERE due_at IS NOT NULL"));
    if (due.isNull())
        return std::nullopt;
    return due.toLongLong();
}

std::optional<RunRow> RunRows::firstDue(qint64 now) const
{
    return rowOf(m_connection.row(QStringLiteral("SELECT * FROM runs WHERE due_at IS NOT "
                                                 "NULL AND due_at <= ? ORDER BY due_at, "
                                                 "id LIMIT 1"),
                                  {now}),
                 fromRecord);
}

void RunRows::update(qint64 id, const QString &assignments, QVariantList values, qint64 now)
{
    values << now << id;
    m_connection.exec(QStringLiteral("UPDATE runs SET ") + assignments +
                          QStringLiteral(", updated_at = ? WHERE id = ?"),
                      values);
}

void RunRows::queue(qint64 id, qint64 now)
{
    update(id, QStringLiteral("status = 'QUEUED', postponed_until = NULL, due_at = ?"), {now}, now);
}

void RunRows::setDue(qint64 id, std::optional<qint64> dueAt, qint64 now)
{
    update(id, QStringLiteral("due_at = ?"), {orNull(dueAt)}, now);
}

void RunRows::start(qint64 id, std::optional<qint64> iterationTop, qint64 dueAt, qint64 now)
{
    update(id,
           QStringLiteral("status = 'RUNNING', started_at = COALESCE(started_at, ?), "
                          "iteration_top = ?, due_at = ?"),
           {now, orNull(iterationTop), dueAt}, now);
}

void RunRows::addOutputs(qint64 id, qint64 count, qint64 dueAt, qint64 now)
{
    update(id, QStringLiteral("output_count = output_count + ?, due_at = ?"), {count, dueAt}, now);
}

void RunRows::setLastInfo(qint64 id, const QString &info, qint64 dueAt, qint64 now)
{
    update(id, QStringLiteral("last_info = ?, due_at = ?"), {info, dueAt}, now);
}

void RunRows::setLastError(qint64 id, const QString &error, qint64 dueAt, qint64 now)
{
    update(id, QStringLiteral("last_error = ?, due_at = ?"), {error, dueAt}, now);
}

void RunRows::block(qint64 id, const QString &error, qint64 now)
{
    update(id, QStringLiteral("status = 'BLOCKED', last_error = ?, due_at = NULL"), {error}, now);
}

void RunRows::postponeRetry(qint64 id, qint64 until, const QString &error, qint64 now)
{
    update(id,
           QStringLiteral("status = 'SCHEDULED', retry_count = retry_count + 1, "
                          "postponed_until = ?, last_error = ?, due_at = ?"),
           {until, error, until}, now);
}

void RunRows::finish(qint64 id, const Finish &finish, qint64 now)
{
    QString assignments = QStringLiteral("status = ?, finished_at = ?, due_at = NULL");
    QVariantList values{finish.status, now};
    if (finish.highWater) {
        assignments += QStringLiteral(", high_water = ?, iteration_top = NULL, synced_at = ?");
        values << *finish.highWater << now;
    }
    if (finish.lastInfo) {
        assignments += QStringLiteral(", last_info = ?");
        values << *finish.lastInfo;
    }
    assignments += QStringLiteral(", last_error = ?");
    values << orNull(finish.lastError);
    update(id, assignments, values, now);
}

void RunRows::wakeNextQueued(const QString &workspaceUid, qint64 now)
{
    m_connection.exec(QStringLiteral("UPDATE runs SET due_at = ? WHERE id = (SELECT id FROM runs "
                                     "WHERE status = 'QUEUED' AND due_at IS NULL AND "
                                     "workspace_uid = ? ORDER BY created_at, id LIMIT 1)"),
                      {now, workspaceUid});
}

void RunRows::stop(qint64 id, qint64 now)
{
    update(id,
           QStringLiteral(
               "status = 'STOPPED', finished_at = ?, postponed_until = NULL, due_at = NULL"),
           {now}, now);
}

void RunRows::resume(qint64 id, qint64 now)
{
    update(id,
           QStringLiteral("status = 'SCHEDULED', last_error = NULL, retry_count = 0, "
                          "postponed_until = NULL, finished_at = NULL, due_at = ?"),
           {now}, now);
}

void RunRows::restartIteration(qint64 id, qint64 now)
{
    m_connection.exec(QStringLiteral("UPDATE runs SET high_water = iteration_top WHERE id = ? AND "
                                     "iteration_top IS NOT NULL AND EXISTS (SELECT 1 FROM inputs "
                                     "WHERE run_id = runs.id AND fetched > 0)"),
                      {id});
    update(id,
           QStringLiteral("status = 'SCHEDULED', last_error = NULL, last_info = NULL, "
                          "retry_count = 0, postponed_until = NULL, finished_at = NULL, "
                          "iteration_top = NULL, due_at = ?"),
           {now}, now);
}

void RunRows::wakeIdle(const QStringList &statuses, qint64 now)
{
    m_connection.exec(QStringLiteral("UPDATE runs SET due_at = ? WHERE due_at IS NULL AND "
                                     "status IN ") +
                          placeholders(statuses.size()),
                      QVariantList{now} + variants(statuses));
}
