// The in-place merge of KeyedListModel::applyRows: removals in ranges,
// moves, inserts and changes, checked signal by signal against a tiny
// model whose rows are {"uid", "v"} objects. The sandbox never deletes or
// reorders, so these branches are only reached here.

#include "models/common/keyedlistmodel.h"
#include "tests/support/signallog.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QList>
#include <QPersistentModelIndex>
#include <QString>
#include <QStringList>
#include <QTest>

#include <memory>

namespace {

// A test-only keyed model: the item is the row's JSON object itself.
class TestListModel final : public KeyedListModel
{
public:
    enum Column
    {
        UidColumn,
        ValueColumn,
        ColumnCount
    };
    static constexpr int UidRole = Qt::UserRole + 1;

    TestListModel()
        : KeyedListModel(nullptr, ColumnCount, nullptr)
    {}

    // The protected apply path, fed with parsed rows.
    void apply(const QList<QJsonObject> &objects, int windowEnd = -1)
    {
        QList<Row> rows;
        rows.reserve(objects.size());
        for (const QJsonObject &object : objects)
            rows.append(parseRow(object));
        applyRows(rows, windowEnd);
    }

    QJsonObject objectAt(int row) const { return itemAt<QJsonObject>(row); }

protected:
    Row parseRow(const QJsonObject &object) const override
    {
        return {object.value(QLatin1String("uid")).toString(), object};
    }
    bool sameRow(const Row &before, const Row &after) const override
    {
        return itemOf<QJsonObject>(before) == itemOf<QJsonObject>(after);
    }
    QVariant rowData(const Row &item, int, int column, int role) const override
    {
        const QJsonObject &object = itemOf<QJsonObject>(item);
        if (role == UidRole)
            return item.uid;
        if (role != Qt::DisplayRole)
            return {};
        switch (static_cast<Column>(column)) {
        case UidColumn:
            return item.uid;
        case ValueColumn:
            return object.value(QLatin1String("v")).toInt();
        case ColumnCount:
            break;
        }
        return {};
    }
    QString columnTitle(int column) const override
    {
        return column == UidColumn ? QStringLiteral("uid") : QStringLiteral("v");
    }
};

// "a b=1 c" -> [{"uid": "a", "v": 0}, {"uid": "b", "v": 1}, {"uid": "c", "v": 0}]
QList<QJsonObject> rowsOf(const QString &spec)
{
    QList<QJsonObject> rows;
    const QStringList tokens = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        const qsizetype equals = token.indexOf(QLatin1Char('='));
        const QString uid = equals < 0 ? token : token.left(equals);
        const int value = equals < 0 ? 0 : token.mid(equals + 1).toInt();
        rows.append(QJsonObject{{QStringLiteral("uid"), uid}, {QStringLiteral("v"), value}});
    }
    return rows;
}

// The model's rows in the spelling of rowsOf, with every value written.
QString specOf(const TestListModel &model)
{
    QStringList tokens;
    for (int row = 0; row < model.rowCount(); ++row) {
        tokens << model.data(model.index(row, TestListModel::UidColumn)).toString() +
                      QLatin1Char('=') +
                      QString::number(
                          model.data(model.index(row, TestListModel::ValueColumn)).toInt());
    }
    return tokens.join(QLatin1Char(' '));
}

QString normalized(const QString &spec)
{
    QStringList tokens;
    for (const QJsonObject &object : rowsOf(spec)) {
        tokens << object.value(QLatin1String("uid")).toString() + QLatin1Char('=') +
                      QString::number(object.value(QLatin1String("v")).toInt());
    }
    return tokens.join(QLatin1Char(' '));
}

} // namespace

class TestKeyedListModel : public QObject
{
    Q_OBJECT

private slots:
    void apply_data();
    void apply();
};

void TestKeyedListModel::apply_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("fresh");
    QTest::addColumn<int>("windowEnd");
    // The rows afterwards; empty means the fresh list.
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("expected");

    const QString six = QStringLiteral("a b c d e f");
    const auto log = [](std::initializer_list<const char *> entries) {
        QStringList list;
        for (const char *entry : entries)
            list << QString::fromLatin1(entry);
        return list;
    };

    QTest::newRow("first load") << QString() << six << -1 << QString() << log({"inserted 0-5"});
    QTest::newRow("nothing new") << six << six << -1 << QString() << QStringList();
    QTest::newRow("one row changed")
        << six << QStringLiteral("a b c=7 d e f") << -1 << QString() << log({"changed 2"});
    QTest::newRow("middle range removed")
        << six << QStringLiteral("a b e f") << -1 << QString() << log({"removed 2-3"});
    QTest::newRow("two middle ranges removed")
        << six << QStringLiteral("a d f") << -1 << QString() << log({"removed 4-4", "removed 1-2"});
    QTest::newRow("first and last removed") << six << QStringLiteral("b c d e") << -1 << QString()
                                            << log({"removed 5-5", "removed 0-0"});
    QTest::newRow("move up") << six << QStringLiteral("a e b c d f") << -1 << QString()
                             << log({"moved 4-4 to 1"});
    QTest::newRow("move up, changed") << six << QStringLiteral("a e=3 b c d f") << -1 << QString()
                                      << log({"moved 4-4 to 1", "changed 1"});
    // b goes down by three: each row it passes is moved up over it in turn.
    QTest::newRow("move down") << six << QStringLiteral("a c d e b f") << -1 << QString()
                               << log({"moved 2-2 to 1", "moved 3-3 to 2", "moved 4-4 to 3"});
    QTest::newRow("swap neighbours")
        << six << QStringLiteral("a c b d e f") << -1 << QString() << log({"moved 2-2 to 1"});
    QTest::newRow("rotation, last first")
        << six << QStringLiteral("f a b c d e") << -1 << QString() << log({"moved 5-5 to 0"});
    QTest::newRow("rotation, first last")
        << six << QStringLiteral("b c d e f a") << -1 << QString()
        << log({"moved 1-1 to 0", "moved 2-2 to 1", "moved 3-3 to 2", "moved 4-4 to 3",
                "moved 5-5 to 4"});
    QTest::newRow("reversed") << QStringLiteral("a b c d") << QStringLiteral("d c b a") << -1
                              << QString()
                              << log({"moved 3-3 to 0", "moved 3-3 to 1", "moved 3-3 to 2"});
    QTest::newRow("inserts between rows")
        << QStringLiteral("a b c") << QStringLiteral("a x b y z c") << -1 << QString()
        << log({"inserted 1-1", "inserted 3-4"});
    QTest::newRow("inserts at both ends")
        << QStringLiteral("a b c") << QStringLiteral("x a b c y z") << -1 << QString()
        << log({"inserted 0-0", "inserted 4-5"});
    QTest::newRow("all new") << QStringLiteral("a b c") << QStringLiteral("x y z w") << -1
                             << QString() << log({"removed 0-2", "inserted 0-3"});
    QTest::newRow("empty list") << QStringLiteral("a b c") << QString() << -1 << QString()
                                << log({"removed 0-2"});
    QTest::newRow("empty on empty") << QString() << QString() << -1 << QString() << QStringList();
    // b and e go, f moves to the top and changes, c changes, x is new.
    QTest::newRow("remove, move, insert and change")
        << six << QStringLiteral("f=2 a c=1 x d") << -1 << QString()
        << log({"removed 4-4", "removed 1-1", "moved 3-3 to 0", "changed 0", "changed 2",
                "inserted 3-3"});
    // Offset pages that overlapped: the first copy of b wins.
    QTest::newRow("repeated uid") << QStringLiteral("a b") << QStringLiteral("b a=1 b=5") << -1
                                  << QStringLiteral("b a=1")
                                  << log({"moved 1-1 to 0", "changed 1"});
    // Only rows 0-2 are the fresh list; d, e and f stay after it.
    QTest::newRow("window") << six << QStringLiteral("c a x") << 3 << QStringLiteral("c a x d e f")
                            << log({"removed 1-1", "moved 1-1 to 0", "inserted 2-2"});
    QTest::newRow("window, row from below it")
        << six << QStringLiteral("a e b") << 3 << QStringLiteral("a e b d f")
        << log({"removed 2-2", "moved 3-3 to 1"});
}

void TestKeyedListModel::apply()
{
    QFETCH(QString, before);
    QFETCH(QString, fresh);
    QFETCH(int, windowEnd);
    QFETCH(QString, after);
    QFETCH(QStringList, expected);
    if (after.isEmpty())
        after = fresh;

    TestListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply(rowsOf(before));
    QCOMPARE(specOf(model), normalized(before));

    QList<QPersistentModelIndex> persistent;
    QStringList persistentUids;
    for (int row = 0; row < model.rowCount(); ++row) {
        persistent << QPersistentModelIndex(model.index(row, TestListModel::ValueColumn));
        persistentUids << model.objectAt(row).value(QLatin1String("uid")).toString();
    }

    SignalLog log(&model);
    model.apply(rowsOf(fresh), windowEnd);
    QCOMPARE(log.entries, expected);
    QCOMPARE(specOf(model), normalized(after));

    // The uid index and the typed accessor agree with the rows.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString uid = model.data(model.index(row, 0), TestListModel::UidRole).toString();
        QCOMPARE(model.rowOfUid(uid), row);
        QCOMPARE(model.objectAt(row).value(QLatin1String("uid")).toString(), uid);
    }
    // Selection survives: indexes follow their rows, removed ones die.
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int row = model.rowOfUid(persistentUids.at(i));
        if (row < 0) {
            QVERIFY2(!persistent.at(i).isValid(), qPrintable(persistentUids.at(i)));
            continue;
        }
        QCOMPARE(persistent.at(i).row(), row);
        QCOMPARE(persistent.at(i).column(), int(TestListModel::ValueColumn));
    }

    // The same list again changes nothing.
    log.entries.clear();
    model.apply(rowsOf(fresh), windowEnd);
    QCOMPARE(log.entries, QStringList());
    QCOMPARE(specOf(model), normalized(after));
}

QTEST_GUILESS_MAIN(TestKeyedListModel)
#include "tst_keyedlistmodel.moc"
