#include "sandbox/http/listquery.h"

#include <limits>

ListQuery::ListQuery(const ApiRequest &request, QString table)
    : m_request(request)
    , m_table(std::move(table))
{}

bool ListQuery::filter(const QString &parameter, const QString &column, const QStringList &allowed)
{
    if (m_error)
        return false;
    QStringList values = m_request.queryList(parameter);
    if (values.isEmpty())
        return true;
    if (!allowed.isEmpty()) {
        for (QString &value : values) {
            value = value.toUpper();
            if (!allowed.contains(value)) {
                m_error = ApiResponse::badParameters(
                    QStringLiteral("%1: '%2' is not one of %3")
                        .arg(parameter, value, allowed.join(QLatin1String(", "))));
                return false;
            }
        }
    }
    QStringList marks;
    for (const QString &value : values) {
        marks.append(QStringLiteral("?"));
        m_bindings.append(value);
    }
    m_where.append(column + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) +
                   QLatin1Char(')'));
    return true;
}

bool ListQuery::sort(const QStringList &sortable, int maxFields)
{
    if (m_error)
        return false;
    const QStringList fields = m_request.queryList(QStringLiteral("sort"));
    if (fields.isEmpty())
        return true;
    if (fields.size() > maxFields) {
        m_error = ApiResponse::badParameters(
            QStringLiteral("sort: at most %1 fields, got %2").arg(maxFields).arg(fields.size()));
        return false;
    }
    QStringList order;
    for (const QString &field : fields) {
        const bool descending = field.startsWith(QLatin1Char('-'));
        const QString name = descending ? field.mid(1) : field;
        if (!sortable.contains(name)) {
            m_error =
                ApiResponse::badParameters(QStringLiteral("sort: '%1' is not sortable; use %2")
                                               .arg(name, sortable.join(QLatin1String(", "))));
            return false;
        }
        order.append(name + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")));
    }
    order.append(QStringLiteral("id ASC"));
    m_order = order.join(QLatin1String(", "));
    return true;
}

bool ListQuery::page(int defaultLimit, int maxLimit)
{
    if (m_error)
        return false;
    ApiResponse error;
    const auto limit =
        m_request.queryInt(QStringLiteral("limit"), defaultLimit, 1, maxLimit, &error);
    const auto offset = limit ? m_request.queryInt(QStringLiteral("offset"), 0, 0,
                                                   std::numeric_limits<int>::max(), &error)
                              : std::nullopt;
    if (!limit || !offset) {
        m_error = error;
        return false;
    }
    m_limit = *limit;
    m_offset = *offset;
    return true;
}

QString ListQuery::sql() const
{
    QString sql = QStringLiteral("SELECT * FROM ") + m_table;
    if (!m_where.isEmpty())
        sql += QStringLiteral(" WHERE ") + m_where.join(QLatin1String(" AND "));
    sql += QStringLiteral(" ORDER BY ") + m_order +
           QStringLiteral(" LIMIT %1 OFFSET %2").arg(m_limit).arg(m_offset);
    return sql;
}
