#include "core/domain/jsonfields.h"
#include "core/domain/run.h"
#include "core/domain/runstatus.h"
#include "models/client/apierror.h"
#include "models/client/apireply.h"
#include "models/client/edgesclient.h"
#include "models/runs/runsmodel.h"
#include "models/runs/runsproxymodel.h"
#include "tests/support/modeltesthelpers.h"
#include "tests/support/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

// RunsModel against the in-process sandbox (manual clock): lazy loading of
// GET /runs newest first, refresh in place without a reset, the merge of a
// fresh first window, filters, updates by uid, the cells and a failed load.
// Every model is watched by QAbstractItemModelTester, and the structural
// signals are checked exactly.
class TestRunsModel : public QObject
{
    Q_OBJECT

private slots:
    void initialLoad();
    void refreshInsertsNewRunsOnTop();
    void refreshUpdatesChangedRows();
    void refreshRemovesRunsGoneFromServer();
    void refreshKeepsRowsTiedWithPageBoundary();
    void mergeInsertsInTheMiddle();
    void mergeRemovesAMiddleRow();
    void mergeMovesARow();
    void mergeAllNewPage();
    void repeatedUidIsShownOnce();
    void mergeUpdatesInPlace();
    void mergeKeepsRowsTiedWithPageBoundary();
    void filters();
    void serverSort();
    void updateRun();
    void keepsEveryFieldOfARun();
    void uidSortIsTextOrderIgnoringCase_data();
    void uidSortIsTextOrderIgnoringCase();
    void cells();
    void headers();
    void failedLoad();
    void destroyedWhileLoading();
};

namespace {

using ModelTest::kTimeoutMs;
using ModelTest::SignalLog;

// Network (counting GET /runs), client, model and tester.
struct Harness : ModelTest::Harness<RunsModel>
{
    explicit Harness(SandboxFixture &sandbox, const QString &key = QStringLiteral("sandbox"))
        : ModelTest::Harness<RunsModel>(sandbox, QStringLiteral("/runs"), key)
    {}

    // The offset of every GET /runs sent so far.
    QList<int> offsets() const
    {
        QList<int> result;
        for (const QUrl &url : network.urls)
            result.append(QUrlQuery(url).queryItemValue(QStringLiteral("offset")).toInt());
        return result;
    }
};

// A model with no client, for mergeWindow and updateRun by hand.
struct OfflineHarness
{
    OfflineHarness()
        : model(std::make_unique<RunsModel>(nullptr))
        , tester(std::make_unique<QAbstractItemModelTester>(
              model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal))
    {}

    std::unique_ptr<RunsModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

const QDateTime kBase = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);

// A hand-built run created `minutes` after kBase.
Run makeRun(const QString &uid, int minutes, const QString &status = QStringLiteral("SUCCEEDED"))
{
    Run run;
    run.uid = uid;
    run.createdAt = kBase.addSecs(60LL * minutes);
    run.updatedAt = run.createdAt;
    run.statusText = status;
    run.status = runStatusFromApi(status);
    run.actionName = QStringLiteral("linkedin-search-people");
    run.executionMode = ExecutionMode::Async;
    return run;
}

QStringList uidsOf(const RunsModel &model)
{
    QStringList uids;
    for (int row = 0; row < model.rowCount(); ++row)
        uids << model.data(model.index(row, 0), int(RunsModel::Role::Uid)).toString();
    return uids;
}

QStringList uidsOf(const QJsonArray &runs)
{
    QStringList uids;
    for (const QJsonValue &run : runs)
        uids << run[QStringLiteral("uid")].toString();
    return uids;
}

QString launchRun(SandboxFixture &sandbox)
{
    return sandbox.launch(
        QStringLiteral("linkedin-search-people"),
        QJsonArray{QJsonObject{{QStringLiteral("linkedin_people_search_url"),
                                QStringLiteral("https://www.linkedin.com/search/results/"
                                               "people/?keywords=cto")}}},
        QJsonObject{{QStringLiteral("max_results"), 10}});
}

// Every run of the server, newest first, as RunsModel asks for them.
QJsonArray serverRuns(SandboxFixture &sandbox, const QString &query = {})
{
    return sandbox.getAllByOffset(QStringLiteral("/runs?sort=-created_at") + query, 100);
}

// What a refresh may report as changed: the fields sameRun() compares.
QString fingerprint(const Run &run)
{
    return QStringList{run.statusText,
                       QString::number(run.outputCount),
                       QString::number(run.retryCount),
                       run.updatedAt.toString(Qt::ISODateWithMs),
                       run.startedAt.toString(Qt::ISODateWithMs),
                       run.finishedAt.toString(Qt::ISODateWithMs),
                       run.name,
                       run.postponedUntil.toString(Qt::ISODateWithMs)}
        .join(QLatin1Char('|'));
}

QHash<QString, QString> fingerprints(const RunsModel &model)
{
    QHash<QString, QString> result;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Run &run = model.runAt(model.index(row, 0));
        result.insert(run.uid, fingerprint(run));
    }
    return result;
}

bool startSandbox(SandboxFixture &sandbox, bool demo)
{
    QString error;
    if (!sandbox.start(&error)) {
        qWarning() << "sandbox did not start:" << error;
        return false;
    }
    return !demo || sandbox.adminPost(QStringLiteral("/demo")).status == 200;
}

// Waits for the model to have no request in flight.

// Waits for the current load, then fetches every further page.
#define LOAD_ALL(model)                                                                            \
    do {                                                                                           \
        WAIT_IDLE(model);                                                                          \
        while ((model).canFetchMore()) {                                                           \
            (model).fetchMore();                                                                   \
            WAIT_IDLE(model);                                                                      \
        }                                                                                          \
    } while (false)

} // namespace

void TestRunsModel::initialLoad()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, true));
    const QJsonArray all = serverRuns(sandbox);
    QVERIFY2(all.size() > 2 * RunsModel::kPageSize && all.size() < 3 * RunsModel::kPageSize,
             qPrintable(QString::number(all.size())));
    const int total = static_cast<int>(all.size());

    Harness h(sandbox);
    RunsModel &model = *h.model;
    SignalLog log(&model);
    QSignalSpy loading(&model, &RunsModel::loadingChanged);
    QVERIFY(!model.canFetchMore());
    QVERIFY(!model.isLoading());

    model.setFilter({});
    QCOMPARE(log.entries, (QStringList{QStringLiteral("reset")}));
    QVERIFY(model.isLoading());
    QCOMPARE(loading.size(), 1);
    QCOMPARE(loading.at(0).at(0).toBool(), true);

    // While a page is on its way, fetchMore asks for nothing more.
    QVERIFY(!model.canFetchMore());
    model.fetchMore();
    QVERIFY(model.isLoading());
    QCOMPARE(loading.size(), 1);

    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), RunsModel::kPageSize, kTimeoutMs);
    WAIT_IDLE(model);
    QVERIFY(model.canFetchMore());

    model.fetchMore();
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore());
    model.fetchMore();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2 * RunsModel::kPageSize, kTimeoutMs);
    WAIT_IDLE(model);
    QVERIFY(model.canFetchMore());

    model.fetchMore();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), total, kTimeoutMs);
    WAIT_IDLE(model);
    QVERIFY(!model.canFetchMore());
    const int requestsAtEnd = h.network.requests;
    model.fetchMore();
    QCOMPARE(h.network.requests, requestsAtEnd);
    QVERIFY(!model.isLoading());

    // One insert per page, at the end, and nothing else.
    QCOMPARE(log.entries, (QStringList{QStringLiteral("reset"), QStringLiteral("inserted 0-99"),
                                       QStringLiteral("inserted 100-199"),
                                       QStringLiteral("inserted 200-%1").arg(total - 1)}));

    // Newest first, no duplicates, exactly the server's list.
    const QStringList uids = uidsOf(model);
    QCOMPARE(QSet<QString>(uids.begin(), uids.end()).size(), uids.size());
    QCOMPARE(uids, uidsOf(all));
    for (int row = 1; row < model.rowCount(); ++row) {
        const QDateTime previous =
            model.data(model.index(row - 1, 0), int(RunsModel::Role::CreatedAt)).toDateTime();
        const QDateTime current =
            model.data(model.index(row, 0), int(RunsModel::Role::CreatedAt)).toDateTime();
        QVERIFY2(previous >= current, qPrintable(QString::number(row)));
    }

    // loadingChanged: true/false pairs, one per request, ending idle.
    QVERIFY(loading.size() >= 6);
    QCOMPARE(loading.size() % 2, 0);
    for (int i = 0; i < loading.size(); ++i)
        QCOMPARE(loading.at(i).at(0).toBool(), i % 2 == 0);
    QCOMPARE(loading.size(), 2 * h.network.requests);
    QCOMPARE(h.network.maxInFlight, 1);
    QCOMPARE(h.network.inFlight, 0);

    // Three pages should take three requests. QAbstractItemModelTester (like
    // any view or proxy reacting synchronously) calls fetchMore() from
    // rowsAboutToBeInserted; RunsModel::onPage has already cleared m_pending
    // and not yet set m_atEnd, and m_runs still has its old size, so a
    // request for the page being applied goes out and its answer is dropped.
    QCOMPARE(h.offsets(), (QList<int>{0, 100, 200}));
}

void TestRunsModel::refreshInsertsNewRunsOnTop()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, true));
    // New launches come after every demo run, not tied with any.
    QCOMPARE(sandbox.advance(1).status, 200);

    Harness h(sandbox);
    RunsModel &model = *h.model;
    model.setFilter({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), RunsModel::kPageSize, kTimeoutMs);
    WAIT_IDLE(model);
    const QStringList before = uidsOf(model);

    QItemSelectionModel selection(&model);
    const QString selectedUid = before.at(5);
    selection.select(model.index(model.rowOfUid(selectedUid), 0),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection.setCurrentIndex(model.index(5, 0), QItemSelectionModel::NoUpdate);

    QStringList launched;
    for (int i = 0; i < 3; ++i) {
        launched << launchRun(sandbox);
        QVERIFY(!launched.last().isEmpty());
    }

    SignalLog log(&model);
    model.refresh();
    QVERIFY(model.isLoading());
    WAIT_IDLE(model);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), RunsModel::kPageSize + 3, kTimeoutMs);

    QCOMPARE(log.entries, QStringList{QStringLiteral("inserted 0-2")});
    // Same created_at: the server orders them by id, oldest launch first.
    QCOMPARE(uidsOf(model).mid(0, 3), launched);
    QCOMPARE(uidsOf(model).mid(3), before);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model.data(model.index(row, RunsModel::StatusColumn)).toString(),
                 QStringLiteral("CREATED"));

    // The selection follows its run.
    const QModelIndexList selected = selection.selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(int(RunsModel::Role::Uid)).toString(), selectedUid);
    QCOMPARE(selected.first().row(), 8);
    QCOMPARE(selection.currentIndex().row(), 8);

    // Paging goes on from where the table now ends, without duplicates.
    QVERIFY(model.canFetchMore());
    const int total = static_cast<int>(serverRuns(sandbox).size());
    LOAD_ALL(model);
    QCOMPARE(model.rowCount(), total);
    const QStringList uids = uidsOf(model);
    QCOMPARE(QSet<QString>(uids.begin(), uids.end()).size(), uids.size());
    QCOMPARE(uids, uidsOf(serverRuns(sandbox)));
    QCOMPARE(h.network.maxInFlight, 1);
}

void TestRunsModel::refreshUpdatesChangedRows()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, true));
    QCOMPARE(sandbox.advance(1).status, 200);

    // Every page loaded: QAbstractItemModelTester calls fetchMore() on each
    // dataChanged, which would otherwise (rightly) append the next page.
    Harness h(sandbox);
    RunsModel &model = *h.model;
    model.setFilter({});
    LOAD_ALL(model);
    const int loaded = model.rowCount();
    QVERIFY(loaded > 2 * RunsModel::kPageSize);
    QStringList launched;
    for (int i = 0; i < 3; ++i)
        launched << launchRun(sandbox);
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(model.rowCount(), loaded + 3);
    QCOMPARE(uidsOf(model).mid(0, 3), launched);
    const QStringList order = uidsOf(model);
    const QHash<QString, QString> before = fingerprints(model);

    // An hour on: the launched runs finish, so do active demo runs.
    QCOMPARE(sandbox.advance(3600).status, 200);
    SignalLog log(&model);
    model.refresh();
    WAIT_IDLE(model);

    QCOMPARE(log.structural(), QStringList());
    QCOMPARE(uidsOf(model), order);
    QVERIFY(!log.changedRows.contains(-1));
    const QSet<int> changed(log.changedRows.begin(), log.changedRows.end());
    QCOMPARE(changed.size(), log.changedRows.size());
    // The window is the server's first page: the rows it holds now.
    const QJsonArray firstPage =
        sandbox.get(QStringLiteral("/runs?sort=-created_at&limit=100")).json.toArray();
    QHash<QString, QString> serverNow;
    for (const QJsonValue &value : firstPage) {
        const Run run = Run::fromJson(value.toObject());
        serverNow.insert(run.uid, fingerprint(run));
    }
    QSet<int> expected;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString uid = order.at(row);
        if (serverNow.contains(uid) && serverNow.value(uid) != before.value(uid))
            expected.insert(row);
        if (serverNow.contains(uid))
            QCOMPARE(fingerprint(model.runAt(model.index(row, 0))), serverNow.value(uid));
    }
    QCOMPARE(changed, expected);
    for (int row = 0; row < 3; ++row) {
        QVERIFY(changed.contains(row));
        const QString status = sandbox.runStatus(launched.at(row));
        QVERIFY2(status == QLatin1String("SUCCEEDED"), qPrintable(status));
        QCOMPARE(model.data(model.index(row, RunsModel::StatusColumn)).toString(), status);
        QCOMPARE(model.data(model.index(row, 0), int(RunsModel::Role::Terminal)).toBool(), true);
    }

    // A cancelled run shows STOPPED after the next refresh.
    const QString victim = launchRun(sandbox);
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(model.rowOfUid(victim), 0);
    QCOMPARE(model.data(model.index(0, RunsModel::StatusColumn)).toString(),
             QStringLiteral("CREATED"));
    ApiReply *cancel = h.client->cancelRun(victim);
    QTRY_VERIFY_WITH_TIMEOUT(cancel->isFinished(), kTimeoutMs);
    QVERIFY2(cancel->succeeded(), qPrintable(cancel->error().message()));
    cancel->deleteLater();
    log.clear();
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(log.structural(), QStringList());
    QCOMPARE(log.changedRows, QList<int>{0});
    QCOMPARE(model.data(model.index(0, RunsModel::StatusColumn)).toString(),
             QStringLiteral("STOPPED"));
    QCOMPARE(model.data(model.index(0, 0), int(RunsModel::Role::Status)).toInt(),
             int(RunStatus::Stopped));
}

void TestRunsModel::refreshRemovesRunsGoneFromServer()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    QStringList old;
    for (int i = 0; i < 5; ++i) {
        old << launchRun(sandbox);
        QCOMPARE(sandbox.advance(1).status, 200);
    }

    Harness h(sandbox);
    RunsModel &model = *h.model;
    model.setFilter({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, kTimeoutMs);
    WAIT_IDLE(model);
    const QStringList loaded = uidsOf(model);
    QCOMPARE(QSet<QString>(old.begin(), old.end()), QSet<QString>(loaded.begin(), loaded.end()));
    QVERIFY(!model.canFetchMore());

    QCOMPARE(sandbox.adminPost(QStringLiteral("/reset")).status, 200);
    QStringList fresh;
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(sandbox.advance(1).status, 200);
        fresh << launchRun(sandbox);
        QVERIFY(!fresh.last().isEmpty());
        QVERIFY(!old.contains(fresh.last()));
    }

    SignalLog log(&model);
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(log.entries,
             (QStringList{QStringLiteral("removed 0-4"), QStringLiteral("inserted 0-1")}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(uidsOf(model), (QStringList{fresh.at(1), fresh.at(0)}));
    QVERIFY(!model.canFetchMore());
}

void TestRunsModel::refreshKeepsRowsTiedWithPageBoundary()
{
    // 105 runs launched at the same instant share created_at; the server
    // orders them by id. The first page ends in the middle of the tie.
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, false));
    const int count = RunsModel::kPageSize + 5;
    for (int i = 0; i < count; ++i)
        QVERIFY(!launchRun(sandbox).isEmpty());

    Harness h(sandbox);
    RunsModel &model = *h.model;
    model.setFilter({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), RunsModel::kPageSize, kTimeoutMs);
    WAIT_IDLE(model);
    model.fetchMore();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), count, kTimeoutMs);
    WAIT_IDLE(model);
    QVERIFY(!model.canFetchMore());
    const QStringList before = uidsOf(model);
    QCOMPARE(before, uidsOf(serverRuns(sandbox)));

    // Nothing changed on the server: a refresh must change nothing.
    SignalLog log(&model);
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(log.entries, QStringList());
    QCOMPARE(model.rowCount(), count);
    // And they cannot come back: m_atEnd is still true.
    if (model.rowCount() < count) {
        QVERIFY(!model.canFetchMore());
        QCOMPARE(uidsOf(model), before.mid(0, RunsModel::kPageSize));
    }
}

void TestRunsModel::mergeInsertsInTheMiddle()
{
    OfflineHarness h;
    RunsModel &model = *h.model;
    SignalLog log(&model);
    model.mergeWindow({makeRun(QStringLiteral("a"), 5), makeRun(QStringLiteral("b"), 4),
                       makeRun(QStringLiteral("c"), 3), makeRun(QStringLiteral("d"), 2)},
                      true);
    QCOMPARE(log.entries, QStringList{QStringLiteral("inserted 0-3")});
    log.clear();

    // Complete answer with one new run between b and c, two before a.
    model.mergeWindow({makeRun(QStringLiteral("y"), 7), makeRun(QStringLiteral("x"), 6),
                       makeRun(QStringLiteral("a"), 5), makeRun(QStringLiteral("b"), 4),
                       makeRun(QStringLiteral("m"), 3), makeRun(QStringLiteral("c"), 3),
                       makeRun(QStringLiteral("d"), 2)},
                      true);
    QCOMPARE(log.entries,
             (QStringList{QStringLiteral("inserted 0-1"), QStringLiteral("inserted 4-4")}));
    QCOMPARE(uidsOf(model),
             (QStringList{QStringLiteral("y"), QStringLiteral("x"), QStringLiteral("a"),
                          QStringLiteral("b"), QStringLiteral("m"), QStringLiteral("c"),
                          QStringLiteral("d")}));
    QCOMPARE(model.rowOfUid(QStringLiteral("m")), 4);
    QCOMPARE(model.rowOfUid(QStringLiteral("d")), 6);
}

void TestRunsModel::mergeRemovesAMiddleRow()
{
    OfflineHarness h;
    RunsModel &model = *h.model;
    model.mergeWindow({makeRun(QStringLiteral("a"), 5), makeRun(QStringLiteral("b"), 4),
                       makeRun(QStringLiteral("c"), 3), makeRun(QStringLiteral("d"), 2),
                       makeRun(QStringLiteral("e"), 1)},
                      true);
    QCOMPARE(model.rowOfUid(QStringLiteral("e")), 4);
    SignalLog log(&model);

    // An incomplete page down to d: c is gone, e is outside the window.
    model.mergeWindow({makeRun(QStringLiteral("a"), 5), makeRun(QStringLiteral("b"), 4),
                       makeRun(QStringLiteral("d"), 2)},
                      false);
    QCOMPARE(log.entries, QStringList{QStringLiteral("removed 2-2")});
    QCOMPARE(uidsOf(model), (QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                         QStringLiteral("d"), QStringLiteral("e")}));
    QCOMPARE(model.rowOfUid(QStringLiteral("e")), 3);
    QCOMPARE(model.rowOfUid(QStringLiteral("c")), -1);
    log.clear();

    // Two adjacent rows and one apart go in two removals, bottom up.
    model.mergeWindow({makeRun(QStringLiteral("b"), 4)}, true);
    QCOMPARE(log.entries,
             (QStringList{QStringLiteral("removed 2-3"), QStringLiteral("removed 0-0")}));
    QCOMPARE(uidsOf(model), QStringList{QStringLiteral("b")});
}

void TestRunsModel::mergeMovesARow()
{
    OfflineHarness h;
    RunsModel &model = *h.model;
    model.mergeWindow({makeRun(QStringLiteral("a"), 5), makeRun(QStringLiteral("b"), 4),
                       makeRun(QStringLiteral("c"), 3), makeRun(QStringLiteral("d"), 2),
                       makeRun(QStringLiteral("e"), 1)},
                      true);
    SignalLog log(&model);

    // c now sorts before b (its created_at moved to 4.5 min); the page is
    // incomplete and ends at d, so e stays outside the window.
    Run movedC = makeRun(QStringLiteral("c"), 4);
    movedC.createdAt = movedC.createdAt.addSecs(30);
    model.mergeWindow({makeRun(QStringLiteral("a"), 5), movedC, makeRun(QStringLiteral("b"), 4),
                       makeRun(QStringLiteral("d"), 2)},
                      false);
    QCOMPARE(log.structural(), QStringList{QStringLiteral("moved 2-2 to 1")});
    // At most a dataChanged for the moved row itself.
    for (const int row : std::as_const(log.changedRows))
        QCOMPARE(row, 1);
    QCOMPARE(uidsOf(model),
             (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b"),
                          QStringLiteral("d"), QStringLiteral("e")}));
    QCOMPARE(model.data(model.index(1, 0), int(RunsModel::Role::CreatedAt)).toDateTime(),
             movedC.createdAt);
    QCOMPARE(model.rowOfUid(QStringLiteral("c")), 1);
    QCOMPARE(model.rowOfUid(QStringLiteral("b")), 2);
    log.clear();

    // A rotation of a complete answer: every row ends where the server says.
    model.mergeWindow({makeRun(QStringLiteral("e"), 1), makeRun(QStringLiteral("a"), 5),
                       makeRun(QStringLiteral("c"), 3), makeRun(QStringLiteral("b"), 4),
                       makeRun(QStringLiteral("d"), 2)},
                      true);
    QCOMPARE(log.structural(), QStringList{QStringLiteral("moved 4-4 to 0")});
    QCOMPARE(uidsOf(model),
             (QStringList{QStringLiteral("e"), QStringLiteral("a"), QStringLiteral("c"),
                          QStringLiteral("b"), QStringLiteral("d")}));
}

void TestRunsModel::mergeAllNewPage()
{
    OfflineHarness h;
    RunsModel &model = *h.model;
    model.mergeWindow({makeRun(QStringLiteral("a"), 3), makeRun(QStringLiteral("b"), 2),
                       makeRun(QStringLiteral("c"), 1)},
                      true);
    SignalLog log(&model);

    // A full page of runs newer than all loaded ones: they go on top, the
    // loaded rows are older than the window and stay.
    model.mergeWindow({makeRun(QStringLiteral("x"), 9), makeRun(QStringLiteral("y"), 8),
                       makeRun(QStringLiteral("z"), 7)},
                      false);
    QCOMPARE(log.entries, QStringList{QStringLiteral("inserted 0-2")});
    QCOMPARE(uidsOf(model),
             (QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"),
                          QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    log.clear();

    // The same as a complete answer: everything else is gone.
    model.mergeWindow({makeRun(QStringLiteral("p"), 12), makeRun(QStringLiteral("q"), 11)}, true);
    QCOMPARE(log.entries,
             (QStringList{QStringLiteral("removed 0-5"), QStringLiteral("inserted 0-1")}));
    QCOMPARE(uidsOf(model), (QStringList{QStringLiteral("p"), QStringLiteral("q")}));
    log.clear();

    // An empty complete answer empties the table.
    model.mergeWindow({}, true);
    QCOMPARE(log.entries, QStringList{QStringLiteral("removed 0-1")});
    QCOMPARE(model.rowCount(), 0);
}

void TestRunsModel::mergeUpdatesInPlace()
{
    OfflineHarness h;
    RunsModel &model = *h.model;
    model.mergeWindow({makeRun(QStringLiteral("a"), 3, QStringLiteral("RUNNING")),
                       makeRun(QStringLiteral("b"), 2, QStringLiteral("RUNNING")),
                       makeRun(QStringLiteral("c"), 1)},
                      true);
    SignalLog log(&model);

    // Unchanged copies: no signal at all.
    model.mergeWindow({makeRun(QStringLiteral("a"), 3, QStringLiteral("RUNNING")),
                       makeRun(QStringLiteral("b"), 2, QStringLiteral("RUNNING")),
                       makeRun(QStringLiteral("c"), 1)},
                      true);
    QCOMPARE(log.entries, QStringList());

    Run b = makeRun(QStringLiteral("b"), 2, QStringLiteral("FAILED"));
    b.updatedAt = b.updatedAt.addSecs(90);
    model.mergeWindow({makeRun(QStringLiteral("a"), 3, QStringLiteral("RUNNING")), b,
                       makeRun(QStringLiteral("c"), 1)},
                      true);
    QCOMPARE(log.entries, QStringList{QStringLiteral("changed 1")});
    QCOMPARE(model.data(model.index(1, RunsModel::StatusColumn)).toString(),
             QStringLiteral("FAILED"));
    QCOMPARE(model.data(model.index(1, 0), int(RunsModel::Role::Terminal)).toBool(), true);
}

void TestRunsModel::mergeKeepsRowsTiedWithPageBoundary()
{
    OfflineHarness h;
    RunsModel &model = *h.model;
    // b, c and d share created_at; the server orders them b, c, d (by id).
    model.mergeWindow({makeRun(QStringLiteral("a"), 5), makeRun(QStringLiteral("b"), 4),
                       makeRun(QStringLiteral("c"), 4), makeRun(QStringLiteral("d"), 4),
                       makeRun(QStringLiteral("e"), 3)},
                      true);
    SignalLog log(&model);

    // A first page that ends at b: c and d are on the next page, not gone.
    model.mergeWindow({makeRun(QStringLiteral("a"), 5), makeRun(QStringLiteral("b"), 4)}, false);
    QCOMPARE(log.entries, QStringList());
    QCOMPARE(uidsOf(model),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                          QStringLiteral("d"), QStringLiteral("e")}));
}

void TestRunsModel::filters()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, true));
    Harness h(sandbox);
    RunsModel &model = *h.model;
    SignalLog log(&model);

    // Status.
    RunsModel::Filter succeeded;
    succeeded.statuses = {QStringLiteral("SUCCEEDED")};
    model.setFilter(succeeded);
    QCOMPARE(log.structural(), (QStringList{QStringLiteral("reset")}));
    LOAD_ALL(model);
    QCOMPARE(uidsOf(model), uidsOf(serverRuns(sandbox, QStringLiteral("&status=SUCCEEDED"))));
    QVERIFY(model.rowCount() > RunsModel::kPageSize);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, 0), int(RunsModel::Role::StatusText)).toString(),
                 QStringLiteral("SUCCEEDED"));
    QCOMPARE(log.structural().count(QStringLiteral("reset")), 1);

    // The same filter again starts nothing over.
    log.clear();
    const int requests = h.network.requests;
    model.setFilter(succeeded);
    QCOMPARE(log.entries, QStringList());
    QCOMPARE(h.network.requests, requests);
    QCOMPARE(model.filter(), succeeded);

    // Several statuses, switched while the previous filter is loading.
    RunsModel::Filter failed;
    failed.statuses = {QStringLiteral("FAILED")};
    model.setFilter(failed);
    QVERIFY(model.isLoading());
    RunsModel::Filter broken;
    broken.statuses = {QStringLiteral("FAILED"), QStringLiteral("BLOCKED")};
    model.setFilter(broken);
    LOAD_ALL(model);
    QCOMPARE(log.structural().count(QStringLiteral("reset")), 2);
    QCOMPARE(uidsOf(model),
             uidsOf(serverRuns(sandbox, QStringLiteral("&status=FAILED&status=BLOCKED"))));
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row)
        seen.insert(model.data(model.index(row, RunsModel::StatusColumn)).toString());
    QCOMPARE(seen, (QSet<QString>{QStringLiteral("FAILED"), QStringLiteral("BLOCKED")}));

    // Action.
    const QString action = QStringLiteral("linkedin-search-people");
    RunsModel::Filter byAction;
    byAction.actions = {action};
    model.setFilter(byAction);
    LOAD_ALL(model);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(uidsOf(model), uidsOf(serverRuns(sandbox, QStringLiteral("&action_name=") + action)));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, RunsModel::ActionColumn)).toString(), action);

    // Mode.
    RunsModel::Filter live;
    live.modes = {QStringLiteral("LIVE")};
    model.setFilter(live);
    LOAD_ALL(model);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, RunsModel::ModeColumn)).toString(),
                 QStringLiteral("LIVE"));

    // Schedule: the one with the most spawned runs.
    QString scheduleUid;
    QString scheduleName;
    qsizetype spawned = 0;
    for (const QJsonValue &schedule :
         sandbox.get(QStringLiteral("/schedules?limit=100")).json.toArray()) {
        const QString uid = schedule[QStringLiteral("uid")].toString();
        const qsizetype runs =
            serverRuns(sandbox, QStringLiteral("&scheduled_run_uid=") + uid).size();
        if (runs > spawned) {
            spawned = runs;
            scheduleUid = uid;
            scheduleName = schedule[QStringLiteral("name")].toString();
        }
    }
    QVERIFY(spawned >= 2);
    RunsModel::Filter bySchedule;
    bySchedule.scheduleUid = scheduleUid;
    model.setFilter(bySchedule);
    LOAD_ALL(model);
    QCOMPARE(model.rowCount(), static_cast<int>(spawned));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.runAt(model.index(row, 0)).scheduledRunUid, scheduleUid);
        QCOMPARE(model.data(model.index(row, RunsModel::ScheduleColumn)).toString(),
                 scheduleName.isEmpty() ? scheduleUid : scheduleName);
    }

    // Back to everything.
    model.setFilter({});
    LOAD_ALL(model);
    QCOMPARE(uidsOf(model), uidsOf(serverRuns(sandbox)));
    QCOMPARE(h.network.maxInFlight, 1);
}

void TestRunsModel::serverSort()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, true));
    Harness h(sandbox);
    RunsModel &model = *h.model;
    SignalLog log(&model);
    QCOMPARE(model.sort(), QStringLiteral("-created_at"));

    // Before the first load a new order loads nothing by itself.
    model.setSort(QStringLiteral("created_at"));
    QCOMPARE(h.network.requests, 0);
    model.setFilter({});
    LOAD_ALL(model);
    const QJsonArray oldestFirst =
        sandbox.getAllByOffset(QStringLiteral("/runs?sort=created_at"), 100);
    QVERIFY(oldestFirst.size() > 2 * RunsModel::kPageSize);
    QCOMPARE(uidsOf(model), uidsOf(oldestFirst));

    // A refresh merges the first page, oldest first, without moving a row.
    log.clear();
    model.refresh();
    WAIT_IDLE(model);
    QCOMPARE(log.structural(), QStringList());
    QCOMPARE(uidsOf(model), uidsOf(oldestFirst));

    // Newest first again starts over, and pages continue in that order.
    model.setSort(QStringLiteral("-created_at"));
    QCOMPARE(log.structural().count(QStringLiteral("reset")), 1);
    LOAD_ALL(model);
    QCOMPARE(uidsOf(model), uidsOf(serverRuns(sandbox)));
    QCOMPARE(h.network.maxInFlight, 1);
}

// The model keeps a run compactly (shared texts, times as milliseconds):
// runAt() still gives back every field the server sent, from two rows
// sharing their texts as well as from one with its own.
void TestRunsModel::keepsEveryFieldOfARun()
{
    const QJsonObject object{
        {QStringLiteral("id"), 4711},
        {QStringLiteral("uid"), QStringLiteral("r-1")},
        {QStringLiteral("name"), QStringLiteral("Nightly")},
        {QStringLiteral("scheduled_run_uid"), QStringLiteral("s-1")},
        {QStringLiteral("scheduled_run_name"), QStringLiteral("Every night")},
        {QStringLiteral("action_id"), 2},
        {QStringLiteral("action_name"), QStringLiteral("linkedin-search-people")},
        {QStringLiteral("retry_count"), 2},
        {QStringLiteral("user_uid"), QStringLiteral("u-1")},
        {QStringLiteral("workspace_uid"), QStringLiteral("w-1")},
        {QStringLiteral("execution_mode"), QStringLiteral("ASYNC")},
        {QStringLiteral("last_error"),
         QJsonObject{{QStringLiteral("error_label"), QStringLiteral("RATE_LIMITED")},
                     {QStringLiteral("message"), QStringLiteral("slow down")},
                     {QStringLiteral("status_code"), 429}}},
        {QStringLiteral("last_info"),
         QJsonObject{{QStringLiteral("message"), QStringLiteral("resumed")}}},
        {QStringLiteral("parameters"),
         QJsonObject{{QStringLiteral("max_results"), 100},
                     {QStringLiteral("sync_mode"), QStringLiteral("incremental")}}},
        {QStringLiteral("callback"),
         QJsonObject{{QStringLiteral("url"), QStringLiteral("https://hooks.example/x")}}},
        {QStringLiteral("status"), QStringLiteral("PARTIAL_SUCCEEDED")},
        {QStringLiteral("output_count"), 1234},
        {QStringLiteral("postponed_until"), QStringLiteral("2026-03-01T12:00:00.250Z")},
        {QStringLiteral("started_at"), QStringLiteral("2026-03-01T10:00:05Z")},
        {QStringLiteral("finished_at"), QStringLiteral("2026-03-01T10:20:00Z")},
        {QStringLiteral("synced_at"), QStringLiteral("2026-03-01T10:19:00Z")},
        {QStringLiteral("created_at"), QStringLiteral("2026-03-01T10:00:00Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-03-01T10:20:01Z")},
    };
    const Run sent = Run::fromJson(object);
    QJsonObject other = object;
    other[QStringLiteral("uid")] = QStringLiteral("r-2");
    other.remove(QStringLiteral("last_error"));
    other.remove(QStringLiteral("last_info"));
    other.remove(QStringLiteral("started_at"));
    OfflineHarness h;
    RunsModel &model = *h.model;
    model.mergeWindow({sent, Run::fromJson(other)}, true);
    const Run kept = model.runAt(model.index(0, 0));
    QCOMPARE(kept.id, sent.id);
    QCOMPARE(kept.uid, sent.uid);
    QCOMPARE(kept.name, sent.name);
    QCOMPARE(kept.scheduledRunUid, sent.scheduledRunUid);
    QCOMPARE(kept.scheduledRunName, sent.scheduledRunName);
    QCOMPARE(kept.actionId, sent.actionId);
    QCOMPARE(kept.actionName, sent.actionName);
    QCOMPARE(kept.retryCount, sent.retryCount);
    QCOMPARE(kept.userUid, sent.userUid);
    QCOMPARE(kept.workspaceUid, sent.workspaceUid);
    QCOMPARE(kept.executionMode, sent.executionMode);
    QVERIFY(kept.lastError && sent.lastError);
    QCOMPARE(kept.lastError->label, sent.lastError->label);
    QCOMPARE(kept.lastError->message, sent.lastError->message);
    QCOMPARE(kept.lastError->statusCode, sent.lastError->statusCode);
    QVERIFY(kept.lastInfo);
    QCOMPARE(kept.lastInfo->message, sent.lastInfo->message);
    QCOMPARE(kept.parameters, sent.parameters);
    QVERIFY(kept.isIncremental());
    QCOMPARE(kept.callbackUrl, sent.callbackUrl);
    QCOMPARE(kept.status, sent.status);
    QCOMPARE(kept.statusText, sent.statusText);
    QCOMPARE(kept.outputCount, sent.outputCount);
    for (const auto field : {&Run::postponedUntil, &Run::startedAt, &Run::finishedAt,
                             &Run::syncedAt, &Run::createdAt, &Run::updatedAt}) {
        QCOMPARE(kept.*field, sent.*field);
        QVERIFY((kept.*field).isValid());
    }
    QCOMPARE(kept.durationSeconds(), sent.durationSeconds());
    QCOMPARE(model.data(model.index(0, RunsModel::DurationColumn)).toString(),
             QStringLiteral("19 min 55 s"));

    const Run second = model.runAt(model.index(1, 0));
    QCOMPARE(second.uid, QStringLiteral("r-2"));
    QCOMPARE(second.parameters, sent.parameters);
    QVERIFY(!second.lastError);
    QVERIFY(!second.lastInfo);
    QVERIFY(!second.startedAt.isValid());
    QVERIFY(!second.durationSeconds());
    QCOMPARE(model.data(model.index(1, RunsModel::DurationColumn)), QVariant());
}

void TestRunsModel::updateRun()
{
    OfflineHarness h;
    RunsModel &model = *h.model;
    model.mergeWindow({makeRun(QStringLiteral("a"), 3, QStringLiteral("RUNNING")),
                       makeRun(QStringLiteral("b"), 2, QStringLiteral("RUNNING")),
                       makeRun(QStringLiteral("c"), 1, QStringLiteral("RUNNING"))},
                      true);
    SignalLog log(&model);

    Run b = makeRun(QStringLiteral("b"), 2, QStringLiteral("SUCCEEDED"));
    b.outputCount = 12;
    model.updateRun(b);
    QCOMPARE(log.entries, QStringList{QStringLiteral("changed 1")});
    QCOMPARE(model.data(model.index(1, RunsModel::StatusColumn)).toString(),
             QStringLiteral("SUCCEEDED"));
    QCOMPARE(model.data(model.index(1, RunsModel::OutputsColumn)).toLongLong(), 12);
    QCOMPARE(model.data(model.index(0, RunsModel::StatusColumn)).toString(),
             QStringLiteral("RUNNING"));
    log.clear();

    // Unknown uid, or nothing new: ignored.
    model.updateRun(makeRun(QStringLiteral("nope"), 2));
    model.updateRun(b);
    QCOMPARE(log.entries, QStringList());
    QCOMPARE(model.rowCount(), 3);

    // After rows moved down (insert on top) the uid still finds its row.
    model.mergeWindow({makeRun(QStringLiteral("n"), 4),
                       makeRun(QStringLiteral("a"), 3, QStringLiteral("RUNNING")), b,
                       makeRun(QStringLiteral("c"), 1, QStringLiteral("RUNNING"))},
                      true);
    log.clear();
    model.updateRun(makeRun(QStringLiteral("c"), 1, QStringLiteral("STOPPED")));
    QCOMPARE(log.entries, QStringList{QStringLiteral("changed 3")});
    QCOMPARE(model.data(model.index(3, RunsModel::StatusColumn)).toString(),
             QStringLiteral("STOPPED"));
}

void TestRunsModel::uidSortIsTextOrderIgnoringCase_data()
{
    QTest::addColumn<QStringList>("uids");
    // Digits before letters, the last digit deciding, upper case among
    // lower: the UUID path compares them as integers.
    const QStringList uuids = {QStringLiteral("5b0f6a7e-0000-4000-8000-00000000000a"),
                               QStringLiteral("5b0f6a7e-0000-4000-8000-000000000009"),
                               QStringLiteral("ffffffff-ffff-4fff-bfff-ffffffffffff"),
                               QStringLiteral("00000000-0000-4000-8000-000000000000"),
                               QStringLiteral("5B0F6A7E-0000-4000-8000-00000000000B"),
                               QStringLiteral("5b0f6a7f-0000-4000-8000-000000000000"),
                               QStringLiteral("a0000000-0000-4000-8000-000000000000"),
                               QStringLiteral("90000000-0000-4000-8000-000000000001")};
    QTest::newRow("uuids") << uuids;
    // One uid that is no UUID: every uid is compared as text.
    QTest::newRow("one not a uuid") << uuids + QStringList{QStringLiteral("run-7")};
}

void TestRunsModel::uidSortIsTextOrderIgnoringCase()
{
    QFETCH(QStringList, uids);
    RunsModel model(nullptr);
    QJsonArray page;
    for (const QString &uid : std::as_const(uids))
        page.append(
            QJsonObject{{QStringLiteral("uid"), uid},
                        {QStringLiteral("status"), QStringLiteral("RUNNING")},
                        {QStringLiteral("created_at"), QStringLiteral("2026-03-01T10:00:00Z")}});
    model.applyPage(page, 0, false);
    QCOMPARE(model.rowCount(), uids.size());
    RunsProxyModel proxy(&model);
    QStringList expected = uids;
    std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
        return a.toCaseFolded() < b.toCaseFolded();
    });
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        proxy.sort(RunsModel::UidColumn, order);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.append(proxy.index(row, RunsModel::UidColumn).data(Qt::DisplayRole).toString());
        QStringList wanted = expected;
        if (order == Qt::DescendingOrder)
            std::reverse(wanted.begin(), wanted.end());
        QCOMPARE(shown, wanted);
    }
}

void TestRunsModel::cells()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, true));
    Harness h(sandbox);
    RunsModel &model = *h.model;
    model.setFilter({});
    LOAD_ALL(model);
    QVERIFY(model.rowCount() > 2 * RunsModel::kPageSize);

    // A finished async run of a schedule, with outputs and a name.
    QJsonObject chosen;
    for (const QJsonValue &value : serverRuns(sandbox)) {
        const QJsonObject run = value.toObject();
        if (run.value(QStringLiteral("status")) == QLatin1String("SUCCEEDED") &&
            run.value(QStringLiteral("execution_mode")) == QLatin1String("ASYNC") &&
            run.value(QStringLiteral("output_count")).toInt() > 0 &&
            run.value(QStringLiteral("scheduled_run_uid")).isString() &&
            run.value(QStringLiteral("name")).isString() &&
            !run.value(QStringLiteral("started_at")).isNull()) {
            chosen = run;
            break;
        }
    }
    QVERIFY(!chosen.isEmpty());
    const QString uid = chosen.value(QStringLiteral("uid")).toString();
    const int row = model.rowOfUid(uid);
    QVERIFY(row >= 0);
    const auto cell = [&model, row](int column) { return model.data(model.index(row, column)); };
    const auto time = [&chosen](const char *field) {
        return JsonFields::parseTimestamp(chosen.value(QLatin1String(field)).toString());
    };

    QCOMPARE(cell(RunsModel::StatusColumn).toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(cell(RunsModel::ActionColumn).toString(),
             chosen.value(QStringLiteral("action_name")).toString());
    QCOMPARE(cell(RunsModel::NameColumn).toString(),
             chosen.value(QStringLiteral("name")).toString());
    QCOMPARE(cell(RunsModel::ModeColumn).toString(), QStringLiteral("ASYNC"));
    QCOMPARE(cell(RunsModel::ScheduleColumn).toString(),
             chosen.value(QStringLiteral("scheduled_run_name")).toString());
    QCOMPARE(cell(RunsModel::OutputsColumn).toLongLong(),
             chosen.value(QStringLiteral("output_count")).toInteger());
    QCOMPARE(cell(RunsModel::RetriesColumn).toInt(),
             chosen.value(QStringLiteral("retry_count")).toInt());
    QCOMPARE(cell(RunsModel::CreatedColumn).typeId(), QMetaType::QDateTime);
    QCOMPARE(cell(RunsModel::CreatedColumn).toDateTime(), time("created_at"));
    QCOMPARE(cell(RunsModel::StartedColumn).toDateTime(), time("started_at"));
    QCOMPARE(cell(RunsModel::FinishedColumn).toDateTime(), time("finished_at"));
    const QString duration = cell(RunsModel::DurationColumn).toString();
    QVERIFY(!duration.isEmpty());
    QVERIFY2(QRegularExpression(QStringLiteral("^(\\d+ s|\\d+ min \\d+ s|\\d+ h \\d+ min)$"))
                 .match(duration)
                 .hasMatch(),
             qPrintable(duration));
    const qint64 seconds = time("started_at").secsTo(time("finished_at"));
    if (seconds < 60)
        QCOMPARE(duration, QStringLiteral("%1 s").arg(seconds));
    QCOMPARE(cell(RunsModel::UidColumn).toString(), uid);

    // Roles, on any column.
    const QModelIndex index = model.index(row, RunsModel::NameColumn);
    QCOMPARE(model.data(index, int(RunsModel::Role::Uid)).toString(), uid);
    QCOMPARE(model.data(index, int(RunsModel::Role::Status)).toInt(), int(RunStatus::Succeeded));
    QCOMPARE(model.data(index, int(RunsModel::Role::StatusText)).toString(),
             QStringLiteral("SUCCEEDED"));
    QCOMPARE(model.data(index, int(RunsModel::Role::Terminal)).toBool(), true);
    QCOMPARE(model.data(index, int(RunsModel::Role::CreatedAt)).toDateTime(), time("created_at"));
    QVERIFY(!model.data(index, Qt::ToolTipRole).isValid());
    QVERIFY(!model.data(index, Qt::EditRole).isValid());
    QCOMPARE(model.runAt(index).uid, uid);

    // A run that has not started: no start, finish or duration; not terminal.
    const QString fresh = launchRun(sandbox);
    model.refresh();
    WAIT_IDLE(model);
    const int freshRow = model.rowOfUid(fresh);
    QCOMPARE(freshRow, 0);
    QCOMPARE(model.data(model.index(0, RunsModel::StatusColumn)).toString(),
             QStringLiteral("CREATED"));
    QVERIFY(!model.data(model.index(0, RunsModel::StartedColumn)).isValid());
    QVERIFY(!model.data(model.index(0, RunsModel::FinishedColumn)).isValid());
    QVERIFY(!model.data(model.index(0, RunsModel::DurationColumn)).isValid());
    QCOMPARE(model.data(model.index(0, 0), int(RunsModel::Role::Terminal)).toBool(), false);
    QCOMPARE(model.data(model.index(0, RunsModel::ScheduleColumn)).toString(), QString());

    // A running demo run: the duration runs up to its last update.
    for (int r = 0; r < model.rowCount(); ++r) {
        const Run &run = model.runAt(model.index(r, 0));
        if (run.status != RunStatus::Running || !run.startedAt.isValid())
            continue;
        QVERIFY(!model.data(model.index(r, RunsModel::DurationColumn)).toString().isEmpty());
        QVERIFY(!model.data(model.index(r, RunsModel::FinishedColumn)).isValid());
        QCOMPARE(model.data(model.index(r, 0), int(RunsModel::Role::Terminal)).toBool(), false);
        break;
    }
}

void TestRunsModel::headers()
{
    OfflineHarness h;
    const RunsModel &model = *h.model;
    QCOMPARE(model.columnCount(), int(RunsModel::ColumnCount));
    const QStringList expected = {
        QStringLiteral("Status"),   QStringLiteral("Action"),   QStringLiteral("Name"),
        QStringLiteral("Mode"),     QStringLiteral("Schedule"), QStringLiteral("Outputs"),
        QStringLiteral("Retries"),  QStringLiteral("Created"),  QStringLiteral("Started"),
        QStringLiteral("Finished"), QStringLiteral("Duration"), QStringLiteral("Run uid")};
    QCOMPARE(expected.size(), qsizetype(RunsModel::ColumnCount));
    for (int section = 0; section < RunsModel::ColumnCount; ++section) {
        QCOMPARE(model.headerData(section, Qt::Horizontal).toString(), expected.at(section));
        QVERIFY(!model.headerData(section, Qt::Horizontal, Qt::ToolTipRole).isValid());
        QVERIFY(!model.headerData(section, Qt::Vertical).isValid());
    }
    QVERIFY(!model.headerData(RunsModel::ColumnCount, Qt::Horizontal).isValid());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore());
    QVERIFY(!model.isLoading());
}

void TestRunsModel::failedLoad()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, true));
    Harness h(sandbox, QStringLiteral("not-the-key"));
    RunsModel &model = *h.model;
    SignalLog log(&model);
    QSignalSpy loading(&model, &RunsModel::loadingChanged);
    QList<ApiError> errors;
    connect(&model, &RunsModel::loadFailed, this,
            [&errors](const ApiError &error) { errors.append(error); });

    model.setFilter({});
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeoutMs);
    WAIT_IDLE(model);
    QCOMPARE(errors.first().kind, ApiError::Kind::Http);
    QCOMPARE(errors.first().httpStatus, 401);
    QVERIFY(!errors.first().message().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(log.entries, (QStringList{QStringLiteral("reset")}));
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);

    // A refresh fails the same way and leaves the table alone.
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 2, kTimeoutMs);
    WAIT_IDLE(model);
    QCOMPARE(errors.last().httpStatus, 401);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(log.entries, (QStringList{QStringLiteral("reset")}));
}

// A uid the server sends twice in one page is one row, on a first load
// and on a refresh alike.
void TestRunsModel::repeatedUidIsShownOnce()
{
    OfflineHarness h;
    RunsModel &model = *h.model;
    model.mergeWindow({makeRun(QStringLiteral("b"), 2), makeRun(QStringLiteral("a"), 1),
                       makeRun(QStringLiteral("a"), 1)},
                      true);
    QCOMPARE(model.rowCount(), 2);
    model.mergeWindow({makeRun(QStringLiteral("c"), 3), makeRun(QStringLiteral("c"), 3),
                       makeRun(QStringLiteral("b"), 2), makeRun(QStringLiteral("a"), 1)},
                      true);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOfUid(QStringLiteral("c")), 0);
}

void TestRunsModel::destroyedWhileLoading()
{
    SandboxFixture sandbox;
    QVERIFY(startSandbox(sandbox, true));
    Harness h(sandbox);
    QList<ApiError> errors;
    connect(h.model.get(), &RunsModel::loadFailed, this,
            [&errors](const ApiError &error) { errors.append(error); });
    h.model->setFilter({});
    QVERIFY(h.model->isLoading());
    h.tester.reset();
    h.model.reset();
    // The cancelled request reports nothing, and nothing arrives later.
    QCOMPARE(errors.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(h.network.inFlight, 0, kTimeoutMs);
    QCOMPARE(errors.size(), 0);
}

QTEST_GUILESS_MAIN(TestRunsModel)
#include "tst_runsmodel.moc"
