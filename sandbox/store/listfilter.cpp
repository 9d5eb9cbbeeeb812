#include "sandbox/store/listfilter.h"

#include "sandbox/store/storevalues.h"

QString ListFilter::sql(const QString &table) const
{
    QStringList where;
    for (const Condition &condition : conditions)
        where.append(condition.column + QStringLiteral(" IN ") +
                     StoreValues::placeholders(condition.values.size()));
    if (matchNothing)
        where.append(QStringLiteral("0"));
    QStringList sorting;
    for (const Order &field : order)
        sorting.append(field.column +
                       (field.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")));
    if (sorting.isEmpty())
        sorting.append(QStringLiteral("created_at ASC"));
    sorting.append(QStringLiteral("id ASC"));

    QString sql = QStringLiteral("SELECT * FROM ") + table;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += QStringLiteral(" ORDER BY ") + sorting.join(QLatin1String(", ")) +
           QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    return sql;
}

QVariantList ListFilter::bindings() const
{
    QVariantList values;
    for (const Condition &condition : conditions)
        values += StoreValues::variants(condition.values);
    return values;
}
