#include "core/export/columnorder.h"

#include <QHash>

#include <algorithm>
#include <limits>

QList<int> exportColumnOrder(const QList<QByteArray> &discovered,
                             const QStringList &documentedFields)
{
    QHash<QByteArray, int> rankOfField;
    rankOfField.reserve(documentedFields.size());
    for (qsizetype i = 0; i < documentedFields.size(); ++i)
        rankOfField.insert(documentedFields.at(i).toUtf8(), static_cast<int>(i));

    // Undocumented columns all share the last rank, so the stable sort
    // leaves them in the order they were met.
    constexpr int kUndocumented = std::numeric_limits<int>::max();
    QList<int> rank(discovered.size());
    QList<int> order(discovered.size());
    for (qsizetype i = 0; i < discovered.size(); ++i) {
        const QByteArray &name = discovered.at(i);
        const qsizetype dot = name.indexOf('.');
        const QByteArray field = dot < 0 ? name : name.left(dot);
        rank[i] = rankOfField.value(field, kUndocumented);
        order[i] = static_cast<int>(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&rank](int a, int b) { return rank.at(a) < rank.at(b); });
    return order;
}
