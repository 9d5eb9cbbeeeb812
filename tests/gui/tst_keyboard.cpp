// The main window by keyboard alone: Tab leaves every table instead of
// walking its cells, and the tool bar buttons and the fire-times list are
// on the Tab chain.
#include "models/runs/runsmodel.h"
#include "models/schedules/schedulesmodel.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxsession.h"
#include "ui/detail/rundetailpane.h"
#include "ui/mainwindow.h"
#include "ui/runs/runspage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>

#include <memory>

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tabLeavesEveryTable();
    void tabReachesToolBarsAndLists();

private:
    // Presses Tab on whatever has the focus; the widget that has it after.
    static QWidget *tab();
    // True when Tab hands the focus on from `view`, leaving its current
    // cell where it was.
    static bool tabLeaves(QAbstractItemView *view, QString *why);
    // Every widget the Tab chain visits, starting where the focus is.
    static QSet<QWidget *> tabCycle(int limit = 300);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxSession> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboard::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    QCOMPARE(m_sandbox->adminPost(QStringLiteral("/demo")).status, 200);
    m_connection = std::make_unique<SandboxSession>(*m_sandbox);
    m_window = std::make_unique<MainWindow>(&m_connection->session, QStringLiteral("Sandbox"));
    m_window->resize(1300, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE(m_connection->session.runs()->rowCount(), RunsModel::kPageSize);
}

void TestKeyboard::cleanup()
{
    m_window.reset();
    m_connection.reset();
    m_sandbox.reset();
}

QWidget *TestKeyboard::tab()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus)
        QTest::keyClick(focus, Qt::Key_Tab);
    return QApplication::focusWidget();
}

bool TestKeyboard::tabLeaves(QAbstractItemView *view, QString *why)
{
    view->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != view) {
        *why = view->objectName() + QStringLiteral(" takes no focus");
        return false;
    }
    const QModelIndex start = view->model()->index(0, 0);
    view->setCurrentIndex(start);
    QWidget *after = tab();
    if (after == view) {
        *why = view->objectName() + QStringLiteral(" kept the focus: Tab moved to cell %1,%2")
                                        .arg(view->currentIndex().row())
                                        .arg(view->currentIndex().column());
        return false;
    }
    if (view->currentIndex() != start) {
        *why = view->objectName() + QStringLiteral(" moved its current cell on Tab");
        return false;
    }
    return true;
}

QSet<QWidget *> TestKeyboard::tabCycle(int limit)
{
    QSet<QWidget *> seen;
    for (int i = 0; i < limit; ++i) {
        QWidget *focus = tab();
        if (!focus || seen.contains(focus))
            break;
        seen.insert(focus);
    }
    return seen;
}

void TestKeyboard::tabLeavesEveryTable()
{
    QString why;
    auto *runs = m_window->findChild<QTableView *>(QStringLiteral("runsTableView"));
    QVERIFY2(tabLeaves(runs, &why), qPrintable(why));

    // The detail's tables, with a run open.
    m_window->openRun(
        m_connection->session.runs()->runAt(m_connection->session.runs()->index(0, 0)));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("runDetailTabs"));
    tabs->setCurrentIndex(RunDetailPane::InputsTab);
    auto *inputs = m_window->findChild<QTableView *>(QStringLiteral("runInputsView"));
    QTRY_VERIFY(inputs->model()->rowCount() > 0);
    QVERIFY2(tabLeaves(inputs, &why), qPrintable(why));
    tabs->setCurrentIndex(RunDetailPane::OutputsTab);
    auto *outputs = m_window->findChild<QTableView *>(QStringLiteral("runOutputsView"));
    QVERIFY2(tabLeaves(outputs, &why), qPrintable(why));
    tabs->setCurrentIndex(RunDetailPane::TimelineTab);
    auto *history = m_window->findChild<QTableView *>(QStringLiteral("runTimelineTable"));
    QTRY_VERIFY(history->model()->rowCount() > 0);
    QVERIFY2(tabLeaves(history, &why), qPrintable(why));

    m_window->showPage(MainWindow::Page::Schedules);
    QTRY_VERIFY(m_connection->session.schedules()->rowCount() > 0);
    auto *schedules = m_window->findChild<QTableView *>(QStringLiteral("schedulesTableView"));
    QVERIFY2(tabLeaves(schedules, &why), qPrintable(why));
}

void TestKeyboard::tabReachesToolBarsAndLists()
{
    auto *main = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *refresh = m_window->findChild<QAction *>(QStringLiteral("actionRefresh"));
    QVERIFY(main && refresh);
    QWidget *refreshButton = main->widgetForAction(refresh);
    QVERIFY(refreshButton);
    m_window->findChild<QTableView *>(QStringLiteral("runsTableView"))->setFocus();
    QVERIFY2(tabCycle().contains(refreshButton), "the Refresh button is not on the Tab chain");

    m_window->showPage(MainWindow::Page::Schedules);
    auto *schedules = m_window->findChild<QTableView *>(QStringLiteral("schedulesTableView"));
    QTRY_VERIFY(schedules->model()->rowCount() > 0);
    schedules->setFocus();
    schedules->selectRow(0);
    auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("schedulesToolBar"));
    auto *refreshSchedules =
        m_window->findChild<QAction *>(QStringLiteral("actionRefreshSchedules"));
    auto *upcoming = m_window->findChild<QWidget *>(QStringLiteral("scheduleUpcomingList"));
    QVERIFY(bar && refreshSchedules && upcoming);
    const QSet<QWidget *> cycle = tabCycle();
    QVERIFY2(cycle.contains(bar->widgetForAction(refreshSchedules)),
             "the schedules' Refresh button is not on the Tab chain");
    QVERIFY2(cycle.contains(upcoming), "the next fire times are not on the Tab chain");
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
