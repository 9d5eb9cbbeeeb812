#pragma once

#include "core/export/exportoptions.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

struct FlatRow;

// Writes RFC 4180 records into a byte buffer: a field is quoted when it
// holds the delimiter, a quote, CR or LF (quotes doubled), or starts with
// U+FEFF (which would pass for a byte order mark); records end with
// CRLF or LF; the formula guard puts ' before a cell starting with = + - @
// TAB or CR (inside the quotes when the field is quoted), header cells
// included; appendRow spares the cells a JSON number filled, which cannot
// be formulas and should stay numbers ("-3"). Appends only: the caller owns
// the buffer and the file; it keeps appendRow free of allocations by
// emptying the buffer with resize(0), not clear().
class CsvWriter final
{
public:
    explicit CsvWriter(CsvDialect dialect);

    const CsvDialect &dialect() const { return m_dialect; }
    // The byte order mark when the dialect asks for one, else nothing.
    void appendBom(QByteArray &out) const;
    void appendRecord(const QStringList &fields, QByteArray &out) const;
    void appendRecord(const QList<QByteArrayView> &fields, QByteArray &out) const;
    // One flattened row as a record of `width` fields: the cell of column c
    // goes to field slotOfColumn[c]; columns past the list or mapped to -1
    // are left out; fields with no cell are empty.
    void appendRow(const FlatRow &row, const QList<int> &slotOfColumn, qsizetype width,
                   QByteArray &out);

private:
    void appendField(QByteArrayView field, QByteArray &out) const;
    void appendLineEnd(QByteArray &out) const;
    // Write at p, which has room for the worst case; return the new end.
    char *putField(const char *data, qsizetype size, char *p, bool mayGuard) const;
    char *putLineEnd(char *p) const;

    CsvDialect m_dialect;
    // Scratch for appendRow: the cell index of each field, -1 for none.
    QList<int> m_cellOfSlot;
};
