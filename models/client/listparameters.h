#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// The query of a list route (/runs, /schedules, /runs/callbacks): array
// filters sent as repeated keys (contract open question 15), sort fields
// with '-' for descending, and offset paging.
struct ListParameters
{
    QList<QPair<QString, QStringList>> filters;
    QStringList sort;
    int limit = 0;
    int offset = 0;

    ListParameters &filter(const QString &name, const QStringList &values)
    {
        if (!values.isEmpty())
            filters.append({name, values});
        return *this;
    }

    QUrlQuery toQuery() const
    {
        QUrlQuery query;
        for (const auto &[name, values] : filters) {
            for (const QString &value : values)
                query.addQueryItem(name, value);
        }
        for (const QString &field : sort)
            query.addQueryItem(QStringLiteral("sort"), field);
        if (limit > 0)
            query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (offset > 0)
            query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        return query;
    }
};
