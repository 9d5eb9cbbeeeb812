#pragma once

#include <QString>
#include <QVariantList>

#include <optional>

// One page of a run's inputs or outputs in id order: after the row id a
// cursor names, or from an offset; `limit` rows at most.
struct PageRange
{
    std::optional<qint64> afterId;
    qint64 offset = 0;
    int limit = 100;

    // SELECT * FROM `table` for this page of run `runId`'s rows, and its
    // bindings.
    QString sql(const QString &table) const;
    QVariantList bindings(qint64 runId) const;
};
