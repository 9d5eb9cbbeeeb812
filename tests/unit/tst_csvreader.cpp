// The incremental CSV reader: RFC 4180 quoting, the line ends and encodings
// spreadsheets write, sniffing of the delimiter, line numbers of records,
// empty lines, ragged rows, the errors it reports, and that chunks split
// anywhere read exactly as the whole buffer does.

#include "core/csv/csvreader.h"
#include "tests/support/stringlists.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

#include <initializer_list>

namespace {

using Record = CsvReader::Record;
using Records = QList<Record>;

Record rec(qint64 line, std::initializer_list<const char *> fields)
{
    return Record{strings(fields), line};
}

QString describe(const Records &records)
{
    QStringList lines;
    for (const Record &record : records)
        lines.append(QStringLiteral("%1: [%2]")
                         .arg(record.line)
                         .arg(record.fields.join(QStringLiteral("|"))));
    return lines.join(QLatin1Char('\n'));
}

// Feeds `bytes` cut at every `step` bytes (and at `firstCut` once first).
CsvReader::Document readChunked(const QByteArray &bytes, qsizetype firstCut, qsizetype step,
                                char delimiter = CsvReader::kSniff)
{
    CsvReader reader(delimiter);
    Records records;
    qsizetype at = 0;
    const auto feed = [&](qsizetype size) {
        reader.feed(QByteArrayView(bytes).sliced(at, size));
        at += size;
        records.append(reader.takeRecords());
    };
    feed(std::min(firstCut, bytes.size()));
    while (at < bytes.size())
        feed(std::min(step, bytes.size() - at));
    reader.finish();
    records.append(reader.takeRecords());
    return {records, reader.delimiter(), reader.emptyLines(), reader.error()};
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void sniffedDelimiter_data();
    void sniffedDelimiter();
    void delimiterWaitsForTheHeaderLine();
    void givenDelimiterWins();
    void emptyLinesAreCounted();
    void errors_data();
    void errors();
    void recordsComeBeforeTheEnd();
    void nothingAfterAnError();
    void clipboard_data();
    void clipboard();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Records>("expected");

    QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n")
                              << Records{rec(1, {"a", "b"}), rec(2, {"1", "2"})};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n")
                          << Records{rec(1, {"a", "b"}), rec(2, {"1", "2"}), rec(3, {"3", "4"})};
    QTest::newRow("CR alone") << QByteArray("a,b\r1,2\r")
                              << Records{rec(1, {"a", "b"}), rec(2, {"1", "2"})};
    QTest::newRow("mixed ends") << QByteArray("a\r\nb\nc\rd")
                                << Records{rec(1, {"a"}), rec(2, {"b"}), rec(3, {"c"}),
                                           rec(4, {"d"})};
    QTest::newRow("no final line end")
        << QByteArray("a,b\n1,2") << Records{rec(1, {"a", "b"}), rec(2, {"1", "2"})};
    QTest::newRow("empty fields") << QByteArray("a,,c\n,,\n")
                                  << Records{rec(1, {"a", "", "c"}), rec(2, {"", "", ""})};
    QTest::newRow("trailing delimiter") << QByteArray("a,b,\n") << Records{rec(1, {"a", "b", ""})};
    QTest::newRow("quoted delimiter")
        << QByteArray("name,company\nAda,\"Acme, Inc.\"\n")
        << Records{rec(1, {"name", "company"}), rec(2, {"Ada", "Acme, Inc."})};
    QTest::newRow("doubled quotes")
        << QByteArray("a\n\"She said \"\"hi\"\"\"\n\"\"\"\"\n")
        << Records{rec(1, {"a"}), rec(2, {"She said \"hi\""}), rec(3, {"\""})};
    QTest::newRow("quoted empty") << QByteArray("\"\",x\n") << Records{rec(1, {"", "x"})};
    QTest::newRow("quoted LF kept, lines counted")
        << QByteArray("a,b\n\"two\nlines\",x\ny,z\n")
        << Records{rec(1, {"a", "b"}), rec(2, {"two\nlines", "x"}), rec(4, {"y", "z"})};
    QTest::newRow("quoted CRLF kept as written")
        << QByteArray("a\r\n\"1\r\n2\r\n3\"\r\nb\r\n")
        << Records{rec(1, {"a"}), rec(2, {"1\r\n2\r\n3"}), rec(5, {"b"})};
    QTest::newRow("quoted CR") << QByteArray("\"x\ry\",z\rw\r")
                               << Records{rec(1, {"x\ry", "z"}), rec(3, {"w"})};
    QTest::newRow("ragged rows kept")
        << QByteArray("a,b,c\n1\n1,2,3,4,5\n")
        << Records{rec(1, {"a", "b", "c"}), rec(2, {"1"}), rec(3, {"1", "2", "3", "4", "5"})};
    QTest::newRow("empty lines skipped")
        << QByteArray("\n\na\n\n\r\n1\n\n") << Records{rec(3, {"a"}), rec(6, {"1"})};
    QTest::newRow("blanks kept") << QByteArray(" a , b \n") << Records{rec(1, {" a ", " b "})};
    QTest::newRow("quote inside unquoted field is text")
        << QByteArray("5\" disk,x\n") << Records{rec(1, {"5\" disk", "x"})};
    QTest::newRow("text after closing quote is kept")
        << QByteArray("\"abc\"def,x\n") << Records{rec(1, {"abcdef", "x"})};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFname,url\nx,y\n")
                         << Records{rec(1, {"name", "url"}), rec(2, {"x", "y"})};
    QTest::newRow("BOM then quoted header")
        << QByteArray("\xEF\xBB\xBF\"name\",url\n") << Records{rec(1, {"name", "url"})};
    QTest::newRow("UTF-8 text") << QByteArray("nom,ville\nZoë,Besançon\n")
                                << Records{rec(1, {"nom", "ville"}), rec(2, {"Zoë", "Besançon"})};
    // U+FEFF is a byte order mark only at the very start of the input.
    QTest::newRow("U+FEFF starting a field is data")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                      "a,\xEF\xBB\xBF\n")
        << Records{Record{{QChar(0xFEFF) + QStringLiteral("a"), QString(QChar(0xFEFF))}, 1}};
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << Records{};
    QTest::newRow("empty input") << QByteArray() << Records{};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Records, expected);

    const CsvReader::Document document = CsvReader::readAll(bytes);
    QVERIFY2(!document.error, qPrintable(document.error ? document.error->message() : QString()));
    QCOMPARE(describe(document.records), describe(expected));
    QCOMPARE(document.records, expected);
}

void TestCsvReader::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("quoted newlines, CRLF, BOM")
        << QByteArray("\xEF\xBB\xBF"
                      "LinkedIn Profile URL;Notes;crm\r\n"
                      "https://www.linkedin.com/in/ada;\"multi\r\nline; \"\"quoted\"\"\";1\r\n"
                      "\r\n"
                      "https://www.linkedin.com/in/bob;\"\";2\r"
                      "https://www.linkedin.com/in/zoë;plain;3");
    QTest::newRow("tabs and ragged rows") << QByteArray("a\tb\tc\n1\t\"x\ty\"\n\n1\t2\t3\t4\n");
    QTest::newRow("doubled quote at every offset")
        << QByteArray("\"\"\"\",\"a\"\"b\",\"\"\"\"\"\"\n\"\",\"\"\"\"\n");
    QTest::newRow("CR LF split") << QByteArray("a,b\r\n\r\n\"c\r\nd\",e\r\n");
}

void TestCsvReader::chunkBoundaries()
{
    QFETCH(QByteArray, bytes);

    const CsvReader::Document whole = CsvReader::readAll(bytes);
    QVERIFY(!whole.error);
    QVERIFY(whole.records.size() >= 2);
    const CsvReader::Document byteByByte = readChunked(bytes, 1, 1);
    QCOMPARE(describe(byteByByte.records), describe(whole.records));
    QCOMPARE(byteByByte.records, whole.records);
    QCOMPARE(byteByByte.delimiter, whole.delimiter);
    QCOMPARE(byteByByte.emptyLines, whole.emptyLines);
    // Two chunks, cut at every offset, and a few steady chunk sizes.
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        const CsvReader::Document split = readChunked(bytes, cut, bytes.size());
        QVERIFY2(split.records == whole.records, qPrintable(QStringLiteral("cut at %1").arg(cut)));
        QCOMPARE(split.emptyLines, whole.emptyLines);
    }
    for (const qsizetype step : {2, 3, 5, 7}) {
        const CsvReader::Document stepped = readChunked(bytes, step, step);
        QVERIFY2(stepped.records == whole.records, qPrintable(QString::number(step)));
    }
}

void TestCsvReader::sniffedDelimiter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QStringList>("header");

    QTest::newRow("comma") << QByteArray("a,b;c\n") << ',' << strings({"a", "b;c"});
    QTest::newRow("semicolon (Excel, French locale)")
        << QByteArray("Nom;URL;Notes, libres\n") << ';' << strings({"Nom", "URL", "Notes, libres"});
    QTest::newRow("tab") << QByteArray("a\tb\tc,d\n") << '\t' << strings({"a", "b", "c,d"});
    QTest::newRow("delimiters inside quotes do not count")
        << QByteArray("\"a;b;c\",d\n") << ',' << strings({"a;b;c", "d"});
    QTest::newRow("one column") << QByteArray("url\nx\n") << ',' << strings({"url"});
    QTest::newRow("tie goes to comma")
        << QByteArray("a,b;c\td\n") << ',' << strings({"a", "b;c\td"});
    QTest::newRow("header after empty lines")
        << QByteArray("\r\n\r\na;b\n") << ';' << strings({"a", "b"});
    QTest::newRow("header with quoted line break")
        << QByteArray("\"first\nheader\";b;c\n") << ';' << strings({"first\nheader", "b", "c"});
}

void TestCsvReader::sniffedDelimiter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, delimiter);
    QFETCH(QStringList, header);

    const CsvReader::Document document = CsvReader::readAll(bytes);
    QCOMPARE(document.delimiter, delimiter);
    QVERIFY(!document.records.isEmpty());
    QCOMPARE(document.records.constFirst().fields, header);
}

void TestCsvReader::delimiterWaitsForTheHeaderLine()
{
    CsvReader reader;
    reader.feed("\xEF\xBB");
    reader.feed("\xBF\"name;");
    reader.feed("x\";url,");
    // The header line is not complete: a later comma could still win.
    QCOMPARE(reader.delimiter(), CsvReader::kSniff);
    QCOMPARE(reader.pendingRecords(), 0);
    reader.feed("notes;b\r");
    QCOMPARE(reader.delimiter(), ';');
    reader.feed("\n1;2,3;4\r\n");
    QCOMPARE(reader.takeRecords(),
             (Records{rec(1, {"name;x", "url,notes", "b"}), rec(2, {"1", "2,3", "4"})}));
}

void TestCsvReader::givenDelimiterWins()
{
    const QByteArray bytes("a;b,c\n1;2,3\n");
    const CsvReader::Document comma = CsvReader::readAll(bytes, ',');
    QCOMPARE(comma.records.at(1).fields, (strings({"1;2", "3"})));
    const CsvReader::Document semicolon = CsvReader::readAll(bytes, ';');
    QCOMPARE(semicolon.records.at(1).fields, (strings({"1", "2,3"})));
    QCOMPARE(CsvReader::readAll(bytes).delimiter, ',');
}

void TestCsvReader::emptyLinesAreCounted()
{
    const CsvReader::Document document =
        CsvReader::readAll(QByteArray("\na,b\n\n1,2\r\n\r\n\r\"x\n\ny\",3\n\n"));
    QVERIFY(!document.error);
    // The empty line inside the quoted field is data, not an empty line.
    QCOMPARE(document.emptyLines, 5);
    QCOMPARE(document.records.size(), 3);
    QCOMPARE(document.records.at(0).line, 2);
    QCOMPARE(document.records.at(1).line, 4);
    QCOMPARE(document.records.at(2).line, 7);
    QCOMPARE(document.records.at(2).fields, (strings({"x\n\ny", "3"})));
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("recordsBefore");

    const QString unclosed = QStringLiteral("a quoted field opened on this line is never closed");
    const QString notUtf8 = QStringLiteral("the text is not UTF-8; save the file as CSV UTF-8");
    QTest::newRow("unterminated quote at the end")
        << QByteArray("a,b\n1,2\n3,\"open\n4,5\n6,7\n") << qint64(3) << unclosed << 2;
    QTest::newRow("unterminated quote, second field of a multi-line record")
        << QByteArray("a,b\n\"x\ny\",\"z\n") << qint64(3) << unclosed << 1;
    QTest::newRow("Latin-1 text") << QByteArray("nom\nBesan\xE7on\n") << qint64(2) << notUtf8 << 1;
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, line);
    QFETCH(QString, reason);
    QFETCH(int, recordsBefore);

    const CsvReader::Document document = CsvReader::readAll(bytes);
    QVERIFY(document.error);
    QCOMPARE(document.error->line, line);
    QCOMPARE(document.error->reason, reason);
    QCOMPARE(document.error->message(), QStringLiteral("line %1: %2").arg(line).arg(reason));
    QCOMPARE(document.records.size(), recordsBefore);
    // Chunks do not move the error.
    const CsvReader::Document chunked = readChunked(bytes, 1, 1);
    QCOMPARE(chunked.error, document.error);
}

void TestCsvReader::recordsComeBeforeTheEnd()
{
    CsvReader reader;
    reader.feed("url,name\nhttps://x,A");
    // The header is complete; the second record may still grow.
    QCOMPARE(reader.takeRecords(), (Records{rec(1, {"url", "name"})}));
    reader.feed("da\nhttps://y,");
    QCOMPARE(reader.takeRecords(), (Records{rec(2, {"https://x", "Ada"})}));
    QCOMPARE(reader.pendingRecords(), 0);
    reader.finish();
    QCOMPARE(reader.takeRecords(), (Records{rec(3, {"https://y", ""})}));
    QVERIFY(!reader.error());
}

void TestCsvReader::nothingAfterAnError()
{
    CsvReader reader;
    reader.feed("a\n\xC3(\n");
    QVERIFY(reader.error());
    reader.feed("b\nc\n");
    reader.finish();
    QCOMPARE(reader.takeRecords(), (Records{rec(1, {"a"})}));
    QCOMPARE(reader.error()->line, 2);
}

void TestCsvReader::clipboard_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("rows");

    // What Excel and LibreOffice put on the clipboard: tab-separated, a
    // CRLF after every row, cells with line breaks, tabs or quotes quoted.
    QTest::newRow("Excel copy") << QStringLiteral(
                                       "https://www.linkedin.com/in/a\tcrm=1\r\n"
                                       "https://www.linkedin.com/in/b\t\"two\nlines\"\r\n"
                                       "https://www.linkedin.com/in/c\t\"say \"\"hi\"\"\"\r\n")
                                << QList<QStringList>{
                                       strings({"https://www.linkedin.com/in/a", "crm=1"}),
                                       strings({"https://www.linkedin.com/in/b", "two\nlines"}),
                                       strings({"https://www.linkedin.com/in/c", "say \"hi\""})};
    QTest::newRow("commas and semicolons are text")
        << QStringLiteral("a, b; c\td\n") << QList<QStringList>{strings({"a, b; c", "d"})};
    QTest::newRow("unquoted quotes (Google Sheets)")
        << QStringLiteral("5\" disk\tx") << QList<QStringList>{strings({"5\" disk", "x"})};
    QTest::newRow("empty cells") << QStringLiteral("\t\tz\r\n")
                                 << QList<QStringList>{strings({"", "", "z"})};
}

void TestCsvReader::clipboard()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, rows);

    const CsvReader::Document document = CsvReader::readClipboard(text);
    QVERIFY(!document.error);
    QCOMPARE(document.delimiter, '\t');
    QList<QStringList> read;
    for (const Record &record : document.records)
        read.append(record.fields);
    QCOMPARE(read, rows);
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
