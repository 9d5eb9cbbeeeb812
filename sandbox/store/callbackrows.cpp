#include "sandbox/store/callbackrows.h"

#include "sandbox/store/listfilter.h"
#include "sandbox/store/storeconnection.h"
#include "sandbox/store/storevalues.h"

using namespace StoreValues;

namespace {

CallbackRow fromRecord(const QSqlRecord &record)
{
    CallbackRow row;
    row.id = integer(record, "id");
    row.uid = text(record, "uid");
    row.parentUid = optionalText(record, "parent_uid");
    row.refUid = text(record, "ref_uid");
    row.runUid = text(record, "run_uid");
    row.workspaceUid = text(record, "workspace_uid");
    row.batchUid = text(record, "batch_uid");
    row.url = text(record, "url");
    row.headers = optionalText(record, "headers");
    row.payload = text(record, "payload");
    row.status = text(record, "status");
    row.retryCount = static_cast<int>(integer(record, "retry_count"));
    row.httpStatus = optionalInteger(record, "http_status");
    row.httpResponse = optionalText(record, "http_response");
    row.error = optionalText(record, "error");
    row.nextAttemptAt = optionalInteger(record, "next_attempt_at");
    row.createdAt = integer(record, "created_at");
    row.updatedAt = integer(record, "updated_at");
    return row;
}

} // namespace

CallbackRows::CallbackRows(const StoreConnection &connection)
    : m_connection(connection)
    , m_insert(connection.prepare(QStringLiteral(
          "INSERT INTO callbacks(uid, parent_uid, ref_uid, run_uid, workspace_uid, batch_uid, "
          "url, headers, payload, status, retry_count, http_status, http_response, error, "
          "next_attempt_at, created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "?, ?, ?, ?)")))
{}

qint64 CallbackRows::insert(const CallbackRow &row)
{
    StoreConnection::run(m_insert, {row.uid, orNull(row.parentUid), row.refUid, row.runUid,
                                    row.workspaceUid, row.batchUid, row.url, orNull(row.headers),
                                    row.payload, row.status, row.retryCount, orNull(row.httpStatus),
                                    orNull(row.httpResponse), orNull(row.error),
                                    orNull(row.nextAttemptAt), row.createdAt, row.updatedAt});
    return m_insert.lastInsertId().toLongLong();
}

void CallbackRows::insertReplay(const QString &originalUid, const QString &uid, qint64 now)
{
    m_connection.exec(
        QStringLiteral("INSERT INTO callbacks(uid, parent_uid, ref_uid, run_uid, workspace_uid, "
                       "batch_uid, url, headers, payload, status, next_attempt_at, created_at, "
                       "updated_at) SELECT ?, uid, ref_uid, run_uid, workspace_uid, batch_uid, "
                       "url, headers, payload, 'PENDING', ?, ?, ? FROM callbacks WHERE uid = ?"),
        {uid, now, now, now, originalUid});
}

std::optional<CallbackRow> CallbackRows::find(const QString &uid) const
{
    return rowOf(m_connection.row(QStringLiteral("SELECT * FROM callbacks WHERE uid = ?"), {uid}),
                 fromRecord);
}

QList<CallbackRow> CallbackRows::list(const ListFilter &filter) const
{
    return rowsOf(m_connection.exec(filter.sql(QStringLiteral("callbacks")), filter.bindings()),
                  fromRecord);
}

qint64 CallbackRows::countReplays(const QString &originalUid) const
{
    return m_connection
        .scalar(QStringLiteral("SELECT COUNT(*) FROM callbacks WHERE parent_uid = ?"),
                {originalUid})
        .toLongLong();
}

std::optional<CallbackRows::Attempt> CallbackRows::attempt(qint64 id) const
{
    const auto record = m_connection.row(
        QStringLiteral("SELECT callbacks.retry_count, callbacks.parent_uid, runs.status FROM "
                       "callbacks LEFT JOIN runs ON runs.uid = callbacks.run_uid WHERE "
                       "callbacks.id = ?"),
        {id});
    if (!record)
        return std::nullopt;
    return Attempt{record->value(0).toInt(), !record->value(1).isNull(),
                   record->value(2).toString()};
}

std::optional<qint64> CallbackRows::nextDue() const
{
    const QVariant due = m_connection.scalar(QStringLiteral(
        "SELECT MIN(next_attempt_at) FROM callbacks WHERE next_attempt_at IS NOT NULL"));
    if (due.isNull())
        return std::nullopt;
    return due.toLongLong();
}

std::optional<CallbackRow> CallbackRows::firstDue(qint64 now) const
{
    return rowOf(m_connection.row(
                     QStringLiteral("SELECT * FROM callbacks WHERE next_attempt_at IS NOT NULL AND "
                                    "next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1"),
                     {now}),
                 fromRecord);
}

void CallbackRows::markRunning(qint64 id, qint64 now)
{
    m_connection.exec(QStringLiteral("UPDATE callbacks SET status = 'RUNNING', next_attempt_at = "
                                     "NULL, updated_at = ? WHERE id = ?"),
                      {now, id});
}

void CallbackRows::succeed(qint64 id, int httpStatus, const QString &response, qint64 now)
{
    m_connection.exec(QStringLiteral("UPDATE callbacks SET status = 'SUCCESS', http_status = ?, "
                                     "http_response = ?, error = NULL, updated_at = ? WHERE id "
                                     "= ?"),
                      {httpStatus, response, now, id});
}

void CallbackRows::fail(qint64 id, std::optional<qint64> httpStatus,
                        const std::optional<QString> &response, const QString &error,
                        int retryCount, std::optional<qint64> nextAttemptAt, qint64 now)
{
    m_connection.exec(
        QStringLiteral("UPDATE callbacks SET status = 'FAILED', http_status = ?, "
                       "http_response = ?, error = ?, retry_count = ?, next_attempt_at = ?, "
                       "updated_at = ? WHERE id = ?"),
        {orNull(httpStatus), orNull(response), error, retryCount, orNull(nextAttemptAt), now, id});
}

void CallbackRows::dropPending(const QString &runUid, const QString &error, qint64 now)
{
    m_connection.exec(QStringLiteral("UPDATE callbacks SET status = 'FAILED', error = ?, "
                                     "next_attempt_at = NULL, updated_at = ? WHERE run_uid = ? "
                                     "AND status = 'PENDING'"),
                      {error, now, runUid});
    m_connection.exec(QStringLiteral("UPDATE callbacks SET next_attempt_at = NULL, updated_at = ? "
                                     "WHERE run_uid = ? AND next_attempt_at IS NOT NULL"),
                      {now, runUid});
}

void CallbackRows::recoverInFlight(qint64 now)
{
    m_connection.exec(QStringLiteral("UPDATE callbacks SET status = 'PENDING', next_attempt_at = "
                                     "? WHERE status IN ('PENDING', 'RUNNING') AND "
                                     "next_attempt_at IS NULL"),
                      {now});
}
