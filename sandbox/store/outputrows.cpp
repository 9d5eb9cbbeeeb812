#include "sandbox/store/outputrows.h"

#include "sandbox/store/storeconnection.h"

OutputRows::OutputRows(const StoreConnection &connection)
    : m_connection(connection)
    , m_insert(connection.prepare(
          QStringLiteral("INSERT INTO outputs(run_id, input_id, data) VALUES(?, ?, ?)")))
{}

void OutputRows::insert(qint64 runId, qint64 inputId, const QString &data)
{
    StoreConnection::run(m_insert, {runId, inputId, data});
}

qint64 OutputRows::count() const
{
    return m_connection.scalar(QStringLiteral("SELECT COUNT(*) FROM outputs")).toLongLong();
}
