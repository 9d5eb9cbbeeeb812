#pragma once

#include <QByteArrayView>

// A place in a text as an editor shows it: line and column, both from 1,
// the column counted in UTF-16 code units as QTextCursor counts them.
// Parsers report byte offsets into UTF-8; people look for lines.
struct TextPosition
{
    int line = 1;
    int column = 1;

    // The position of byte `offset` of `utf8` (clamped to the text). A line
    // ends at LF, CR or CRLF.
    static TextPosition at(QByteArrayView utf8, qsizetype offset);

    bool operator==(const TextPosition &) const = default;
};
