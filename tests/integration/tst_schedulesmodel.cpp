#include "core/domain/jsonfields.h"
#include "core/domain/schedulestatus.h"
#include "models/schedules/schedulesmodel.h"
#include "tests/support/modeltesthelpers.h"

#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace ModelTest;

// SchedulesModel against the in-process sandbox (manual clock): the whole
// list newest first in offset pages of 100, refreshes merged in place
// (pause, resume, cancel, a new schedule, firings) with exactly the
// signals they call for and never a reset, the cells and roles, and a
// failed load.
class TestSchedulesModel : public QObject
{
    Q_OBJECT

private slots:
    void initialLoad();
    void pagesOfAHundred();
    void refreshAfterPauseChangesOneRow();
    void newScheduleInsertsOneRow();
    void cancelledAndDeletedStayListed();
    void firingsUpdateInPlace();
    void managedAnswerReplacesItsRow();
    void refreshWhileLoadingIsIgnored();
    void cells();
    void headers();
    void failedLoad();
};

namespace {

using Model = SchedulesModel;

// Every schedule of the server, as the model asks for them.
QJsonArray serverSchedules(SandboxFixture &sandbox)
{
    return sandbox.getAllByOffset(QStringLiteral("/schedules?sort=-created_at"), 100);
}

QJsonObject searchInput(int n)
{
    return QJsonObject{{QStringLiteral("linkedin_people_search_url"),
                        QStringLiteral("https://www.linkedin.com/search/results/people/"
                                       "?keywords=model-%1")
                            .arg(n)}};
}

QString createSchedule(SandboxFixture &sandbox, const QString &name, int n = 0)
{
    const QJsonObject body{
        {QStringLiteral("inputs"), QJsonArray{searchInput(n)}},
        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("max_results"), 5}}},
        {QStringLiteral("cron"), QStringLiteral("0 3 * * *")},
        {QStringLiteral("timezone"), QStringLiteral("Europe/Paris")},
        {QStringLiteral("name"), name}};
    const auto reply =
        sandbox.post(QStringLiteral("/actions/linkedin-search-people/run/schedule"), body);
    if (reply.status != 200) {
        qWarning() << "schedule creation failed:" << reply.status << reply.body;
        return {};
    }
    return reply.json[QStringLiteral("schedule_uid")].toString();
}

// The uid of the first schedule of the model in that status.
QString firstWithStatus(const Model &model, ScheduleStatus status)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row, 0), int(Model::Role::Status)).toInt() == int(status))
            return model.data(model.index(row, 0), int(Model::Role::Uid)).toString();
    }
    return {};
}

bool manage(SandboxFixture &sandbox, const QString &uid, const QString &action)
{
    return sandbox
               .post(QStringLiteral("/schedules/") + uid + QLatin1Char('/') + action, QJsonObject())
               .status == 200;
}

} // namespace

void TestSchedulesModel::initialLoad()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, true));
    const QJsonArray all = serverSchedules(sandbox);
    QVERIFY(all.size() >= 3);

    Harness<Model> h(sandbox, QStringLiteral("/schedules"));
    Model &model = *h.model;
    SignalLog log(&model);
    QSignalSpy loading(&model, &Model::loadingChanged);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));

    model.refresh();
    QVERIFY(model.isLoading());
    WAIT_IDLE(model);

    QCOMPARE(log.entries, QStringList{QStringLiteral("inserted 0-%1").arg(all.size() - 1)});
    QCOMPARE(modelUids(model), jsonUids(all));
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
    QCOMPARE(h.network.requests, 1);
    const QUrlQuery query(h.network.urls.first());
    QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
    QCOMPARE(query.queryItemValue(QStringLiteral("sort")), QStringLiteral("-created_at"));

    // Several statuses, each with what may be done to it.
    QSet<int> statuses;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, Model::NameColumn);
        const auto status = ScheduleStatus(model.data(index, int(Model::Role::Status)).toInt());
        statuses.insert(int(status));
        QCOMPARE(model.data(index, int(Model::Role::AllowedOperations)).toInt(),
                 allowedOperations(status).toInt());
        QCOMPARE(model.scheduleAt(index).status, status);
    }
    QVERIFY(statuses.size() >= 2);

    // Nothing changed: a refresh says nothing but loading.
    log.clear();
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(log.entries, QStringList());
    QCOMPARE(loading.size(), 4);
    QCOMPARE(h.network.maxInFlight, 1);
}

void TestSchedulesModel::pagesOfAHundred()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    for (int i = 0; i < 104; ++i)
        QVERIFY(!createSchedule(sandbox, QStringLiteral("bulk %1").arg(i), i).isEmpty());

    Harness<Model> h(sandbox, QStringLiteral("/schedules"));
    Model &model = *h.model;
    SignalLog log(&model);
    QSignalSpy loading(&model, &Model::loadingChanged);
    model.refresh();
    WAIT_IDLE(model);

    // Two requests, one insert of the whole list, one loading pair.
    QCOMPARE(h.network.requests, 2);
    QCOMPARE(QUrlQuery(h.network.urls.at(0)).queryItemValue(QStringLiteral("offset")), QString());
    QCOMPARE(QUrlQuery(h.network.urls.at(1)).queryItemValue(QStringLiteral("offset")),
             QStringLiteral("100"));
    QCOMPARE(h.network.maxInFlight, 1);
    QCOMPARE(log.entries, QStringList{QStringLiteral("inserted 0-103")});
    QCOMPARE(loading.size(), 2);
    QCOMPARE(modelUids(model), jsonUids(serverSchedules(sandbox)));
}

void TestSchedulesModel::refreshAfterPauseChangesOneRow()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, true));
    Harness<Model> h(sandbox, QStringLiteral("/schedules"));
    Model &model = *h.model;
    model.refresh();
    WAIT_IDLE(model);
    const QStringList before = modelUids(model);

    const QString uid = firstWithStatus(model, ScheduleStatus::Active);
    QVERIFY(!uid.isEmpty());
    const int row = model.rowOfUid(uid);
    QItemSelectionModel selection(&model);
    selection.select(model.index(row, 0),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection.setCurrentIndex(model.index(row, Model::NameColumn), QItemSelectionModel::NoUpdate);

    QVERIFY(manage(sandbox, uid, QStringLiteral("pause")));
    SignalLog log(&model);
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(log.entries, QStringList{QStringLiteral("changed %1").arg(row)});
    QCOMPARE(modelUids(model), before);
    const QModelIndex index = model.index(row, Model::StatusColumn);
    QCOMPARE(model.data(index).toString(), QStringLiteral("PAUSED"));
    QCOMPARE(model.data(index, int(Model::Role::Status)).toInt(), int(ScheduleStatus::Paused));
    QCOMPARE(model.data(index, int(Model::Role::AllowedOperations)).toInt(),
             (ScheduleOperation::Resume | ScheduleOperation::Cancel | ScheduleOperation::Update)
                 .toInt());
    // The selection and the current index survived.
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().row(), row);
    QCOMPARE(selection.currentIndex(), model.index(row, Model::NameColumn));

    // And back.
    log.clear();
    QVERIFY(manage(sandbox, uid, QStringLiteral("resume")));
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(log.entries, QStringList{QStringLiteral("changed %1").arg(row)});
    QCOMPARE(model.data(index).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(model.data(index, int(Model::Role::AllowedOperations)).toInt(),
             allowedOperations(ScheduleStatus::Active).toInt());
}

void TestSchedulesModel::newScheduleInsertsOneRow()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, true));
    QCOMPARE(sandbox.advance(1).status, 200);
    Harness<Model> h(sandbox, QStringLiteral("/schedules"));
    Model &model = *h.model;
    model.refresh();
    WAIT_IDLE(model);
    const QStringList before = modelUids(model);
    QItemSelectionModel selection(&model);
    selection.select(model.index(1, 0),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString selected = before.at(1);

    const QString uid = createSchedule(sandbox, QStringLiteral("new one"));
    QVERIFY(!uid.isEmpty());
    SignalLog log(&model);
    model.refresh();
    WAIT_IDLE(model);

    // Newest first: the new schedule goes on top, the rest move down.
    QCOMPARE(log.entries, QStringList{QStringLiteral("inserted 0-0")});
    QCOMPARE(modelUids(model), QStringList{uid} + before);
    QCOMPARE(modelUids(model), jsonUids(serverSchedules(sandbox)));
    QCOMPARE(model.data(model.index(0, Model::NameColumn)).toString(), QStringLiteral("new one"));
    QCOMPARE(model.data(model.index(0, Model::StatusColumn)).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(model.data(selection.selectedRows().first(), int(Model::Role::Uid)).toString(),
             selected);
}

void TestSchedulesModel::cancelledAndDeletedStayListed()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, true));
    Harness<Model> h(sandbox, QStringLiteral("/schedules"));
    Model &model = *h.model;
    model.refresh();
    WAIT_IDLE(model);
    const QStringList before = modelUids(model);

    // Cancel an active one.
    const QString cancelled = firstWithStatus(model, ScheduleStatus::Active);
    QVERIFY(!cancelled.isEmpty());
    QVERIFY(manage(sandbox, cancelled, QStringLiteral("cancel")));
    SignalLog log(&model);
    model.refresh();
    WAIT_IDLE(model);
    const int cancelledRow = model.rowOfUid(cancelled);
    QCOMPARE(log.entries, QStringList{QStringLiteral("changed %1").arg(cancelledRow)});
    QCOMPARE(modelUids(model), before);
    QCOMPARE(model.data(model.index(cancelledRow, Model::StatusColumn)).toString(),
             QStringLiteral("CANCELLED"));
    QCOMPARE(model.data(model.index(cancelledRow, 0), int(Model::Role::AllowedOperations)).toInt(),
             0);

    // Delete another (an alias of cancel): it stays listed too.
    const QString deleted = firstWithStatus(model, ScheduleStatus::Active).isEmpty()
                                ? firstWithStatus(model, ScheduleStatus::Paused)
                                : firstWithStatus(model, ScheduleStatus::Active);
    QVERIFY(!deleted.isEmpty());
    QVERIFY(manage(sandbox, deleted, QStringLiteral("delete")));
    log.clear();
    model.refresh();
    WAIT_IDLE(model);
    const int deletedRow = model.rowOfUid(deleted);
    QCOMPARE(log.entries, QStringList{QStringLiteral("changed %1").arg(deletedRow)});
    QCOMPARE(model.rowCount(), before.size());
    QCOMPARE(model.data(model.index(deletedRow, 0), int(Model::Role::Status)).toInt(),
             int(ScheduleStatus::Cancelled));
    QVERIFY(!model.scheduleAt(model.index(deletedRow, 0)).nextExecutionAt.isValid());
    QVERIFY(!model.data(model.index(deletedRow, Model::NextExecutionColumn)).isValid());
}

void TestSchedulesModel::firingsUpdateInPlace()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, true));
    Harness<Model> h(sandbox, QStringLiteral("/schedules"));
    Model &model = *h.model;
    model.refresh();
    WAIT_IDLE(model);
    const QJsonArray before = serverSchedules(sandbox);

    // A day on: every active schedule fires at least once.
    QCOMPARE(sandbox.advance(24 * 3600 + 60).status, 200);
    const QJsonArray after = serverSchedules(sandbox);
    QCOMPARE(jsonUids(after), jsonUids(before));
    QStringList expected;
    for (int row = 0; row < after.size(); ++row) {
        if (after.at(row) != before.at(row))
            expected << QStringLiteral("changed %1").arg(row);
    }
    QVERIFY(!expected.isEmpty());

    SignalLog log(&model);
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(log.entries, expected);
    for (int row = 0; row < after.size(); ++row) {
        const QJsonObject schedule = after.at(row).toObject();
        QCOMPARE(model.data(model.index(row, Model::StatusColumn)).toString(),
                 schedule.value(QStringLiteral("status")).toString());
        QCOMPARE(model.data(model.index(row, Model::LastExecutedColumn)).toDateTime(),
                 JsonFields::timestamp(schedule, QLatin1String("last_executed_at")));
        QCOMPARE(model.data(model.index(row, Model::NextExecutionColumn)).toDateTime(),
                 JsonFields::timestamp(schedule, QLatin1String("next_execution_at")));
    }
}

void TestSchedulesModel::managedAnswerReplacesItsRow()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    const QString uid = createSchedule(sandbox, QStringLiteral("edited"));
    QVERIFY(!createSchedule(sandbox, QStringLiteral("other"), 1).isEmpty());
    Harness<Model> h(sandbox, QStringLiteral("/schedules"));
    Model &model = *h.model;
    model.refresh();
    WAIT_IDLE(model);
    const int row = model.rowOfUid(uid);
    QVERIFY(row >= 0);

    const auto answer =
        sandbox.post(QStringLiteral("/schedules/") + uid + QStringLiteral("/update"),
                     QJsonObject{{QStringLiteral("cron"), QStringLiteral("30 8 * * 1-5")}});
    QCOMPARE(answer.status, 200);
    SignalLog log(&model);
    const int requests = h.network.requests;
    model.updateSchedule(Schedule::fromJson(answer.json.toObject()));
    // At once, without a request, and only that row.
    QCOMPARE(log.entries, QStringList{QStringLiteral("changed %1").arg(row)});
    QCOMPARE(h.network.requests, requests);
    QCOMPARE(model.data(model.index(row, Model::CronColumn)).toString(),
             QStringLiteral("30 8 * * 1-5"));

    // The same answer again, or a schedule the list does not hold: nothing.
    log.clear();
    model.updateSchedule(Schedule::fromJson(answer.json.toObject()));
    Schedule unknown = Schedule::fromJson(answer.json.toObject());
    unknown.uid = QStringLiteral("00000000-0000-0000-0000-000000000000");
    model.updateSchedule(unknown);
    QCOMPARE(log.entries, QStringList());
    // The refresh after it finds the row as the answer left it.
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(log.entries, QStringList());
}

void TestSchedulesModel::refreshWhileLoadingIsIgnored()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, true));
    Harness<Model> h(sandbox, QStringLiteral("/schedules"));
    Model &model = *h.model;
    SignalLog log(&model);
    model.refresh();
    model.refresh();
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(h.network.requests, 1);
    QCOMPARE(log.entries.size(), 1);
}

void TestSchedulesModel::cells()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    const QString uid = createSchedule(sandbox, QStringLiteral("nightly"));
    QVERIFY(!uid.isEmpty());
    const QJsonObject json = sandbox.get(QStringLiteral("/schedules/") + uid).json.toObject();

    Harness<Model> h(sandbox, QStringLiteral("/schedules"));
    Model &model = *h.model;
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(model.rowCount(), 1);
    const auto cell = [&model](int column) { return model.data(model.index(0, column)); };
    QCOMPARE(cell(Model::StatusColumn).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(cell(Model::NameColumn).toString(), QStringLiteral("nightly"));
    QCOMPARE(cell(Model::ActionColumn).toString(), QStringLiteral("linkedin-search-people"));
    QCOMPARE(cell(Model::CronColumn).toString(), QStringLiteral("0 3 * * *"));
    QCOMPARE(cell(Model::TimezoneColumn).toString(), QStringLiteral("Europe/Paris"));
    QCOMPARE(cell(Model::NextExecutionColumn).typeId(), QMetaType::QDateTime);
    QCOMPARE(cell(Model::NextExecutionColumn).toDateTime(),
             JsonFields::timestamp(json, QLatin1String("next_execution_at")));
    QVERIFY(!cell(Model::LastExecutedColumn).isValid());
    QCOMPARE(cell(Model::CreatedColumn).toDateTime(),
             JsonFields::timestamp(json, QLatin1String("created_at")));
    QCOMPARE(cell(Model::UidColumn).toString(), uid);

    const QModelIndex index = model.index(0, Model::CronColumn);
    QCOMPARE(model.data(index, int(Model::Role::Uid)).toString(), uid);
    QCOMPARE(model.data(index, int(Model::Role::Status)).toInt(), int(ScheduleStatus::Active));
    QVERIFY(!model.data(index, Qt::ToolTipRole).isValid());
    QVERIFY(!model.data(index, Qt::EditRole).isValid());
    QCOMPARE(model.scheduleAt(index).uid, uid);
    QCOMPARE(model.scheduleAt(index).name, QStringLiteral("nightly"));
    QCOMPARE(model.rowOfUid(uid), 0);
    QCOMPARE(model.rowOfUid(QStringLiteral("nope")), -1);
}

void TestSchedulesModel::headers()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    Harness<Model> h(sandbox, QStringLiteral("/schedules"));
    const Model &model = *h.model;
    const QStringList expected = {QStringLiteral("Status"),        QStringLiteral("Name"),
                                  QStringLiteral("Action"),        QStringLiteral("Cron"),
                                  QStringLiteral("Timezone"),      QStringLiteral("Next execution"),
                                  QStringLiteral("Last executed"), QStringLiteral("Created"),
                                  QStringLiteral("Schedule uid")};
    QCOMPARE(expected.size(), qsizetype(Model::ColumnCount));
    for (int section = 0; section < Model::ColumnCount; ++section) {
        QCOMPARE(model.headerData(section, Qt::Horizontal).toString(), expected.at(section));
        QVERIFY(!model.headerData(section, Qt::Vertical).isValid());
        QVERIFY(!model.headerData(section, Qt::Horizontal, Qt::ToolTipRole).isValid());
    }
    QVERIFY(!model.headerData(Model::ColumnCount, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(-1, Qt::Horizontal).isValid());
}

void TestSchedulesModel::failedLoad()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, true));
    Harness<Model> h(sandbox, QStringLiteral("/schedules"), QStringLiteral("not-the-key"));
    Model &model = *h.model;
    SignalLog log(&model);
    QSignalSpy loading(&model, &Model::loadingChanged);
    QList<ApiError> errors;
    connect(&model, &Model::loadFailed, this,
            [&errors](const ApiError &error) { errors.append(error); });

    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeoutMs);
    QVERIFY(!model.isLoading());
    QCOMPARE(errors.first().kind, ApiError::Kind::Http);
    QCOMPARE(errors.first().httpStatus, 401);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(log.entries, QStringList());
    QCOMPARE(loading.size(), 2);

    // A failed refresh says nothing either, but loadFailed.
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 2, kTimeoutMs);
    QCOMPARE(log.entries, QStringList());
}

QTEST_GUILESS_MAIN(TestSchedulesModel)
#include "tst_schedulesmodel.moc"
