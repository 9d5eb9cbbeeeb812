#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QStringList>

// Column names (dotted paths, UTF-8) in the order they were first met, each
// with a stable index. An export only ever adds to it.
class ColumnSet final
{
public:
    // The index of `name`, added at the end if new.
    int indexOf(QByteArrayView name);
    // -1 when unknown.
    int find(QByteArrayView name) const;
    qsizetype size() const { return m_names.size(); }
    const QList<QByteArray> &names() const { return m_names; }
    QStringList namesAsStrings() const;

private:
    QList<QByteArray> m_names;
    QHash<QByteArray, int> m_index;
};
