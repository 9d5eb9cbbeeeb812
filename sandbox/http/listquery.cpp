#include "sandbox/http/listquery.h"

#include <QSet>

#include <limits>

ListQuery::ListQuery(const ApiRequest &request)
    : m_request(request)
{
    // Every list (runs, schedules, callbacks) holds the caller's workspace
    // only; the three tables carry the column.
    m_filter.conditions.append(
        {QStringLiteral("workspace_uid"), QStringList{request.workspaceUid}});
}

bool ListQuery::filter(const QString &parameter, const QString &column, const QStringList &allowed)
{
    if (m_error)
        return false;
    const QStringList given = m_request.queryList(parameter);
    if (given.isEmpty())
        return true;
    if (given.size() > kMaxFilterValues) {
        m_error = ApiResponse::badParameters(QStringLiteral("%1: at most %2 values, got %3")
                                                 .arg(parameter)
                                                 .arg(kMaxFilterValues)
                                                 .arg(given.size()));
        return false;
    }
    // One pass with hashing: each value is checked and kept once, so the
    // work (and the SQL IN list) grows linearly with what was sent.
    QStringList values;
    QSet<QString> seen;
    seen.reserve(given.size());
    for (const QString &text : given) {
        const QString value = allowed.isEmpty() ? text : text.toUpper();
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            m_error = ApiResponse::badParameters(
                QStringLiteral("%1: '%2' is not one of %3")
                    .arg(parameter, value, allowed.join(QLatin1String(", "))));
            return false;
        }
        if (!seen.contains(value)) {
            seen.insert(value);
            values.append(value);
        }
    }
    m_filter.conditions.append({column, values});
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
    QList<ListFilter::Order> order;
    for (const QString &field : fields) {
        const bool descending = field.startsWith(QLatin1Char('-'));
        const QString name = descending ? field.mid(1) : field;
        if (!sortable.contains(name)) {
            m_error =
                ApiResponse::badParameters(QStringLiteral("sort: '%1' is not sortable; use %2")
                                               .arg(name, sortable.join(QLatin1String(", "))));
            return false;
        }
        order.append({name, descending});
    }
    m_filter.order = order;
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
    m_filter.limit = *limit;
    m_filter.offset = *offset;
    return true;
}
