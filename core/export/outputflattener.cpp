#include "core/export/outputflattener.h"

#include "core/export/bytescan.h"
#include "core/export/columnset.h"
#include "core/export/flatrow.h"

#include <QByteArray>

#include <array>
#include <cstring>

namespace {

// Deeper nesting than this is refused rather than followed: the scanner
// recurses, and a hostile page must not exhaust the stack.
constexpr int kMaxDepth = 256;

constexpr bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Four hex digits at p, or -1.
int hex4(const char *p)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

// The writers below write through a cursor into room the caller made:
// QByteArray::append per piece would cost a call and a capacity check each.

void putUtf8(char32_t cp, char *&out)
{
    if (cp < 0x80) {
        *out++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
        *out++ = static_cast<char>(0xC0 | (cp >> 6));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = static_cast<char>(0xE0 | (cp >> 12));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        *out++ = static_cast<char>(0xF0 | (cp >> 18));
        *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
}

void putBytes(const char *bytes, qsizetype n, char *&out)
{
    std::memcpy(out, bytes, static_cast<std::size_t>(n));
    out += n;
}

void putIndex(qsizetype index, char *&out)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + index % 10);
        index /= 10;
    } while (index > 0);
    while (n > 0)
        *out++ = digits[--n];
}

// [begin, end) with the whitespace outside strings left out: never longer
// than the input. Assumes valid JSON: it only has to tell strings from the
// rest.
void putCompact(const char *begin, const char *end, char *&out)
{
    const char *p = begin;
    const char *run = begin;
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            ++p;
            while (p < end) {
                if (*p == '\\') {
                    p += end - p >= 2 ? 2 : 1;
                } else if (*p == '"') {
                    ++p;
                    break;
                } else {
                    ++p;
                }
            }
        } else if (isSpace(c)) {
            putBytes(run, p - run, out);
            while (p < end && isSpace(*p))
                ++p;
            run = p;
        } else {
            ++p;
        }
    }
    putBytes(run, end - run, out);
}

// The validating core shared by splitArray and flatten: a cursor over UTF-8
// bytes that knows the JSON grammar and words its errors by byte offset.
class Scanner
{
public:
    // Byte offsets in messages count from `origin`: the page an item is in.
    explicit Scanner(QByteArrayView text, const char *origin = nullptr)
        : m_begin(origin ? origin : text.data())
        , m_p(text.data())
        , m_end(text.data() + text.size())
    {}

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    QString m_error;

    bool atEnd() const { return m_p >= m_end; }

    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }

    bool fail(const char *at, const char *what)
    {
        if (m_error.isEmpty()) {
            m_error = QStringLiteral("byte %1: %2")
                          .arg(static_cast<qint64>(at - m_begin))
                          .arg(QLatin1StringView(what));
        }
        return false;
    }

    bool failHere(const char *what)
    {
        if (atEnd())
            return fail(m_p, "the text ends before the JSON does (truncated?)");
        return fail(m_p, what);
    }

    bool skipValue(int depth)
    {
        if (depth > kMaxDepth)
            return fail(m_p, "nested deeper than 256 levels");
        if (atEnd())
            return failHere("");
        switch (*m_p) {
        case '{':
            return skipObject(depth);
        case '[':
            return skipArray(depth);
        case '"':
            return skipString();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (*m_p == '-' || isDigit(*m_p))
                return number();
            return failHere("expected a JSON value");
        }
    }

    bool skipObject(int depth)
    {
        ++m_p;
        skipSpace();
        if (!atEnd() && *m_p == '}') {
            ++m_p;
            return true;
        }
        for (;;) {
            if (atEnd() || *m_p != '"')
                return failHere("expected a member name in quotes");
            if (!skipString())
                return false;
            skipSpace();
            if (atEnd() || *m_p != ':')
                return failHere("expected ':' after a member name");
            ++m_p;
            skipSpace();
            if (!skipValue(depth + 1))
                return false;
            skipSpace();
            if (!endOfMember('}', "expected ',' or '}' in an object"))
                return false;
            if (m_p[-1] == '}')
                return true;
        }
    }

    bool skipArray(int depth)
    {
        ++m_p;
        skipSpace();
        if (!atEnd() && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!skipValue(depth + 1))
                return false;
            skipSpace();
            if (!endOfMember(']', "expected ',' or ']' in an array"))
                return false;
            if (m_p[-1] == ']')
                return true;
        }
    }

    // After a member or element: ',' (then the next one) or the closer.
    bool endOfMember(char closer, const char *what)
    {
        if (atEnd())
            return failHere(what);
        if (*m_p == closer) {
            ++m_p;
            return true;
        }
        if (*m_p != ',')
            return failHere(what);
        ++m_p;
        skipSpace();
        return true;
    }

    bool skipString()
    {
        ++m_p;
        for (;;) {
            m_p = ByteScan::findStringStop(m_p, m_end);
            if (atEnd())
                return failHere("");
            const char c = *m_p;
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c != '\\')
                return fail(m_p, "a control character inside a string");
            if (!checkEscape())
                return false;
        }
    }

    // m_p at a backslash: checks the escape and steps over it.
    bool checkEscape()
    {
        if (m_end - m_p < 2)
            return fail(m_end, "the text ends before the JSON does (truncated?)");
        switch (m_p[1]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            m_p += 2;
            return true;
        case 'u':
            if (m_end - m_p < 6)
                return fail(m_end, "the text ends before the JSON does (truncated?)");
            if (hex4(m_p + 2) < 0)
                return fail(m_p, "\\u not followed by four hex digits");
            m_p += 6;
            return true;
        default:
            return fail(m_p, "an invalid escape in a string");
        }
    }

    // m_p at the opening quote; puts the string's characters, escapes
    // decoded, at `out` (never more bytes than the JSON text of the string).
    // A lone surrogate (grammatical JSON, but no character) becomes U+FFFD
    // rather than failing a whole export.
    bool decodeString(char *&out)
    {
        ++m_p;
        for (;;) {
            const char *run = m_p;
            m_p = ByteScan::findStringStop(m_p, m_end);
            putBytes(run, m_p - run, out);
            if (atEnd())
                return failHere("");
            const char c = *m_p;
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c != '\\')
                return fail(m_p, "a control character inside a string");
            const char *escape = m_p;
            if (!checkEscape())
                return false;
            switch (escape[1]) {
            case 'b':
                *out++ = '\b';
                break;
            case 'f':
                *out++ = '\f';
                break;
            case 'n':
                *out++ = '\n';
                break;
            case 'r':
                *out++ = '\r';
                break;
            case 't':
                *out++ = '\t';
                break;
            case 'u':
                putUtf8(unicodeEscape(escape), out);
                break;
            default: // " \ /
                *out++ = escape[1];
                break;
            }
        }
    }

    // The character of the \uXXXX at `escape` (already checked, m_p past
    // it), taking the low half of a surrogate pair along when it follows.
    char32_t unicodeEscape(const char *escape)
    {
        const auto unit = static_cast<char32_t>(hex4(escape + 2));
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return 0xFFFD;
        if (unit < 0xD800 || unit > 0xDBFF)
            return unit;
        if (m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
            const int low = hex4(m_p + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                m_p += 6;
                return 0x10000 + ((unit - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
            }
        }
        return 0xFFFD;
    }

    // Number per the JSON grammar; m_p ends past it.
    bool number()
    {
        if (*m_p == '-')
            ++m_p;
        if (atEnd())
            return failHere("");
        if (*m_p == '0') {
            ++m_p;
        } else if (isDigit(*m_p)) {
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        } else {
            return failHere("an invalid number");
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return false;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return false;
        }
        return true;
    }

    bool digits()
    {
        if (atEnd() || !isDigit(*m_p))
            return failHere("an invalid number");
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
        return true;
    }

    bool literal(const char *word)
    {
        const auto length = static_cast<qsizetype>(std::strlen(word));
        if (m_end - m_p < length) {
            if (std::memcmp(m_p, word, static_cast<std::size_t>(m_end - m_p)) == 0)
                return fail(m_end, "the text ends before the JSON does (truncated?)");
            return fail(m_p, "expected a JSON value");
        }
        if (std::memcmp(m_p, word, static_cast<std::size_t>(length)) != 0)
            return fail(m_p, "expected a JSON value");
        m_p += length;
        return true;
    }
};

} // namespace

// The walk of one value into a FlatRow: the scanner's grammar, plus the
// dotted path of where it is and the cells it has made.
// The walk of one value into a FlatRow: the scanner's grammar, plus the
// dotted path of where it is and the cells it has made. Cell text and path
// are written through cursors into room made up front (see run()).
class OutputFlattener::Walk
{
public:
    Walk(const OutputFlattener &owner, QByteArrayView json, ColumnSet &columns, FlatRow &row,
         const char *origin = nullptr)
        : m_owner(owner)
        , m_scan(json, origin)
        , m_columns(columns)
        , m_row(row)
    {}

    bool run() { return run(true); }

    bool run(bool whole)
    {
        const qsizetype size = m_scan.m_end - m_scan.m_p;
        // The most the cells can take: strings decode to at most their
        // JSON text; a joined array of numbers grows by half (", " per ",").
        m_row.text.resize(2 * size + 16);
        m_textBase = m_row.text.data();
        m_text = m_textBase;
        // A path grows by '.' and a key (shorter than the key's JSON), or
        // by '.' and an index (at most about a digit per comma before it).
        m_owner.m_path.resize(3 * size + 64);
        m_pathBase = m_owner.m_path.data();
        m_path = m_pathBase;

        const bool ok = walk(whole);
        m_row.text.resize(m_text - m_textBase);
        return ok;
    }

    // Flattens the value the text starts with and stops after it: the
    // items of a page, read in the same pass that finds where they end.
    bool runPrefix(const char **end)
    {
        const bool ok = run(false);
        *end = m_scan.m_p;
        return ok;
    }

    QString error() const { return m_scan.m_error; }
    bool hadDuplicate() const { return m_duplicate; }

private:
    bool walk(bool whole)
    {
        m_scan.skipSpace();
        bool ok = false;
        if (!m_scan.atEnd() && *m_scan.m_p == '{') {
            ok = object(0);
        } else {
            putBytes("value", 5, m_path);
            if (!m_scan.atEnd() && *m_scan.m_p == '[')
                ok = joinedArray(1);
            else
                ok = value(1);
        }
        if (!ok || !whole)
            return ok;
        m_scan.skipSpace();
        if (!m_scan.atEnd())
            return m_scan.fail(m_scan.m_p, "unexpected text after the JSON value");
        return true;
    }

    bool value(int depth)
    {
        if (depth > kMaxDepth)
            return m_scan.fail(m_scan.m_p, "nested deeper than 256 levels");
        if (m_scan.atEnd())
            return m_scan.failHere("");
        switch (*m_scan.m_p) {
        case '{':
            return object(depth);
        case '[':
            if (m_owner.m_arrays == ArrayHandling::Join)
                return joinedArray(depth);
            return expandedArray(depth);
        case '"':
            if (!m_scan.decodeString(m_text))
                return false;
            addCell(CellKind::String);
            return true;
        case 't':
            if (!m_scan.literal("true"))
                return false;
            putBytes("true", 4, m_text);
            addCell(CellKind::Bool);
            return true;
        case 'f':
            if (!m_scan.literal("false"))
                return false;
            putBytes("false", 5, m_text);
            addCell(CellKind::Bool);
            return true;
        case 'n':
            return m_scan.literal("null");
        default: {
            const char *begin = m_scan.m_p;
            if (*begin != '-' && !isDigit(*begin))
                return m_scan.failHere("expected a JSON value");
            if (!m_scan.number())
                return false;
            // The digits as sent: 12345678901234567890 and 1.50 stay so.
            putBytes(begin, m_scan.m_p - begin, m_text);
            addCell(CellKind::Number);
            return true;
        }
        }
    }

    bool object(int depth)
    {
        ++m_scan.m_p;
        m_scan.skipSpace();
        if (!m_scan.atEnd() && *m_scan.m_p == '}') {
            ++m_scan.m_p;
            return true;
        }
        char *const prefix = m_path;
        for (;;) {
            if (m_scan.atEnd() || *m_scan.m_p != '"')
                return m_scan.failHere("expected a member name in quotes");
            // Top-level members are the columns' first parts: no dot before.
            if (depth > 0)
                *m_path++ = '.';
            if (!m_scan.decodeString(m_path))
                return false;
            m_scan.skipSpace();
            if (m_scan.atEnd() || *m_scan.m_p != ':')
                return m_scan.failHere("expected ':' after a member name");
            ++m_scan.m_p;
            m_scan.skipSpace();
            if (!value(depth + 1))
                return false;
            m_path = prefix;
            m_scan.skipSpace();
            if (!m_scan.endOfMember('}', "expected ',' or '}' in an object"))
                return false;
            if (m_scan.m_p[-1] == '}')
                return true;
        }
    }

    bool expandedArray(int depth)
    {
        ++m_scan.m_p;
        m_scan.skipSpace();
        if (!m_scan.atEnd() && *m_scan.m_p == ']') {
            ++m_scan.m_p;
            return true;
        }
        char *const prefix = m_path;
        for (qsizetype index = 0;; ++index) {
            *m_path++ = '.';
            putIndex(index, m_path);
            if (!value(depth + 1))
                return false;
            m_path = prefix;
            m_scan.skipSpace();
            if (!m_scan.endOfMember(']', "expected ',' or ']' in an array"))
                return false;
            if (m_scan.m_p[-1] == ']')
                return true;
        }
    }

    // One cell for the whole array: its scalars joined with "; " (null as
    // nothing), or, as soon as one element is an object or an array, the
    // array's own JSON text without whitespace, like the outputs table
    // shows it (JsonFlattener::cellText).
    bool joinedArray(int depth)
    {
        if (depth > kMaxDepth)
            return m_scan.fail(m_scan.m_p, "nested deeper than 256 levels");
        const char *begin = m_scan.m_p;
        char *const cellStart = m_text;
        bool nested = false;
        ++m_scan.m_p;
        m_scan.skipSpace();
        if (!m_scan.atEnd() && *m_scan.m_p == ']') {
            ++m_scan.m_p;
            addCell(CellKind::Joined);
            return true;
        }
        for (bool first = true;; first = false) {
            if (m_scan.atEnd())
                return m_scan.failHere("");
            if (!first && !nested)
                putBytes("; ", 2, m_text);
            const char c = *m_scan.m_p;
            if (nested || c == '{' || c == '[') {
                nested = true;
                if (!m_scan.skipValue(depth + 1))
                    return false;
            } else if (c == '"') {
                if (!m_scan.decodeString(m_text))
                    return false;
            } else {
                const char *scalar = m_scan.m_p;
                if (!m_scan.skipValue(depth + 1))
                    return false;
                if (*scalar != 'n')
                    putBytes(scalar, m_scan.m_p - scalar, m_text);
            }
            m_scan.skipSpace();
            if (!m_scan.endOfMember(']', "expected ',' or ']' in an array"))
                return false;
            if (m_scan.m_p[-1] == ']')
                break;
        }
        if (nested) {
            m_text = cellStart;
            putCompact(begin, m_scan.m_p, m_text);
        }
        addCell(CellKind::Joined);
        return true;
    }

    void addCell(CellKind kind)
    {
        const int column = columnOfPath();
        m_row.ends.append(static_cast<quint32>(m_text - m_textBase));
        m_row.columns.append(column);
        m_row.kinds.append(kind);
        QList<quint32> &seen = m_owner.m_seenInRow;
        if (column >= seen.size())
            seen.resize(m_columns.size(), 0);
        if (seen[column] == m_owner.m_rowStamp)
            m_duplicate = true;
        seen[column] = m_owner.m_rowStamp;
    }

    // Outputs of a page share their shape, so the n-th cell usually has the
    // column the n-th cell of the last row had: a compare instead of a hash.
    int columnOfPath()
    {
        const QByteArrayView path(m_pathBase, m_path - m_pathBase);
        const qsizetype n = m_row.columns.size();
        QList<int> &predicted = m_owner.m_predictedColumns;
        if (n < predicted.size()) {
            const int guess = predicted.at(n);
            if (guess >= 0 && guess < m_columns.size()) {
                const QByteArray &name = m_columns.names().at(guess);
                if (name.size() == path.size() &&
                    std::memcmp(name.constData(), path.data(),
                                static_cast<std::size_t>(path.size())) == 0) {
                    return guess;
                }
            }
        } else {
            predicted.resize(n + 1, -1);
        }
        const int column = m_columns.indexOf(path);
        predicted[n] = column;
        return column;
    }

    const OutputFlattener &m_owner;
    Scanner m_scan;
    ColumnSet &m_columns;
    FlatRow &m_row;
    char *m_textBase = nullptr;
    char *m_text = nullptr;
    char *m_pathBase = nullptr;
    char *m_path = nullptr;
    bool m_duplicate = false;
};

OutputFlattener::OutputFlattener(ArrayHandling arrays)
    : m_arrays(arrays)
{}

namespace {

// The items of the top-level JSON array in `scan`, in order: `item` gets
// where each starts and returns where it ends, or null after failing the
// scan. False with the scan's message when the text is not such an array.
template <typename Item>
bool walkArray(Scanner &scan, Item &&item)
{
    scan.skipSpace();
    bool ok = true;
    if (scan.atEnd() || *scan.m_p != '[') {
        ok = scan.failHere("expected a JSON array");
    } else {
        ++scan.m_p;
        scan.skipSpace();
        if (!scan.atEnd() && *scan.m_p == ']') {
            ++scan.m_p;
        } else {
            for (;;) {
                const char *end = item(scan.m_p);
                if (!end) {
                    ok = false;
                    break;
                }
                scan.m_p = end;
                scan.skipSpace();
                if (!scan.endOfMember(']', "expected ',' or ']' in an array")) {
                    ok = false;
                    break;
                }
                if (scan.m_p[-1] == ']')
                    break;
            }
        }
    }
    if (ok) {
        scan.skipSpace();
        if (!scan.atEnd())
            ok = scan.fail(scan.m_p, "unexpected text after the array");
    }
    return ok;
}

} // namespace

bool OutputFlattener::splitArray(QByteArrayView page, QList<Item> *items, QString *error)
{
    items->resize(0);
    Scanner scan(page);
    const bool ok = walkArray(scan, [&](const char *begin) -> const char * {
        if (!scan.skipValue(1))
            return nullptr;
        items->append({begin - page.data(), scan.m_p - page.data()});
        return scan.m_p;
    });
    if (!ok && error)
        *error = scan.m_error;
    return ok;
}

void OutputFlattener::beginRow(FlatRow &row) const
{
    row.clear();
    if (++m_rowStamp == 0) {
        // The stamps wrapped: old ones could pass for this row's.
        m_seenInRow.fill(0);
        m_rowStamp = 1;
    }
}

bool OutputFlattener::flatten(QByteArrayView json, ColumnSet &columns, FlatRow &row,
                              QString *error) const
{
    beginRow(row);
    Walk walk(*this, json, columns, row);
    if (!walk.run()) {
        if (error)
            *error = walk.error();
        return false;
    }
    if (walk.hadDuplicate())
        keepLastOfEachColumn(row);
    return true;
}

bool OutputFlattener::flattenPage(QByteArrayView page, ColumnSet &columns, FlatRow &row,
                                  const std::function<void(QByteArrayView item)> &onRow,
                                  QString *error) const
{
    Scanner scan(page);
    const bool ok = walkArray(scan, [&](const char *begin) -> const char * {
        beginRow(row);
        // The item runs to the page's end as far as the walk knows; it
        // stops after the item's value. Messages count from the page.
        Walk walk(*this, QByteArrayView(begin, scan.m_end - begin), columns, row, page.data());
        const char *end = nullptr;
        if (!walk.runPrefix(&end)) {
            scan.m_error = walk.error();
            return nullptr;
        }
        if (walk.hadDuplicate())
            keepLastOfEachColumn(row);
        onRow(QByteArrayView(begin, end - begin));
        return end;
    });
    if (!ok && error)
        *error = scan.m_error;
    return ok;
}

void OutputFlattener::keepLastOfEachColumn(FlatRow &row) const
{
    // Rare (a key given twice), so a copy is fine here.
    const FlatRow all = row;
    QList<bool> keep(all.size(), false);
    QList<bool> taken;
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        const int column = all.columns.at(i);
        if (column >= taken.size())
            taken.resize(column + 1, false);
        if (!taken.at(column)) {
            taken[column] = true;
            keep[i] = true;
        }
    }
    row.clear();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (keep.at(i))
            row.append(all.columns.at(i), all.kinds.at(i), all.cell(i));
    }
}

void OutputFlattener::appendJsonLine(QByteArrayView json, QByteArray &out)
{
    const qsizetype at = out.size();
    out.resize(at + json.size() + 1);
    char *cursor = out.data() + at;
    putCompact(json.data(), json.data() + json.size(), cursor);
    *cursor++ = '\n';
    out.resize(cursor - out.constData());
}
