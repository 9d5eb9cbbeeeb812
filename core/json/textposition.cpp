#include "core/json/textposition.h"

#include <QString>

#include <algorithm>

TextPosition TextPosition::at(QByteArrayView utf8, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    TextPosition position;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        const char byte = utf8.at(i);
        if (byte == '\r' && i + 1 < utf8.size() && utf8.at(i + 1) == '\n')
            continue;
        if (byte == '\n' || byte == '\r') {
            ++position.line;
            lineStart = i + 1;
        }
    }
    const QString before = QString::fromUtf8(utf8.sliced(lineStart, offset - lineStart));
    position.column = static_cast<int>(before.size()) + 1;
    return position;
}
