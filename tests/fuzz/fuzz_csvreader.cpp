// The CSV reader of the launch dialog's import (CsvReader) and the import
// on top of it (CsvImport: header mapping, rows checked into launch
// inputs), and the reader of cells pasted from a spreadsheet. Input: a CSV
// file. Checks: no crash, no undefined behaviour; feeding the bytes in
// chunks of any size (one byte, a few) reads exactly what reading them
// whole does: the same records, lines, delimiter, empty lines and error;
// records start on increasing lines; the delimiter is one of the three;
// the import numbers its rows in order, counts what it took, and every
// problem it reports can be described.
#include "core/csv/csvreader.h"
#include "core/domain/actioncatalogue.h"
#include "core/launch/csvimport.h"
#include "tests/fuzz/fuzzcheck.h"

#include <QByteArrayView>

#include <algorithm>
#include <cstdint>

namespace {

CsvReader::Document readInChunks(QByteArrayView bytes, qsizetype chunk)
{
    CsvReader reader;
    CsvReader::Document document;
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        reader.feed(bytes.sliced(at, std::min(chunk, bytes.size() - at)));
        document.records += reader.takeRecords();
    }
    reader.finish();
    document.records += reader.takeRecords();
    document.delimiter = reader.delimiter();
    document.emptyLines = reader.emptyLines();
    document.error = reader.error();
    return document;
}

void checkSame(const CsvReader::Document &a, const CsvReader::Document &b)
{
    FUZZ_CHECK(a.records == b.records);
    FUZZ_CHECK(a.emptyLines == b.emptyLines);
    FUZZ_CHECK(a.error == b.error);
    // Only known once a line is complete: an input of no line leaves it open.
    if (!a.records.isEmpty())
        FUZZ_CHECK(a.delimiter == b.delimiter);
}

QList<CsvImport::Row> import(QByteArrayView bytes, qsizetype chunk, CsvImport *importer)
{
    QList<CsvImport::Row> rows;
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        importer->feed(bytes.sliced(at, std::min(chunk, bytes.size() - at)));
        rows += importer->takeRows();
    }
    importer->finish();
    rows += importer->takeRows();
    return rows;
}

void checkImport(QByteArrayView bytes)
{
    static const ActionSpec *const action =
        ActionCatalogue::find(QStringLiteral("linkedin-extract-people"));
    FUZZ_CHECK(action != nullptr);
    CsvImport whole(*action);
    const QList<CsvImport::Row> rows = import(bytes, bytes.size() + 1, &whole);
    FUZZ_CHECK(rows.size() == whole.rowCount());
    qsizetype previousRow = 0;
    qint64 previousLine = 0;
    for (const CsvImport::Row &row : rows) {
        FUZZ_CHECK(row.row > previousRow && row.line > previousLine);
        previousRow = row.row;
        previousLine = row.line;
        for (const LaunchProblem &problem : row.problems)
            FUZZ_CHECK(!row.describe(problem).isEmpty());
    }
    CsvImport chunked(*action);
    const QList<CsvImport::Row> again = import(bytes, 3, &chunked);
    FUZZ_CHECK(again.size() == rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        FUZZ_CHECK(again.at(i).input == rows.at(i).input);
        FUZZ_CHECK(again.at(i).row == rows.at(i).row && again.at(i).line == rows.at(i).line);
        FUZZ_CHECK(again.at(i).problems.size() == rows.at(i).problems.size());
    }
    FUZZ_CHECK(chunked.error() == whole.error());
    FUZZ_CHECK(chunked.blankRows() == whole.blankRows());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Long enough for every state; longer only slows the byte-by-byte pass.
    if (size > 4096)
        return 0;
    const QByteArrayView bytes(data, static_cast<qsizetype>(size));
    const CsvReader::Document document = CsvReader::readAll(bytes);
    FUZZ_CHECK(document.delimiter == ',' || document.delimiter == ';' ||
               document.delimiter == '\t');
    qint64 previousLine = 0;
    for (const CsvReader::Record &record : document.records) {
        FUZZ_CHECK(record.line > previousLine);
        previousLine = record.line;
    }
    if (document.error)
        FUZZ_CHECK(document.error->line >= 1 && !document.error->reason.isEmpty());
    checkSame(document, readInChunks(bytes, 1));
    checkSame(document, readInChunks(bytes, 1 + static_cast<qsizetype>(size % 13)));

    checkImport(bytes);
    static_cast<void>(CsvReader::readClipboard(QString::fromUtf8(bytes)));
    return 0;
}
