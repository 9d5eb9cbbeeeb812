#include "core/json/jsonflattener.h"

#include <QJsonDocument>
#include <QTest>

class TestJsonFlattener : public QObject
{
    Q_OBJECT

private slots:
    void flatten_data();
    void flatten();
};

void TestJsonFlattener::flatten_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const char *json,
                        std::initializer_list<const char *> expected) {
        QStringList cells;
        for (const char *cell : expected)
            cells.append(QString::fromUtf8(cell));
        QTest::newRow(name) << QByteArray(json) << cells;
    };
    row("scalars", R"({"a": "x", "b": 3, "c": true, "d": null, "e": 1.5})",
        {"a=x", "b=3", "c=true", "d=", "e=1.5"});
    row("nested objects", R"({"last_message": {"content": "hi", "sender": {"name": "Ann"}}})",
        {"last_message.content=hi", "last_message.sender.name=Ann"});
    row("scalar array", R"({"phones": ["+33 1", "+33 2"], "n": []})",
        {"n=", "phones=+33 1; +33 2"});
    row("object array", R"({"skills": [{"name": "C++"}, {"name": "Qt"}]})",
        {R"(skills=[{"name":"C++"},{"name":"Qt"}])"});
    row("empty object stays one cell", R"({"params": {}})", {"params={}"});
    row("large integers", R"({"id": 9007199254740991, "big": 1e300, "neg": -42})",
        {"big=1.0000000000000001e+300", "id=9007199254740991", "neg=-42"});
    row("unicode", R"({"name": "Zoë Łukasz 山田"})", {"name=Zoë Łukasz 山田"});
}

void TestJsonFlattener::flatten()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const auto &[name, text] : JsonFlattener::flatten(QJsonDocument::fromJson(json).object()))
        actual.append(name + QLatin1Char('=') + text);
    QCOMPARE(actual, expected);
}

QTEST_APPLESS_MAIN(TestJsonFlattener)
#include "tst_jsonflattener.moc"
