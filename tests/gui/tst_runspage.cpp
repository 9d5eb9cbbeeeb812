// The runs page on real widgets against the in-process sandbox: bulk cancel
// with eligibility checked before sending, search, presets, copy as uid and
// curl, the pause switch and the counts per status.

#include "models/runs/runsmodel.h"
#include "models/runs/runsproxymodel.h"
#include "models/runs/runwatcher.h"
#include "models/schedules/schedulesmodel.h"
#include "tests/support/guitesthelpers.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxsession.h"
#include "ui/runs/bulkoperationdialog.h"
#include "ui/runs/runsfilterbar.h"
#include "ui/runs/runspage.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <memory>

class TestRunsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void bulkCancelChecksEligibilityFirst();
    void closingMidRunStopsSending();
    void searchNarrowsAndUidAsksTheServer();
    void presetsRoundTrip();
    void scheduleFilterListsSchedules();
    void copiesUidAndCurlWithoutTheKey();
    void pauseStopsFollowing();
    void countsPerStatus();

private:
    void selectRows(const QList<int> &rows);
    QList<Run> loadedRuns() const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxSession> m_connection;
    RunsModel *m_model = nullptr;
    RunWatcher *m_watcher = nullptr;
    std::unique_ptr<RunsPage> m_page;
};

void TestRunsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RunboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_runspage"));
}

void TestRunsPage::init()
{
    QSettings().clear();
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    QCOMPARE(m_sandbox->adminPost(QStringLiteral("/demo")).status, 200);
    m_connection = std::make_unique<SandboxSession>(*m_sandbox);
    m_model = m_connection->session.runs();
    m_watcher = m_connection->session.watcher();
    m_page = std::make_unique<RunsPage>(&m_connection->session);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_model->setFilter({});
    QTRY_COMPARE(m_page->table()->model()->rowCount(), RunsModel::kPageSize);
}

void TestRunsPage::cleanup()
{
    m_page.reset();
    m_connection.reset();
    m_sandbox.reset();
}

void TestRunsPage::selectRows(const QList<int> &rows)
{
    QTableView *table = m_page->table();
    table->clearSelection();
    for (const int row : rows) {
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QList<Run> TestRunsPage::loadedRuns() const
{
    QList<Run> runs;
    for (int row = 0; row < m_page->proxy()->rowCount(); ++row)
        runs.append(m_page->proxy()->runAt(m_page->proxy()->index(row, 0)));
    return runs;
}

void TestRunsPage::bulkCancelChecksEligibilityFirst()
{
    // Pick runs the contract lets us cancel (async, not finished) and some
    // it does not, judged here from the table, not by the code under test.
    const QStringList cancellable = {QStringLiteral("CREATED"), QStringLiteral("QUEUED"),
                                     QStringLiteral("SCHEDULED"), QStringLiteral("RUNNING"),
                                     QStringLiteral("BLOCKED")};
    QList<int> yes;
    QList<int> no;
    const QList<Run> runs = loadedRuns();
    for (int row = 0; row < runs.size(); ++row) {
        const Run &run = runs.at(row);
        const bool eligible =
            cancellable.contains(run.statusText) && run.executionMode != ExecutionMode::Live;
        if (eligible && yes.size() < 3)
            yes.append(row);
        else if (!eligible && no.size() < 2)
            no.append(row);
    }
    QCOMPARE(yes.size(), 3);
    QCOMPARE(no.size(), 2);
    selectRows(yes + no);

    TRIGGER_ACTION(m_page.get(), "actionCancelRuns");
    auto *dialog = m_page->findChild<BulkOperationDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("bulkSummaryLabel"))->text(),
             QStringLiteral("Cancel 3 runs. 2 selected runs will be skipped."));
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("bulkRunsList"));
    QCOMPARE(list->topLevelItemCount(), 5);
    for (int i = 3; i < 5; ++i)
        QVERIFY(list->topLevelItem(i)->text(2).startsWith(QStringLiteral("Skipped: ")));

    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("bulkConfirmButton"));
    QCOMPARE(confirm->text(), QStringLiteral("Cancel 3 runs"));
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(!dialog->runner()->isRunning() && dialog->runner()->doneCount() == 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(list->topLevelItem(i)->text(2), QStringLiteral("Done: Now STOPPED"));

    for (const int row : yes)
        QCOMPARE(m_sandbox->runStatus(runs.at(row).uid), QStringLiteral("STOPPED"));
    for (const int row : no)
        QCOMPARE(m_sandbox->runStatus(runs.at(row).uid), runs.at(row).statusText);
    // The table shows the server's answer without waiting for a refresh.
    QCOMPARE(
        m_model->runAt(m_model->index(m_model->rowOfUid(runs.at(yes.first()).uid), 0)).statusText,
        QStringLiteral("STOPPED"));

    // Nothing eligible: the action is off, so nothing can be sent.
    selectRows(no);
    QVERIFY(!m_page->findChild<QAction *>(QStringLiteral("actionCancelRuns"))->isEnabled());
}

void TestRunsPage::closingMidRunStopsSending()
{
    // Every active async run on the page, so there is something to stop.
    QList<int> rows;
    const QList<Run> runs = loadedRuns();
    for (int row = 0; row < runs.size(); ++row) {
        if (RunOperationPlan::refusal(RunOperation::Cancel, runs.at(row)).isEmpty())
            rows.append(row);
    }
    QVERIFY(rows.size() > BulkOperationRunner::kInFlight);
    selectRows(rows);
    m_page->startOperation(RunOperation::Cancel);
    QPointer<BulkOperationDialog> dialog = m_page->findChild<BulkOperationDialog *>();
    QTRY_VERIFY(dialog && dialog->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("bulkConfirmButton")),
                      Qt::LeftButton);
    QVERIFY(dialog->runner()->isRunning());
    // Esc while sending stops sending but keeps the dialog to show results.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->runner()->isRunning());
    const int answered = dialog->runner()->doneCount();
    QVERIFY(answered < rows.size());
    // Those not sent are still active on the server.
    int stillActive = 0;
    for (const int row : rows)
        stillActive += m_sandbox->runStatus(runs.at(row).uid) != QStringLiteral("STOPPED");
    QCOMPARE(stillActive, static_cast<int>(rows.size()) - answered);

    // Deleting a dialog with requests out (a connection switch) neither
    // crashes nor sends more.
    selectRows(rows);
    m_page->startOperation(RunOperation::Cancel);
    BulkOperationDialog *second = nullptr;
    for (BulkOperationDialog *candidate : m_page->findChildren<BulkOperationDialog *>()) {
        if (candidate != dialog)
            second = candidate;
    }
    QVERIFY(second);
    QTest::mouseClick(second->findChild<QPushButton *>(QStringLiteral("bulkConfirmButton")),
                      Qt::LeftButton);
    QVERIFY(second->runner()->isRunning());
    delete second;
    QCoreApplication::processEvents();
    int stoppedAfter = 0;
    for (const int row : rows)
        stoppedAfter += m_sandbox->runStatus(runs.at(row).uid) == QStringLiteral("STOPPED");
    QVERIFY(stoppedAfter <= answered + BulkOperationRunner::kInFlight);
}

void TestRunsPage::searchNarrowsAndUidAsksTheServer()
{
    // A run far down the list, found by its uid without scrolling to it.
    const QString uid = m_sandbox->getAllByOffset(QStringLiteral("/runs?sort=-created_at"), 100)
                            .last()
                            .toObject()
                            .value(QStringLiteral("uid"))
                            .toString();
    QVERIFY(m_model->rowOfUid(uid) < 0);
    const QList<Run> runs = loadedRuns();
    QString name;
    for (const Run &run : runs) {
        if (!run.name.isEmpty()) {
            name = run.name;
            break;
        }
    }
    QVERIFY(!name.isEmpty());
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("runsSearchEdit"));
    QTest::keyClicks(search, name.left(6).toUpper());
    QTRY_VERIFY(m_page->proxy()->rowCount() < m_model->rowCount());
    QVERIFY(m_page->proxy()->rowCount() > 0);
    for (const Run &run : loadedRuns()) {
        const QString haystack = run.name + run.uid + run.actionName + run.scheduledRunName;
        QVERIFY(haystack.contains(name.left(6), Qt::CaseInsensitive));
    }

    search->clear();
    QTest::keyClicks(search, uid);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->runAt(m_model->index(0, 0)).uid, uid);
    QCOMPARE(m_page->proxy()->rowCount(), 1);
}

void TestRunsPage::presetsRoundTrip()
{
    RunsFilterBar *bar = m_page->filterBar();
    SET_ACTION_CHECKED(m_page.get(), "statusFilter_FAILED", true);
    auto *actions = bar->findChild<QComboBox *>(QStringLiteral("actionFilterCombo"));
    actions->setCurrentIndex(actions->findData(QStringLiteral("linkedin-extract-contact")));
    const RunsFilterPresets::Preset saved = bar->preset();
    QCOMPARE(saved.filter.statuses, QStringList{QStringLiteral("FAILED")});
    bar->savePreset(QStringLiteral("Failed contacts / weekly"));
    QVERIFY(m_page->findChild<QAction *>(QStringLiteral("preset_Failed contacts / weekly")));

    TRIGGER_ACTION(m_page.get(), "actionClearFilters");
    QCOMPARE(bar->filter(), RunsModel::Filter());
    QTRY_COMPARE(m_model->filter(), RunsModel::Filter());

    TRIGGER_ACTION(m_page.get(), "preset_Failed contacts / weekly");
    QCOMPARE(bar->preset(), saved);
    QTRY_COMPARE(m_model->filter(), saved.filter);

    // The page's whole state survives a restart through the settings.
    QSettings settings;
    m_page->saveState(settings);
    SandboxSession otherSession(*m_sandbox);
    RunsPage other(&otherSession.session);
    other.restoreState(settings);
    QCOMPARE(other.filterBar()->preset(), saved);
    QCOMPARE(otherSession.session.runs()->filter(), saved.filter);
}

void TestRunsPage::scheduleFilterListsSchedules()
{
    SchedulesModel &schedules = *m_connection->session.schedules();
    m_page->filterBar()->setSchedules(&schedules);
    schedules.refresh();
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("scheduleFilterCombo"));
    QTRY_VERIFY(schedules.rowCount() > 0);
    QTRY_COMPARE(combo->count(), schedules.rowCount() + 1);
    // Pick a schedule that has runs, and every row shown belongs to it.
    const QJsonArray all = m_sandbox->getAllByOffset(QStringLiteral("/runs"), 100);
    QString scheduleUid;
    for (const QJsonValue &run : all) {
        scheduleUid = run.toObject().value(QStringLiteral("scheduled_run_uid")).toString();
        if (!scheduleUid.isEmpty())
            break;
    }
    QVERIFY(!scheduleUid.isEmpty());
    QVERIFY(combo->findData(scheduleUid) > 0);
    combo->setCurrentIndex(combo->findData(scheduleUid));
    QTRY_COMPARE(m_model->filter().scheduleUid, scheduleUid);
    QTRY_VERIFY(!m_model->isLoading() && m_model->rowCount() > 0);
    for (const Run &run : loadedRuns())
        QCOMPARE(run.scheduledRunUid, scheduleUid);
}

void TestRunsPage::copiesUidAndCurlWithoutTheKey()
{
    selectRows({2});
    const Run run = m_page->selectedRuns().first();
    TRIGGER_ACTION(m_page.get(), "actionCopyRunUid");
    QCOMPARE(QGuiApplication::clipboard()->text(), run.uid);

    TRIGGER_ACTION(m_page.get(), "actionCopyRunCurl");
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY(curl.startsWith(QStringLiteral("curl ")));
    QVERIFY(curl.contains(m_sandbox->baseUrl() + QStringLiteral("/runs/") + run.uid));
    QVERIFY(curl.contains(QStringLiteral("$EDGES_API_KEY")));
    QVERIFY(!curl.contains(QStringLiteral("X-API-Key: sandbox")));
}

void TestRunsPage::pauseStopsFollowing()
{
    QTRY_VERIFY(m_watcher->watchedCount() > 0);
    SET_ACTION_CHECKED(m_page.get(), "actionPauseRefresh", true);
    QVERIFY(m_watcher->isPaused());
    QVERIFY(!m_watcher->isPolling());
    QTRY_VERIFY(m_page->findChild<QLabel *>(QStringLiteral("runsUpdatedLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Paused")));
    SET_ACTION_CHECKED(m_page.get(), "actionPauseRefresh", false);
    QVERIFY(!m_watcher->isPaused());
    QVERIFY(m_watcher->isPolling());
}

void TestRunsPage::countsPerStatus()
{
    int failed = 0;
    for (const Run &run : loadedRuns())
        failed += run.status == RunStatus::Failed ? 1 : 0;
    QVERIFY(failed > 0);
    auto *counts = m_page->findChild<QLabel *>(QStringLiteral("runsStatusCounts"));
    QTRY_VERIFY(counts->text().startsWith(QStringLiteral("Of 100 loaded:")));
    QVERIFY2(counts->text().contains(QStringLiteral("Failed&nbsp;%1").arg(failed)),
             qPrintable(counts->text()));
}

QTEST_MAIN(TestRunsPage)
#include "tst_runspage.moc"
