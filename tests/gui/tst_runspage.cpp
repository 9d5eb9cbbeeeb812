// The runs page on real widgets against the in-process sandbox: bulk cancel
// with eligibility checked before sending, search, presets, copy as uid and
// curl, the pause switch, the counts per status (whole at 900 px), a sort
// that holds through searches, merges and pages, and Tab in reading order.

#include "models/runs/runsmodel.h"
#include "models/runs/runsproxymodel.h"
#include "models/runs/runwatcher.h"
#include "models/schedules/schedulesmodel.h"
#include "tests/support/guitesthelpers.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxsession.h"
#include "ui/common/statusstyle.h"
#include "ui/live/livequerypage.h"
#include "ui/runs/bulkoperationdialog.h"
#include "ui/runs/runsfilterbar.h"
#include "ui/runs/runspage.h"
#include "ui/schedules/schedulespage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <memory>

namespace {

// The names of the widgets Tab visits from `start`, `count` presses.
QStringList tabWalk(QWidget *start, int count)
{
    start->activateWindow();
    start->setFocus(Qt::TabFocusReason);
    QStringList names;
    if (!QTest::qWaitFor([start] { return start->hasFocus(); }))
        return {QStringLiteral("could not focus %1").arg(start->objectName())};
    for (int i = 0; i < count; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        names.append(focus ? focus->objectName() : QStringLiteral("(none)"));
    }
    return names;
}

} // namespace

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
    void countsStayWholeWhenNarrow();
    void localSortHoldsThroughSearchMergeAndPaging();
    void createdSortsOnTheServer();
    void tabFollowsReadingOrder();
    void statusMenuClearsAndStaysOpen();
    void otherPagesTabInReadingOrder();

private:
    void selectRows(const QList<int> &rows);
    void clickHeader(int column);
    QList<int> outputsShown() const;
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

void TestRunsPage::countsStayWholeWhenNarrow()
{
    QMap<QString, int> perStatus;
    for (const Run &run : loadedRuns())
        ++perStatus[StatusStyle::label(run.status)];
    QVERIFY(perStatus.size() > 3);
    auto *counts = m_page->findChild<QLabel *>(QStringLiteral("runsStatusCounts"));
    QTRY_VERIFY(counts->text().startsWith(QStringLiteral("Of 100 loaded:")));
    for (const QSize size : {QSize(1280, 720), QSize(900, 600)}) {
        m_page->resize(size);
        QTRY_COMPARE(m_page->size(), size);
        QCoreApplication::processEvents();
        const QRect page = m_page->rect();
        // Nothing that matters is pushed off the page or squeezed to nothing.
        for (const char *name :
             {"runsSearchEdit", "statusFilterButton", "actionFilterCombo", "modeFilterCombo",
              "scheduleFilterCombo", "presetsButton", "runsStatusCounts", "runsTableView"}) {
            auto *widget = m_page->findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(widget && widget->isVisible(), name);
            const QRect inPage(widget->mapTo(m_page.get(), QPoint(0, 0)), widget->size());
            QVERIFY2(page.contains(inPage) && widget->width() >= widget->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1 at %2x%3: %4,%5 %6x%7")
                                    .arg(QString::fromLatin1(name))
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(inPage.x())
                                    .arg(inPage.y())
                                    .arg(inPage.width())
                                    .arg(inPage.height())));
        }
        // The counts are whole: wrapped into the height they need, or wide
        // enough for one line; none is elided.
        const bool whole = counts->wordWrap()
                               ? counts->height() >= counts->heightForWidth(counts->width())
                               : counts->width() >= counts->sizeHint().width();
        QVERIFY2(whole, qPrintable(QStringLiteral("%1x%2 for %3x%4")
                                       .arg(counts->width())
                                       .arg(counts->height())
                                       .arg(counts->sizeHint().width())
                                       .arg(counts->heightForWidth(counts->width()))));
        for (auto it = perStatus.cbegin(); it != perStatus.cend(); ++it) {
            QVERIFY2(
                counts->text().contains(QStringLiteral("%1&nbsp;%2").arg(it.key()).arg(it.value())),
                qPrintable(it.key()));
        }
    }
}

void TestRunsPage::clickHeader(int column)
{
    QHeaderView *header = m_page->table()->horizontalHeader();
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

QList<int> TestRunsPage::outputsShown() const
{
    QList<int> outputs;
    const QAbstractItemModel *proxy = m_page->table()->model();
    for (int row = 0; row < proxy->rowCount(); ++row)
        outputs.append(proxy->index(row, RunsModel::OutputsColumn).data().toInt());
    return outputs;
}

void TestRunsPage::localSortHoldsThroughSearchMergeAndPaging()
{
    QHeaderView *header = m_page->table()->horizontalHeader();
    clickHeader(RunsModel::OutputsColumn);
    if (header->sortIndicatorOrder() != Qt::DescendingOrder)
        clickHeader(RunsModel::OutputsColumn);
    QCOMPARE(header->sortIndicatorSection(), int(RunsModel::OutputsColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    const auto descending = [](const QList<int> &values) {
        return std::is_sorted(values.crbegin(), values.crend());
    };
    const auto shown = [this] {
        QStringList values;
        for (const int value : outputsShown())
            values.append(QString::number(value));
        return values.join(QLatin1Char(' '));
    };
    QVERIFY2(descending(outputsShown()), qPrintable(shown()));
    // Outputs sort the loaded runs only; the server's order stays.
    QCOMPARE(m_model->sort(), QStringLiteral("-created_at"));
    QCOMPARE(m_page->proxy()->headerData(RunsModel::OutputsColumn, Qt::Horizontal, Qt::ToolTipRole),
             QVariant(QStringLiteral("Sorted among the loaded runs only")));

    // A search for the action most runs share.
    QMap<QString, int> perAction;
    for (const Run &run : loadedRuns())
        ++perAction[run.actionName];
    const QString action =
        std::max_element(perAction.keyValueBegin(), perAction.keyValueEnd(),
                         [](const auto &a, const auto &b) { return a.second < b.second; })
            ->first;
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("runsSearchEdit"));
    QTest::keyClicks(search, action);
    QTRY_VERIFY(m_page->proxy()->rowCount() < m_model->rowCount());
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(m_page->proxy()->rowCount() > 2);
    QVERIFY2(descending(outputsShown()), qPrintable(shown()));

    // A merged update moves the least productive run shown to the top.
    const QAbstractItemModel *proxy = m_page->table()->model();
    Run run = m_page->proxy()->runAt(proxy->index(proxy->rowCount() - 1, 0));
    run.outputCount = outputsShown().constFirst() + 100;
    run.updatedAt = run.updatedAt.addSecs(1);
    m_model->updateRun(run);
    QVERIFY2(descending(outputsShown()), qPrintable(shown()));
    QCOMPARE(m_page->proxy()->runAt(proxy->index(0, 0)).uid, run.uid);

    // Clearing the search and loading the next page keeps the order.
    search->clear();
    QTRY_COMPARE(proxy->rowCount(), m_model->rowCount());
    QVERIFY2(descending(outputsShown()), qPrintable(shown()));
    QTRY_VERIFY(m_model->canFetchMore());
    m_model->fetchMore();
    QTRY_VERIFY(m_model->rowCount() > RunsModel::kPageSize && !m_model->isLoading());
    QCOMPARE(proxy->rowCount(), m_model->rowCount());
    QVERIFY2(descending(outputsShown()), qPrintable(shown()));
}

void TestRunsPage::createdSortsOnTheServer()
{
    QCOMPARE(m_page->proxy()->headerData(RunsModel::CreatedColumn, Qt::Horizontal, Qt::ToolTipRole),
             QVariant(QStringLiteral("Sorted by the server across all runs")));
    QHeaderView *header = m_page->table()->horizontalHeader();
    clickHeader(RunsModel::CreatedColumn);
    if (header->sortIndicatorOrder() != Qt::AscendingOrder)
        clickHeader(RunsModel::CreatedColumn);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    // The oldest runs of all, not the oldest of those loaded newest first.
    QCOMPARE(m_model->sort(), QStringLiteral("created_at"));
    const QJsonArray oldest =
        m_sandbox->getAllByOffset(QStringLiteral("/runs?sort=created_at"), 100);
    QVERIFY(oldest.size() > 2 * RunsModel::kPageSize);
    const auto expect = [&oldest](int count) {
        QSet<QString> uids;
        for (int i = 0; i < count; ++i)
            uids.insert(oldest.at(i).toObject().value(QStringLiteral("uid")).toString());
        return uids;
    };
    const auto shownInOrder = [this] {
        const QList<Run> runs = loadedRuns();
        QSet<QString> uids;
        for (qsizetype i = 0; i < runs.size(); ++i) {
            if (i > 0 && runs.at(i).createdAt < runs.at(i - 1).createdAt)
                return QSet<QString>{QStringLiteral("out of order at %1").arg(i)};
            uids.insert(runs.at(i).uid);
        }
        return uids;
    };
    QTRY_VERIFY(!m_model->isLoading() && m_model->rowCount() == RunsModel::kPageSize);
    QCOMPARE(shownInOrder(), expect(RunsModel::kPageSize));
    // Paging continues in the server's order.
    QVERIFY(m_model->canFetchMore());
    m_model->fetchMore();
    QTRY_VERIFY(!m_model->isLoading() && m_model->rowCount() == 2 * RunsModel::kPageSize);
    QCOMPARE(shownInOrder(), expect(2 * RunsModel::kPageSize));

    // Back to newest first.
    clickHeader(RunsModel::CreatedColumn);
    QCOMPARE(m_model->sort(), QStringLiteral("-created_at"));
    QTRY_VERIFY(!m_model->isLoading() && m_model->rowCount() == RunsModel::kPageSize);
    const QJsonArray newest =
        m_sandbox->getAllByOffset(QStringLiteral("/runs?sort=-created_at"), 100);
    QCOMPARE(m_page->proxy()->runAt(m_page->proxy()->index(0, 0)).createdAt,
             QDateTime::fromString(
                 newest.at(0).toObject().value(QStringLiteral("created_at")).toString(),
                 Qt::ISODateWithMs));
}

void TestRunsPage::tabFollowsReadingOrder()
{
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("runsSearchEdit"));
    m_page->activateWindow();
    QTRY_VERIFY(m_page->isActiveWindow());
    const QStringList expected = {
        QStringLiteral("statusFilterButton"), QStringLiteral("actionFilterCombo"),
        QStringLiteral("modeFilterCombo"),    QStringLiteral("scheduleFilterCombo"),
        QStringLiteral("presetsButton"),      QStringLiteral("runsTableView")};
    QCOMPARE(tabWalk(search, int(expected.size())), expected);
}

void TestRunsPage::statusMenuClearsAndStaysOpen()
{
    auto *button = m_page->findChild<QToolButton *>(QStringLiteral("statusFilterButton"));
    QMenu *menu = button->menu();
    QVERIFY(menu);
    auto *clear = m_page->findChild<QAction *>(QStringLiteral("statusFilterClear"));
    QVERIFY(clear);
    QVERIFY(menu->actions().contains(clear));
    auto *failed = m_page->findChild<QAction *>(QStringLiteral("statusFilter_FAILED"));
    auto *blocked = m_page->findChild<QAction *>(QStringLiteral("statusFilter_BLOCKED"));
    QVERIFY(failed && blocked);

    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
    QTRY_VERIFY(menu->isVisible());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(failed).center());
    QVERIFY(failed->isChecked());
    QVERIFY(menu->isVisible());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(blocked).center());
    QVERIFY(blocked->isChecked());
    QVERIFY(menu->isVisible());
    // The keyboard ticks and keeps it open too.
    QTest::mouseMove(menu, menu->actionGeometry(blocked).center());
    menu->setActiveAction(blocked);
    QTest::keyClick(menu, Qt::Key_Space);
    QVERIFY(!blocked->isChecked());
    QVERIFY(menu->isVisible());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(blocked).center());
    QVERIFY(blocked->isChecked());
    QTRY_COMPARE(m_model->filter().statuses.size(), 2);
    QVERIFY(m_model->filter().statuses.contains(QStringLiteral("FAILED")));
    QVERIFY(m_model->filter().statuses.contains(QStringLiteral("BLOCKED")));

    // Clear unticks them all at once, in one new filter.
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(clear).center());
    QTRY_VERIFY(!menu->isVisible());
    QVERIFY(!failed->isChecked() && !blocked->isChecked());
    QCOMPARE(button->text(), QStringLiteral("All statuses"));
    QTRY_COMPARE(m_model->filter(), RunsModel::Filter());
}

void TestRunsPage::otherPagesTabInReadingOrder()
{
    // Each page between two fields, as in a window: Tab enters the page at
    // its top and leaves it at its bottom.
    const auto framed = [](QWidget *window, const std::function<QWidget *(QWidget *)> &make) {
        auto *layout = new QVBoxLayout(window);
        auto *before = new QLineEdit(window);
        before->setObjectName(QStringLiteral("before"));
        layout->addWidget(before);
        layout->addWidget(make(window));
        auto *after = new QLineEdit(window);
        after->setObjectName(QStringLiteral("after"));
        layout->addWidget(after);
        window->resize(1100, 700);
        window->show();
        return before;
    };
    Session &session = m_connection->session;
    m_page.reset();

    QWidget schedulesWindow;
    QWidget *before = framed(&schedulesWindow, [&session](QWidget *parent) {
        return new SchedulesPage(session.schedules(), session.scheduleService(), session.clock(),
                                 parent);
    });
    QVERIFY(QTest::qWaitForWindowExposed(&schedulesWindow));
    auto *refresh = schedulesWindow.findChild<QToolBar *>(QStringLiteral("schedulesToolBar"))
                        ->widgetForAction(schedulesWindow.findChild<QAction *>(
                            QStringLiteral("actionRefreshSchedules")));
    QVERIFY(refresh);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    auto *calendar = schedulesWindow.findChild<QToolBar *>(QStringLiteral("schedulesToolBar"))
                         ->widgetForAction(schedulesWindow.findChild<QAction *>(
                             QStringLiteral("actionShowWeekCalendar")));
    QVERIFY(calendar);
    calendar->setObjectName(QStringLiteral("calendarButton"));
    // Only the calendar and Refresh are enabled with nothing selected: the
    // tool bar first.
    QCOMPARE(tabWalk(before, 5),
             (QStringList{QStringLiteral("calendarButton"), QStringLiteral("refreshButton"),
                          QStringLiteral("schedulesTableView"),
                          QStringLiteral("scheduleUpcomingList"), QStringLiteral("after")}));
    schedulesWindow.close();

    QWidget liveWindow;
    before = framed(&liveWindow,
                    [&session](QWidget *parent) { return new LiveQueryPage(&session, parent); });
    QVERIFY(QTest::qWaitForWindowExposed(&liveWindow));
    // The input editor's tool bar comes before the table it acts on.
    QWidget *addRow =
        liveWindow.findChild<QToolBar *>(QStringLiteral("inputTableToolBar"))
            ->widgetForAction(liveWindow.findChild<QAction *>(QStringLiteral("actionAddInputRow")));
    QVERIFY(addRow);
    addRow->setObjectName(QStringLiteral("addRowButton"));
    const QStringList live = tabWalk(before, 24);
    const auto at = [&live](const char *name) { return live.indexOf(QString::fromLatin1(name)); };
    QVERIFY2(at("liveActionCombo") == 0, qPrintable(live.join(QLatin1Char(' '))));
    QVERIFY2(
        at("liveActionCombo") < at("liveIdentityCombo") &&
            at("liveIdentityCombo") < at("addRowButton") && at("addRowButton") < at("inputTable") &&
            at("inputTable") < at("liveTemplateButton") &&
            at("liveTemplateButton") < at("liveResultsView") && at("liveResultsView") < at("after"),
        qPrintable(live.join(QLatin1Char(' '))));
}

QTEST_MAIN(TestRunsPage)
#include "tst_runspage.moc"
