#include "core/domain/actioncatalogue.h"
#include "models/catalogue/actionsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestActionsModel : public QObject
{
    Q_OBJECT

private slots:
    void listsTheCatalogue();
};

void TestActionsModel::listsTheCatalogue()
{
    ActionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 7);
    const int row = model.rowOfSlug(QStringLiteral("linkedin-extract-messages"));
    QVERIFY(row >= 0);
    const QModelIndex index = model.index(row);
    QCOMPARE(index.data(int(ActionsModel::Role::Slug)).toString(),
             QStringLiteral("linkedin-extract-messages"));
    QCOMPARE(index.data().toString(), QStringLiteral("Extract messages"));
    QCOMPARE(index.data(int(ActionsModel::Role::InputFields)).toStringList(),
             QStringList{QStringLiteral("linkedin_thread_url")});
    QCOMPARE(index.data(int(ActionsModel::Role::Parameters)).toStringList(),
             (QStringList{QStringLiteral("max_results"), QStringLiteral("sync_mode")}));
    QCOMPARE(index.data(int(ActionsModel::Role::SupportsIncremental)).toBool(), true);
    QCOMPARE(index.data(int(ActionsModel::Role::LivePageSize)).toInt(), 20);
    QCOMPARE(index.data(int(ActionsModel::Role::Modes)).toStringList().size(), 3);

    const QModelIndex people =
        model.index(model.rowOfSlug(QStringLiteral("linkedin-extract-people")));
    QCOMPARE(people.data(int(ActionsModel::Role::SupportsIncremental)).toBool(), false);
    QCOMPARE(model.actionAt(people).livePageSize, 0);
    QCOMPARE(model.rowOfSlug(QStringLiteral("nope")), -1);
    QVERIFY(model.roleNames().contains(int(ActionsModel::Role::Slug)));
}

QTEST_GUILESS_MAIN(TestActionsModel)
#include "tst_actionsmodel.moc"
