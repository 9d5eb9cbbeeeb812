#include "core/json/jsonkeyorder.h"

#include <QSet>

namespace {

bool isBlank(char byte)
{
    return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r';
}

// A second reading of text that is known to be valid JSON: it only walks
// the structure, so it needs no error handling beyond staying in bounds.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    {}

    std::optional<JsonKeyOrder::Duplicate> duplicate;

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    qsizetype pos() const { return m_pos; }
    void advance() { ++m_pos; }

    void skipBlanks()
    {
        while (!atEnd() && isBlank(peek()))
            ++m_pos;
    }

    // At '{': the keys as written; with `memberKeys`, also the keys of
    // members that are objects themselves.
    QStringList object(QHash<QString, QStringList> *memberKeys)
    {
        QStringList keys;
        QSet<QString> seen;
        ++m_pos;
        skipBlanks();
        while (!atEnd() && peek() == '"') {
            const qsizetype keyOffset = m_pos;
            const QString key = string();
            if (seen.contains(key) && !duplicate)
                duplicate = JsonKeyOrder::Duplicate{keyOffset, key};
            seen.insert(key);
            keys.append(key);
            skipBlanks();
            ++m_pos; // ':'
            skipBlanks();
            if (memberKeys && peek() == '{')
                memberKeys->insert(key, object(nullptr));
            else
                skipValue();
            skipBlanks();
            if (peek() != ',')
                break;
            ++m_pos;
            skipBlanks();
        }
        ++m_pos; // '}'
        return keys;
    }

    void skipValue()
    {
        switch (peek()) {
        case '{':
            object(nullptr);
            return;
        case '[':
            ++m_pos;
            skipBlanks();
            while (!atEnd() && peek() != ']') {
                skipValue();
                skipBlanks();
                if (peek() == ',')
                    ++m_pos;
                skipBlanks();
            }
            ++m_pos;
            return;
        case '"':
            string();
            return;
        default:
            while (!atEnd() && !isBlank(peek()) && peek() != ',' && peek() != ']' && peek() != '}')
                ++m_pos;
        }
    }

private:
    // At '"': the decoded string. \uXXXX escapes are UTF-16 code units,
    // so a surrogate pair decodes as its two halves in turn.
    QString string()
    {
        QString text;
        qsizetype run = ++m_pos;
        const auto flush = [&] { text += QString::fromUtf8(m_text.sliced(run, m_pos - run)); };
        while (!atEnd() && peek() != '"') {
            if (peek() != '\\') {
                ++m_pos;
                continue;
            }
            flush();
            ++m_pos;
            const char escape = peek();
            ++m_pos;
            switch (escape) {
            case 'b':
                text += QLatin1Char('\b');
                break;
            case 'f':
                text += QLatin1Char('\f');
                break;
            case 'n':
                text += QLatin1Char('\n');
                break;
            case 'r':
                text += QLatin1Char('\r');
                break;
            case 't':
                text += QLatin1Char('\t');
                break;
            case 'u':
                text += QChar(static_cast<char16_t>(
                    QByteArray(m_text.sliced(m_pos, 4).data(), 4).toUShort(nullptr, 16)));
                m_pos += 4;
                break;
            default:
                text += QLatin1Char(escape);
            }
            run = m_pos;
        }
        flush();
        ++m_pos; // '"'
        return text;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

JsonKeyOrder::JsonKeyOrder(QByteArrayView json)
{
    Scanner scanner(json);
    scanner.skipBlanks();
    const auto element = [&] {
        Element item;
        item.offset = scanner.pos();
        if (scanner.peek() == '{')
            item.keys = scanner.object(&item.memberKeys);
        else
            scanner.skipValue();
        m_elements.append(item);
    };
    if (scanner.peek() == '{') {
        element();
    } else if (scanner.peek() == '[') {
        scanner.advance();
        scanner.skipBlanks();
        while (!scanner.atEnd() && scanner.peek() != ']') {
            element();
            scanner.skipBlanks();
            if (scanner.peek() != ',')
                break;
            scanner.advance();
            scanner.skipBlanks();
        }
    }
    m_duplicate = scanner.duplicate;
}

qsizetype JsonKeyOrder::elementAt(QByteArrayView json, qsizetype offset)
{
    qsizetype index = -1;
    int depth = 0;
    bool inString = false;
    // Inside a number or a literal that is an element of its own.
    bool inScalar = false;
    // Parsers point just past what they could not read: the byte at the
    // offset itself is not taken into account.
    for (qsizetype pos = 0; pos < json.size() && pos < offset; ++pos) {
        const char byte = json.at(pos);
        if (inString) {
            if (byte == '\\')
                ++pos;
            else if (byte == '"')
                inString = false;
            continue;
        }
        const bool closes = byte == ',' || byte == ']' || byte == '}';
        if (isBlank(byte) || closes)
            inScalar = false;
        if (isBlank(byte))
            continue;
        // A lone object is the one element.
        if (depth == 0 && byte != '[')
            return byte == '{' ? 0 : -1;
        // A value starting at the array's level is the next element, even
        // when the ',' before it is missing.
        if (depth == 1 && !inScalar && !closes && byte != ':') {
            ++index;
            inScalar = byte != '{' && byte != '[' && byte != '"';
        }
        switch (byte) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            ++depth;
            break;
        case ']':
        case '}':
            if (--depth == 0)
                return -1;
            break;
        default:
            break;
        }
    }
    return index;
}
