// The export's CSV writer (CsvWriter) with arbitrary field bytes, read
// back by the launch import's CsvReader. Input: a first byte choosing the
// dialect (bits 0-1 the delimiter: comma, semicolon, tab; bit 2 LF line
// ends; bit 3 a byte order mark; bit 4 the formula guard), then records
// separated by 0x1E, their fields by 0x1F. Checks: the reader reads back
// exactly the fields written (with the guard's ' where the guard applies),
// record for record: quotes balanced, no record split or merged, line
// breaks and delimiters inside fields kept; a record written as an empty
// line (no field, or one empty field) is read as one; the byte-view, the
// string and the flat-row paths write the same bytes for valid UTF-8.
#include "core/csv/csvreader.h"
#include "core/export/csvwriter.h"
#include "core/export/flatrow.h"
#include "tests/fuzz/fuzzcheck.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <cstdint>

namespace {

CsvDialect dialectOf(uint8_t flags)
{
    static const char kDelimiters[] = {',', ';', '\t', ','};
    CsvDialect dialect;
    dialect.delimiter = kDelimiters[flags & 3];
    dialect.lineEnding = (flags & 4) ? LineEnding::Lf : LineEnding::CrLf;
    dialect.bom = (flags & 8) != 0;
    dialect.formulaGuard = (flags & 16) != 0;
    return dialect;
}

// What a spreadsheet should see in a cell: the guard's ' before a formula.
QString expectedCell(const QString &field, const CsvDialect &dialect)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (dialect.formulaGuard && !field.isEmpty() && kFormulaStarts.contains(field.at(0)))
        return QLatin1Char('\'') + field;
    return field;
}

bool isUtf8(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

// The flat-row path of the export: one String cell per field, each column
// in its own slot.
QByteArray writeAsRow(CsvWriter &writer, const QList<QByteArrayView> &fields)
{
    FlatRow row;
    QList<int> slotOfColumn;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        row.append(static_cast<int>(i), CellKind::String, fields.at(i));
        slotOfColumn.append(static_cast<int>(i));
    }
    QByteArray out;
    writer.appendRow(row, slotOfColumn, fields.size(), out);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const CsvDialect dialect = dialectOf(data[0]);
    const QByteArrayView body(data + 1, static_cast<qsizetype>(size - 1));

    CsvWriter writer(dialect);
    QByteArray written;
    writer.appendBom(written);
    QList<QStringList> expected;
    qint64 emptyLines = 0;
    for (const QByteArrayView record : body.toByteArray().split('\x1e')) {
        QList<QByteArrayView> fields;
        QStringList strings;
        QStringList cells;
        if (!record.isEmpty()) {
            qsizetype start = 0;
            for (;;) {
                const qsizetype separator = record.indexOf('\x1f', start);
                const qsizetype end = separator < 0 ? record.size() : separator;
                fields.append(record.sliced(start, end - start));
                if (separator < 0)
                    break;
                start = separator + 1;
            }
        }
        bool utf8 = true;
        for (const QByteArrayView field : std::as_const(fields)) {
            strings.append(QString::fromUtf8(field));
            cells.append(expectedCell(strings.constLast(), dialect));
            utf8 = utf8 && isUtf8(field);
        }
        const qsizetype before = written.size();
        writer.appendRecord(strings, written);
        const QByteArrayView line = QByteArrayView(written).sliced(before);
        if (utf8) {
            QByteArray viaBytes;
            writer.appendRecord(fields, viaBytes);
            FUZZ_CHECK(viaBytes == line);
            FUZZ_CHECK(writeAsRow(writer, fields) == line);
        }
        if (cells.isEmpty() || (cells.size() == 1 && cells.constFirst().isEmpty()))
            ++emptyLines;
        else
            expected.append(cells);
    }

    const CsvReader::Document read = CsvReader::readAll(written, dialect.delimiter);
    FUZZ_CHECK(!read.error);
    FUZZ_CHECK(read.emptyLines == emptyLines);
    FUZZ_CHECK(read.records.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        FUZZ_CHECK(read.records.at(i).fields == expected.at(i));
    return 0;
}
