#include "core/domain/runoperationplan.h"
#include "models/runs/runsmodel.h"
#include "models/runs/runsproxymodel.h"
#include "models/runs/runwatcher.h"
#include "tests/support/guitesthelpers.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxsession.h"
#include "ui/common/statusstyle.h"
#include "ui/common/themecontroller.h"
#include "ui/common/timedisplay.h"
#include "ui/common/traynotifier.h"
#include "ui/detail/rundetailpane.h"
#include "ui/mainwindow.h"
#include "ui/runs/runspage.h"
#include "ui/schedules/schedulespage.h"
#include "ui/timeline/ganttview.h"
#include "ui/timeline/timelinepage.h"

#include <QAction>
#include <QByteArrayList>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

namespace {

// Swallows a widget's show and hide events, which a window system that
// keeps a minimised window mapped never sends.
class ShowHideEater final : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override
    {
        return event->type() == QEvent::Show || event->type() == QEvent::Hide;
    }
};

} // namespace

// The main window on the real widgets against the in-process sandbox, and
// the --screenshot option of the real binary.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheRuns();
    void runsThatCannotLoadSaySo();
    void filtersNarrowTheTable();
    void openRunShowsItsDetail();
    void detailFollowsItsRow();
    void scheduleLinkOpensTheSchedule();
    void shortcutsThatCannotApplySayWhy();
    void timelineClickThrough();
    void settingsRoundTrip();
    void notifiesWhenAFollowedRunEnds();
    void minimisingOrHidingTellsTheSession();
    void notifiesWhenARunEndsWhileHidden();
    void screenshotIsWrittenAndNotBlank();
    void everyPageHasAScreenshot();

private:
    static bool hasOwnSetup();

    // The demo sandbox and a window on it, shown and with its first page of
    // runs, for every test that does not set up its own.
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxSession> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

// A refused key, two windows in turn, no demo data, or the real binary
// instead of a window: these tests build what they need themselves. A test
// missing here only costs a window it does not use.
bool TestMainWindow::hasOwnSetup()
{
    static const QByteArrayList own = {
        "runsThatCannotLoadSaySo",        "settingsRoundTrip",
        "notifiesWhenAFollowedRunEnds",   "notifiesWhenARunEndsWhileHidden",
        "screenshotIsWrittenAndNotBlank", "everyPageHasAScreenshot"};
    return own.contains(QTest::currentTestFunction());
}

void TestMainWindow::init()
{
    if (hasOwnSetup())
        return;
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    QCOMPARE(m_sandbox->adminPost(QStringLiteral("/demo"), QJsonObject()).status, 200);
    m_connection = std::make_unique<SandboxSession>(*m_sandbox);
    m_window = std::make_unique<MainWindow>(&m_connection->session, QStringLiteral("Sandbox"));
    // Room for the timeline's Gantt rows and the runs table at once.
    m_window->resize(1300, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->runsModel()->rowCount(), RunsModel::kPageSize);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_connection.reset();
    m_sandbox.reset();
}

void TestMainWindow::showsTheRuns()
{
    MainWindow &window = *m_window;
    auto *table = window.findChild<QTableView *>(QStringLiteral("runsTableView"));
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), RunsModel::kPageSize);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("connectionLabel"))->text(),
             QStringLiteral("Connection: <b>Sandbox</b>"));
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("runsUpdatedLabel"))
                    ->text()
                    .startsWith(QStringLiteral("100 runs loaded")));

    // Scrolling to the end loads the next page.
    table->scrollToBottom();
    QTRY_VERIFY(table->model()->rowCount() > RunsModel::kPageSize);

    // F5 refreshes in place: the selection stays on the same run.
    table->selectRow(3);
    const QString uid = window.runsModel()->runAt(table->currentIndex()).uid;
    auto *refresh = window.findChild<QAction *>(QStringLiteral("actionRefresh"));
    QVERIFY(refresh);
    QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
    TRIGGER_ACTION(&window, "actionRefresh");
    QTRY_VERIFY(!window.runsModel()->isLoading());
    QCOMPARE(window.runsModel()->runAt(table->currentIndex()).uid, uid);

    // F1 lists the window's shortcuts, from its actions.
    TRIGGER_ACTION(&window, "actionShortcuts");
    auto *shortcuts = window.findChild<QMessageBox *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(shortcuts);
    QVERIFY(shortcuts->text().contains(QStringLiteral("Cancel runs")));
    QVERIFY(shortcuts->text().contains(
        QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    shortcuts->close();
}

void TestMainWindow::runsThatCannotLoadSaySo()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    SandboxSession refused(sandbox, QStringLiteral("not-a-key"));
    MainWindow window(&refused.session, QStringLiteral("Sandbox"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY2(
        window.statusBar()->currentMessage().startsWith(QStringLiteral("Could not load runs: ")),
        qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("not-a-key")));
}

void TestMainWindow::filtersNarrowTheTable()
{
    MainWindow &window = *m_window;
    auto *table = window.findChild<QTableView *>(QStringLiteral("runsTableView"));
    QTRY_COMPARE(table->model()->rowCount(), RunsModel::kPageSize);

    SET_ACTION_CHECKED(&window, "statusFilter_FAILED", true);
    QTRY_VERIFY(!window.runsModel()->isLoading());
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QVERIFY(table->model()->rowCount() < RunsModel::kPageSize);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, RunsModel::StatusColumn).data().toString(),
                 QStringLiteral("FAILED"));
    QCOMPARE(window.findChild<QToolButton *>(QStringLiteral("statusFilterButton"))->text(),
             QStringLiteral("FAILED"));

    // Narrow further to one action through its combo box, then clear both.
    auto *actions = window.findChild<QComboBox *>(QStringLiteral("actionFilterCombo"));
    actions->setCurrentIndex(actions->findData(QStringLiteral("linkedin-search-people")));
    QTRY_VERIFY(!window.runsModel()->isLoading());
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, RunsModel::ActionColumn).data().toString(),
                 QStringLiteral("linkedin-search-people"));
    SET_ACTION_CHECKED(&window, "statusFilter_FAILED", false);
    actions->setCurrentIndex(0);
    QTRY_COMPARE(table->model()->rowCount(), RunsModel::kPageSize);
}

void TestMainWindow::openRunShowsItsDetail()
{
    MainWindow &window = *m_window;
    auto *table = window.findChild<QTableView *>(QStringLiteral("runsTableView"));
    QTRY_COMPARE(table->model()->rowCount(), RunsModel::kPageSize);

    // Moving the current row shows that run below the table.
    table->setFocus();
    table->selectRow(5);
    const QString uid = window.runsPage()->selectedRuns().first().uid;
    QCOMPARE(window.detailPane()->runUid(), uid);

    // Enter opens it too, from the keyboard.
    table->selectRow(7);
    const QString other = window.runsPage()->selectedRuns().first().uid;
    window.detailPane()->clear();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(window.detailPane()->runUid(), other);
    QVERIFY(window.detailPane()->isVisible());

    // Ctrl+D hides and shows the pane.
    SET_ACTION_CHECKED(&window, "actionShowDetail", false);
    QVERIFY(!window.detailPane()->isVisible());
    SET_ACTION_CHECKED(&window, "actionShowDetail", true);
    QVERIFY(window.detailPane()->isVisible());
}

// Issue 10: a run's Schedule field is a link, followed from the keyboard
// (Tab to it, Enter), to that schedule selected on the Schedules page.
void TestMainWindow::scheduleLinkOpensTheSchedule()
{
    MainWindow &window = *m_window;
    RunsModel *runs = window.runsModel();
    Run scheduled;
    for (int row = 0; row < runs->rowCount() && scheduled.uid.isEmpty(); ++row) {
        const Run &run = runs->runAt(runs->index(row, 0));
        if (!run.scheduledRunUid.isEmpty())
            scheduled = run;
    }
    QVERIFY2(!scheduled.uid.isEmpty(), "the demo has runs started by schedules");
    window.openRun(scheduled);
    auto *summary = window.findChild<QTextBrowser *>(QStringLiteral("runSummaryText"));
    QVERIFY(summary);
    QTRY_VERIFY(
        summary->toHtml().contains(QStringLiteral("schedule:") + scheduled.scheduledRunUid));

    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    summary->setFocus(Qt::TabFocusReason);
    QTest::keyClick(summary, Qt::Key_Tab);
    QVERIFY(summary->textCursor().hasSelection());
    QTest::keyClick(summary, Qt::Key_Return);

    QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentWidget(),
             window.schedulesPage());
    QTRY_VERIFY(window.schedulesPage()->hasCurrentSchedule());
    QCOMPARE(window.schedulesPage()->currentSchedule().uid, scheduled.scheduledRunUid);
}

void TestMainWindow::detailFollowsItsRow()
{
    MainWindow &window = *m_window;
    RunsModel *runs = window.runsModel();
    // A run that a FAILED-only filter leaves out.
    int row = 0;
    while (row < runs->rowCount() && runs->runAt(runs->index(row, 0)).status == RunStatus::Failed)
        ++row;
    QVERIFY(row < runs->rowCount());
    Run run = runs->runAt(runs->index(row, 0));
    window.openRun(run);
    auto *title = window.findChild<QLabel *>(QStringLiteral("runDetailTitle"));
    auto *note = window.findChild<QLabel *>(QStringLiteral("runDetailFilterNote"));
    QCOMPARE(window.detailPane()->runUid(), run.uid);
    QVERIFY(!note->isVisible());

    // The row changes (a merge, a bulk resume): the pane shows the row.
    Run changed = run;
    changed.status = run.status == RunStatus::Scheduled ? RunStatus::Queued : RunStatus::Scheduled;
    changed.statusText = changed.status == RunStatus::Queued ? QStringLiteral("QUEUED")
                                                             : QStringLiteral("SCHEDULED");
    changed.updatedAt = run.updatedAt.addSecs(1);
    runs->updateRun(changed);
    const QString shown = StatusStyle::label(changed.status);
    QVERIFY2(title->text().contains(shown), qPrintable(title->text()));

    // A filter takes the row away: the pane says so and keeps the run.
    SET_ACTION_CHECKED(&window, "statusFilter_FAILED", true);
    QTRY_VERIFY(!runs->isLoading() && runs->rowOfUid(run.uid) < 0);
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(window.detailPane()->runUid(), run.uid);
    SET_ACTION_CHECKED(&window, "statusFilter_FAILED", false);
    QTRY_VERIFY(!runs->isLoading() && runs->rowOfUid(run.uid) >= 0);
    QTRY_VERIFY(!note->isVisible());
}

void TestMainWindow::shortcutsThatCannotApplySayWhy()
{
    MainWindow &window = *m_window;
    auto *table = window.findChild<QTableView *>(QStringLiteral("runsTableView"));
    RunsProxyModel *proxy = window.runsPage()->proxy();
    int row = 0;
    while (row < proxy->rowCount() &&
           (proxy->runAt(proxy->index(row, 0)).status != RunStatus::Succeeded ||
            proxy->runAt(proxy->index(row, 0)).isIncremental()))
        ++row;
    QVERIFY(row < proxy->rowCount());
    const Run run = proxy->runAt(proxy->index(row, 0));
    table->setFocus();
    table->selectRow(row);
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionContinueRuns"))->isEnabled());

    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Cannot continue: ")), qPrintable(message));
    QVERIFY2(message.contains(RunOperationPlan::refusal(RunOperation::Continue, run)),
             qPrintable(message));

    QTest::keyClick(table, Qt::Key_Delete);
    message = window.statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Cannot cancel: ")), qPrintable(message));
    // Nothing was sent: no dialog opened.
    QVERIFY(!window.findChild<QDialog *>(QStringLiteral("bulkOperationDialog")));
}

void TestMainWindow::timelineClickThrough()
{
    MainWindow &window = *m_window;
    QTRY_COMPARE(window.runsModel()->rowCount(), RunsModel::kPageSize);
    window.showPage(MainWindow::Page::Timeline);
    GanttView *gantt = window.timelinePage()->ganttView();
    QTRY_VERIFY(gantt->rowCount() > 10);

    // A click on a Gantt bar opens that run on the runs page.
    gantt->scrollToRow(3);
    const QString uid = gantt->spanAt(3).uid;
    QTest::mouseClick(gantt->viewport(), Qt::LeftButton, {}, gantt->barRect(3).center());
    QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentWidget(),
             window.runsPage()->parentWidget());
    QCOMPARE(window.detailPane()->runUid(), uid);
    QCOMPARE(window.runsPage()->selectedRuns().first().uid, uid);

    // A bucket of the fleet chart narrows the table to the runs it counted
    // (the click itself is tst_timeline's): a finished run counts under its
    // final status in the bucket where it ended.
    const Run sample = window.runsModel()->runAt(window.runsModel()->index(20, 0));
    QVERIFY(sample.finishedAt.isValid() && isTerminal(sample.status));
    const QDateTime from = sample.finishedAt.addSecs(-30);
    const QDateTime to = sample.finishedAt.addSecs(30);
    const int loaded = window.runsModel()->rowCount();
    emit window.timelinePage()->bucketActivated(from, to, sample.status);
    auto *proxy = window.runsPage()->proxy();
    QVERIFY(proxy->hasOnlyRuns());
    QVERIFY(proxy->rowCount() > 0 && proxy->rowCount() < loaded);
    bool sawSample = false;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const Run &run = proxy->runAt(proxy->index(row, 0));
        // Every run shown lived during the bucket.
        QVERIFY(run.createdAt < to);
        QVERIFY(!run.finishedAt.isValid() || run.finishedAt >= from);
        sawSample = sawSample || run.uid == sample.uid;
    }
    QVERIFY(sawSample);
    // The server's filter is left as the user set it.
    QCOMPARE(window.runsModel()->filter(), RunsModel::Filter());
    auto *windowButton = window.findChild<QToolButton *>(QStringLiteral("timeWindowButton"));
    QVERIFY(windowButton->isVisible());
    QVERIFY(windowButton->text().startsWith(QString::number(proxy->rowCount())));
    QTest::mouseClick(windowButton, Qt::LeftButton);
    QVERIFY(!windowButton->isVisible());
    QVERIFY(!proxy->hasOnlyRuns());
    QCOMPARE(proxy->rowCount(), loaded);
}

void TestMainWindow::settingsRoundTrip()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    QCOMPARE(sandbox.adminPost(QStringLiteral("/demo"), QJsonObject()).status, 200);
    QTemporaryDir directory;
    QSettings settings(directory.filePath(QStringLiteral("runboard.ini")), QSettings::IniFormat);
    QByteArray header;
    QList<int> splitterSizes;
    {
        SandboxSession connection(sandbox);
        MainWindow window(&connection.session, QStringLiteral("Sandbox"));
        window.resize(1200, 800);
        window.show();
        QTRY_COMPARE(window.runsModel()->rowCount(), RunsModel::kPageSize);
        SET_ACTION_CHECKED(&window, "statusFilter_FAILED", true);
        SET_ACTION_CHECKED(&window, "actionTimeZone_Europe/Paris", true);
        SET_ACTION_CHECKED(&window, "actionTheme_dark", true);
        SET_ACTION_CHECKED(&window, "actionNotifyRunsFinished", false);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("runsSplitter"));
        splitter->setSizes({500, 200});
        splitterSizes = splitter->sizes();
        QHeaderView *columns = window.runsPage()->table()->horizontalHeader();
        columns->moveSection(columns->visualIndex(RunsModel::UidColumn), 1);
        columns->resizeSection(RunsModel::NameColumn, 321);
        header = columns->saveState();
        window.showPage(MainWindow::Page::Schedules);
        window.saveSettings(settings);
    }
    // Back to the defaults, as a fresh process would start.
    TimeDisplay::instance()->setZoneId(QStringLiteral("local"));

    // A new session too: the filter must come from the settings.
    SandboxSession connection(sandbox);
    MainWindow window(&connection.session, QStringLiteral("Sandbox"));
    window.restoreSettings(settings);
    window.show();
    QTRY_VERIFY(!window.runsModel()->isLoading() && window.runsModel()->rowCount() > 0);
    QCOMPARE(window.runsModel()->filter().statuses, QStringList{QStringLiteral("FAILED")});
    QCOMPARE(TimeDisplay::instance()->zoneId(), QStringLiteral("Europe/Paris"));
    QCOMPARE(window.theme()->themeId(), QStringLiteral("dark"));
    QVERIFY(!window.trayNotifier()->isEnabled());
    QHeaderView *columns = window.runsPage()->table()->horizontalHeader();
    QCOMPARE(columns->visualIndex(RunsModel::UidColumn), 1);
    QCOMPARE(columns->sectionSize(RunsModel::NameColumn), 321);
    QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentWidget(),
             window.schedulesPage());
    // The times in the table carry the chosen zone's abbreviation.
    auto *delegate = static_cast<QStyledItemDelegate *>(window.runsPage()->table()->itemDelegate());
    const QString created = delegate->displayText(
        window.runsPage()->proxy()->index(0, RunsModel::CreatedColumn).data(), QLocale());
    QVERIFY2(created.endsWith(QStringLiteral("CET")) || created.endsWith(QStringLiteral("CEST")),
             qPrintable(created));
    // The splitter has its sizes once its page is on screen.
    window.showPage(MainWindow::Page::Runs);
    QTRY_COMPARE(window.findChild<QSplitter *>(QStringLiteral("runsSplitter"))->sizes(),
                 splitterSizes);
    window.theme()->setThemeId(QStringLiteral("system"));
    TimeDisplay::instance()->setZoneId(QStringLiteral("local"));
}

void TestMainWindow::notifiesWhenAFollowedRunEnds()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    SandboxSession connection(sandbox);
    const auto launch = [&sandbox](const QString &url) {
        return sandbox.launch(QStringLiteral("linkedin-extract-people"),
                              {QJsonObject{{QStringLiteral("linkedin_profile_url"), url}}});
    };
    const QString first = launch(QStringLiteral("https://www.linkedin.com/in/first"));
    MainWindow window(&connection.session, QStringLiteral("Sandbox"));
    window.watcher()->setIntervals({10, 40, 2.0});
    window.show();
    QTRY_COMPARE(window.runsModel()->rowCount(), 1);
    QTRY_VERIFY(window.watcher()->isWatching(first));
    QSignalSpy shown(window.trayNotifier(), &TrayNotifier::messageShown);

    sandbox.advance(120);
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(shown.first().at(0).toString(),
             TrayNotifier::messageTitle(runStatusFromApi(sandbox.runStatus(first))));

    // Switched off, the next run ends silently.
    SET_ACTION_CHECKED(&window, "actionNotifyRunsFinished", false);
    const QString second = launch(QStringLiteral("https://www.linkedin.com/in/second"));
    window.runsPage()->refresh();
    QTRY_VERIFY(window.watcher()->isWatching(second));
    sandbox.advance(120);
    QTRY_VERIFY(!window.watcher()->isWatching(second));
    QCOMPARE(shown.count(), 1);
}

void TestMainWindow::minimisingOrHidingTellsTheSession()
{
    MainWindow &window = *m_window;
    const Session *session = window.session();
    QVERIFY(session->isShown());
    window.showMinimized();
    QTRY_VERIFY(!session->isShown());
    window.showNormal();
    QTRY_VERIFY(session->isShown());
    // Where the window system keeps a minimised window mapped, no show or
    // hide event comes: the window state alone tells.
    ShowHideEater eater;
    window.installEventFilter(&eater);
    window.showMinimized();
    QTRY_VERIFY(!session->isShown());
    window.showNormal();
    QTRY_VERIFY(session->isShown());
    window.removeEventFilter(&eater);
    // Hidden in the tray.
    window.hide();
    QVERIFY(!session->isShown());
    window.show();
    QVERIFY(session->isShown());
}

void TestMainWindow::notifiesWhenARunEndsWhileHidden()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    SandboxSession connection(sandbox);
    const QString uid =
        sandbox.launch(QStringLiteral("linkedin-extract-people"),
                       {QJsonObject{{QStringLiteral("linkedin_profile_url"),
                                     QStringLiteral("https://www.linkedin.com/in/hidden")}}});
    MainWindow window(&connection.session, QStringLiteral("Sandbox"));
    window.watcher()->setIntervals({10, 40, 2.0});
    window.show();
    QTRY_VERIFY(window.watcher()->isWatching(uid));
    QSignalSpy shown(window.trayNotifier(), &TrayNotifier::messageShown);

    // The lists stop; the watcher goes on with the active run.
    window.hide();
    QVERIFY(!connection.session.isShown());
    sandbox.advance(120);
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(shown.first().at(0).toString(),
             TrayNotifier::messageTitle(runStatusFromApi(sandbox.runStatus(uid))));
}

void TestMainWindow::everyPageHasAScreenshot()
{
    QTemporaryDir directory;
    for (const QString &page : {QStringLiteral("run"), QStringLiteral("timeline"),
                                QStringLiteral("schedules"), QStringLiteral("live")}) {
        const QString file = directory.filePath(page + QStringLiteral(".png"));
        QProcess process;
        process.start(qEnvironmentVariable("RUNBOARD_BIN_DIR") + QLatin1String("/runboard"),
                      {QStringLiteral("--screenshot"), file, QStringLiteral("--page"), page,
                       QStringLiteral("--size"), QStringLiteral("1100x700")});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1100, 700));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(page + QStringLiteral(" looks blank")));
    }
}

void TestMainWindow::screenshotIsWrittenAndNotBlank()
{
    QTemporaryDir directory;
    const QString file = directory.filePath(QStringLiteral("runs.png"));
    QProcess process;
    process.start(qEnvironmentVariable("RUNBOARD_BIN_DIR") + QLatin1String("/runboard"),
                  {QStringLiteral("--screenshot"), file, QStringLiteral("--size"),
                   QStringLiteral("1000x600")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1000, 600));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, "the picture looks blank");

    QProcess badPage;
    badPage.start(qEnvironmentVariable("RUNBOARD_BIN_DIR") + QLatin1String("/runboard"),
                  {QStringLiteral("--screenshot"), file, QStringLiteral("--page"),
                   QStringLiteral("nowhere")});
    QVERIFY(badPage.waitForFinished(30000));
    QCOMPARE(badPage.exitCode(), 2);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
