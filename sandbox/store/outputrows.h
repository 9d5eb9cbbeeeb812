#pragma once

#include "sandbox/store/outputrow.h"

#include <QList>
#include <QSqlQuery>

class StoreConnection;
struct PageRange;

// The outputs table: results as JSON text, in the order they arrived.
class OutputRows final
{
public:
    explicit OutputRows(const StoreConnection &connection);

    void insert(qint64 runId, qint64 inputId, const QString &data);
    QList<OutputRow> page(qint64 runId, const PageRange &range) const;
    qint64 count() const;

private:
    const StoreConnection &m_connection;
    QSqlQuery m_insert;
};
