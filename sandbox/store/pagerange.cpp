#include "sandbox/store/pagerange.h"

QString PageRange::sql(const QString &table) const
{
    return QStringLiteral("SELECT * FROM %1 WHERE run_id = ?%2 ORDER BY id LIMIT %3 OFFSET %4")
        .arg(table, afterId ? QStringLiteral(" AND id > ?") : QString())
        .arg(limit)
        .arg(offset);
}

QVariantList PageRange::bindings(qint64 runId) const
{
    QVariantList values{runId};
    if (afterId)
        values.append(*afterId);
    return values;
}
