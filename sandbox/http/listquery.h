#pragma once

#include "sandbox/http/apirequest.h"
#include "sandbox/http/apiresponse.h"
#include "sandbox/store/listfilter.h"

#include <QStringList>

#include <optional>

// Reads the query of a list endpoint (/runs, /schedules, /runs/callbacks)
// into the store's ListFilter: array filters, sort with '-' for descending,
// limit and offset, each checked with a message that names the parameter.
// The caller's workspace is always a condition: no list shows another's rows.
class ListQuery final
{
public:
    // The most values one filter parameter takes (docs/api-decisions.md):
    // far above any real filter, low enough that no query string makes a
    // list request slow for the others waiting on the event loop.
    static constexpr qsizetype kMaxFilterValues = 1000;

    explicit ListQuery(const ApiRequest &request);

    // column IN (values of `parameter`); `allowed` (when not empty) lists
    // the values accepted, compared case-insensitively and upper-cased.
    // More than kMaxFilterValues values is a 400 naming the parameter;
    // repeated values count once in the query.
    bool filter(const QString &parameter, const QString &column, const QStringList &allowed = {});
    bool sort(const QStringList &sortable, int maxFields);
    bool page(int defaultLimit, int maxLimit);
    // Forces an empty result (a filter nothing can match).
    void matchNothing() { m_filter.matchNothing = true; }

    const std::optional<ApiResponse> &error() const { return m_error; }
    const ListFilter &result() const { return m_filter; }

private:
    const ApiRequest &m_request;
    ListFilter m_filter;
    std::optional<ApiResponse> m_error;
};
