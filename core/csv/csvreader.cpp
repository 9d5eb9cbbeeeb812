#include "core/csv/csvreader.h"

#include <QString>

#include <algorithm>
#include <optional>
#include <utility>

namespace {

const QByteArrayView kByteOrderMark("\xEF\xBB\xBF");

bool isLineEnd(char byte)
{
    return byte == '\r' || byte == '\n';
}

// The first line that is not empty, once its end (outside quotes) is in
// `bytes`; at the end of input whatever there is.
std::optional<QByteArrayView> firstLine(QByteArrayView bytes, bool atEnd)
{
    qsizetype start = 0;
    while (start < bytes.size() && isLineEnd(bytes.at(start)))
        ++start;
    bool quoted = false;
    for (qsizetype i = start; i < bytes.size(); ++i) {
        if (bytes.at(i) == '"')
            quoted = !quoted;
        else if (!quoted && isLineEnd(bytes.at(i)))
            return bytes.sliced(start, i - start);
    }
    if (atEnd)
        return bytes.sliced(start);
    return std::nullopt;
}

} // namespace

CsvReader::CsvReader(char delimiter)
    : m_delimiter(delimiter == kSniff ? ',' : delimiter)
    , m_sniffing(delimiter == kSniff)
{}

void CsvReader::feed(QByteArrayView bytes)
{
    if (m_error)
        return;
    if (m_started) {
        parse(bytes);
        return;
    }
    m_pending.append(bytes);
    startWhenReady(false);
}

void CsvReader::finish()
{
    if (!m_started)
        startWhenReady(true);
    if (m_error)
        return;
    switch (m_state) {
    case State::RecordStart:
        break;
    case State::Quoted:
        fail(m_quoteLine, QStringLiteral("a quoted field opened on this line is never closed"));
        break;
    case State::FieldStart:
    case State::Unquoted:
    case State::QuoteInQuoted:
        endField();
        endRecord();
        break;
    }
    m_state = State::RecordStart;
    m_afterCr = false;
}

QList<CsvReader::Record> CsvReader::takeRecords()
{
    return std::exchange(m_records, {});
}

bool CsvReader::startWhenReady(bool atEnd)
{
    if (!m_bomChecked) {
        // A chunk may end inside the mark: wait for all three bytes.
        const qsizetype seen = std::min(m_pending.size(), kByteOrderMark.size());
        const bool partialMark =
            seen < kByteOrderMark.size() &&
            QByteArrayView(m_pending).first(seen) == kByteOrderMark.first(seen);
        if (partialMark && !atEnd)
            return false;
        if (m_pending.startsWith(kByteOrderMark))
            m_pending.remove(0, kByteOrderMark.size());
        m_bomChecked = true;
    }
    if (m_sniffing) {
        const std::optional<QByteArrayView> header = firstLine(m_pending, atEnd);
        if (!header)
            return false;
        m_delimiter = sniffDelimiter(*header);
        m_sniffing = false;
    }
    m_started = true;
    const QByteArray pending = std::exchange(m_pending, {});
    parse(pending);
    return true;
}

void CsvReader::parse(QByteArrayView bytes)
{
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    // Plain runs of bytes are appended in one go; the switch sees only the
    // bytes that change the state.
    const auto appendRun = [&](bool quoted) {
        qsizetype end = i;
        while (end < size && !isLineEnd(data[end]) && data[end] != (quoted ? '"' : m_delimiter))
            ++end;
        m_field.append(data + i, end - i);
        i = end;
        return i < size;
    };
    while (i < size && !m_error) {
        const char byte = data[i];
        if (m_afterCr) {
            m_afterCr = false;
            if (byte == '\n') {
                if (m_state == State::Quoted)
                    m_field.append(byte);
                ++i;
                continue;
            }
        }
        switch (m_state) {
        case State::RecordStart:
            if (isLineEnd(byte)) {
                ++m_emptyLines;
                lineBreak(byte);
                ++i;
                break;
            }
            m_recordLine = m_line;
            m_state = State::FieldStart;
            break;
        case State::FieldStart:
            if (byte == '"') {
                m_quoteLine = m_line;
                m_state = State::Quoted;
                ++i;
                break;
            }
            m_state = State::Unquoted;
            break;
        case State::Unquoted:
            if (!appendRun(false))
                break;
            endField();
            if (isLineEnd(data[i])) {
                endRecord();
                lineBreak(data[i]);
                m_state = State::RecordStart;
            } else {
                m_state = State::FieldStart;
            }
            ++i;
            break;
        case State::Quoted:
            if (!appendRun(true))
                break;
            if (data[i] == '"') {
                m_state = State::QuoteInQuoted;
            } else {
                m_field.append(data[i]);
                lineBreak(data[i]);
            }
            ++i;
            break;
        case State::QuoteInQuoted:
            if (byte == '"') {
                m_field.append(byte);
                m_state = State::Quoted;
                ++i;
                break;
            }
            // The field was closed: a delimiter or a line end follows, or
            // text that is kept as it stands.
            m_state = State::Unquoted;
            break;
        }
    }
}

void CsvReader::lineBreak(char byte)
{
    ++m_line;
    m_afterCr = byte == '\r';
}

void CsvReader::endField()
{
    QString text = m_decoder.decode(m_field);
    if (m_decoder.hasError()) {
        fail(m_recordLine, QStringLiteral("the text is not UTF-8; save the file as CSV UTF-8"));
        return;
    }
    m_fields.append(std::move(text));
    // Keeps the capacity for the next field.
    m_field.resize(0);
}

void CsvReader::endRecord()
{
    if (m_error)
        return;
    m_records.append(Record{std::exchange(m_fields, {}), m_recordLine});
}

void CsvReader::fail(qint64 line, const QString &reason)
{
    m_error = CsvError{line, reason};
    m_fields.clear();
    m_field.clear();
}

CsvReader::Document CsvReader::readAll(QByteArrayView bytes, char delimiter)
{
    CsvReader reader(delimiter);
    reader.feed(bytes);
    reader.finish();
    return Document{reader.takeRecords(), reader.m_delimiter, reader.emptyLines(), reader.error()};
}

CsvReader::Document CsvReader::readClipboard(const QString &text)
{
    return readAll(text.toUtf8(), '\t');
}

char CsvReader::sniffDelimiter(QByteArrayView headerLine)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    bool quoted = false;
    for (const char byte : headerLine) {
        if (byte == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (byte == ',')
            ++commas;
        else if (byte == ';')
            ++semicolons;
        else if (byte == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return ',';
}
