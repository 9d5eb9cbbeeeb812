#pragma once

#include "core/export/exportoptions.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

class ColumnSet;
struct FlatRow;

// Reads outputs straight from the JSON text of a page, without building
// QJsonDocument: fast enough that an export keeps pace with the network,
// and exact: numbers keep the digits the server sent, strings their
// characters, and a JSON Lines line is the item's own text.
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
    // cell; a key given twice keeps its last value. A value that is not an
    // object becomes one cell in the column "value". False with a message
    // when the text is not valid JSON.
    bool flatten(QByteArrayView json, ColumnSet &columns, FlatRow &row, QString *error) const;

    // The value's text with the whitespace outside strings removed, then
    // '\n': one JSON Lines line, otherwise byte for byte as received.
    static void appendJsonLine(QByteArrayView json, QByteArray &out);

private:
    ArrayHandling m_arrays;
};
