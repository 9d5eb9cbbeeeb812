#include "core/export/csvwriter.h"

#include "core/export/flatrow.h"

#include <cstring>

namespace {

bool startsFormula(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
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
    for (qsizetype slot = 0; slot < width; ++slot) {
        if (slot > 0)
            out.append(m_dialect.delimiter);
        const int cell = m_cellOfSlot.at(slot);
        if (cell < 0)
            continue;
        // A JSON number is only digits, '-', '.', 'e' and '+': it cannot be
        // a formula, and "-3" should stay a number in the spreadsheet.
        appendField(row.cell(cell), out, row.kinds.at(cell) != CellKind::Number);
    }
    appendLineEnd(out);
}

void CsvWriter::appendLineEnd(QByteArray &out) const
{
    if (m_dialect.lineEnding == LineEnding::CrLf)
        out.append("\r\n", 2);
    else
        out.append('\n');
}

void CsvWriter::appendField(QByteArrayView field, QByteArray &out, bool mayGuard) const
{
    const qsizetype size = field.size();
    if (size == 0)
        return;
    const char *data = field.data();
    const char delimiter = m_dialect.delimiter;
    const bool guard = mayGuard && m_dialect.formulaGuard && startsFormula(data[0]);
    bool quote = false;
    qsizetype quotes = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        // One compare rules out most bytes: the quote, CR, LF and each of
        // the delimiters (',' ';' TAB) are all below '@'.
        if (static_cast<unsigned char>(c) > '@')
            continue;
        if (c == '"') {
            quote = true;
            ++quotes;
        } else if (c == delimiter || c == '\n' || c == '\r') {
            quote = true;
        }
    }
    const qsizetype at = out.size();
    const qsizetype needed = size + (guard ? 1 : 0) + (quote ? 2 + quotes : 0);
    out.resize(at + needed);
    char *p = out.data() + at;
    if (quote)
        *p++ = '"';
    if (guard)
        *p++ = '\'';
    if (quotes == 0) {
        std::memcpy(p, data, static_cast<std::size_t>(size));
        p += size;
    } else {
        for (qsizetype i = 0; i < size; ++i) {
            if (data[i] == '"')
                *p++ = '"';
            *p++ = data[i];
        }
    }
    if (quote)
        *p++ = '"';
}
