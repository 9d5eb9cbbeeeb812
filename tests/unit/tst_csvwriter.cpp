// The export's CSV writer: RFC 4180 quoting of each special character for
// each delimiter, line ends, the byte order mark, the formula guard on and
// off for every trigger in data and header cells, rows scattered to their
// slots, and a round trip through Python's csv module, an independent
// reader, cell by cell.

#include "core/export/csvwriter.h"
#include "core/export/flatrow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

CsvDialect dialect(char delimiter, bool guard = true, LineEnding ending = LineEnding::CrLf,
                   bool bom = false)
{
    CsvDialect d;
    d.delimiter = delimiter;
    d.formulaGuard = guard;
    d.lineEnding = ending;
    d.bom = bom;
    return d;
}

QByteArray record(const CsvDialect &d, const QList<QByteArrayView> &fields)
{
    QByteArray out;
    CsvWriter(d).appendRecord(fields, out);
    return out;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data();
    void quoting();
    void lineEndsAndBom();
    void stringRecord();
    void formulaGuard_data();
    void formulaGuard();
    void rowScatter();
    void rowKeepsNumbersUnguarded();
    void rowBufferReused();
    void pythonRoundTrip_data();
    void pythonRoundTrip();
};

void TestCsvWriter::quoting_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("written");

    const struct
    {
        const char *name;
        char delimiter;
    } delimiters[] = {{"comma", ','}, {"semicolon", ';'}, {"tab", '\t'}};
    for (const auto &[name, delimiter] : delimiters) {
        const auto row = [name, delimiter](const char *what, const QByteArray &field,
                                           const QByteArray &written) {
            QTest::addRow("%s, %s", name, what) << delimiter << field << written;
        };
        row("plain", "abc", "abc");
        row("empty", "", "");
        row("space", " a b ", " a b ");
        row("quote", "say \"hi\"", "\"say \"\"hi\"\"\"");
        row("only a quote", "\"", "\"\"\"\"");
        row("LF", "a\nb", "\"a\nb\"");
        row("CR", "a\rb", "\"a\rb\"");
        row("CRLF", "a\r\nb", "\"a\r\nb\"");
        row("own delimiter", QByteArray("a") + delimiter + "b",
            "\"a" + QByteArray(1, delimiter) + "b\"");
        row("non-ASCII", "Zoë 😀", "Zoë 😀");
        // Unquoted at the start of a file, it would be read as a byte
        // order mark and dropped (found by fuzz_csvwriter).
        row("starts with U+FEFF",
            "\xEF\xBB\xBF"
            "a",
            "\"\xEF\xBB\xBF"
            "a\"");
        row("U+FEFF inside", "a\xEF\xBB\xBF", "a\xEF\xBB\xBF");
    }
    // The other delimiters are plain text.
    QTest::newRow("comma in ;") << ';' << QByteArray("a,b") << QByteArray("a,b");
    QTest::newRow("semicolon in ,") << ',' << QByteArray("a;b") << QByteArray("a;b");
    QTest::newRow("tab in ,") << ',' << QByteArray("a\tb") << QByteArray("a\tb");
    QTest::newRow("comma in tab") << '\t' << QByteArray("a,b") << QByteArray("a,b");
}

void TestCsvWriter::quoting()
{
    QFETCH(char, delimiter);
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, written);
    const CsvDialect d = dialect(delimiter, false, LineEnding::Lf);
    QCOMPARE(record(d, {field}), written + '\n');
    const QByteArray sep(1, delimiter);
    QCOMPARE(record(d, {"x", field, "y"}), "x" + sep + written + sep + "y\n");
}

void TestCsvWriter::lineEndsAndBom()
{
    QCOMPARE(record(dialect(','), {"a", "b"}), QByteArray("a,b\r\n"));
    QCOMPARE(record(dialect(',', true, LineEnding::Lf), {"a", "b"}), QByteArray("a,b\n"));
    QCOMPARE(record(dialect(','), {}), QByteArray("\r\n"));
    QCOMPARE(record(dialect(','), {"", ""}), QByteArray(",\r\n"));

    QByteArray out;
    CsvWriter(dialect(',', true, LineEnding::CrLf, true)).appendBom(out);
    QCOMPARE(out, QByteArray("\xEF\xBB\xBF"));
    out.clear();
    CsvWriter(dialect(',')).appendBom(out);
    QVERIFY(out.isEmpty());
}

void TestCsvWriter::stringRecord()
{
    QByteArray out;
    CsvWriter(dialect(';'))
        .appendRecord(
            QStringList{QStringLiteral("naïve;x"), QStringLiteral("=SUM(A1)"), QStringLiteral("😀")},
            out);
    QCOMPARE(out, QByteArray("\"naïve;x\";'=SUM(A1);😀\r\n"));
}

void TestCsvWriter::formulaGuard_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("guarded");

    QTest::newRow("=") << QByteArray("=1+2") << QByteArray("'=1+2");
    QTest::newRow("+") << QByteArray("+33 1") << QByteArray("'+33 1");
    QTest::newRow("-") << QByteArray("-2+3") << QByteArray("'-2+3");
    QTest::newRow("@") << QByteArray("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << QByteArray("\t=1") << QByteArray("'\t=1");
    QTest::newRow("CR, quoted too") << QByteArray("\r=1") << QByteArray("\"'\r=1\"");
    QTest::newRow("quoted for a comma")
        << QByteArray("=HYPERLINK(\"x\",1)") << QByteArray("\"'=HYPERLINK(\"\"x\"\",1)\"");
    QTest::newRow("not first") << QByteArray("a=1") << QByteArray("a=1");
    QTest::newRow("quote first") << QByteArray("'=1") << QByteArray("'=1");
}

void TestCsvWriter::formulaGuard()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, guarded);
    const QByteArray plain = record(dialect(',', false, LineEnding::Lf), {field});
    const QByteArray safe = record(dialect(',', true, LineEnding::Lf), {field});
    QCOMPARE(safe, guarded + '\n');
    // Off: as RFC 4180 alone writes it.
    const bool quoted = field.contains('\r') || field.contains(',') || field.contains('"');
    QCOMPARE(plain.startsWith('"'), quoted);
    QCOMPARE(plain.contains('\''), field.contains('\''));

    // Data cells through appendRow, as strings, are guarded alike.
    FlatRow row;
    row.append(0, CellKind::String, field);
    row.append(1, CellKind::Joined, field);
    QByteArray out;
    CsvWriter(dialect(',', true, LineEnding::Lf)).appendRow(row, {0, 1}, 2, out);
    QCOMPARE(out, guarded + ',' + guarded + '\n');
}

void TestCsvWriter::rowScatter()
{
    FlatRow row;
    row.append(0, CellKind::String, "zero");
    row.append(1, CellKind::Number, "1");
    row.append(2, CellKind::String, "two, quoted");
    row.append(3, CellKind::Bool, "true");
    row.append(5, CellKind::String, "five");
    QByteArray out;
    CsvWriter writer(dialect(',', true, LineEnding::Lf));
    // Column 1 left out, column 3 past the list, column 5 past the width,
    // slot 1 and 3 with no cell.
    writer.appendRow(row, {2, -1, 0}, 4, out);
    QCOMPARE(out, QByteArray("\"two, quoted\",,zero,\n"));
    out.resize(0);
    writer.appendRow(row, {0, 1, 2, 3, 4, 5}, 6, out);
    QCOMPARE(out, QByteArray("zero,1,\"two, quoted\",true,,five\n"));
    out.resize(0);
    writer.appendRow(FlatRow(), {0, 1}, 3, out);
    QCOMPARE(out, QByteArray(",,\n"));
    out.resize(0);
    writer.appendRow(row, {}, 0, out);
    QCOMPARE(out, QByteArray("\n"));
}

void TestCsvWriter::rowKeepsNumbersUnguarded()
{
    FlatRow row;
    row.append(0, CellKind::Number, "-3.5");
    row.append(1, CellKind::String, "-3.5");
    row.append(2, CellKind::Number, "-1E+3");
    QByteArray out;
    CsvWriter(dialect(';', true, LineEnding::CrLf)).appendRow(row, {0, 1, 2}, 3, out);
    QCOMPARE(out, QByteArray("-3.5;'-3.5;-1E+3\r\n"));
}

void TestCsvWriter::rowBufferReused()
{
    // The hot path: once warm, a row of the same size allocates nothing
    // (the buffer's and the scratch list's capacity survive).
    FlatRow row;
    for (int c = 0; c < 8; ++c)
        row.append(c, CellKind::String, "cell \"with\" quote, comma");
    CsvWriter writer(dialect(','));
    QByteArray out;
    const QList<int> slotList{0, 1, 2, 3, 4, 5, 6, 7};
    writer.appendRow(row, slotList, 8, out);
    const qsizetype size = out.size();
    const char *data = out.constData();
    for (int i = 0; i < 100; ++i) {
        out.resize(0);
        writer.appendRow(row, slotList, 8, out);
    }
    QCOMPARE(out.size(), size);
    QCOMPARE(out.constData(), data);
}

void TestCsvWriter::pythonRoundTrip_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("guard");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<bool>("bom");

    QTest::newRow("comma CRLF BOM guard") << ',' << true << true << true;
    QTest::newRow("comma LF no guard") << ',' << false << false << false;
    QTest::newRow("semicolon CRLF guard") << ';' << true << true << false;
    QTest::newRow("tab LF BOM no guard") << '\t' << false << false << true;
}

void TestCsvWriter::pythonRoundTrip()
{
    QFETCH(char, delimiter);
    QFETCH(bool, guard);
    QFETCH(bool, crlf);
    QFETCH(bool, bom);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");

    const QList<QList<QByteArray>> rows = {
        {"name", "=note", "empty", "count"},
        {"Zoë, \"the\" 😀", "line1\nline2", "", "42"},
        {"a;b\tc", "cr\ronly", "crlf\r\nend", "-7"},
        {"+33 1 23", "@mention", "  spaced  ", "\"\""},
        {"", "", "", ""},
        {"=HYPERLINK(\"http://x\";\"y\")", "-", "\t=1", "山田"},
    };
    const CsvDialect d = dialect(delimiter, guard, crlf ? LineEnding::CrLf : LineEnding::Lf, bom);
    CsvWriter writer(d);
    QByteArray bytes;
    writer.appendBom(bytes);
    for (const QList<QByteArray> &row : rows) {
        QList<QByteArrayView> views;
        for (const QByteArray &cell : row)
            views.append(cell);
        writer.appendRecord(views, bytes);
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    // utf-8-sig drops a BOM, and only a BOM; newline='' lets the reader see
    // the CR and LF inside quoted fields.
    const QString script =
        QStringLiteral("import csv, json, sys\n"
                       "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                       "    rows = list(csv.reader(f, delimiter=sys.argv[2], strict=True))\n"
                       "sys.stdout.write(json.dumps(rows))\n");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script, path, QString(QLatin1Char(delimiter))});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QJsonArray read = QJsonDocument::fromJson(process.readAllStandardOutput()).array();

    QCOMPARE(read.size(), rows.size());
    const QByteArray triggers("=+-@\t\r");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonArray cells = read.at(r).toArray();
        QCOMPARE(cells.size(), rows.at(r).size());
        for (qsizetype c = 0; c < cells.size(); ++c) {
            QString expected = QString::fromUtf8(rows.at(r).at(c));
            if (guard && !expected.isEmpty() && triggers.contains(rows.at(r).at(c).at(0)))
                expected.prepend(QLatin1Char('\''));
            QCOMPARE(cells.at(c).toString(), expected);
        }
    }
}

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
