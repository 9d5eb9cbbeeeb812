#include "sandbox/store/schedulerows.h"

#include "sandbox/store/listfilter.h"
#include "sandbox/store/storeconnection.h"
#include "sandbox/store/storevalues.h"

#include <QSqlQuery>

using namespace StoreValues;

namespace {

ScheduleRow fromRecord(const QSqlRecord &record)
{
    ScheduleRow row;
    row.id = integer(record, "id");
    row.uid = text(record, "uid");
    row.workspaceUid = text(record, "workspace_uid");
    row.userUid = text(record, "user_uid");
    row.name = optionalText(record, "name");
    row.actionId = static_cast<int>(integer(record, "action_id"));
    row.actionName = text(record, "action_name");
    row.status = text(record, "status");
    row.cron = optionalText(record, "cron");
    row.timezone = text(record, "timezone");
    row.scheduleAt = optionalInteger(record, "schedule_at");
    row.nextExecutionAt = optionalInteger(record, "next_execution_at");
    row.lastExecutedAt = optionalInteger(record, "last_executed_at");
    row.postponedUntil = optionalInteger(record, "postponed_until");
    row.config = text(record, "config");
    row.lastRunUid = optionalText(record, "last_run_uid");
    row.createdAt = integer(record, "created_at");
    row.updatedAt = integer(record, "updated_at");
    return row;
}

} // namespace

ScheduleRows::ScheduleRows(const StoreConnection &connection)
    : m_connection(connection)
{}

qint64 ScheduleRows::insert(const ScheduleRow &row)
{
    QSqlQuery query = m_connection.exec(
        QStringLiteral("INSERT INTO schedules(uid, workspace_uid, user_uid, name, action_id, "
                       "action_name, status, cron, timezone, schedule_at, next_execution_at, "
                       "last_executed_at, postponed_until, config, last_run_uid, created_at, "
                       "updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {row.uid, row.workspaceUid, row.userUid, orNull(row.name), row.actionId, row.actionName,
         row.status, orNull(row.cron), row.timezone, orNull(row.scheduleAt),
         orNull(row.nextExecutionAt), orNull(row.lastExecutedAt), orNull(row.postponedUntil),
         row.config, orNull(row.lastRunUid), row.createdAt, row.updatedAt});
    return query.lastInsertId().toLongLong();
}

std::optional<ScheduleRow> ScheduleRows::find(const QString &uid) const
{
    return rowOf(m_connection.row(QStringLiteral("SELECT * FROM schedules WHERE uid = ?"), {uid}),
                 fromRecord);
}

QList<ScheduleRow> ScheduleRows::list(const ListFilter &filter) const
{
    return rowsOf(m_connection.exec(filter.sql(QStringLiteral("schedules")), filter.bindings()),
                  fromRecord);
}

qint64 ScheduleRows::count() const
{
    return m_connection.scalar(QStringLiteral("SELECT COUNT(*) FROM schedules")).toLongLong();
}

std::optional<qint64> ScheduleRows::nextDue() const
{
    const QVariant due = m_connection.scalar(
        QStringLiteral("SELECT MIN(next_execution_at) FROM schedules WHERE status = 'ACTIVE'"));
    if (due.isNull())
        return std::nullopt;
    return due.toLongLong();
}

std::optional<ScheduleRow> ScheduleRows::firstDue(qint64 now) const
{
    return rowOf(m_connection.row(
                     QStringLiteral(
                         "SELECT * FROM schedules WHERE status = 'ACTIVE' AND next_execution_at <= "
                         "? ORDER BY next_execution_at, id LIMIT 1"),
                     {now}),
                 fromRecord);
}

void ScheduleRows::recordFiring(const QString &uid, const QString &status,
                                std::optional<qint64> nextExecutionAt,
                                std::optional<qint64> executedAt,
                                const std::optional<QString> &lastRunUid, qint64 now)
{
    m_connection.exec(
        QStringLiteral("UPDATE schedules SET status = ?, next_execution_at = ?, "
                       "last_executed_at = COALESCE(?, last_executed_at), last_run_uid = ?, "
                       "updated_at = ? WHERE uid = ?"),
        {status, orNull(nextExecutionAt), orNull(executedAt), orNull(lastRunUid), now, uid});
}

void ScheduleRows::setStatus(const QString &uid, const QString &status,
                             std::optional<qint64> nextExecutionAt, qint64 now)
{
    m_connection.exec(QStringLiteral("UPDATE schedules SET status = ?, next_execution_at = ?, "
                                     "updated_at = ? WHERE uid = ?"),
                      {status, orNull(nextExecutionAt), now, uid});
}

void ScheduleRows::saveEdit(const ScheduleRow &row, qint64 now)
{
    m_connection.exec(
        QStringLiteral("UPDATE schedules SET cron = ?, timezone = ?, name = ?, schedule_at = ?, "
                       "next_execution_at = ?, status = ?, updated_at = ? WHERE uid = ?"),
        {orNull(row.cron), row.timezone, orNull(row.name), orNull(row.scheduleAt),
         orNull(row.nextExecutionAt), row.status, now, row.uid});
}
