#include "core/domain/durationtext.h"
#include "core/domain/run.h"
#include "models/callbacks/callbacksmodel.h"
#include "models/inputs/runinputsmodel.h"
#include "models/runs/runwatcher.h"
#include "tests/support/callbackreceiver.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxsession.h"
#include "ui/common/timedisplay.h"
#include "ui/detail/rundetailpane.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

// The run detail pane on real widgets against the in-process sandbox
// (manual clock): the summary and its completeness line, the lazily
// loaded inputs and outputs, replaying a callback through the button, the
// status timeline (observed and fallback), and the warning for an
// incremental iteration that hit max_results.
class TestRunDetail : public QObject
{
    Q_OBJECT

private slots:
    void finishedRunShowsSummaryAndTables();
    void completenessSaysWhatIsMissing();
    void replayFailedCallback();
    void timelineFollowsTheRun();
    void timelineFallsBackToRunTimes();
    void incrementalWarningAfterManualContinue();
    void incrementalAdviceUsesTheSchedule();
    void clearEmptiesThePane();
    void listsThatCannotLoadSaySo();
};

namespace {

constexpr int kTimeoutMs = 10000;

template <typename T>
T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning() << "no" << name;
    return widget;
}

Run runOf(SandboxFixture &sandbox, const QString &uid)
{
    return Run::fromJson(sandbox.run(uid));
}

bool ended(const QString &status)
{
    return status == QLatin1String("SUCCEEDED") || status == QLatin1String("FAILED") ||
           status == QLatin1String("PARTIAL_SUCCEEDED");
}

// Advances the clock until the run has ended; false when it never does.
bool runToEnd(SandboxFixture &sandbox, const QString &uid)
{
    for (int step = 0; step < 200; ++step) {
        if (ended(sandbox.runStatus(uid)))
            return true;
        sandbox.advance(2);
    }
    return false;
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

void clickRow(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

QStringList columnTexts(QTableWidget *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << table->item(row, column)->text();
    return texts;
}

QJsonObject incrementalBody(const QString &identity, int maxResults)
{
    return QJsonObject{{QStringLiteral("inputs"), QJsonArray{QJsonObject()}},
                       {QStringLiteral("identity_ids"), QJsonArray{identity}},
                       {QStringLiteral("parameters"),
                        QJsonObject{{QStringLiteral("sync_mode"), QStringLiteral("incremental")},
                                    {QStringLiteral("max_results"), maxResults}}}};
}

SandboxFixture::Reply grow(SandboxFixture &sandbox, const QString &identity, int count)
{
    return sandbox.adminPost(
        QStringLiteral("/sources/grow"),
        QJsonObject{{QStringLiteral("action"), QStringLiteral("linkedin-extract-connections")},
                    {QStringLiteral("identity_uid"), identity},
                    {QStringLiteral("count"), count}});
}

struct Setup
{
    explicit Setup(SandboxFixture &sandbox)
        : connection(sandbox)
        , watcher(*connection.session.watcher())
        , pane(&connection.session)
    {
        watcher.setIntervals({20, 100, 1.5});
        pane.resize(900, 600);
        pane.show();
    }

    SandboxSession connection;
    RunWatcher &watcher;
    RunDetailPane pane;
};

} // namespace

void TestRunDetail::finishedRunShowsSummaryAndTables()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    // Two profiles succeed, one is unusable: PARTIAL_SUCCEEDED with an error.
    const QString uid = sandbox.launch(
        QStringLiteral("linkedin-extract-people"),
        SandboxApi::profiles(
            {QStringLiteral("alice"), QStringLiteral("unusable-bob"), QStringLiteral("carol")}),
        QJsonObject(), QJsonObject());
    QVERIFY(!uid.isEmpty());
    QVERIFY(runToEnd(sandbox, uid));
    const Run run = runOf(sandbox, uid);
    QCOMPARE(run.status, RunStatus::PartialSucceeded);
    QCOMPARE(run.outputCount, 2);

    Setup s(sandbox);
    RunDetailPane &pane = s.pane;
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(pane.objectName(), QStringLiteral("runDetailPane"));
    pane.showRun(run);
    QCOMPARE(pane.runUid(), uid);

    auto *tabs = child<QTabWidget>(pane, "runDetailTabs");
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 5);
    QCOMPARE(tabs->currentIndex(), int(RunDetailPane::SummaryTab));
    auto *summary = child<QTextBrowser>(pane, "runSummaryText");
    QVERIFY(summary);
    QVERIFY(child<QWidget>(pane, "runSummaryView"));
    const QString text = summary->toPlainText();
    for (const QString &expected :
         {uid, QStringLiteral("Partial succeeded"), QStringLiteral("PARTIAL_SUCCEEDED"),
          QStringLiteral("linkedin-extract-people"), QStringLiteral("Async"),
          QStringLiteral("NO_DATA_AVAILABLE"),
          QStringLiteral("The platform returned nothing usable for this input."),
          QStringLiteral("Parameters"), run.userUid, run.workspaceUid,
          TimeDisplay::instance()->format(run.createdAt),
          TimeDisplay::instance()->format(run.finishedAt),
          DurationText::format(run.startedAt.secsTo(run.finishedAt))})
        QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1String(" in:\n") + text));

    // The first output page is loaded at once for the completeness line.
    auto *completeness = child<QLabel>(pane, "outputCompletenessLabel");
    QVERIFY(completeness);
    QTRY_COMPARE_WITH_TIMEOUT(completeness->text(),
                              QStringLiteral("All 2 outputs received: the count matches "
                                             "output_count."),
                              kTimeoutMs);
    QVERIFY(child<QPushButton>(pane, "loadAllOutputsButton")->isHidden());
    // Not incremental: no sync line, no warning.
    QVERIFY(child<QLabel>(pane, "incrementalLabel")->isHidden());
    QVERIFY(child<QLabel>(pane, "incrementalWarningLabel")->isHidden());

    // The inputs load only when their tab opens.
    auto *inputs = child<QTableView>(pane, "runInputsView");
    QVERIFY(inputs);
    QCOMPARE(inputs->model()->rowCount(), 0);
    tabs->setCurrentIndex(RunDetailPane::InputsTab);
    QTRY_COMPARE_WITH_TIMEOUT(inputs->model()->rowCount(), 3, kTimeoutMs);
    QStringList statuses;
    QString errors;
    for (int row = 0; row < 3; ++row) {
        statuses << inputs->model()->index(row, RunInputsModel::StatusColumn).data().toString();
        errors += inputs->model()->index(row, RunInputsModel::ErrorColumn).data().toString();
    }
    QCOMPARE(statuses, (QStringList{QStringLiteral("SUCCEEDED"), QStringLiteral("FAILED"),
                                    QStringLiteral("SUCCEEDED")}));
    QVERIFY2(errors.contains(QStringLiteral("nothing usable")), qPrintable(errors));

    auto *outputs = child<QTableView>(pane, "runOutputsView");
    tabs->setCurrentIndex(RunDetailPane::OutputsTab);
    QCOMPARE(outputs->model()->rowCount(), 2);
    QVERIFY(outputs->model()->columnCount() > 5);
}

void TestRunDetail::completenessSaysWhatIsMissing()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const QString uid = sandbox.launch(
        QStringLiteral("linkedin-extract-people"),
        SandboxApi::profiles({QStringLiteral("dan"), QStringLiteral("erin")}), {}, {});
    QVERIFY(runToEnd(sandbox, uid));

    Setup s(sandbox);
    auto *completeness = child<QLabel>(s.pane, "outputCompletenessLabel");
    // A run that says more were stored than the server lists.
    Run run = runOf(sandbox, uid);
    run.outputCount = 5;
    s.pane.showRun(run);
    QTRY_COMPARE_WITH_TIMEOUT(completeness->text(),
                              QStringLiteral("Received 2 of 5 outputs — 3 missing."), kTimeoutMs);
    // And fewer.
    run.outputCount = 1;
    s.pane.showRun(run);
    QTRY_COMPARE_WITH_TIMEOUT(
        completeness->text(),
        QStringLiteral("Received 2 outputs but output_count says 1 — 1 more than reported."),
        kTimeoutMs);

    // A live run stores no outputs: nothing is requested, and it says why.
    const SandboxFixture::Reply live = sandbox.post(
        QStringLiteral("/actions/linkedin-extract-people/run/live"),
        QJsonObject{{QStringLiteral("input"), SandboxApi::profile(QStringLiteral("fay"))}});
    QCOMPARE(live.status, 200);
    const QJsonArray liveRuns =
        sandbox.get(QStringLiteral("/runs?execution_mode=LIVE")).json.toArray();
    QCOMPARE(liveRuns.size(), 1);
    s.pane.showRun(Run::fromJson(liveRuns.first().toObject()));
    QVERIFY2(completeness->text().startsWith(QStringLiteral("Live runs keep no outputs")),
             qPrintable(completeness->text()));
    QCOMPARE(child<QTableView>(s.pane, "runOutputsView")->model()->rowCount(), 0);
}

void TestRunDetail::replayFailedCallback()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setStatus(500);
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const QString uid = sandbox.launch(QStringLiteral("linkedin-extract-people"),
                                       SandboxApi::profiles({QStringLiteral("gus")}), QJsonObject(),
                                       receiver.callbackObject(QStringLiteral("final")));
    QVERIFY(!uid.isEmpty());
    QVERIFY(runToEnd(sandbox, uid));
    // Past every automatic retry (5 s, 30 s, 120 s): FAILED for good.
    for (int i = 0; i < 4; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(settled(sandbox, uid), kTimeoutMs);
        QCOMPARE(sandbox.advance(130).status, 200);
    }
    QTRY_VERIFY_WITH_TIMEOUT(settled(sandbox, uid), kTimeoutMs);
    QCOMPARE(sandbox.callbackRecords(uid).size(), 1);
    receiver.setStatus(200);

    Setup s(sandbox);
    RunDetailPane &pane = s.pane;
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showRun(runOf(sandbox, uid));
    auto *view = child<QTableView>(pane, "runCallbacksView");
    auto *replay = child<QPushButton>(pane, "replayCallbackButton");
    auto *message = child<QLabel>(pane, "callbackMessageLabel");
    QVERIFY(view && replay && message);
    // Lazy: nothing before the tab opens.
    QCOMPARE(view->model()->rowCount(), 0);
    child<QTabWidget>(pane, "runDetailTabs")->setCurrentIndex(RunDetailPane::CallbacksTab);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, kTimeoutMs);
    QCOMPARE(view->model()->index(0, CallbacksModel::StatusColumn).data().toString(),
             QStringLiteral("FAILED"));
    QCOMPARE(view->model()->index(0, CallbacksModel::HttpStatusColumn).data().toInt(), 500);
    QVERIFY(!replay->isEnabled());

    clickRow(view, 0);
    QVERIFY(replay->isEnabled());
    QTest::mouseClick(replay, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Replay queued")),
                             kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, kTimeoutMs);
    const QJsonArray records = sandbox.callbackRecords(uid);
    QCOMPARE(records.size(), 2);
    const QString original = records.at(0)[QStringLiteral("uid")].toString();
    QCOMPARE(records.at(1)[QStringLiteral("parent_uid")].toString(), original);
    QVERIFY(message->text().contains(records.at(1)[QStringLiteral("uid")].toString()));
    QCOMPARE(view->model()->index(1, CallbacksModel::ReplayOfColumn).data().toString(), original);

    // A replay cannot be replayed.
    clickRow(view, 1);
    QVERIFY(!replay->isEnabled());
    clickRow(view, 0);
    QVERIFY(replay->isEnabled());

    // Two more replays elsewhere use up the allowance; the table does not
    // know yet, so the button still offers a fourth, which the server
    // refuses with its reason, and the refreshed table disables it.
    for (int i = 0; i < 2; ++i)
        QCOMPARE(
            sandbox
                .post(QStringLiteral("/runs/callbacks/") + original + QStringLiteral("/replay"),
                      QJsonObject())
                .status,
            200);
    QVERIFY(replay->isEnabled());
    QTest::mouseClick(replay, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Replay refused: ")),
                             kTimeoutMs);
    QVERIFY2(message->text().length() > QStringLiteral("Replay refused: ").length() + 5,
             qPrintable(message->text()));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 4, kTimeoutMs);
    clickRow(view, 0);
    QVERIFY(!replay->isEnabled());

    // The refresh button brings the replays' delivery in.
    QCOMPARE(sandbox.advance(1).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(settled(sandbox, uid), kTimeoutMs);
    QTest::mouseClick(child<QPushButton>(pane, "refreshCallbacksButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        view->model()->index(1, CallbacksModel::StatusColumn).data().toString(),
        QStringLiteral("SUCCESS"), kTimeoutMs);
}

void TestRunDetail::timelineFollowsTheRun()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const QString uid = sandbox.launch(
        QStringLiteral("linkedin-extract-people"),
        SandboxApi::profiles({QStringLiteral("hal"), QStringLiteral("ida"), QStringLiteral("jo")}),
        {}, {});
    QVERIFY(!uid.isEmpty());

    Setup s(sandbox);
    RunDetailPane &pane = s.pane;
    pane.showRun(runOf(sandbox, uid));
    QCOMPARE(pane.run().status, RunStatus::Created);
    auto *tabs = child<QTabWidget>(pane, "runDetailTabs");
    tabs->setCurrentIndex(RunDetailPane::TimelineTab);
    auto *table = child<QTableWidget>(pane, "runTimelineTable");
    auto *note = child<QLabel>(pane, "runTimelineNote");
    QVERIFY(table && note);
    QVERIFY(child<QWidget>(pane, "runTimelineView"));

    // Step the sandbox and let the watcher see each status.
    for (int step = 0; step < 60 && !isTerminal(pane.run().status); ++step) {
        const QString status = sandbox.runStatus(uid);
        QTRY_COMPARE_WITH_TIMEOUT(toApiString(pane.run().status), status, kTimeoutMs);
        if (ended(status))
            break;
        QCOMPARE(sandbox.advance(1).status, 200);
    }
    QCOMPARE(pane.run().status, RunStatus::Succeeded);
    const QStringList labels = columnTexts(table, 0);
    QVERIFY2(labels.size() >= 3, qPrintable(labels.join(u',')));
    QCOMPARE(labels.first(), QStringLiteral("Created"));
    QVERIFY2(labels.contains(QStringLiteral("Running")), qPrintable(labels.join(u',')));
    QCOMPARE(labels.last(), QStringLiteral("Succeeded"));
    QCOMPARE(table->item(table->rowCount() - 1, 2)->text(), QStringLiteral("final"));
    QVERIFY(table->item(0, 1)->data(Qt::DisplayRole).toDateTime().isValid());
    QVERIFY2(note->text().startsWith(QStringLiteral("Status changes observed")),
             qPrintable(note->text()));
    // runChanged updated the summary too.
    QVERIFY(child<QTextBrowser>(pane, "runSummaryText")
                ->toPlainText()
                .contains(QStringLiteral("Succeeded")));
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(pane, "outputCompletenessLabel")->text(),
                              QStringLiteral("All 3 outputs received: the count matches "
                                             "output_count."),
                              kTimeoutMs);
}

void TestRunDetail::timelineFallsBackToRunTimes()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const QString uid = sandbox.launch(QStringLiteral("linkedin-extract-people"),
                                       SandboxApi::profiles({QStringLiteral("kim")}), {}, {});
    QVERIFY(runToEnd(sandbox, uid));
    const Run run = runOf(sandbox, uid);

    Setup s(sandbox);
    s.pane.showRun(run);
    child<QTabWidget>(s.pane, "runDetailTabs")->setCurrentIndex(RunDetailPane::TimelineTab);
    auto *table = child<QTableWidget>(s.pane, "runTimelineTable");
    QCOMPARE(columnTexts(table, 0),
             (QStringList{QStringLiteral("Waiting to start"), QStringLiteral("Working"),
                          QStringLiteral("Succeeded")}));
    QCOMPARE(table->item(0, 1)->data(Qt::DisplayRole).toDateTime(), run.createdAt);
    QCOMPARE(table->item(1, 1)->data(Qt::DisplayRole).toDateTime(), run.startedAt);
    QCOMPARE(table->item(2, 1)->data(Qt::DisplayRole).toDateTime(), run.finishedAt);
    QCOMPARE(table->item(1, 2)->text(), DurationText::format(run.startedAt.secsTo(run.finishedAt)));
    QVERIFY(child<QLabel>(s.pane, "runTimelineNote")
                ->text()
                .startsWith(QStringLiteral("No status change of this run was observed")));
}

void TestRunDetail::incrementalWarningAfterManualContinue()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const QString identity = sandbox.engagementIdentity();
    const auto launched =
        sandbox.post(QStringLiteral("/actions/linkedin-extract-connections/run/async"),
                     incrementalBody(identity, 10));
    QCOMPARE(launched.status, 200);
    const QString uid = launched.json[QStringLiteral("run_uid")].toString();
    QCOMPARE(sandbox.advance(30).status, 200);

    Setup s(sandbox);
    RunDetailPane &pane = s.pane;
    auto *info = child<QLabel>(pane, "incrementalLabel");
    auto *warning = child<QLabel>(pane, "incrementalWarningLabel");
    // First iteration: ten items, nothing reported lost.
    pane.showRun(runOf(sandbox, uid));
    QVERIFY(!info->isHidden());
    QVERIFY2(info->text().contains(TimeDisplay::instance()->format(pane.run().syncedAt)),
             qPrintable(info->text()));
    QVERIFY2(info->text().contains(QStringLiteral("not reported")), qPrintable(info->text()));
    QVERIFY(warning->isHidden());

    // 25 new items with max_results 10: the newest 10 come, 15 are lost.
    QCOMPARE(grow(sandbox, identity, 25).status, 200);
    QCOMPARE(
        sandbox.post(SandboxApi::runPath(uid, QStringLiteral("/continue")), QJsonObject()).status,
        200);
    QCOMPARE(sandbox.advance(30).status, 200);
    const Run run = runOf(sandbox, uid);
    QVERIFY(run.lastInfo);
    QCOMPARE(run.lastInfo->label, QStringLiteral("MAX_RESULTS_REACHED"));
    pane.showRun(run);
    QVERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(
                 QStringLiteral("found 25 new items but max_results is 10: the 15 oldest")),
             qPrintable(warning->text()));
    // The dashboard saw both syncs: the rate is over the time between them.
    QVERIFY2(warning->text().contains(QStringLiteral("Raise max_results to 40")),
             qPrintable(warning->text()));
    QVERIFY2(warning->text().contains(QStringLiteral("since the previous sync the dashboard saw")),
             qPrintable(warning->text()));
    QVERIFY2(info->text().contains(QStringLiteral("25 found, 10 fetched, 15 lost")),
             qPrintable(info->text()));
    // The explanation of last_info is in the summary too.
    QVERIFY(child<QTextBrowser>(pane, "runSummaryText")
                ->toPlainText()
                .contains(QStringLiteral("max_results; the oldest of them were not fetched")));

    // The next iteration finds nothing new: the warning goes away.
    QCOMPARE(
        sandbox.post(SandboxApi::runPath(uid, QStringLiteral("/continue")), QJsonObject()).status,
        200);
    QCOMPARE(sandbox.advance(30).status, 200);
    pane.showRun(runOf(sandbox, uid));
    QVERIFY(warning->isHidden());
    QVERIFY2(info->text().contains(QStringLiteral("0 fetched")), qPrintable(info->text()));
}

void TestRunDetail::incrementalAdviceUsesTheSchedule()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const QString identity = sandbox.engagementIdentity();
    QJsonObject body = incrementalBody(identity, 10);
    body.insert(QStringLiteral("cron"), QStringLiteral("*/10 * * * *"));
    body.insert(QStringLiteral("name"), QStringLiteral("inbox sync"));
    const auto created =
        sandbox.post(QStringLiteral("/actions/linkedin-extract-connections/run/schedule"), body);
    QCOMPARE(created.status, 200);
    const QString schedule = created.json[QStringLiteral("schedule_uid")].toString();
    // 10:10 creates the run; 25 new items before the 10:20 firing.
    QCOMPARE(sandbox.advance(660).status, 200);
    QCOMPARE(grow(sandbox, identity, 25).status, 200);
    QCOMPARE(sandbox.advance(600).status, 200);
    const QJsonArray runs =
        sandbox.get(QStringLiteral("/runs?scheduled_run_uid=") + schedule).json.toArray();
    QCOMPARE(runs.size(), 1);
    const Run run = Run::fromJson(runs.first().toObject());
    QVERIFY(run.lastInfo);
    QCOMPARE(run.lastInfo->label, QStringLiteral("MAX_RESULTS_REACHED"));

    Setup s(sandbox);
    s.pane.showRun(run);
    auto *warning = child<QLabel>(s.pane, "incrementalWarningLabel");
    QVERIFY(!warning->isHidden());
    // Once the schedule is read: 25 items in the 10 minutes between
    // firings is 150 an hour; 40 covers it with headroom, or every 3 min
    // keeps 10 enough.
    QTRY_VERIFY2_WITH_TIMEOUT(warning->text().contains(QStringLiteral("about 150 per hour")),
                              qPrintable(warning->text()), kTimeoutMs);
    QVERIFY2(warning->text().contains(
                 QStringLiteral("Raise max_results to 40, or run the iterations at least every "
                                "3 min 00 s with max_results 10.")),
             qPrintable(warning->text()));
    QVERIFY2(warning->text().contains(QStringLiteral("between the schedule")),
             qPrintable(warning->text()));
}

void TestRunDetail::clearEmptiesThePane()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const QString uid = sandbox.launch(QStringLiteral("linkedin-extract-people"),
                                       SandboxApi::profiles({QStringLiteral("lou")}), {}, {});
    QVERIFY(runToEnd(sandbox, uid));
    Setup s(sandbox);
    s.pane.showRun(runOf(sandbox, uid));
    QCOMPARE(s.pane.runUid(), uid);
    s.pane.clear();
    QCOMPARE(s.pane.runUid(), QString());
    QVERIFY(!child<QTabWidget>(s.pane, "runDetailTabs")->isEnabled());
    QVERIFY(child<QTextBrowser>(s.pane, "runSummaryText")->toPlainText().isEmpty());
    QCOMPARE(child<QTableView>(s.pane, "runOutputsView")->model()->rowCount(), 0);
    QCOMPARE(child<QLabel>(s.pane, "outputCompletenessLabel")->text(), QString());
}

void TestRunDetail::listsThatCannotLoadSaySo()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const QString uid = sandbox.launch(QStringLiteral("linkedin-extract-people"),
                                       SandboxApi::profiles({QStringLiteral("lou")}), {}, {});
    QVERIFY(runToEnd(sandbox, uid));
    const Run run = runOf(sandbox, uid);

    // A key the server refuses: every list of the detail fails, and each
    // says so where it would have shown its rows.
    SandboxSession refused(sandbox, QStringLiteral("not-a-key"));
    RunDetailPane pane(&refused.session);
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showRun(run);
    auto *tabs = child<QTabWidget>(pane, "runDetailTabs");

    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(pane, "outputCompletenessLabel")
                                 ->text()
                                 .startsWith(QStringLiteral("The outputs could not be loaded: ")),
                             kTimeoutMs);

    auto *inputs = child<QLabel>(pane, "runInputsMessage");
    QVERIFY(inputs->isHidden());
    tabs->setCurrentIndex(RunDetailPane::InputsTab);
    QTRY_VERIFY_WITH_TIMEOUT(inputs->isVisible(), kTimeoutMs);
    QVERIFY2(inputs->text().startsWith(QStringLiteral("Could not load the inputs: ")),
             qPrintable(inputs->text()));
    QCOMPARE(child<QTableView>(pane, "runInputsView")->model()->rowCount(), 0);

    tabs->setCurrentIndex(RunDetailPane::CallbacksTab);
    auto *callbacks = child<QLabel>(pane, "callbackMessageLabel");
    QTRY_VERIFY_WITH_TIMEOUT(
        callbacks->text().startsWith(QStringLiteral("Could not load the deliveries: ")),
        kTimeoutMs);

    for (const QLabel *label : {inputs, callbacks})
        QVERIFY2(!label->text().contains(QStringLiteral("not-a-key")), qPrintable(label->text()));
}

QTEST_MAIN(TestRunDetail)
#include "tst_rundetail.moc"
