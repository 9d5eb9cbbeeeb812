// The export's JSON scanner: strings unescaped exactly (surrogate pairs,
// emoji, lone surrogates), numbers as sent, nested objects to dotted
// columns, arrays expanded or joined, duplicate keys, pages split into
// items with byte-exact errors on truncated or broken text, and JSON Lines
// compaction that leaves the strings alone.

#include "core/export/columnset.h"
#include "core/export/flatrow.h"
#include "core/export/outputflattener.h"

#include <QTest>

namespace {

struct Flat
{
    bool ok = false;
    QString error;
    // "column=text" per cell, in the row's order.
    QStringList cells;
    // One letter per cell: S(tring) N(umber) B(ool) J(oined).
    QString kinds;
};

Flat flatten(const QByteArray &json, ArrayHandling arrays = ArrayHandling::Expand)
{
    OutputFlattener flattener(arrays);
    ColumnSet columns;
    FlatRow row;
    Flat flat;
    flat.ok = flattener.flatten(json, columns, row, &flat.error);
    for (qsizetype i = 0; i < row.size(); ++i) {
        flat.cells.append(QString::fromUtf8(columns.names().at(row.columns.at(i)) + '=' +
                                            row.cell(i).toByteArray()));
        switch (row.kinds.at(i)) {
        case CellKind::String:
            flat.kinds.append(QLatin1Char('S'));
            break;
        case CellKind::Number:
            flat.kinds.append(QLatin1Char('N'));
            break;
        case CellKind::Bool:
            flat.kinds.append(QLatin1Char('B'));
            break;
        case CellKind::Joined:
            flat.kinds.append(QLatin1Char('J'));
            break;
        }
    }
    return flat;
}

QStringList utf8List(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

} // namespace

class TestOutputFlattener : public QObject
{
    Q_OBJECT

private slots:
    void cells_data();
    void cells();
    void invalidJson_data();
    void invalidJson();
    void rowsShareColumns();
    void duplicateKeyAfterNewColumns();
    void splitArray_data();
    void splitArray();
    void splitArrayErrors_data();
    void splitArrayErrors();
    void jsonLine_data();
    void jsonLine();
    void growthBounds();
    void mutatedPages();
    void pageInOnePassMatchesSplitThenFlatten();
    void pageInOnePassNamesTheByteOfTheError();
};

void TestOutputFlattener::cells_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("join");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("kinds");

    const auto row = [](const char *name, const char *json, bool join,
                        std::initializer_list<const char *> expected, const char *kinds) {
        QTest::newRow(name) << QByteArray(json) << join << utf8List(expected)
                            << QString::fromLatin1(kinds);
    };
    row("scalars", R"({"a":"x","b":3,"c":true,"d":null,"e":false})", false,
        {"a=x", "b=3", "c=true", "e=false"}, "SNBB");
    row("escapes", R"({"s":"q\" b\\ s\/ \b\f\n\r\t end"})", false, {"s=q\" b\\ s/ \b\f\n\r\t end"},
        "S");
    row("unicode escapes", R"({"s":"\u00e9\u00C9 \u5c71\u0041"})", false, {"s=éÉ 山A"}, "S");
    row("surrogate pair", R"({"s":"\ud83d\ude00!"})", false, {"s=😀!"}, "S");
    row("raw emoji and non-ASCII", "{\"s\":\"Zoë 😀 山田\"}", false, {"s=Zoë 😀 山田"}, "S");
    row("lone high surrogate", R"({"s":"a\ud83db"})", false,
        {"s=a\xEF\xBF\xBD"
         "b"},
        "S");
    row("lone low surrogate", R"({"s":"a\ude00b"})", false,
        {"s=a\xEF\xBF\xBD"
         "b"},
        "S");
    row("high then not low", R"({"s":"\ud83d\u0041"})", false,
        {"s=\xEF\xBF\xBD"
         "A"},
        "S");
    row("numbers exact", R"({"big":12345678901234567890,"f":1.50,"e":-1E+3,"z":0,"m":-0.0})", false,
        {"big=12345678901234567890", "f=1.50", "e=-1E+3", "z=0", "m=-0.0"}, "NNNNN");
    row("nested objects", R"({"m":{"content":"hi","sender":{"name":"Ann","id":7}},"x":1})", false,
        {"m.content=hi", "m.sender.name=Ann", "m.sender.id=7", "x=1"}, "SSNN");
    row("empty object and null give nothing", R"({"a":{},"b":null,"c":{"d":null}})", false, {}, "");
    row("empty key", R"({"":1,"a":{"":2}})", false, {"=1", "a.=2"}, "NN");
    row("escaped key", R"({"na\u006de":{"a\"b":1}})", false, {"name.a\"b=1"}, "N");
    row("expand scalars", R"({"phones":["+33 1",null,"+33 2"],"n":[]})", false,
        {"phones.0=+33 1", "phones.2=+33 2"}, "SS");
    row("expand objects",
        R"({"experiences":[{"title":"CTO","company":{"name":"A"}},{"title":"Dev"}]})", false,
        {"experiences.0.title=CTO", "experiences.0.company.name=A", "experiences.1.title=Dev"},
        "SSS");
    row("expand nested arrays", R"({"a":[[1,2],[3]]})", false, {"a.0.0=1", "a.0.1=2", "a.1.0=3"},
        "NNN");
    row("join scalars", R"({"phones":["+33 1","a\"b",7,true,null,"x"]})", true,
        {"phones=+33 1; a\"b; 7; true; ; x"}, "J");
    row("join empty", R"({"n":[]})", true, {"n="}, "J");
    row("join objects as compact JSON",
        "{\"skills\": [ {\"name\" : \"C++ and  Qt\"},\n {\"name\":\"\\u00e9\"} ]}", true,
        {R"(skills=[{"name":"C++ and  Qt"},{"name":"\u00e9"}])"}, "J");
    row("join mixed keeps the whole array", R"({"a":["x",{"k":[1, 2]}]})", true,
        {R"(a=["x",{"k":[1,2]}])"}, "J");
    row("join inside objects", R"({"o":{"tags":["a","b"]}})", true, {"o.tags=a; b"}, "J");
    row("duplicate key keeps the last", R"({"a":1,"b":2,"a":"three"})", false, {"b=2", "a=three"},
        "NS");
    row("pretty printed", "\n {\n  \"a\" : \"x y\" ,\r\n\t\"b\" : [ 1 , 2 ]\n }\n", false,
        {"a=x y", "b.0=1", "b.1=2"}, "SNN");
    row("top-level string", R"("just text")", false, {"value=just text"}, "S");
    row("top-level number", "  42 ", false, {"value=42"}, "N");
    row("top-level array is one cell", R"([1,"a"])", false, {"value=1; a"}, "J");
    row("top-level null", "null", false, {}, "");
}

void TestOutputFlattener::cells()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, join);
    QFETCH(QStringList, expected);
    QFETCH(QString, kinds);
    const Flat flat = flatten(json, join ? ArrayHandling::Join : ArrayHandling::Expand);
    QVERIFY2(flat.ok, qPrintable(flat.error));
    QCOMPARE(flat.cells, expected);
    QCOMPARE(flat.kinds, kinds);
}

void TestOutputFlattener::invalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("bad escape") << QByteArray(R"({"s":"a\xb"})")
                                << QStringLiteral("byte 7: an invalid escape in a string");
    QTest::newRow("short \\u") << QByteArray(R"({"s":"\u12G4"})")
                               << QStringLiteral("byte 6: \\u not followed by four hex digits");
    QTest::newRow("raw newline in string")
        << QByteArray("{\"s\":\"a\nb\"}")
        << QStringLiteral("byte 7: a control character inside a string");
    QTest::newRow("truncated") << QByteArray(R"({"s":"abc)")
                               << QStringLiteral(
                                      "byte 9: the text ends before the JSON does (truncated?)");
    QTest::newRow("truncated literal")
        << QByteArray(R"({"s":tr)")
        << QStringLiteral("byte 7: the text ends before the JSON does (truncated?)");
    QTest::newRow("bad literal") << QByteArray(R"({"s":nul})")
                                 << QStringLiteral("byte 5: expected a JSON value");
    QTest::newRow("leading zero") << QByteArray(R"({"n":01})")
                                  << QStringLiteral("byte 6: expected ',' or '}' in an object");
    QTest::newRow("bare dot") << QByteArray(R"({"n":1.})")
                              << QStringLiteral("byte 7: an invalid number");
    QTest::newRow("missing colon")
        << QByteArray(R"({"a" 1})") << QStringLiteral("byte 5: expected ':' after a member name");
    QTest::newRow("trailing comma")
        << QByteArray(R"({"a":1,})") << QStringLiteral("byte 7: expected a member name in quotes");
    QTest::newRow("garbage after")
        << QByteArray(R"({"a":1} x)")
        << QStringLiteral("byte 8: unexpected text after the JSON value");
    QTest::newRow("empty") << QByteArray("  ")
                           << QStringLiteral(
                                  "byte 2: the text ends before the JSON does (truncated?)");
    QTest::newRow("too deep") << QByteArray(300, '[')
                              << QStringLiteral("byte 256: nested deeper than 256 levels");
}

void TestOutputFlattener::invalidJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Flat flat = flatten(json);
    QVERIFY(!flat.ok);
    QCOMPARE(flat.error, error);
}

void TestOutputFlattener::rowsShareColumns()
{
    // Rows of other shapes through the same flattener and column set: the
    // column a cell had in the last row must not be assumed blindly.
    OutputFlattener flattener(ArrayHandling::Expand);
    ColumnSet columns;
    FlatRow row;
    QString error;
    QVERIFY(flattener.flatten(R"({"a":1,"b":2})", columns, row, &error));
    QVERIFY(flattener.flatten(R"({"b":3,"c":{"d":4},"a":5})", columns, row, &error));
    QCOMPARE(columns.names(), (QList<QByteArray>{"a", "b", "c.d"}));
    QCOMPARE(row.columns, (QList<int>{1, 2, 0}));
    QCOMPARE(row.cell(0), QByteArrayView("3"));
    QCOMPARE(row.cell(2), QByteArrayView("5"));
    QVERIFY(flattener.flatten(R"({"a":6,"a":7})", columns, row, &error));
    QCOMPARE(row.size(), 1);
    QCOMPARE(row.cell(0), QByteArrayView("7"));
    // A later row without the duplicate is not mistaken for one.
    QVERIFY(flattener.flatten(R"({"a":8,"b":9})", columns, row, &error));
    QCOMPARE(row.size(), 2);
    QCOMPARE(columns.find("c.d"), 2);
    QCOMPARE(columns.find("zz"), -1);
    // An escaped NUL is kept: the cell is bytes with a length, not a C string.
    QVERIFY(flattener.flatten(R"({"a":"x\u0000y"})", columns, row, &error));
    QCOMPARE(row.cell(0), QByteArrayView("x\0y", 3));
    QCOMPARE(columns.namesAsStrings(),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c.d")}));
}

void TestOutputFlattener::duplicateKeyAfterNewColumns()
{
    // The duplicate's column is new in this very row.
    OutputFlattener flattener(ArrayHandling::Join);
    ColumnSet columns;
    FlatRow row;
    QString error;
    QVERIFY(flattener.flatten(R"({"x":1})", columns, row, &error));
    QVERIFY(flattener.flatten(R"({"y":"é","z":[1],"y":"ü"})", columns, row, &error));
    QCOMPARE(row.size(), 2);
    QCOMPARE(QString::fromUtf8(columns.names().at(row.columns.at(0))), QStringLiteral("z"));
    QCOMPARE(QString::fromUtf8(row.cell(1).toByteArray()), QStringLiteral("ü"));
    QCOMPARE(row.kinds.at(0), CellKind::Joined);
}

void TestOutputFlattener::splitArray_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QStringList>("items");

    QTest::newRow("empty") << QByteArray("[]") << QStringList();
    QTest::newRow("empty spaced") << QByteArray(" [ \n ] \n") << QStringList();
    QTest::newRow("objects") << QByteArray(R"([{"a":"]"},{"b":[1,{"c":"\"}"}]}])")
                             << utf8List({R"({"a":"]"})", R"({"b":[1,{"c":"\"}"}]})"});
    QTest::newRow("pretty") << QByteArray("[\n  {\n \"a\": 1\n  },\n  2 , \"x\" ,null\n]\n")
                            << utf8List({"{\n \"a\": 1\n  }", "2", "\"x\"", "null"});
}

void TestOutputFlattener::splitArray()
{
    QFETCH(QByteArray, page);
    QFETCH(QStringList, items);
    QList<OutputFlattener::Item> found;
    QString error;
    QVERIFY2(OutputFlattener::splitArray(page, &found, &error), qPrintable(error));
    QStringList texts;
    for (const OutputFlattener::Item &item : found)
        texts.append(QString::fromUtf8(page.mid(item.begin, item.end - item.begin)));
    QCOMPARE(texts, items);
}

void TestOutputFlattener::splitArrayErrors_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<int>("itemsBefore");
    QTest::addColumn<QString>("error");

    const QString truncated = QStringLiteral("the text ends before the JSON does (truncated?)");
    const QByteArray page = R"([{"a":"x"},{"b":"y"},{"c":[1,2]}])";
    // Every cut of a valid page is an error, never a shorter page.
    for (qsizetype cut = 0; cut < page.size(); ++cut) {
        const int before = cut >= 32 ? 3 : cut >= 20 ? 2 : cut >= 10 ? 1 : 0;
        QTest::addRow("cut at %d", int(cut))
            << page.left(cut) << before << QStringLiteral("byte %1: %2").arg(cut).arg(truncated);
    }
    QTest::newRow("not an array") << QByteArray(R"({"a":1})") << 0
                                  << QStringLiteral("byte 0: expected a JSON array");
    QTest::newRow("html error page")
        << QByteArray("<html>502</html>") << 0 << QStringLiteral("byte 0: expected a JSON array");
    QTest::newRow("missing comma") << QByteArray(R"([{"a":1} {"b":2}])") << 1
                                   << QStringLiteral("byte 9: expected ',' or ']' in an array");
    QTest::newRow("garbage after") << QByteArray(R"([1,2]])") << 2
                                   << QStringLiteral("byte 5: unexpected text after the array");
    QTest::newRow("bad item") << QByteArray(R"([1,{"a":x}])") << 1
                              << QStringLiteral("byte 8: expected a JSON value");
}

void TestOutputFlattener::splitArrayErrors()
{
    QFETCH(QByteArray, page);
    QFETCH(int, itemsBefore);
    QFETCH(QString, error);
    QList<OutputFlattener::Item> found;
    QString message;
    QVERIFY(!OutputFlattener::splitArray(page, &found, &message));
    QCOMPARE(message, error);
    QCOMPARE(found.size(), itemsBefore);
}

void TestOutputFlattener::jsonLine_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("line");

    QTest::newRow("compact already")
        << QByteArray(R"({"a":1,"b":[true,null]})") << QByteArray("{\"a\":1,\"b\":[true,null]}\n");
    QTest::newRow("pretty") << QByteArray("{\n  \"a b\" : \"x  y\\t\\\" z \",\r\n\t\"n\": 1.50\n}")
                            << QByteArray("{\"a b\":\"x  y\\t\\\" z \",\"n\":1.50}\n");
    QTest::newRow("escaped backslash before quote")
        << QByteArray(R"({ "a" : "x\\" , "b" : " y " })")
        << QByteArray("{\"a\":\"x\\\\\",\"b\":\" y \"}\n");
    QTest::newRow("unicode untouched")
        << QByteArray("{ \"s\": \"😀 \\u00e9\" }") << QByteArray("{\"s\":\"😀 \\u00e9\"}\n");
}

void TestOutputFlattener::jsonLine()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, line);
    QByteArray out("previous\n");
    OutputFlattener::appendJsonLine(json, out);
    QCOMPARE(out, QByteArray("previous\n") + line);
}

void TestOutputFlattener::growthBounds()
{
    // The shapes where the cells or the path outgrow the JSON text most: a
    // joined array of one-digit numbers ("1; 1" from "1,1"), escapes that
    // decode to four bytes, expanded arrays nested deep, a long array's
    // indexes.
    QByteArray ones = "{\"n\":[";
    for (int i = 0; i < 5000; ++i)
        ones += i > 0 ? ",1" : "1";
    ones += "]}";
    const Flat joined = flatten(ones, ArrayHandling::Join);
    QVERIFY(joined.ok);
    QCOMPARE(joined.cells.constFirst().size(), 2 + 5000 + 2 * 4999);

    QByteArray deep = "{\"a\":" + QByteArray(250, '[') + "7" + QByteArray(250, ']') + "}";
    const Flat expanded = flatten(deep);
    QVERIFY2(expanded.ok, qPrintable(expanded.error));
    QCOMPARE(expanded.cells, QStringList{QStringLiteral("a") + QStringLiteral(".0").repeated(250) +
                                         QStringLiteral("=7")});

    QByteArray many = "{\"x\":[";
    for (int i = 0; i < 20000; ++i)
        many += i > 0 ? ",[0]" : "[0]";
    many += "]}";
    const Flat indexed = flatten(many);
    QVERIFY(indexed.ok);
    QCOMPARE(indexed.cells.size(), 20000);
    QCOMPARE(indexed.cells.constLast(), QStringLiteral("x.19999.0=0"));

    const Flat emoji =
        flatten(QByteArray("{\"e\":\"") + QByteArray("\\ud83d\\ude00").repeated(500) + "\"}");
    QVERIFY(emoji.ok);
    QCOMPARE(emoji.cells.constFirst(), QStringLiteral("e=") + QStringLiteral("😀").repeated(500));
}

void TestOutputFlattener::mutatedPages()
{
    // Every byte of a page replaced by each troublesome byte in turn: the
    // scanner never reads out of bounds (run it under the sanitizers), and
    // whatever splitArray accepts, flatten accepts too, with either array
    // handling.
    const QByteArray page = R"([{"a":"x\"y\u00e9\ud83d\ude00","b":[1,{"c":null}],"d":-1.5e3},)"
                            R"( {"e":[],"f":{},"g":true,"h":"","i":[["j"]]}])";
    const QByteArray replacements("\"\\[]{},:0u -.e\x01n\x7f\xff");
    OutputFlattener expand(ArrayHandling::Expand);
    OutputFlattener join(ArrayHandling::Join);
    ColumnSet columns;
    FlatRow row;
    QList<OutputFlattener::Item> items;
    QString error;
    int accepted = 0;
    for (qsizetype at = 0; at < page.size(); ++at) {
        for (char replacement : replacements) {
            QByteArray mutated = page;
            mutated[at] = replacement;
            for (const QByteArray &text : {mutated, mutated.left(at), mutated.mid(at)}) {
                const bool split = OutputFlattener::splitArray(text, &items, &error);
                for (const OutputFlattener::Item &item : items) {
                    const QByteArrayView json(text.constData() + item.begin, item.end - item.begin);
                    QVERIFY2(expand.flatten(json, columns, row, &error), qPrintable(error));
                    QVERIFY2(join.flatten(json, columns, row, &error), qPrintable(error));
                    QByteArray line;
                    OutputFlattener::appendJsonLine(json, line);
                }
                expand.flatten(text, columns, row, &error);
                join.flatten(text, columns, row, &error);
                accepted += split ? 1 : 0;
            }
        }
    }
    QVERIFY(accepted > 0);
}

void TestOutputFlattener::pageInOnePassMatchesSplitThenFlatten()
{
    const QByteArray page = R"x( [ {"a":"x, y","n":{"b":[1,{"c":"\u00e9"}]}} ,
        {"a":"z","a":"last","late":true}, {"e":[]} , "bare" ])x";
    for (ArrayHandling arrays : {ArrayHandling::Expand, ArrayHandling::Join}) {
        const OutputFlattener flattener(arrays);
        ColumnSet expectedColumns;
        QList<QStringList> expected;
        QList<OutputFlattener::Item> items;
        QVERIFY(OutputFlattener::splitArray(page, &items, nullptr));
        QStringList texts;
        for (const OutputFlattener::Item &item : items) {
            FlatRow row;
            const QByteArrayView text =
                QByteArrayView(page).sliced(item.begin, item.end - item.begin);
            QVERIFY(flattener.flatten(text, expectedColumns, row, nullptr));
            QStringList cells;
            for (qsizetype i = 0; i < row.size(); ++i)
                cells << QString::number(row.columns.at(i)) + QLatin1Char('=') +
                             QString::fromUtf8(row.cell(i));
            expected << cells;
            texts << QString::fromUtf8(text.toByteArray());
        }

        ColumnSet columns;
        FlatRow row;
        QList<QStringList> got;
        QStringList gotTexts;
        QString error;
        QVERIFY2(flattener.flattenPage(
                     page, columns, row,
                     [&](QByteArrayView item) {
                         QStringList cells;
                         for (qsizetype i = 0; i < row.size(); ++i)
                             cells << QString::number(row.columns.at(i)) + QLatin1Char('=') +
                                          QString::fromUtf8(row.cell(i));
                         got << cells;
                         gotTexts << QString::fromUtf8(item.toByteArray());
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(got, expected);
        QCOMPARE(gotTexts, texts);
        QCOMPARE(columns.names(), expectedColumns.names());
    }
}

void TestOutputFlattener::pageInOnePassNamesTheByteOfTheError()
{
    const OutputFlattener flattener(ArrayHandling::Expand);
    ColumnSet columns;
    FlatRow row;
    int rows = 0;
    QString error;
    // The second item breaks at byte 16 of the page: a raw line break in a string.
    const QByteArray page = "[{\"a\":1},{\"b\":\"x\ny\"}]";
    QVERIFY(!flattener.flattenPage(
        page, columns, row, [&](QByteArrayView) { ++rows; }, &error));
    QCOMPARE(rows, 1);
    QVERIFY2(error.startsWith(QLatin1String("byte 16:")), qPrintable(error));
    QVERIFY(!flattener.flattenPage(
        "[{\"a\":1}", columns, row, [](QByteArrayView) {}, &error));
    QVERIFY2(error.contains(QLatin1String("truncated")), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestOutputFlattener)
#include "tst_outputflattener.moc"
