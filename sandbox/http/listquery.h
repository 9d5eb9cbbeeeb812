#pragma once

#include "sandbox/http/apirequest.h"
#include "sandbox/http/apiresponse.h"

#include <QStringList>
#include <QVariantList>

#include <optional>

// Builds the SQL of a list endpoint (/runs, /schedules, /runs/callbacks)
// from its query: array filters, sort with '-' for descending, limit and
// offset, each checked with a message that names the parameter.
class ListQuery final
{
public:
    ListQuery(const ApiRequest &request, QString table);

    // column IN (values of `parameter`); `allowed` (when not empty) lists
    // the values accepted, compared case-insensitively and upper-cased.
    bool filter(const QString &parameter, const QString &column, const QStringList &allowed = {});
    bool sort(const QStringList &sortable, int maxFields);
    bool page(int defaultLimit, int maxLimit);
    // Forces an empty result (a filter nothing can match).
    void matchNothing() { m_where.append(QStringLiteral("0")); }

    const std::optional<ApiResponse> &error() const { return m_error; }
    QString sql() const;
    const QVariantList &bindings() const { return m_bindings; }

private:
    const ApiRequest &m_request;
    QString m_table;
    QStringList m_where;
    QVariantList m_bindings;
    QString m_order = QStringLiteral("created_at ASC, id ASC");
    int m_limit = 10;
    int m_offset = 0;
    std::optional<ApiResponse> m_error;
};
