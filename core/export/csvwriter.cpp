#include "core/export/csvwriter.h"

#include "core/export/bytescan.h"
#include "core/export/flatrow.h"

#include <cstring>

namespace {

bool startsFormula(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

bool startsWithBom(const char *data, qsizetype size)
{
    return size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0;
}

} // namespace

CsvWriter::CsvWriter(CsvDialect dialect)
    : m_dialect(dialect)
{}

void CsvWriter::appendBom(QByteArray &out) const
{
    if (m_dialect.bom)
        out.append("\xEF\xBB\xBF", 3);
}

void CsvWriter::appendRecord(const QStringList &fields, QByteArray &out) const
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(m_dialect.delimiter);
        appendField(fields.at(i).toUtf8(), out);
    }
    appendLineEnd(out);
}

void CsvWriter::appendRecord(const QList<QByteArrayView> &fields, QByteArray &out) const
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(m_dialect.delimiter);
        appendField(fields.at(i), out);
    }
    appendLineEnd(out);
}

void CsvWriter::appendRow(const FlatRow &row, const QList<int> &slotOfColumn, qsizetype width,
                          QByteArray &out)
{
    // resize() on a list that already has the room allocates nothing.
    m_cellOfSlot.resize(width);
    m_cellOfSlot.fill(-1);
    const qsizetype mapped = slotOfColumn.size();
    for (qsizetype i = 0; i < row.size(); ++i) {
        const int column = row.columns.at(i);
        if (column < 0 || column >= mapped)
            continue;
        const int slot = slotOfColumn.at(column);
        if (slot >= 0 && slot < width)
            m_cellOfSlot[slot] = static_cast<int>(i);
    }
    // Room for the worst case once per row, then plain stores: each field
    // at most doubles (quotes) plus two quotes, a guard and a delimiter.
    const qsizetype at = out.size();
    out.resize(at + 2 * row.text.size() + 4 * width + 2);
    char *p = out.data() + at;
    const char *text = row.text.constData();
    for (qsizetype slot = 0; slot < width; ++slot) {
        if (slot > 0)
            *p++ = m_dialect.delimiter;
        const int cell = m_cellOfSlot.at(slot);
        if (cell < 0)
            continue;
        const qsizetype begin = cell == 0 ? 0 : row.ends.at(cell - 1);
        // A JSON number is only digits, '-', '.', 'e' and '+': it cannot be
        // a formula, and "-3" should stay a number in the spreadsheet.
        p = putField(text + begin, row.ends.at(cell) - begin, p,
                     row.kinds.at(cell) != CellKind::Number);
    }
    p = putLineEnd(p);
    out.resize(p - out.constData());
}

char *CsvWriter::putLineEnd(char *p) const
{
    if (m_dialect.lineEnding == LineEnding::CrLf)
        *p++ = '\r';
    *p++ = '\n';
    return p;
}

void CsvWriter::appendLineEnd(QByteArray &out) const
{
    const qsizetype at = out.size();
    out.resize(at + 2);
    out.resize(putLineEnd(out.data() + at) - out.constData());
}

void CsvWriter::appendField(QByteArrayView field, QByteArray &out) const
{
    const qsizetype at = out.size();
    out.resize(at + 2 * field.size() + 3);
    out.resize(putField(field.data(), field.size(), out.data() + at, true) - out.constData());
}

char *CsvWriter::putField(const char *data, qsizetype size, char *p, bool mayGuard) const
{
    if (size == 0)
        return p;
    const char *end = data + size;
    const bool guard = mayGuard && m_dialect.formulaGuard && startsFormula(data[0]);
    const char *special = ByteScan::findCsvSpecial(data, end, m_dialect.delimiter);
    // A field that starts with U+FEFF is quoted: at the start of a file
    // without a byte order mark, readers would take it for one and drop it.
    if (special == end && startsWithBom(data, size))
        special = data;
    if (special == end) {
        if (guard)
            *p++ = '\'';
        std::memcpy(p, data, static_cast<std::size_t>(size));
        return p + size;
    }
    *p++ = '"';
    if (guard)
        *p++ = '\'';
    // Up to the first special byte nothing needs doubling.
    std::memcpy(p, data, static_cast<std::size_t>(special - data));
    p += special - data;
    for (const char *c = special; c < end; ++c) {
        if (*c == '"')
            *p++ = '"';
        *p++ = *c;
    }
    *p++ = '"';
    return p;
}
