// OutputFlattener, the hand-written JSON reader that turns pages of
// outputs into rows for the outputs table and the CSV, XLSX and JSON Lines
// exports. Input: a page of outputs as the server sends it (a JSON array).
// Checks: no crash, no undefined behaviour, no runaway recursion; the
// items found lie inside the page, in order, without overlap; reading the
// page whole accepts only what splitting accepts, with one row per item;
// every cell names a known column; a page the flattener accepts is JSON
// to QJsonDocument too, with as many items, and each item's JSON Lines
// text means the same JSON value as the item.
#include "core/export/columnset.h"
#include "core/export/flatrow.h"
#include "core/export/outputflattener.h"
#include "tests/fuzz/fuzzcheck.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

namespace {

void checkRow(const FlatRow &row, const ColumnSet &columns)
{
    FUZZ_CHECK(row.columns.size() == row.size());
    FUZZ_CHECK(row.kinds.size() == row.size());
    quint32 previousEnd = 0;
    for (qsizetype i = 0; i < row.size(); ++i) {
        FUZZ_CHECK(row.columns.at(i) >= 0 && row.columns.at(i) < columns.size());
        FUZZ_CHECK(row.ends.at(i) >= previousEnd);
        previousEnd = row.ends.at(i);
    }
    FUZZ_CHECK(previousEnd == static_cast<quint32>(row.text.size()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray page =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QList<OutputFlattener::Item> items;
    QString splitError;
    const bool split = OutputFlattener::splitArray(page, &items, &splitError);
    FUZZ_CHECK(split == splitError.isEmpty());
    qsizetype previousEnd = 0;
    for (const OutputFlattener::Item &item : std::as_const(items)) {
        FUZZ_CHECK(item.begin >= previousEnd && item.begin < item.end && item.end <= page.size());
        previousEnd = item.end;
    }

    bool accepted = false;
    for (const ArrayHandling arrays : {ArrayHandling::Expand, ArrayHandling::Join}) {
        const OutputFlattener flattener(arrays);
        ColumnSet columns;
        FlatRow row;
        qsizetype rows = 0;
        QString pageError;
        const bool read = flattener.flattenPage(
            page, columns, row,
            [&](QByteArrayView item) {
                FUZZ_CHECK(rows < items.size());
                FUZZ_CHECK(item == page.sliced(items.at(rows).begin,
                                               items.at(rows).end - items.at(rows).begin));
                checkRow(row, columns);
                ++rows;
            },
            &pageError);
        FUZZ_CHECK(read == pageError.isEmpty());
        if (arrays == ArrayHandling::Expand)
            accepted = read;
        // flattenPage checks strings more closely than the scan, never less.
        if (read)
            FUZZ_CHECK(split && rows == items.size());
        if (!split)
            continue;
        for (const OutputFlattener::Item &item : std::as_const(items)) {
            const QByteArrayView text =
                QByteArrayView(page).sliced(item.begin, item.end - item.begin);
            QString itemError;
            if (flattener.flatten(text, columns, row, &itemError))
                checkRow(row, columns);
        }
    }

    // What the flattener accepts is JSON: QJsonDocument reads it too, as
    // many items. (Not the other way round: Qt is laxer than RFC 8259 and
    // takes "-.5", "\c" or a raw control character in a string, which the
    // flattener rightly refuses.) Bytes that are not UTF-8 pass through
    // the flattener unchecked, by design, and Qt nests at most 1024 deep.
    if (!accepted)
        return 0;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(page, &parseError);
    // Qt also refuses a number beyond a double's range ("9.9E50999"), which
    // JSON allows and the flattener keeps digit for digit; telling that
    // apart from a malformed number would take a second JSON reader.
    if (parseError.error == QJsonParseError::IllegalUTF8String ||
        parseError.error == QJsonParseError::DeepNesting ||
        parseError.error == QJsonParseError::IllegalNumber)
        return 0;
    FUZZ_CHECK(parseError.error == QJsonParseError::NoError && document.isArray());
    const QJsonArray array = document.array();
    FUZZ_CHECK(items.size() == array.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        QByteArray line;
        OutputFlattener::appendJsonLine(
            page.sliced(items.at(i).begin, items.at(i).end - items.at(i).begin), line);
        FUZZ_CHECK(line.endsWith('\n'));
        // Wrapped in an array, as QJsonDocument reads no bare scalar.
        const QJsonDocument back = QJsonDocument::fromJson('[' + line.chopped(1) + ']');
        FUZZ_CHECK(back.isArray() && back.array().size() == 1);
        FUZZ_CHECK(back.array().at(0) == array.at(i));
    }
    return 0;
}
