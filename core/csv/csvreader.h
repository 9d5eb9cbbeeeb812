#pragma once

#include "core/csv/csverror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

// An incremental RFC 4180 reader for CSV as spreadsheets write it. Bytes go
// in by chunks of any size, so a worker thread can read a large file piece
// by piece, report progress and stop between two chunks; records come out
// with the physical line each starts on, so a message can send the user to
// the right place in the file.
//
// Input is UTF-8, with or without a byte order mark; text that is not
// UTF-8 is an error rather than a guess. The delimiter is a comma, a
// semicolon or a tab, sniffed from the header line unless given. Quoted
// fields may hold delimiters, doubled quotes and line breaks (CR, LF or
// CRLF, kept as written); records end with CR, LF or CRLF. Empty lines are
// skipped and counted. Rows may have any number of fields: what a short or
// long row means is the caller's business.
//
// Where RFC 4180 is stricter than spreadsheets, this reads as Excel and
// Python's csv module do: a quote inside an unquoted field is text, and
// text after a closing quote is appended to the field.
class CsvReader final
{
public:
    struct Record
    {
        QStringList fields;
        // The physical line (from 1) on which the record starts.
        qint64 line = 0;

        bool operator==(const Record &) const = default;
    };

    // What a whole buffer held.
    struct Document
    {
        QList<Record> records;
        char delimiter = ',';
        qint64 emptyLines = 0;
        std::optional<CsvError> error;
    };

    // Passed as the delimiter: choose it from the first non-empty line.
    static constexpr char kSniff = '\0';

    explicit CsvReader(char delimiter = kSniff);

    // Reads the next piece of input. After an error, more bytes are ignored.
    void feed(QByteArrayView bytes);
    // The input is complete: ends a last record that has no line end, or
    // reports the quote it leaves open.
    void finish();

    // The records completed so far and not taken yet, in file order.
    QList<Record> takeRecords();
    qsizetype pendingRecords() const { return m_records.size(); }

    // The delimiter in use; kSniff while the first line is incomplete.
    char delimiter() const { return m_sniffing ? kSniff : m_delimiter; }
    qint64 emptyLines() const { return m_emptyLines; }
    const std::optional<CsvError> &error() const { return m_error; }

    static Document readAll(QByteArrayView bytes, char delimiter = kSniff);
    // Cells copied from a spreadsheet: tab-separated, quoted as Excel
    // quotes cells that hold tabs, line breaks or quotes.
    static Document readClipboard(const QString &text);
    // The delimiter that occurs most often outside quotes in a header
    // line: comma, semicolon or tab, in that order on a tie; comma when the
    // line has none (a single column).
    static char sniffDelimiter(QByteArrayView headerLine);

private:
    enum class State
    {
        RecordStart,
        FieldStart,
        Unquoted,
        Quoted,
        // A quote inside a quoted field: the end of it, or the first half
        // of a doubled quote.
        QuoteInQuoted,
    };

    bool startWhenReady(bool atEnd);
    void parse(QByteArrayView bytes);
    void lineBreak(char byte);
    void endField();
    void endRecord();
    void fail(qint64 line, const QString &reason);

    char m_delimiter = ',';
    bool m_sniffing = true;
    bool m_bomChecked = false;
    bool m_started = false;
    // Input held back until the byte order mark and the delimiter are known.
    QByteArray m_pending;

    State m_state = State::RecordStart;
    // The previous byte was a CR; an LF right after it ends the same line.
    bool m_afterCr = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_quoteLine = 0;
    QByteArray m_field;
    // Each field is decoded on its own, and a U+FEFF that starts one is
    // data (QString::fromUtf8 would drop it as a byte order mark).
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                       QStringDecoder::Flag::ConvertInitialBom};
    QStringList m_fields;
    QList<Record> m_records;
    qint64 m_emptyLines = 0;
    std::optional<CsvError> m_error;
};
