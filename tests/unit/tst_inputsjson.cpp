// The inputs array as JSON text: written with the user's key order, read
// back without loss (custom_data order, unknown keys, values of any type),
// and every error placed at a line, a column and an input.

#include "core/json/jsonkeyorder.h"
#include "core/json/textposition.h"
#include "core/launch/inputsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QTest>

#include <variant>

namespace {

InputDraft draft(std::initializer_list<std::pair<const char *, QJsonValue>> fields,
                 std::initializer_list<std::pair<const char *, QJsonValue>> customData = {})
{
    InputDraft input;
    for (const auto &[key, value] : fields)
        input.fields.insert(QString::fromUtf8(key), value);
    for (const auto &[key, value] : customData)
        input.customData.insert(QString::fromUtf8(key), value);
    return input;
}

QList<InputDraft> readOk(const QString &text)
{
    const InputsJson::Result result = InputsJson::read(text);
    if (const auto *error = std::get_if<InputsJson::Error>(&result)) {
        qWarning("%s", qPrintable(error->message()));
        return {};
    }
    return std::get<QList<InputDraft>>(result);
}

} // namespace

class TestInputsJson : public QObject
{
    Q_OBJECT

private slots:
    void writesTheUsersOrder();
    void roundTrip();
    void readsOrderFromText();
    void loneObjectIsOneInput();
    void blankTextHoldsNoInputs();
    void errors_data();
    void errors();
    void elementAt_data();
    void elementAt();
    void textPositions_data();
    void textPositions();
    void bodyArray();
};

void TestInputsJson::writesTheUsersOrder()
{
    const QList<InputDraft> inputs = {
        draft(
            {{"linkedin_profile_url", QStringLiteral("https://www.linkedin.com/in/ada")}},
            {{"zeta", QStringLiteral("1")}, {"alpha", QStringLiteral("say \"hi\"\n")}, {"mid", 3}}),
        draft({}),
    };
    QCOMPARE(
        InputsJson::write(inputs),
        QStringLiteral("[\n"
                       "    {\n"
                       "        \"linkedin_profile_url\": \"https://www.linkedin.com/in/ada\",\n"
                       "        \"custom_data\": {\n"
                       "            \"zeta\": \"1\",\n"
                       "            \"alpha\": \"say \\\"hi\\\"\\n\",\n"
                       "            \"mid\": 3\n"
                       "        }\n"
                       "    },\n"
                       "    {}\n"
                       "]\n"));
    QCOMPARE(InputsJson::write({}), QStringLiteral("[]\n"));
}

void TestInputsJson::roundTrip()
{
    const QList<InputDraft> inputs = {
        draft({{"linkedin_profile_url", QStringLiteral(" https://linkedin.com/in/zoë ")},
               {"unknown_key", QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), 2}}}},
              {{"z", QStringLiteral("last")},
               {"a", true},
               {"nested", QJsonArray{1, QStringLiteral("two"), QJsonValue::Null}},
               {"", QStringLiteral("empty key")}}),
        draft({{"custom_data", QStringLiteral("not an object")}}),
        draft({{"linkedin_profile_url", 12.5}}),
    };
    const QString text = InputsJson::write(inputs);
    const QList<InputDraft> read = readOk(text);
    QCOMPARE(read.size(), inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        QCOMPARE(read.at(i).fields.keys(), inputs.at(i).fields.keys());
        QCOMPARE(read.at(i).customData.keys(), inputs.at(i).customData.keys());
        QCOMPARE(read.at(i), inputs.at(i));
    }
    QCOMPARE(InputsJson::write(read), text);
}

void TestInputsJson::readsOrderFromText()
{
    // Keys out of alphabetical order, escaped keys, and a custom_data that
    // comes first: order is the text's, custom_data is set apart.
    const QList<InputDraft> read =
        readOk(QStringLiteral("[{\"custom_data\": {\"b\\u00e9\": \"1\", \"a\\\"q\": \"2\", "
                              "\"\\ud83d\\ude00\": {\"y\": 1, \"x\": 2}},\n"
                              "  \"zz\": null, \"linkedin_profile_url\": \"u\"}]"));
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.at(0).fields.keys(),
             (QStringList{QStringLiteral("zz"), QStringLiteral("linkedin_profile_url")}));
    QCOMPARE(read.at(0).customData.keys(),
             (QStringList{QStringLiteral("bé"), QStringLiteral("a\"q"), QStringLiteral("😀")}));
    QCOMPARE(read.at(0).customData.value(u"😀"),
             QJsonValue(QJsonObject{{QStringLiteral("x"), 2}, {QStringLiteral("y"), 1}}));
}

void TestInputsJson::loneObjectIsOneInput()
{
    const QList<InputDraft> read = readOk(
        QStringLiteral("{\"linkedin_profile_url\": \"u\", \"custom_data\": {\"k\": \"v\"}}"));
    QCOMPARE(read, (QList<InputDraft>{draft({{"linkedin_profile_url", QStringLiteral("u")}},
                                            {{"k", QStringLiteral("v")}})}));
}

void TestInputsJson::blankTextHoldsNoInputs()
{
    const InputsJson::Result result = InputsJson::read(QStringLiteral(" \n\t"));
    QVERIFY(std::holds_alternative<QList<InputDraft>>(result));
    QVERIFY(std::get<QList<InputDraft>>(result).isEmpty());
}

void TestInputsJson::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing comma between inputs")
        << QStringLiteral("[\n  {\"a\": \"x\"}\n  {\"a\": \"y\"}\n]")
        << QStringLiteral("line 3, column 4, inputs[1]: a ',' is missing between two values");
    QTest::newRow("unquoted text in the third input")
        << QStringLiteral("[\n  {},\n  {},\n  {\"linkedin_profile_url\": linkedin}\n]")
        << QStringLiteral("line 4, column 28, inputs[2]: illegal number");
    QTest::newRow("unterminated string")
        << QStringLiteral("[{\"a\": \"x\"},\n {\"a\": \"y}\n]")
        << QStringLiteral("line 3, column 2, inputs[1]: a string is not closed with '\"'");
    QTest::newRow("missing colon")
        << QStringLiteral("[{\"a\" 1}]")
        << QStringLiteral("line 1, column 8, inputs[0]: a ':' is missing after a key");
    QTest::newRow("trailing comma") << QStringLiteral("[{\"a\": 1},\n]")
                                    << QStringLiteral("line 2, column 2: a value is missing");
    QTest::newRow("text after the array")
        << QStringLiteral("[{}]\nx")
        << QStringLiteral("line 2, column 1: text after the end of "
                          "the inputs");
    QTest::newRow("commas inside strings do not count")
        << QStringLiteral("[{\"a\": \"1,2,[3\"}, {\"b\": [1, 2]},\n {\"c\": }]")
        << QStringLiteral("line 2, column 9, inputs[2]: a value is missing");
    QTest::newRow("a scalar")
        << QStringLiteral("\"https://linkedin.com/in/a\"")
        << QStringLiteral("line 1, column 2: not a JSON value (text must be in double quotes)");
    QTest::newRow("an input that is not an object")
        << QStringLiteral("[\n  {},\n  \"https://linkedin.com/in/a\"\n]")
        << QStringLiteral("line 3, column 3, inputs[1]: an input must be an object, not a "
                          "string");
    QTest::newRow("a key twice")
        << QStringLiteral("[{}, {\"custom_data\": {\"crm\": \"1\",\n \"crm\": \"2\"}}]")
        << QStringLiteral("line 2, column 2, inputs[1]: the key 'crm' is given twice in one "
                          "object, so one of its values would be lost");
    // 'x' is the 21st UTF-16 unit of the line, the 20th code point and
    // the 24th byte.
    QTest::newRow("columns count UTF-16 units")
        << QStringLiteral("[{\"name\": \"Zoë 😀\" \"x\": 1}]")
        << QStringLiteral("line 1, column 21, inputs[0]: an object is not closed with '}' (or a "
                          "',' is missing)");
}

void TestInputsJson::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    const InputsJson::Result result = InputsJson::read(text);
    QVERIFY(std::holds_alternative<InputsJson::Error>(result));
    QCOMPARE(std::get<InputsJson::Error>(result).message(), message);
}

void TestInputsJson::elementAt_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("element");

    const QByteArray numbers("[1, 22, 333]");
    QTest::newRow("before the array") << numbers << 0 << -1;
    QTest::newRow("first number") << numbers << 2 << 0;
    QTest::newRow("inside the second number") << numbers << 6 << 1;
    QTest::newRow("third number") << numbers << 10 << 2;
    QTest::newRow("past the end") << numbers << 99 << -1;
    const QByteArray nested(R"([{"a": [1, 2], "b": {"c": ","}}, "x,]y" {"z"}])");
    QTest::newRow("nested commas") << nested << 30 << 0;
    QTest::newRow("string element") << nested << 36 << 1;
    QTest::newRow("no comma before it") << nested << 41 << 2;
    QTest::newRow("lone object") << QByteArray(R"( {"a": [1, 2]})") << 8 << 0;
    QTest::newRow("not JSON") << QByteArray("  x") << 3 << -1;
}

void TestInputsJson::elementAt()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, element);
    QCOMPARE(JsonKeyOrder::elementAt(text, offset), element);
}

void TestInputsJson::textPositions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("start") << QByteArray("abc") << 0 << 1 << 1;
    QTest::newRow("end") << QByteArray("abc") << 3 << 1 << 4;
    QTest::newRow("LF") << QByteArray("a\nbc") << 3 << 2 << 2;
    QTest::newRow("CRLF counts once") << QByteArray("a\r\nb\r\nc") << 6 << 3 << 1;
    QTest::newRow("CR") << QByteArray("a\rb") << 2 << 2 << 1;
    QTest::newRow("multi-byte") << QByteArray("\"é😀\"x") << 7 << 1 << 5;
    QTest::newRow("clamped") << QByteArray("ab") << 99 << 1 << 3;
}

void TestInputsJson::textPositions()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    QCOMPARE(TextPosition::at(text, offset), (TextPosition{line, column}));
}

void TestInputsJson::bodyArray()
{
    const QList<InputDraft> inputs = {
        draft({{"linkedin_profile_url", QStringLiteral("u1")}}, {{"b", QStringLiteral("2")}}),
        draft({{"linkedin_profile_url", QStringLiteral("u2")}}),
    };
    const QJsonArray expected = QJsonDocument::fromJson(R"([
        {"linkedin_profile_url": "u1", "custom_data": {"b": "2"}},
        {"linkedin_profile_url": "u2"}
    ])")
                                    .array();
    QCOMPARE(InputsJson::toJsonArray(inputs), expected);
}

QTEST_APPLESS_MAIN(TestInputsJson)
#include "tst_inputsjson.moc"
