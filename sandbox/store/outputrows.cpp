#include "sandbox/store/outputrows.h"

#include "sandbox/store/pagerange.h"
#include "sandbox/store/storeconnection.h"
#include "sandbox/store/storevalues.h"

OutputRows::OutputRows(const StoreConnection &connection)
    : m_connection(connection)
    , m_insert(connection.prepare(
          QStringLiteral("INSERT INTO outputs(run_id, input_id, data) VALUES(?, ?, ?)")))
{}

void OutputRows::insert(qint64 runId, qint64 inputId, const QString &data)
{
    StoreConnection::run(m_insert, {runId, inputId, data});
}

QList<OutputRow> OutputRows::page(qint64 runId, const PageRange &range) const
{
    return StoreValues::rowsOf(
        m_connection.exec(range.sql(QStringLiteral("outputs")), range.bindings(runId)),
        +[](const QSqlRecord &record) {
            return OutputRow{
                StoreValues::integer(record, "id"), StoreValues::integer(record, "run_id"),
                StoreValues::integer(record, "input_id"), StoreValues::text(record, "data")};
        });
}

qint64 OutputRows::count() const
{
    return m_connection.scalar(QStringLiteral("SELECT COUNT(*) FROM outputs")).toLongLong();
}
