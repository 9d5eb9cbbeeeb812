#include "sandbox/store/inputrows.h"

#include "sandbox/store/pagerange.h"
#include "sandbox/store/storeconnection.h"
#include "sandbox/store/storevalues.h"

using namespace StoreValues;

namespace {

InputRow fromRecord(const QSqlRecord &record)
{
    InputRow row;
    row.id = integer(record, "id");
    row.runId = integer(record, "run_id");
    row.position = integer(record, "position");
    row.uid = text(record, "uid");
    row.status = text(record, "status");
    row.inputData = text(record, "input_data");
    row.customData = optionalText(record, "custom_data");
    row.lastError = optionalText(record, "last_error");
    row.outputCount = integer(record, "output_count");
    row.retryCount = static_cast<int>(integer(record, "retry_count"));
    row.attempts = static_cast<int>(integer(record, "attempts"));
    row.target = optionalInteger(record, "target");
    row.fetched = integer(record, "fetched");
    row.startedAt = optionalInteger(record, "started_at");
    row.finishedAt = optionalInteger(record, "finished_at");
    row.createdAt = integer(record, "created_at");
    row.updatedAt = integer(record, "updated_at");
    return row;
}

} // namespace

InputRows::InputRows(const StoreConnection &connection)
    : m_connection(connection)
    , m_insert(connection.prepare(QStringLiteral(
          "INSERT INTO inputs(run_id, position, uid, status, input_data, custom_data, "
          "last_error, output_count, retry_count, attempts, target, fetched, started_at, "
          "finished_at, created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "?, ?)")))
{}

qint64 InputRows::insert(const InputRow &row)
{
    StoreConnection::run(m_insert, {row.runId, row.position, row.uid, row.status, row.inputData,
                                    orNull(row.customData), orNull(row.lastError), row.outputCount,
                                    row.retryCount, row.attempts, orNull(row.target), row.fetched,
                                    orNull(row.startedAt), orNull(row.finishedAt), row.createdAt,
                                    row.updatedAt});
    return m_insert.lastInsertId().toLongLong();
}

std::optional<InputRow> InputRows::firstWithStatus(qint64 runId, const QStringList &statuses) const
{
    return rowOf(
        m_connection.row(QStringLiteral("SELECT * FROM inputs WHERE run_id = ? AND status IN ") +
                             placeholders(statuses.size()) +
                             QStringLiteral(" ORDER BY position LIMIT 1"),
                         QVariantList{runId} + variants(statuses)),
        fromRecord);
}

QList<InputRow> InputRows::page(qint64 runId, const PageRange &range) const
{
    return rowsOf(m_connection.exec(range.sql(QStringLiteral("inputs")), range.bindings(runId)),
                  fromRecord);
}

QHash<QString, qint64> InputRows::countByStatus(qint64 runId) const
{
    QHash<QString, qint64> counts;
    QSqlQuery query = m_connection.exec(
        QStringLiteral("SELECT status, COUNT(*) FROM inputs WHERE run_id = ? GROUP BY status"),
        {runId});
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

std::optional<QString> InputRows::lastFailedError(qint64 runId) const
{
    const QVariant error = m_connection.scalar(
        QStringLiteral("SELECT last_error FROM inputs WHERE run_id = ? AND status = 'FAILED' "
                       "ORDER BY finished_at DESC, position DESC LIMIT 1"),
        {runId});
    if (error.isNull())
        return std::nullopt;
    return error.toString();
}

qint64 InputRows::countStartedSince(const QString &identityUid, const QString &action,
                                    qint64 since) const
{
    return m_connection
        .scalar(QStringLiteral("SELECT COUNT(*) FROM inputs JOIN runs ON runs.id = "
                               "inputs.run_id WHERE runs.identity_uid = ? AND runs.action_name "
                               "= ? AND inputs.started_at > ?"),
                {identityUid, action, since})
        .toLongLong();
}

qint64 InputRows::count() const
{
    return m_connection.scalar(QStringLiteral("SELECT COUNT(*) FROM inputs")).toLongLong();
}

void InputRows::update(qint64 id, const QString &assignments, QVariantList values, qint64 now)
{
    values << now << id;
    m_connection.exec(QStringLiteral("UPDATE inputs SET ") + assignments +
                          QStringLiteral(", updated_at = ? WHERE id = ?"),
                      values);
}

void InputRows::queueWaiting(qint64 runId, qint64 now)
{
    m_connection.exec(QStringLiteral("UPDATE inputs SET status = 'QUEUED', updated_at = ? WHERE "
                                     "run_id = ? AND status IN ('CREATED','SCHEDULED')"),
                      {now, runId});
}

void InputRows::begin(qint64 id, qint64 now)
{
    update(id,
           QStringLiteral("status = 'RUNNING', started_at = COALESCE(started_at, ?), "
                          "attempts = attempts + 1"),
           {now}, now);
}

void InputRows::block(qint64 id, const QString &error, qint64 now)
{
    update(id, QStringLiteral("status = 'BLOCKED', last_error = ?"), {error}, now);
}

void InputRows::succeedEmpty(qint64 id, qint64 now)
{
    update(id, QStringLiteral("status = 'SUCCEEDED', finished_at = ?"), {now}, now);
}

void InputRows::addFetched(qint64 id, qint64 target, qint64 count, bool done, qint64 now)
{
    update(id,
           QStringLiteral("target = ?, fetched = fetched + ?, output_count = output_count + ?, "
                          "status = ?, finished_at = ?"),
           {target, count, count, done ? QStringLiteral("SUCCEEDED") : QStringLiteral("RUNNING"),
            done ? QVariant(now) : QVariant()},
           now);
}

void InputRows::scheduleRetry(qint64 id, qint64 now)
{
    update(id, QStringLiteral("status = 'SCHEDULED', retry_count = retry_count + 1"), {}, now);
}

void InputRows::fail(qint64 id, const QString &error, qint64 now)
{
    update(id, QStringLiteral("status = 'FAILED', last_error = ?, finished_at = ?"), {error, now},
           now);
}

void InputRows::stopAll(qint64 runId, const QStringList &statuses, qint64 now)
{
    m_connection.exec(QStringLiteral("UPDATE inputs SET status = 'STOPPED', updated_at = ? WHERE "
                                     "run_id = ? AND status IN ") +
                          placeholders(statuses.size()),
                      QVariantList{now, runId} + variants(statuses));
}

void InputRows::resumeWaiting(qint64 runId, qint64 now)
{
    m_connection.exec(QStringLiteral("UPDATE inputs SET status = 'SCHEDULED', last_error = NULL, "
                                     "attempts = 0, updated_at = ? WHERE run_id = ? AND status "
                                     "IN ('BLOCKED','STOPPED')"),
                      {now, runId});
}

void InputRows::restartAll(qint64 runId, qint64 now)
{
    m_connection.exec(QStringLiteral("UPDATE inputs SET status = 'SCHEDULED', last_error = NULL, "
                                     "target = NULL, fetched = 0, attempts = 0, finished_at = "
                                     "NULL, updated_at = ? WHERE run_id = ?"),
                      {now, runId});
}
