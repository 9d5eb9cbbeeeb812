#include "core/domain/callbackstatus.h"
#include "models/callbacks/callbacksmodel.h"
#include "tests/support/callbackreceiver.h"
#include "tests/support/modeltesthelpers.h"
#include "tests/support/sandboxapi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace ModelTest;

// CallbacksModel against the in-process sandbox (manual clock) and a local
// receiver: every delivery record of one run in offset pages of 20 (the
// contract's maximum), refreshed in place as deliveries finish, replays
// added as one row each with CanReplay of the original following the
// three-replay limit, failed deliveries with their error, and another run
// starting over.
class TestCallbacksModel : public QObject
{
    Q_OBJECT

private slots:
    void loadsEveryPageOfTheRun();
    void deliveriesUpdateInPlace();
    void replayAddsOneRow();
    void failedDeliveryShowsItsError();
    void anotherRunStartsOver();
    void headers();
};

namespace {

using Model = CallbacksModel;

// A run extracting `count` profiles (one delivery each, then the final
// one) that calls `receiver` back; run to its end.
QString finishedRun(SandboxFixture &sandbox, const CallbackReceiver &receiver, int count,
                    const QString &on = {})
{
    QStringList handles;
    for (int i = 0; i < count; ++i)
        handles << QStringLiteral("person-%1").arg(i);
    const QString uid =
        sandbox.launch(QStringLiteral("linkedin-extract-people"), SandboxApi::profiles(handles), {},
                       receiver.callbackObject(on));
    if (uid.isEmpty())
        return {};
    for (int step = 0; step < 200; ++step) {
        sandbox.advance(2);
        const QString status = sandbox.runStatus(uid);
        if (status == QLatin1String("SUCCEEDED") || status == QLatin1String("FAILED") ||
            status == QLatin1String("PARTIAL_SUCCEEDED"))
            return uid;
    }
    return {};
}

// Whether no delivery of the run is pending or on its way.
bool settled(SandboxFixture &sandbox, const QString &runUid)
{
    for (const QJsonValue &record : sandbox.callbackRecords(runUid)) {
        const QString status = record[QStringLiteral("status")].toString();
        if (status == QLatin1String("PENDING") || status == QLatin1String("RUNNING"))
            return false;
    }
    return true;
}

bool replay(SandboxFixture &sandbox, const QString &uid)
{
    return sandbox
               .post(QStringLiteral("/runs/callbacks/") + uid + QStringLiteral("/replay"),
                     QJsonObject())
               .status == 200;
}

} // namespace

void TestCallbacksModel::loadsEveryPageOfTheRun()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, true));
    const QString runUid = finishedRun(sandbox, receiver, 24);
    QVERIFY(!runUid.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(settled(sandbox, runUid), kTimeoutMs);
    const QJsonArray records = sandbox.callbackRecords(runUid);
    QCOMPARE(records.size(), 25);

    Harness<Model> h(sandbox, QStringLiteral("/runs/callbacks"));
    Model &model = *h.model;
    SignalLog log(&model);
    QSignalSpy loading(&model, &Model::loadingChanged);
    model.setRunUid(runUid);
    QCOMPARE(model.runUid(), runUid);
    QVERIFY(model.isLoading());
    WAIT_IDLE(model);

    // The demo's callbacks of other runs are not listed.
    QCOMPARE(log.entries, (QStringList{QStringLiteral("reset"), QStringLiteral("inserted 0-24")}));
    QCOMPARE(modelUids(model), jsonUids(records));
    QCOMPARE(loading.size(), 2);
    QCOMPARE(h.network.requests, 2);
    QCOMPARE(h.network.maxInFlight, 1);
    for (int i = 0; i < 2; ++i) {
        const QUrlQuery query(h.network.urls.at(i));
        QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("20"));
        QCOMPARE(query.queryItemValue(QStringLiteral("run_uid")), runUid);
        QCOMPARE(query.queryItemValue(QStringLiteral("offset")),
                 i == 0 ? QString() : QStringLiteral("20"));
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, Model::StatusColumn);
        QCOMPARE(model.data(index).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(model.data(model.index(row, Model::HttpStatusColumn)).toInt(), 200);
        QCOMPARE(model.data(index, int(Model::Role::Status)).toInt(), int(CallbackStatus::Success));
        QCOMPARE(model.data(index, int(Model::Role::IsReplay)).toBool(), false);
        QCOMPARE(model.data(index, int(Model::Role::CanReplay)).toBool(), true);
        QCOMPARE(model.callbackAt(index).runUid, runUid);
    }

    // Nothing new: no signal but loading.
    log.clear();
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(log.entries, QStringList());
    QCOMPARE(loading.size(), 4);
}

void TestCallbacksModel::deliveriesUpdateInPlace()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    const QString runUid =
        sandbox.launch(QStringLiteral("linkedin-extract-people"),
                       SandboxApi::profiles({QStringLiteral("a"), QStringLiteral("b")}), {},
                       receiver.callbackObject());
    QVERIFY(!runUid.isEmpty());

    Harness<Model> h(sandbox, QStringLiteral("/runs/callbacks"));
    Model &model = *h.model;
    model.setRunUid(runUid);
    WAIT_IDLE(model);
    QCOMPARE(model.rowCount(), 0);

    // Step by step: each refresh shows exactly what the server changed.
    SignalLog log(&model);
    QJsonArray previous;
    for (int step = 0; step < 60 && !(sandbox.runStatus(runUid) == QLatin1String("SUCCEEDED") &&
                                      settled(sandbox, runUid));
         ++step) {
        QCOMPARE(sandbox.advance(1).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(settled(sandbox, runUid), kTimeoutMs);
        const QJsonArray records = sandbox.callbackRecords(runUid);
        QStringList expected;
        for (int row = 0; row < records.size(); ++row) {
            if (row >= previous.size())
                continue;
            if (records.at(row) != previous.at(row))
                expected << QStringLiteral("changed %1").arg(row);
        }
        if (records.size() > previous.size())
            expected.prepend(
                QStringLiteral("inserted %1-%2").arg(previous.size()).arg(records.size() - 1));
        log.clear();
        model.refresh();
        WAIT_IDLE(model);
        QCOMPARE(log.entries, expected);
        QCOMPARE(modelUids(model), jsonUids(records));
        previous = records;
    }
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(receiver.count(), 3);
}

void TestCallbacksModel::replayAddsOneRow()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    const QString runUid = finishedRun(sandbox, receiver, 2);
    QVERIFY(!runUid.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(settled(sandbox, runUid), kTimeoutMs);

    Harness<Model> h(sandbox, QStringLiteral("/runs/callbacks"));
    Model &model = *h.model;
    model.setRunUid(runUid);
    WAIT_IDLE(model);
    QCOMPARE(model.rowCount(), 3);
    const QString original = modelUids(model).at(1);
    const QModelIndex originalIndex = model.index(1, 0);
    QCOMPARE(model.data(originalIndex, int(Model::Role::CanReplay)).toBool(), true);

    // A replay: one row at the end, a replay of the original, PENDING.
    SignalLog log(&model);
    QVERIFY(replay(sandbox, original));
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(log.entries, QStringList{QStringLiteral("inserted 3-3")});
    const QModelIndex first = model.index(3, Model::StatusColumn);
    QCOMPARE(model.data(first).toString(), QStringLiteral("PENDING"));
    QCOMPARE(model.data(first, int(Model::Role::IsReplay)).toBool(), true);
    QCOMPARE(model.data(first, int(Model::Role::CanReplay)).toBool(), false);
    QCOMPARE(model.data(model.index(3, Model::ReplayOfColumn)).toString(), original);
    QCOMPARE(model.callbackAt(first).parentUid, original);
    QCOMPARE(model.replayCount(original), 1);
    QCOMPARE(model.data(originalIndex, int(Model::Role::CanReplay)).toBool(), true);

    // Delivered: that row changes, nothing else.
    log.clear();
    QCOMPARE(sandbox.advance(0).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(settled(sandbox, runUid), kTimeoutMs);
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(log.entries, QStringList{QStringLiteral("changed 3")});
    QCOMPARE(model.data(first).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(model.data(model.index(3, Model::HttpStatusColumn)).toInt(), 200);

    // The second and third replays use up the original's allowance: two
    // rows, and the original's row changes (CanReplay turns false).
    log.clear();
    QVERIFY(replay(sandbox, original));
    QVERIFY(replay(sandbox, original));
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(log.entries,
             (QStringList{QStringLiteral("inserted 4-5"), QStringLiteral("changed 1")}));
    QCOMPARE(model.replayCount(original), 3);
    QCOMPARE(model.data(originalIndex, int(Model::Role::CanReplay)).toBool(), false);
    // The other original and the final delivery may still be replayed.
    QCOMPARE(model.data(model.index(0, 0), int(Model::Role::CanReplay)).toBool(), true);
    QCOMPARE(model.data(model.index(2, 0), int(Model::Role::CanReplay)).toBool(), true);
    // The server agrees: a fourth replay is refused.
    QCOMPARE(sandbox
                 .post(QStringLiteral("/runs/callbacks/") + original + QStringLiteral("/replay"),
                       QJsonObject())
                 .status,
             422);
    QCOMPARE(modelUids(model), jsonUids(sandbox.callbackRecords(runUid)));
}

void TestCallbacksModel::failedDeliveryShowsItsError()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setStatus(500);
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    const QString runUid = finishedRun(sandbox, receiver, 1, QStringLiteral("final"));
    QVERIFY(!runUid.isEmpty());
    // Past every automatic retry (5 s, 30 s, 120 s).
    for (int i = 0; i < 4; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(settled(sandbox, runUid), kTimeoutMs);
        QCOMPARE(sandbox.advance(130).status, 200);
    }
    QTRY_VERIFY_WITH_TIMEOUT(settled(sandbox, runUid), kTimeoutMs);
    const QJsonArray records = sandbox.callbackRecords(runUid);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first()[QStringLiteral("retry_count")].toInt(), 3);

    Harness<Model> h(sandbox, QStringLiteral("/runs/callbacks"));
    Model &model = *h.model;
    model.setRunUid(runUid);
    WAIT_IDLE(model);
    QCOMPARE(model.rowCount(), 1);
    const auto cell = [&model](int column) { return model.data(model.index(0, column)); };
    QCOMPARE(cell(Model::StatusColumn).toString(), QStringLiteral("FAILED"));
    QCOMPARE(cell(Model::HttpStatusColumn).toInt(), 500);
    QCOMPARE(cell(Model::RetriesColumn).toInt(), 3);
    QCOMPARE(cell(Model::ErrorColumn).toString(), QStringLiteral("The receiver answered HTTP 500"));
    QCOMPARE(cell(Model::UrlColumn).toString(), receiver.url());
    QCOMPARE(cell(Model::ReplayOfColumn).toString(), QString());
    QCOMPARE(cell(Model::BatchColumn).toString(),
             records.first()[QStringLiteral("batch_uid")].toString());
    QCOMPARE(cell(Model::CreatedColumn).typeId(), QMetaType::QDateTime);
    QCOMPARE(cell(Model::UidColumn).toString(), records.first()[QStringLiteral("uid")].toString());
    const QModelIndex index = model.index(0, Model::ErrorColumn);
    QCOMPARE(model.data(index, int(Model::Role::Status)).toInt(), int(CallbackStatus::Failed));
    QCOMPARE(model.data(index, int(Model::Role::CanReplay)).toBool(), true);
    // The error, cut off in its column, is whole in the tooltip.
    QVERIFY(!model.data(index).toString().isEmpty());
    QCOMPARE(model.data(index, Qt::ToolTipRole).toString(), model.data(index).toString());
    QCOMPARE(model.callbackAt(index).error->label, QStringLiteral("CALLBACK_FAILED"));
}

void TestCallbacksModel::anotherRunStartsOver()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    const QString first = finishedRun(sandbox, receiver, 2);
    const QString second = finishedRun(sandbox, receiver, 1);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(settled(sandbox, first) && settled(sandbox, second), kTimeoutMs);

    Harness<Model> h(sandbox, QStringLiteral("/runs/callbacks"));
    Model &model = *h.model;
    model.setRunUid(first);
    WAIT_IDLE(model);
    QCOMPARE(model.rowCount(), 3);

    SignalLog log(&model);
    model.setRunUid(second);
    WAIT_IDLE(model);
    QCOMPARE(log.entries, (QStringList{QStringLiteral("reset"), QStringLiteral("inserted 0-1")}));
    QCOMPARE(modelUids(model), jsonUids(sandbox.callbackRecords(second)));

    // Switched while loading: only the last run's rows arrive.
    log.clear();
    model.setRunUid(first);
    QVERIFY(model.isLoading());
    model.setRunUid(second);
    WAIT_IDLE(model);
    QCOMPARE(log.entries, (QStringList{QStringLiteral("reset"), QStringLiteral("reset"),
                                       QStringLiteral("inserted 0-1")}));

    // No run: empty, and no request.
    log.clear();
    const int requests = h.network.requests;
    model.setRunUid({});
    QVERIFY(!model.isLoading());
    model.refresh();
    QCOMPARE(h.network.requests, requests);
    QCOMPARE(log.entries, QStringList{QStringLiteral("reset")});
    QCOMPARE(model.rowCount(), 0);
}

void TestCallbacksModel::headers()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    Harness<Model> h(sandbox, QStringLiteral("/runs/callbacks"));
    const Model &model = *h.model;
    const QStringList expected = {
        QStringLiteral("Status"),  QStringLiteral("HTTP status"), QStringLiteral("Retries"),
        QStringLiteral("Created"), QStringLiteral("Replay of"),   QStringLiteral("Batch"),
        QStringLiteral("URL"),     QStringLiteral("Error"),       QStringLiteral("Callback uid")};
    QCOMPARE(expected.size(), qsizetype(Model::ColumnCount));
    for (int section = 0; section < Model::ColumnCount; ++section)
        QCOMPARE(model.headerData(section, Qt::Horizontal).toString(), expected.at(section));
    QVERIFY(!model.headerData(Model::ColumnCount, Qt::Horizontal).isValid());
}

QTEST_GUILESS_MAIN(TestCallbacksModel)
#include "tst_callbacksmodel.moc"
