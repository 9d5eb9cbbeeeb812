#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// The order of an export's columns (issue 13): the action's documented
// output fields first, in the contract's order (section 7), a flattened
// column ("experiences.0.title") ranked by its top-level field; then the
// other columns in the order they were first met. Returns the indexes of
// `discovered` in that order.
QList<int> exportColumnOrder(const QList<QByteArray> &discovered,
                             const QStringList &documentedFields);
