// The XLSX writer read back by an independent reader (openpyxl): strings,
// numbers only where a double holds them exactly, booleans, non-ASCII and
// emoji, blanks, text that looks like a formula, sheets continued under the
// same header past the row limit; and the errors that refuse to cut text.

#include "core/export/xlsxexportwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A python3 that can import openpyxl: the one on PATH may be another
// install than Debian's, which has python3-openpyxl.
QString pythonWithOpenpyxl()
{
    QStringList candidates;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates.append(onPath);
    candidates.append(QStringLiteral("/usr/bin/python3"));
    for (const QString &python : candidates) {
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0) {
            return python;
        }
    }
    return {};
}

struct Cell
{
    const char *text;
    CellKind kind;
};

} // namespace

class TestXlsxExportWriter : public QObject
{
    Q_OBJECT

private slots:
    void readBack();
    void refusesTooLongText();
    void refusesNul();
    void unwritablePath();
};

void TestXlsxExportWriter::readBack()
{
    const QString python = pythonWithOpenpyxl();
    if (python.isEmpty())
        QSKIP("no python3 with openpyxl (Debian: python3-openpyxl)");

    const QStringList header{QStringLiteral("name"), QStringLiteral("count"),
                             QStringLiteral("flag"), QStringLiteral("tags"),
                             QStringLiteral("prénom 😀")};
    using K = CellKind;
    const QList<QList<Cell>> rows = {
        {{"Zoë 😀 山田", K::String},
         {"42", K::Number},
         {"true", K::Bool},
         {"a; b", K::Joined},
         {"x", K::String}},
        {{"=SUM(A1:A2)", K::String},
         {"1.50", K::Number},
         {"false", K::Bool},
         {R"([{"k":"v"}])", K::Joined},
         {"", K::String}},
        {{"line1\nline2", K::String},
         {"12345678901234567890", K::Number},
         {"", K::Bool},
         {"", K::Joined},
         {"-1", K::String}},
        {{"", K::String},
         {"9007199254740992", K::Number},
         {"true", K::Bool},
         {"", K::Joined},
         {"", K::String}},
        {{"fifth", K::String},
         {"9007199254740993", K::Number},
         {"", K::Bool},
         {"", K::Joined},
         {"", K::String}},
        {{"sixth", K::String},
         {"-0.25", K::Number},
         {"", K::Bool},
         {"", K::Joined},
         {"", K::String}},
        // Shorter than the header: the rest stays blank.
        {{"seventh", K::String}, {"1e3", K::Number}},
    };
    // What openpyxl gives back, as "type:value" (s string, n number, b
    // bool, - blank).
    const QList<QStringList> expected = {
        {QStringLiteral("s:Zoë 😀 山田"), QStringLiteral("n:42"), QStringLiteral("b:true"),
         QStringLiteral("s:a; b"), QStringLiteral("s:x")},
        {QStringLiteral("s:=SUM(A1:A2)"), QStringLiteral("n:1.5"), QStringLiteral("b:false"),
         QStringLiteral(R"(s:[{"k":"v"}])"), QStringLiteral("-")},
        {QStringLiteral("s:line1\nline2"), QStringLiteral("s:12345678901234567890"),
         QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("s:-1")},
        {QStringLiteral("-"), QStringLiteral("n:9007199254740992"), QStringLiteral("b:true"),
         QStringLiteral("-"), QStringLiteral("-")},
        {QStringLiteral("s:fifth"), QStringLiteral("s:9007199254740993"), QStringLiteral("-"),
         QStringLiteral("-"), QStringLiteral("-")},
        {QStringLiteral("s:sixth"), QStringLiteral("n:-0.25"), QStringLiteral("-"),
         QStringLiteral("-"), QStringLiteral("-")},
        {QStringLiteral("s:seventh"), QStringLiteral("n:1000"), QStringLiteral("-"),
         QStringLiteral("-"), QStringLiteral("-")},
    };

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("outputs é.xlsx"));
    XlsxExportWriter writer;
    writer.setRowsPerSheet(3);
    QString error;
    QVERIFY2(writer.open(path, header, &error), qPrintable(error));
    for (const QList<Cell> &row : rows) {
        QList<QByteArrayView> cells;
        QList<CellKind> kinds;
        for (const Cell &cell : row) {
            cells.append(cell.text);
            kinds.append(cell.kind);
        }
        QVERIFY2(writer.addRow(cells, kinds, &error), qPrintable(error));
    }
    QCOMPARE(writer.rowsWritten(), rows.size());
    QVERIFY2(writer.close(&error), qPrintable(error));

    const QString script =
        QStringLiteral("import json, sys, openpyxl\n"
                       "book = openpyxl.load_workbook(sys.argv[1])\n"
                       "def text(cell):\n"
                       "    v = cell.value\n"
                       "    if v is None: return '-'\n"
                       "    if cell.data_type == 'b': return 'b:' + ('true' if v else 'false')\n"
                       "    if cell.data_type == 'n': return 'n:' + str(v)\n"
                       "    return cell.data_type + ':' + v\n"
                       "out = []\n"
                       "for sheet in book.worksheets:\n"
                       "    rows = [[text(c) for c in row] for row in sheet.iter_rows(max_col=5)]\n"
                       "    out.append({'name': sheet.title, 'bold': bool(sheet['A1'].font.b), "
                       "'frozen': sheet.freeze_panes, 'rows': rows})\n"
                       "sys.stdout.write(json.dumps(out))\n");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script, path});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QJsonArray sheets = QJsonDocument::fromJson(process.readAllStandardOutput()).array();

    QCOMPARE(sheets.size(), 3);
    const QStringList names{QStringLiteral("Outputs"), QStringLiteral("Outputs 2"),
                            QStringLiteral("Outputs 3")};
    qsizetype next = 0;
    for (qsizetype s = 0; s < sheets.size(); ++s) {
        const QJsonObject sheet = sheets.at(s).toObject();
        QCOMPARE(sheet.value(QLatin1String("name")).toString(), names.at(s));
        QVERIFY(sheet.value(QLatin1String("bold")).toBool());
        QCOMPARE(sheet.value(QLatin1String("frozen")).toString(), QStringLiteral("A2"));
        const QJsonArray sheetRows = sheet.value(QLatin1String("rows")).toArray();
        QCOMPARE(sheetRows.size(), s < 2 ? 4 : 2);
        QStringList headerRead;
        for (const QJsonValue &cell : sheetRows.at(0).toArray())
            headerRead.append(cell.toString());
        QStringList headerExpected;
        for (const QString &name : header)
            headerExpected.append(QStringLiteral("s:") + name);
        QCOMPARE(headerRead, headerExpected);
        for (qsizetype r = 1; r < sheetRows.size(); ++r, ++next) {
            QStringList read;
            for (const QJsonValue &cell : sheetRows.at(r).toArray())
                read.append(cell.toString());
            QCOMPARE(read, expected.at(next));
        }
    }
    QCOMPARE(next, rows.size());
}

void TestXlsxExportWriter::refusesTooLongText()
{
    QTemporaryDir dir;
    XlsxExportWriter writer;
    QString error;
    QVERIFY(writer.open(dir.filePath(QStringLiteral("long.xlsx")),
                        {QStringLiteral("id"), QStringLiteral("about")}, &error));
    const QByteArray fits(32767, 'x');
    QVERIFY2(writer.addRow({"1", fits}, {CellKind::Number, CellKind::String}, &error),
             qPrintable(error));
    const QByteArray tooLong(32768, 'x');
    QVERIFY(!writer.addRow({"2", tooLong}, {CellKind::Number, CellKind::String}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("row 2, column \"about\": a text of more than")),
             qPrintable(error));
    QCOMPARE(writer.rowsWritten(), 1);
}

void TestXlsxExportWriter::refusesNul()
{
    QTemporaryDir dir;
    XlsxExportWriter writer;
    QString error;
    QVERIFY(writer.open(dir.filePath(QStringLiteral("nul.xlsx")), {QStringLiteral("a")}, &error));
    QVERIFY(!writer.addRow({QByteArrayView("x\0y", 3)}, {CellKind::String}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("row 1, column \"a\": the text holds a NUL")),
             qPrintable(error));
}

void TestXlsxExportWriter::unwritablePath()
{
    XlsxExportWriter writer;
    QString error;
    QVERIFY(!writer.open(QStringLiteral("/nonexistent-dir/x.xlsx"), {QStringLiteral("a")}, &error));
    QVERIFY(error.startsWith(QStringLiteral("/nonexistent-dir/x.xlsx: ")));
}

QTEST_APPLESS_MAIN(TestXlsxExportWriter)
#include "tst_xlsxexportwriter.moc"
