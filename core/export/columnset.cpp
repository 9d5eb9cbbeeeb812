#include "core/export/columnset.h"

namespace {

// A QByteArray over the view's bytes without copying them: Qt 6.4's QHash
// has no lookup by view, and a copy per cell would cost an allocation.
QByteArray borrowed(QByteArrayView name)
{
    return QByteArray::fromRawData(name.data(), name.size());
}

} // namespace

int ColumnSet::indexOf(QByteArrayView name)
{
    const int known = find(name);
    if (known >= 0)
        return known;
    const int index = static_cast<int>(m_names.size());
    m_names.append(name.toByteArray());
    m_index.insert(m_names.constLast(), index);
    return index;
}

int ColumnSet::find(QByteArrayView name) const
{
    return m_index.value(borrowed(name), -1);
}

QStringList ColumnSet::namesAsStrings() const
{
    QStringList names;
    names.reserve(m_names.size());
    for (const QByteArray &name : m_names)
        names.append(QString::fromUtf8(name));
    return names;
}
