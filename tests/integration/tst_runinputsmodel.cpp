#include "core/domain/inputstatus.h"
#include "core/domain/jsonfields.h"
#include "models/common/recordrole.h"
#include "models/inputs/runinputsmodel.h"
#include "tests/support/modeltesthelpers.h"
#include "tests/support/sandboxapi.h"

#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace ModelTest;

// RunInputsModel against the in-process sandbox (manual clock): a run's
// inputs a cursor page of 100 at a time as the view asks for more, a
// refresh that walks the loaded pages again and merges them in place, the
// cells (compact input and custom data, the error with its label), and
// switching runs.
class TestRunInputsModel : public QObject
{
    Q_OBJECT

private slots:
    void loadsAHundredAtATime();
    void refreshMergesInPlace();
    void cells();
    void switchingRuns();
    void headers();
    void failedLoad();
};

namespace {

using Model = RunInputsModel;

QString launchProfiles(SandboxFixture &sandbox, int count)
{
    QStringList handles;
    for (int i = 0; i < count; ++i)
        handles << QStringLiteral("input-%1").arg(i);
    return sandbox.launch(QStringLiteral("linkedin-extract-people"), SandboxApi::profiles(handles));
}

} // namespace

void TestRunInputsModel::loadsAHundredAtATime()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    const QString runUid = launchProfiles(sandbox, 250);
    QVERIFY(!runUid.isEmpty());

    Harness<Model> h(sandbox, QStringLiteral("/inputs"));
    Model &model = *h.model;
    SignalLog log(&model);
    QSignalSpy loading(&model, &Model::loadingChanged);
    QVERIFY(!model.canFetchMore());

    model.setRunUid(runUid);
    QCOMPARE(model.runUid(), runUid);
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore());
    model.fetchMore();
    WAIT_IDLE(model);
    QCOMPARE(log.entries, (QStringList{QStringLiteral("reset"), QStringLiteral("inserted 0-99")}));
    QCOMPARE(h.network.requests, 1);
    QCOMPARE(QUrlQuery(h.network.urls.first()).queryItemValue(QStringLiteral("limit")),
             QStringLiteral("100"));
    QVERIFY(model.canFetchMore());

    model.fetchMore();
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore());
    model.fetchMore();
    WAIT_IDLE(model);
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    WAIT_IDLE(model);
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore());
    model.fetchMore();
    QVERIFY(!model.isLoading());

    QCOMPARE(log.entries,
             (QStringList{QStringLiteral("reset"), QStringLiteral("inserted 0-99"),
                          QStringLiteral("inserted 100-199"), QStringLiteral("inserted 200-249")}));
    QCOMPARE(h.network.requests, 3);
    QCOMPARE(h.network.maxInFlight, 1);
    QCOMPARE(loading.size(), 6);
    for (int i = 0; i < loading.size(); ++i)
        QCOMPARE(loading.at(i).at(0).toBool(), i % 2 == 0);

    // The run's order, each input once.
    const QStringList uids = modelUids(model);
    QCOMPARE(uids, jsonUids(sandbox.inputs(runUid)));
    QCOMPARE(QSet<QString>(uids.begin(), uids.end()).size(), uids.size());
    for (int row : {0, 99, 100, 249}) {
        QCOMPARE(model.data(model.index(row, Model::PositionColumn)).toInt(), row + 1);
        QCOMPARE(model.data(model.index(row, Model::InputColumn)).toString(),
                 QStringLiteral("https://www.linkedin.com/in/input-%1").arg(row));
        QCOMPARE(model.data(model.index(row, Model::StatusColumn)).toString(),
                 QStringLiteral("CREATED"));
    }
}

void TestRunInputsModel::refreshMergesInPlace()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    const QString runUid = launchProfiles(sandbox, 250);
    QVERIFY(!runUid.isEmpty());

    Harness<Model> h(sandbox, QStringLiteral("/inputs"));
    Model &model = *h.model;
    model.setRunUid(runUid);
    WAIT_IDLE(model);
    model.fetchMore();
    WAIT_IDLE(model);
    QCOMPARE(model.rowCount(), 200);
    const QJsonArray before = sandbox.inputs(runUid);
    QItemSelectionModel selection(&model);
    selection.select(model.index(150, 0),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // The run works on its first inputs.
    QCOMPARE(sandbox.advance(10).status, 200);
    const QJsonArray after = sandbox.inputs(runUid);
    QCOMPARE(jsonUids(after), jsonUids(before));
    QStringList expected;
    for (int row = 0; row < 200; ++row) {
        if (after.at(row) != before.at(row))
            expected << QStringLiteral("changed %1").arg(row);
    }
    QVERIFY(!expected.isEmpty());

    SignalLog log(&model);
    const int requests = h.network.requests;
    model.refresh();
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore());
    WAIT_IDLE(model);
    QCOMPARE(log.entries, expected);
    // Only the loaded pages were walked again.
    QCOMPARE(h.network.requests, requests + 2);
    QCOMPARE(model.rowCount(), 200);
    for (int row = 0; row < 200; ++row) {
        const QJsonObject input = after.at(row).toObject();
        QCOMPARE(model.data(model.index(row, Model::StatusColumn)).toString(),
                 input.value(QStringLiteral("status")).toString());
        QCOMPARE(model.data(model.index(row, Model::OutputsColumn)).toLongLong(),
                 input.value(QStringLiteral("output_count")).toInteger());
    }
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().row(), 150);

    // The lazy loading goes on from where the loaded rows end.
    log.clear();
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    WAIT_IDLE(model);
    QCOMPARE(log.entries, QStringList{QStringLiteral("inserted 200-249")});
    QCOMPARE(modelUids(model), jsonUids(after));
    QVERIFY(!model.canFetchMore());

    // Fully loaded: a refresh walks to the end; nothing changed, nothing said.
    QCOMPARE(sandbox.advance(0).status, 200);
    log.clear();
    const QJsonArray now = sandbox.inputs(runUid);
    model.refresh();
    WAIT_IDLE(model);
    QStringList changed;
    for (int row = 0; row < now.size(); ++row) {
        if (now.at(row) != after.at(row))
            changed << QStringLiteral("changed %1").arg(row);
    }
    QCOMPARE(log.entries, changed);
    QVERIFY(!model.canFetchMore());
}

void TestRunInputsModel::cells()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    const QJsonObject custom{{QStringLiteral("crm_id"), 42}};
    const QString runUid =
        sandbox.launch(QStringLiteral("linkedin-extract-people"),
                       QJsonArray{SandboxApi::profile(QStringLiteral("ok-one"), custom),
                                  SandboxApi::profile(QStringLiteral("unusable"))});
    QVERIFY(!runUid.isEmpty());
    QCOMPARE(sandbox.advance(60).status, 200);
    const QJsonArray inputs = sandbox.inputs(runUid);
    QCOMPARE(inputs.size(), 2);

    Harness<Model> h(sandbox, QStringLiteral("/inputs"));
    Model &model = *h.model;
    model.setRunUid(runUid);
    WAIT_IDLE(model);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.canFetchMore());

    const auto cell = [&model](int row, int column) {
        return model.data(model.index(row, column));
    };
    const QJsonObject ok = inputs.at(0).toObject();
    QCOMPARE(cell(0, Model::PositionColumn).toInt(), 1);
    QCOMPARE(cell(0, Model::StatusColumn).toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(cell(0, Model::InputColumn).toString(),
             QStringLiteral("https://www.linkedin.com/in/ok-one"));
    QCOMPARE(cell(0, Model::CustomDataColumn).toString(), QStringLiteral("{\"crm_id\":42}"));
    QCOMPARE(cell(0, Model::OutputsColumn).toLongLong(),
             ok.value(QStringLiteral("output_count")).toInteger());
    QCOMPARE(cell(0, Model::RetriesColumn).toInt(), 0);
    QCOMPARE(cell(0, Model::ErrorColumn).toString(), QString());
    QCOMPARE(cell(0, Model::StartedColumn).toDateTime(),
             JsonFields::timestamp(ok, QLatin1String("started_at")));
    QCOMPARE(cell(0, Model::FinishedColumn).toDateTime(),
             JsonFields::timestamp(ok, QLatin1String("finished_at")));
    QCOMPARE(cell(0, Model::UidColumn).toString(), ok.value(QStringLiteral("uid")).toString());

    const QJsonObject failed = inputs.at(1).toObject();
    const QJsonObject error = failed.value(QStringLiteral("last_error")).toObject();
    QCOMPARE(cell(1, Model::StatusColumn).toString(), QStringLiteral("FAILED"));
    QCOMPARE(cell(1, Model::CustomDataColumn).toString(), QString());
    QCOMPARE(cell(1, Model::ErrorColumn).toString(),
             error.value(QStringLiteral("message")).toString() + QStringLiteral(" (") +
                 error.value(QStringLiteral("label")).toString() + QLatin1Char(')'));
    QVERIFY(!error.value(QStringLiteral("label")).toString().isEmpty());

    const QModelIndex index = model.index(1, Model::InputColumn);
    QCOMPARE(model.data(index, int(Model::Role::Uid)).toString(),
             failed.value(QStringLiteral("uid")).toString());
    QCOMPARE(model.data(index, int(Model::Role::Status)).toInt(), int(InputStatus::Failed));
    // A text cell's tooltip is its whole text; the record is the server's.
    QCOMPARE(model.data(index, Qt::ToolTipRole).toString(), model.data(index).toString());
    QCOMPARE(model.data(index, kRecordRole).toJsonObject(), failed);
    QCOMPARE(model.inputAt(index).uid, failed.value(QStringLiteral("uid")).toString());
    QVERIFY(model.inputAt(index).lastError.has_value());
}

void TestRunInputsModel::switchingRuns()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    const QString big = launchProfiles(sandbox, 150);
    const QString small = launchProfiles(sandbox, 3);
    QVERIFY(!big.isEmpty() && !small.isEmpty());

    Harness<Model> h(sandbox, QStringLiteral("/inputs"));
    Model &model = *h.model;
    SignalLog log(&model);
    model.setRunUid(big);
    QVERIFY(model.isLoading());
    // Switched while the first page is on its way: only the second run's rows.
    model.setRunUid(small);
    WAIT_IDLE(model);
    QCOMPARE(log.entries, (QStringList{QStringLiteral("reset"), QStringLiteral("reset"),
                                       QStringLiteral("inserted 0-2")}));
    QCOMPARE(modelUids(model), jsonUids(sandbox.inputs(small)));
    QVERIFY(!model.canFetchMore());

    // No run: empty, nothing to fetch or refresh.
    log.clear();
    const int requests = h.network.requests;
    model.setRunUid({});
    model.refresh();
    model.fetchMore();
    QVERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore());
    QCOMPARE(h.network.requests, requests);
    QCOMPARE(log.entries, QStringList{QStringLiteral("reset")});
}

void TestRunInputsModel::headers()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    Harness<Model> h(sandbox, QStringLiteral("/inputs"));
    const Model &model = *h.model;
    const QStringList expected = {QStringLiteral("#"),        QStringLiteral("Status"),
                                  QStringLiteral("Input"),    QStringLiteral("Custom data"),
                                  QStringLiteral("Outputs"),  QStringLiteral("Retries"),
                                  QStringLiteral("Error"),    QStringLiteral("Started"),
                                  QStringLiteral("Finished"), QStringLiteral("Input uid")};
    QCOMPARE(expected.size(), qsizetype(Model::ColumnCount));
    for (int section = 0; section < Model::ColumnCount; ++section)
        QCOMPARE(model.headerData(section, Qt::Horizontal).toString(), expected.at(section));
    QVERIFY(!model.headerData(Model::ColumnCount, Qt::Horizontal).isValid());
}

void TestRunInputsModel::failedLoad()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    Harness<Model> h(sandbox, QStringLiteral("/inputs"));
    Model &model = *h.model;
    SignalLog log(&model);
    QList<ApiError> errors;
    connect(&model, &Model::loadFailed, this,
            [&errors](const ApiError &error) { errors.append(error); });
    model.setRunUid(SandboxApi::kUnknownUid);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeoutMs);
    QVERIFY(!model.isLoading());
    QCOMPARE(errors.first().httpStatus, 404);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore());
    QCOMPARE(log.entries, QStringList{QStringLiteral("reset")});

    // A refresh tries again, and fails the same way.
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 2, kTimeoutMs);
    QVERIFY(!model.isLoading());
    QCOMPARE(log.entries, QStringList{QStringLiteral("reset")});
}

QTEST_GUILESS_MAIN(TestRunInputsModel)
#include "tst_runinputsmodel.moc"
