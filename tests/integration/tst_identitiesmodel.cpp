#include "models/identities/identitiesmodel.h"
#include "tests/support/modeltesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ModelTest;

// IdentitiesModel against the in-process sandbox: the workspace's
// identities in the server's order, a new one inserted where the server
// lists it, a renamed one changed in place, and a failed load.
class TestIdentitiesModel : public QObject
{
    Q_OBJECT

private slots:
    void load();
    void refreshInsertsAndUpdates();
    void headers();
    void failedLoad();
};

namespace {

using Model = IdentitiesModel;

} // namespace

void TestIdentitiesModel::load()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    const QJsonArray server = sandbox.get(QStringLiteral("/identities")).json.toArray();
    QVERIFY(server.size() >= 2);

    Harness<Model> h(sandbox, QStringLiteral("/identities"));
    Model &model = *h.model;
    SignalLog log(&model);
    QSignalSpy loading(&model, &Model::loadingChanged);
    model.refresh();
    QVERIFY(model.isLoading());
    WAIT_IDLE(model);
    QCOMPARE(log.entries, QStringList{QStringLiteral("inserted 0-%1").arg(server.size() - 1)});
    QCOMPARE(modelUids(model), jsonUids(server));
    QCOMPARE(loading.size(), 2);
    QCOMPARE(h.network.requests, 1);

    const QString standard = sandbox.standardIdentity();
    const int row = model.rowOfUid(standard);
    QVERIFY(row >= 0);
    const QJsonObject json = server.at(row).toObject();
    QCOMPARE(model.data(model.index(row, Model::NameColumn)).toString(),
             json.value(QStringLiteral("name")).toString());
    QCOMPARE(model.data(model.index(row, Model::TypeColumn)).toString(),
             QStringLiteral("standard"));
    QCOMPARE(model.data(model.index(row, Model::TimezoneColumn)).toString(),
             json.value(QStringLiteral("timezone")).toString());
    QCOMPARE(model.data(model.index(row, 0), int(Model::Role::Uid)).toString(), standard);
    QCOMPARE(model.data(model.index(row, 2), int(Model::Role::Type)).toString(),
             QStringLiteral("standard"));
    QVERIFY(!model.data(model.index(row, 0), Qt::ToolTipRole).isValid());
    const int engagement = model.rowOfUid(sandbox.engagementIdentity());
    QCOMPARE(model.data(model.index(engagement, 0), int(Model::Role::Type)).toString(),
             QStringLiteral("engagement"));
    QCOMPARE(model.identityAt(model.index(engagement, 0)).type, QStringLiteral("engagement"));
    QVERIFY(model.identityAt(model.index(engagement, 0)).isActive);

    // Nothing new.
    log.clear();
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(log.entries, QStringList());
}

void TestIdentitiesModel::refreshInsertsAndUpdates()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    QCOMPARE(sandbox.advance(1).status, 200);
    Harness<Model> h(sandbox, QStringLiteral("/identities"));
    Model &model = *h.model;
    model.refresh();
    WAIT_IDLE(model);
    const QStringList before = modelUids(model);

    const auto created =
        sandbox.post(QStringLiteral("/identities"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Zed")},
                                 {QStringLiteral("type"), QStringLiteral("engagement")},
                                 {QStringLiteral("timezone"), QStringLiteral("America/New_York")}});
    QCOMPARE(created.status, 200);
    const QString uid = created.json[QStringLiteral("uid")].toString();
    const QStringList server = jsonUids(sandbox.get(QStringLiteral("/identities")).json.toArray());
    const int at = static_cast<int>(server.indexOf(uid));
    QVERIFY(at >= 0);

    SignalLog log(&model);
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(log.entries, QStringList{QStringLiteral("inserted %1-%1").arg(at)});
    QCOMPARE(modelUids(model), server);
    QCOMPARE(model.data(model.index(at, Model::NameColumn)).toString(), QStringLiteral("Zed"));
    QCOMPARE(model.data(model.index(at, Model::TimezoneColumn)).toString(),
             QStringLiteral("America/New_York"));

    // Renamed: its row changes in place.
    const QString renamed = before.first();
    QCOMPARE(
        sandbox
            .request("PUT", QUrl(sandbox.baseUrl() + QStringLiteral("/identities/") + renamed),
                     QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed")}})
                         .toJson())
            .status,
        200);
    log.clear();
    model.refresh();
    WAIT_IDLE(model);
    const int row = model.rowOfUid(renamed);
    QCOMPARE(log.entries, QStringList{QStringLiteral("changed %1").arg(row)});
    QCOMPARE(model.data(model.index(row, Model::NameColumn)).toString(), QStringLiteral("Renamed"));
}

void TestIdentitiesModel::headers()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    Harness<Model> h(sandbox, QStringLiteral("/identities"));
    const Model &model = *h.model;
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(Model::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
    QCOMPARE(model.headerData(Model::TypeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Type"));
    QCOMPARE(model.headerData(Model::TimezoneColumn, Qt::Horizontal).toString(),
             QStringLiteral("Timezone"));
    QVERIFY(!model.headerData(Model::ColumnCount, Qt::Horizontal).isValid());
}

void TestIdentitiesModel::failedLoad()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    Harness<Model> h(sandbox, QStringLiteral("/identities"), QStringLiteral("not-the-key"));
    Model &model = *h.model;
    SignalLog log(&model);
    QList<ApiError> errors;
    connect(&model, &Model::loadFailed, this,
            [&errors](const ApiError &error) { errors.append(error); });
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeoutMs);
    QVERIFY(!model.isLoading());
    QCOMPARE(errors.first().httpStatus, 401);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(log.entries, QStringList());
}

QTEST_GUILESS_MAIN(TestIdentitiesModel)
#include "tst_identitiesmodel.moc"
