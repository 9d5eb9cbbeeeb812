// The order of an export's columns: documented fields first in the
// contract's order, flattened columns ranked by their top-level field,
// ties and undocumented columns in first-seen order.

#include "core/domain/actioncatalogue.h"
#include "core/export/columnorder.h"

#include <QTest>

namespace {

QList<QByteArray> names(std::initializer_list<const char *> list)
{
    QList<QByteArray> out;
    for (const char *name : list)
        out.append(name);
    return out;
}

QList<QByteArray> ordered(const QList<QByteArray> &discovered, const QStringList &documented)
{
    QList<QByteArray> out;
    for (int index : exportColumnOrder(discovered, documented))
        out.append(discovered.at(index));
    return out;
}

QStringList fields(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out.append(QString::fromUtf8(name));
    return out;
}

} // namespace

class TestColumnOrder : public QObject
{
    Q_OBJECT

private slots:
    void order_data();
    void order();
    void indexesArePermutation();
    void catalogueFields();
};

void TestColumnOrder::order_data()
{
    QTest::addColumn<QList<QByteArray>>("discovered");
    QTest::addColumn<QStringList>("documented");
    QTest::addColumn<QList<QByteArray>>("expected");

    QTest::newRow("nothing") << QList<QByteArray>() << fields({"a"}) << QList<QByteArray>();
    QTest::newRow("no documentation")
        << names({"z", "a", "m"}) << QStringList() << names({"z", "a", "m"});
    QTest::newRow("documented first, in their order")
        << names({"extra", "last_name", "first_name", "other"})
        << fields({"first_name", "last_name", "missing"})
        << names({"first_name", "last_name", "extra", "other"});
    QTest::newRow("flattened by top-level field, ties first-seen")
        << names({"experiences.0.title", "full_name", "experiences.1.title",
                  "experiences.0.company", "unknown.x", "education.0.school"})
        << fields({"full_name", "education", "experiences"})
        << names({"full_name", "education.0.school", "experiences.0.title", "experiences.1.title",
                  "experiences.0.company", "unknown.x"});
    QTest::newRow("prefix is not the field")
        << names({"experiences_count", "experiences.0.title", "experience"})
        << fields({"experiences"})
        << names({"experiences.0.title", "experiences_count", "experience"});
    QTest::newRow("non-ASCII names")
        << names({"ville", "prénom"}) << fields({"prénom"}) << names({"prénom", "ville"});
}

void TestColumnOrder::order()
{
    QFETCH(QList<QByteArray>, discovered);
    QFETCH(QStringList, documented);
    QFETCH(QList<QByteArray>, expected);
    QCOMPARE(ordered(discovered, documented), expected);
}

void TestColumnOrder::indexesArePermutation()
{
    const QList<QByteArray> discovered = names({"c", "b.x", "a", "b", "d.0", "a.y"});
    QList<int> order = exportColumnOrder(discovered, fields({"a", "b"}));
    QCOMPARE(order, (QList<int>{2, 5, 1, 3, 0, 4}));
    std::sort(order.begin(), order.end());
    QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4, 5}));
}

void TestColumnOrder::catalogueFields()
{
    // Every action lists its documented fields, extracted_at last.
    for (const ActionSpec &action : ActionCatalogue::actions()) {
        QVERIFY2(action.outputFields.size() > 5, qPrintable(action.slug));
        QCOMPARE(action.outputFields.constLast(), QStringLiteral("extracted_at"));
        QStringList unique = action.outputFields;
        QCOMPARE(unique.removeDuplicates(), 0);
    }
    const ActionSpec *search = ActionCatalogue::find(u"linkedin-search-people");
    QVERIFY(search);
    QCOMPARE(search->outputFields.mid(0, 3), fields({"full_name", "first_name", "last_name"}));
    const QList<QByteArray> discovered =
        names({"extracted_at", "shared_connection_profile_urls.0", "custom", "location",
               "full_name", "shared_connection_profile_urls.1"});
    QCOMPARE(ordered(discovered, search->outputFields),
             names({"full_name", "location", "shared_connection_profile_urls.0",
                    "shared_connection_profile_urls.1", "extracted_at", "custom"}));
    const ActionSpec *people = ActionCatalogue::find(u"linkedin-extract-people");
    QVERIFY(people);
    const qsizetype summary = people->outputFields.indexOf(QStringLiteral("summary"));
    QCOMPARE(people->outputFields.indexOf(QStringLiteral("open_to_work")), summary - 1);
    QVERIFY(people->outputFields.indexOf(QStringLiteral("experiences")) <
            people->outputFields.indexOf(QStringLiteral("skills")));
    QVERIFY(people->outputFields.indexOf(QStringLiteral("skills")) <
            people->outputFields.indexOf(QStringLiteral("number_connections")));
}

QTEST_APPLESS_MAIN(TestColumnOrder)
#include "tst_columnorder.moc"
