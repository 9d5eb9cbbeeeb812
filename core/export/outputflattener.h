#pragma once

#include "core/export/exportoptions.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>

class ColumnSet;
struct FlatRow;

// Reads outputs straight from the JSON text of a page, without building
// QJsonDocument: fast enough that an export keeps pace with the network,
// and exact: numbers keep the digits the server sent, strings their
// characters, and a JSON Lines line is the item's own text.
//
// Strings: the escapes of RFC 8259 are decoded to UTF-8, a surrogate pair to
// its one character; an escape JSON does not have (\x, \u12G4) or a raw
// control character is an error, a lone surrogate becomes U+FFFD (the text
// is valid JSON, only the character is missing, and one odd name should not
// fail a whole export). Other bytes pass through unchecked.
//
// flatten() keeps scratch state between rows (that is what makes it fast):
// one flattener per thread.
class OutputFlattener final
{
public:
    // An item of a page: bytes [begin, end) of the page text.
    struct Item
    {
        qsizetype begin = 0;
        qsizetype end = 0;
    };

    explicit OutputFlattener(ArrayHandling arrays);

    // The items of a JSON array. False, with a message naming the byte
    // offset, when the text is not a complete JSON array (truncated, not
    // JSON); `items` then holds what came before.
    static bool splitArray(QByteArrayView page, QList<Item> *items, QString *error);

    // Flattens one JSON value's text into `row` (cleared first): an object's
    // members become dotted columns ("last_message.content"); arrays are
    // expanded by index ("experiences.0.title") or joined into one cell;
    // null, an empty object and, when expanded, an empty array give no
    // cell (joined, an empty array is an empty cell); a key given twice
    // keeps its last value (each column appears at most once in `row`). A
    // joined array is its scalars joined with "; " (null as nothing), or,
    // when an element is an object or an array, the array's JSON text
    // without whitespace. A value that is not an object becomes one cell in
    // the column "value" (an array there is always joined). False with a
    // message ("byte N: ...", N counted in `json`) when the text is not
    // valid JSON.
    bool flatten(QByteArrayView json, ColumnSet &columns, FlatRow &row, QString *error) const;
    // The items of a JSON array page flattened one by one in the pass that
    // finds where each ends (splitArray, then flatten, reads each byte
    // twice): `onRow` hears each row with its item's text. False with a
    // message ("byte N" counted in `page`) at the first item or separator
    // that is not valid JSON; the rows before it were heard.
    bool flattenPage(QByteArrayView page, ColumnSet &columns, FlatRow &row,
                     const std::function<void(QByteArrayView item)> &onRow, QString *error) const;

    // The value's text with the whitespace outside strings removed, then
    // '\n': one JSON Lines line, otherwise byte for byte as received.
    static void appendJsonLine(QByteArrayView json, QByteArray &out);

private:
    class Walk;
    friend class Walk;
    void keepLastOfEachColumn(FlatRow &row) const;
    // Clears the row and starts its duplicate-key stamp.
    void beginRow(FlatRow &row) const;

    ArrayHandling m_arrays;
    // Scratch reused from row to row.
    mutable QByteArray m_path;
    // The column of the n-th cell of the last row: the likely one this time.
    mutable QList<int> m_predictedColumns;
    // Per column, the stamp of the last row that had it: finds a key given
    // twice without a set per row.
    mutable QList<quint32> m_seenInRow;
    mutable quint32 m_rowStamp = 0;
};
