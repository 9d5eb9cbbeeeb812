#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

// What a list endpoint asks of a table: column IN (values) conditions, an
// order (created_at then id when none is given), a limit and an offset.
// The HTTP layer fills it from the query string (ListQuery); the row
// classes turn it into SQL.
struct ListFilter
{
    struct Condition
    {
        QString column;
        QStringList values;
    };
    struct Order
    {
        QString column;
        bool descending = false;
    };

    QList<Condition> conditions;
    // A filter nothing can match (e.g. flow_run_id on runs).
    bool matchNothing = false;
    QList<Order> order;
    int limit = 10;
    int offset = 0;

    // SELECT * FROM `table` with this filter, and its bindings.
    QString sql(const QString &table) const;
    QVariantList bindings() const;
};
