#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// What a cell held in the JSON: writers that keep types (XLSX) need it.
enum class CellKind : quint8
{
    String,
    Number,
    Bool,
    // A joined array: scalars joined with "; ", objects as compact JSON.
    Joined,
};

// One output flattened, cells in the order met. Each cell names its column
// by an index of a ColumnSet. Reused from row to row: clear() keeps the
// capacity, so flattening a page allocates almost nothing.
struct FlatRow
{
    // The cells' UTF-8 text back to back; cell i ends at ends[i].
    QByteArray text;
    QList<quint32> ends;
    QList<int> columns;
    QList<CellKind> kinds;

    void clear();
    qsizetype size() const { return ends.size(); }
    QByteArrayView cell(qsizetype i) const;
    void append(int column, CellKind kind, QByteArrayView cellText);
};
