#pragma once

#include <QSqlQuery>
#include <QString>

class StoreConnection;

// The outputs table: results as JSON text, in the order they arrived. Pages
// of it are read by OutputPageReader, as bytes.
class OutputRows final
{
public:
    explicit OutputRows(const StoreConnection &connection);

    void insert(qint64 runId, qint64 inputId, const QString &data);
    qint64 count() const;

private:
    const StoreConnection &m_connection;
    QSqlQuery m_insert;
};
