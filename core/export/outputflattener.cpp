#include "core/export/outputflattener.h"

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

// The bytes that end a run of plain string content: the closing quote, an
// escape, and the control characters JSON forbids inside strings.
constexpr std::array<bool, 256> stringStops()
{
    std::array<bool, 256> stops{};
    for (int c = 0; c < 0x20; ++c)
        stops[static_cast<std::size_t>(c)] = true;
    stops['"'] = true;
    stops['\\'] = true;
    return stops;
}
constexpr std::array<bool, 256> kStringStop = stringStops();

inline bool stopsString(char c)
{
    return kStringStop[static_cast<unsigned char>(c)];
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

void appendUtf8(char32_t cp, QByteArray &out)
{
    char bytes[4];
    int n = 0;
    if (cp < 0x80) {
        bytes[n++] = static_cast<char>(cp);
    } else if (cp < 0x800) {
        bytes[n++] = static_cast<char>(0xC0 | (cp >> 6));
        bytes[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        bytes[n++] = static_cast<char>(0xE0 | (cp >> 12));
        bytes[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        bytes[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        bytes[n++] = static_cast<char>(0xF0 | (cp >> 18));
        bytes[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        bytes[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        bytes[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    }
    out.append(bytes, n);
}

void appendIndex(qsizetype index, QByteArray &out)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + index % 10);
        index /= 10;
    } while (index > 0);
    while (n > 0)
        out.append(digits[--n]);
}

// [begin, end) with the whitespace outside strings left out. Assumes valid
// JSON: it only has to tell strings from the rest.
void appendCompact(const char *begin, const char *end, QByteArray &out)
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
            out.append(run, p - run);
            while (p < end && isSpace(*p))
                ++p;
            run = p;
        } else {
            ++p;
        }
    }
    out.append(run, end - run);
}

// The validating core shared by splitArray and flatten: a cursor over UTF-8
// bytes that knows the JSON grammar and words its errors by byte offset.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_begin(text.data())
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
            while (m_p < m_end && !stopsString(*m_p))
                ++m_p;
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

    // m_p at the opening quote; appends the string's characters, escapes
    // decoded, to `out`. A lone surrogate (grammatical JSON, but no
    // character) becomes U+FFFD rather than failing a whole export.
    bool decodeString(QByteArray &out)
    {
        ++m_p;
        for (;;) {
            const char *run = m_p;
            while (m_p < m_end && !stopsString(*m_p))
                ++m_p;
            out.append(run, m_p - run);
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
                out.append('\b');
                break;
            case 'f':
                out.append('\f');
                break;
            case 'n':
                out.append('\n');
                break;
            case 'r':
                out.append('\r');
                break;
            case 't':
                out.append('\t');
                break;
            case 'u':
                appendUtf8(unicodeEscape(escape), out);
                break;
            default: // " \ /
                out.append(escape[1]);
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
class OutputFlattener::Walk
{
public:
    Walk(const OutputFlattener &owner, QByteArrayView json, ColumnSet &columns, FlatRow &row)
        : m_owner(owner)
        , m_scan(json)
        , m_columns(columns)
        , m_row(row)
        , m_path(owner.m_path)
    {}

    bool run()
    {
        m_path.resize(0);
        m_scan.skipSpace();
        bool ok = false;
        if (!m_scan.atEnd() && *m_scan.m_p == '{') {
            ok = object(0);
        } else {
            m_path.append("value");
            if (!m_scan.atEnd() && *m_scan.m_p == '[')
                ok = joinedArray(1);
            else
                ok = value(1);
        }
        if (!ok)
            return false;
        m_scan.skipSpace();
        if (!m_scan.atEnd())
            return m_scan.fail(m_scan.m_p, "unexpected text after the JSON value");
        return true;
    }

    QString error() const { return m_scan.m_error; }
    bool hadDuplicate() const { return m_duplicate; }

private:
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
            if (!m_scan.decodeString(m_row.text))
                return false;
            addCell(CellKind::String);
            return true;
        case 't':
            if (!m_scan.literal("true"))
                return false;
            m_row.text.append("true", 4);
            addCell(CellKind::Bool);
            return true;
        case 'f':
            if (!m_scan.literal("false"))
                return false;
            m_row.text.append("false", 5);
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
            m_row.text.append(begin, m_scan.m_p - begin);
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
        const qsizetype prefix = m_path.size();
        for (;;) {
            if (m_scan.atEnd() || *m_scan.m_p != '"')
                return m_scan.failHere("expected a member name in quotes");
            // Top-level members are the columns' first parts: no dot before.
            if (depth > 0)
                m_path.append('.');
            if (!m_scan.decodeString(m_path))
                return false;
            m_scan.skipSpace();
            if (m_scan.atEnd() || *m_scan.m_p != ':')
                return m_scan.failHere("expected ':' after a member name");
            ++m_scan.m_p;
            m_scan.skipSpace();
            if (!value(depth + 1))
                return false;
            m_path.resize(prefix);
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
        const qsizetype prefix = m_path.size();
        for (qsizetype index = 0;; ++index) {
            m_path.append('.');
            appendIndex(index, m_path);
            if (!value(depth + 1))
                return false;
            m_path.resize(prefix);
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
        const qsizetype cellStart = m_row.text.size();
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
                m_row.text.append("; ", 2);
            const char c = *m_scan.m_p;
            if (nested || c == '{' || c == '[') {
                nested = true;
                if (!m_scan.skipValue(depth + 1))
                    return false;
            } else if (c == '"') {
                if (!m_scan.decodeString(m_row.text))
                    return false;
            } else {
                const char *scalar = m_scan.m_p;
                if (!m_scan.skipValue(depth + 1))
                    return false;
                if (*scalar != 'n')
                    m_row.text.append(scalar, m_scan.m_p - scalar);
            }
            m_scan.skipSpace();
            if (!m_scan.endOfMember(']', "expected ',' or ']' in an array"))
                return false;
            if (m_scan.m_p[-1] == ']')
                break;
        }
        if (nested) {
            m_row.text.resize(cellStart);
            appendCompact(begin, m_scan.m_p, m_row.text);
        }
        addCell(CellKind::Joined);
        return true;
    }

    void addCell(CellKind kind)
    {
        const int column = columnOfPath();
        m_row.ends.append(static_cast<quint32>(m_row.text.size()));
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
        const qsizetype n = m_row.columns.size();
        QList<int> &predicted = m_owner.m_predictedColumns;
        if (n < predicted.size()) {
            const int guess = predicted.at(n);
            if (guess >= 0 && guess < m_columns.size()) {
                const QByteArray &name = m_columns.names().at(guess);
                if (name.size() == m_path.size() &&
                    std::memcmp(name.constData(), m_path.constData(),
                                static_cast<std::size_t>(name.size())) == 0) {
                    return guess;
                }
            }
        } else {
            predicted.resize(n + 1, -1);
        }
        const int column = m_columns.indexOf(m_path);
        predicted[n] = column;
        return column;
    }

    const OutputFlattener &m_owner;
    Scanner m_scan;
    ColumnSet &m_columns;
    FlatRow &m_row;
    QByteArray &m_path;
    bool m_duplicate = false;
};

OutputFlattener::OutputFlattener(ArrayHandling arrays)
    : m_arrays(arrays)
{}

bool OutputFlattener::splitArray(QByteArrayView page, QList<Item> *items, QString *error)
{
    items->resize(0);
    Scanner scan(page);
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
                const char *begin = scan.m_p;
                if (!scan.skipValue(1)) {
                    ok = false;
                    break;
                }
                items->append({begin - page.data(), scan.m_p - page.data()});
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
    if (!ok && error)
        *error = scan.m_error;
    return ok;
}

bool OutputFlattener::flatten(QByteArrayView json, ColumnSet &columns, FlatRow &row,
                              QString *error) const
{
    row.clear();
    if (++m_rowStamp == 0) {
        // The stamps wrapped: old ones could pass for this row's.
        m_seenInRow.fill(0);
        m_rowStamp = 1;
    }
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
    appendCompact(json.data(), json.data() + json.size(), out);
    out.append('\n');
}
