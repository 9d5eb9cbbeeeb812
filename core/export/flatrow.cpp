#include "core/export/flatrow.h"

void FlatRow::clear()
{
    // resize(0), not clear(): clear() would give the memory back and the
    // next row would allocate it again.
    text.resize(0);
    ends.resize(0);
    columns.resize(0);
    kinds.resize(0);
}

QByteArrayView FlatRow::cell(qsizetype i) const
{
    const qsizetype begin = i == 0 ? 0 : ends.at(i - 1);
    return QByteArrayView(text.constData() + begin, ends.at(i) - begin);
}

void FlatRow::append(int column, CellKind kind, QByteArrayView cellText)
{
    text.append(cellText);
    ends.append(static_cast<quint32>(text.size()));
    columns.append(column);
    kinds.append(kind);
}
