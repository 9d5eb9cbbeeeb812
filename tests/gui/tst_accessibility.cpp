// The main window as a screen reader sees it, through Qt's own
// QAccessibleInterface: on every page, every control a keyboard can reach
// has a name, and a combo box also says what it is for (a label tied to
// it, or a description), not only its current value.
#include "models/runs/runsmodel.h"
#include "tests/support/accessibilitychecks.h"
#include "tests/support/guitesthelpers.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxsession.h"
#include "ui/common/timedisplay.h"
#include "ui/mainwindow.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void everyReachableControlHasAName();
    void tabVisitsEveryControlAndComesBack();
    void timeCellsReadAsShown();
    void filterMenusAreInTheTree();
};

using AccessibilityChecks::missedByTab;
using AccessibilityChecks::unnamedControls;

void TestAccessibility::everyReachableControlHasAName()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    QCOMPARE(sandbox.adminPost(QStringLiteral("/demo")).status, 200);
    SandboxSession connection(sandbox);
    MainWindow window(&connection.session, QStringLiteral("Sandbox"));
    window.resize(1300, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(connection.session.runs()->rowCount(), RunsModel::kPageSize);
    window.openRun(connection.session.runs()->runAt(connection.session.runs()->index(0, 0)));

    QStringList unnamed;
    for (const auto page : {MainWindow::Page::Runs, MainWindow::Page::Timeline,
                            MainWindow::Page::Schedules, MainWindow::Page::Live}) {
        window.showPage(page);
        QTest::qWait(0);
        for (const QString &control : unnamedControls(&window)) {
            if (!unnamed.contains(control))
                unnamed.append(control);
        }
    }
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("unnamed: ") + unnamed.join(QStringLiteral(", "))));
}

// Tab from the first control walks every enabled one on the page, leaving
// tables and lists (arrows move inside them), and comes back to the start.
void TestAccessibility::tabVisitsEveryControlAndComesBack()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    QCOMPARE(sandbox.adminPost(QStringLiteral("/demo")).status, 200);
    SandboxSession connection(sandbox);
    MainWindow window(&connection.session, QStringLiteral("Sandbox"));
    window.resize(1300, 900);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE(connection.session.runs()->rowCount(), RunsModel::kPageSize);
    window.openRun(connection.session.runs()->runAt(connection.session.runs()->index(0, 0)));

    for (const auto page : {MainWindow::Page::Runs, MainWindow::Page::Timeline,
                            MainWindow::Page::Schedules, MainWindow::Page::Live}) {
        window.showPage(page);
        QTest::qWait(0);
        const QStringList missed = missedByTab(&window);
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("page %1: never reached: %2")
                                                  .arg(static_cast<int>(page))
                                                  .arg(missed.join(QStringLiteral(", ")))));
    }
}

// A table's time cell is read in the zone and format the screen shows,
// not as the ISO UTC value behind it.
void TestAccessibility::timeCellsReadAsShown()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    QCOMPARE(sandbox.adminPost(QStringLiteral("/demo")).status, 200);
    SandboxSession connection(sandbox);
    MainWindow window(&connection.session, QStringLiteral("Sandbox"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimeDisplay::instance()->setZoneId(QStringLiteral("Asia/Tokyo"));
    QTRY_COMPARE(connection.session.runs()->rowCount(), RunsModel::kPageSize);
    auto *table = window.findChild<QTableView *>(QStringLiteral("runsTableView"));
    QVERIFY(table);
    const QModelIndex created = table->model()->index(0, RunsModel::CreatedColumn);
    const QDateTime time = created.data().toDateTime();
    QVERIFY(time.isValid());

    QAccessibleInterface *tableIface = QAccessible::queryAccessibleInterface(table);
    QVERIFY(tableIface && tableIface->tableInterface());
    QAccessibleInterface *cell = tableIface->tableInterface()->cellAt(0, RunsModel::CreatedColumn);
    QVERIFY(cell);
    const QString read = cell->text(QAccessible::Name);
    QCOMPARE(read, TimeDisplay::instance()->format(time));
    QVERIFY2(read.contains(QLatin1String("JST")), qPrintable(read));
    TimeDisplay::instance()->setZoneId(QStringLiteral("local"));
}

// The status filter's and the presets' pop-up menus: the buttons say they
// open a menu; the open menu (a pop-up, which Qt announces as it opens
// rather than listing under the application) carries a name, and the
// statuses are checkable entries that say whether they are ticked.
void TestAccessibility::filterMenusAreInTheTree()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    SandboxSession connection(sandbox);
    MainWindow window(&connection.session, QStringLiteral("Sandbox"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    SET_ACTION_CHECKED(&window, "statusFilter_FAILED", true);
    for (const char *name : {"statusFilterButton", "presetsButton"}) {
        auto *button = window.findChild<QToolButton *>(QLatin1String(name));
        QVERIFY(button && button->menu());
        QCOMPARE(QAccessible::queryAccessibleInterface(button)->role(), QAccessible::ButtonMenu);
        bool shown = false;

        QAccessible::Role role = QAccessible::NoRole;
        QString menuName;
        QStringList checked;
        int entries = 0;
        int checkable = 0;
        QTimer::singleShot(0, button, [&] {
            QMenu *menu = button->menu();
            shown = menu->isVisible();
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(menu);
            role = iface->role();
            menuName = iface->text(QAccessible::Name);
            entries = iface->childCount();
            for (int e = 0; e < entries; ++e) {
                QAccessibleInterface *entry = iface->child(e);
                if (entry && entry->state().checkable) {
                    ++checkable;
                    if (entry->state().checked)
                        checked.append(entry->text(QAccessible::Name));
                }
            }
            menu->close();
        });
        button->showMenu();
        QVERIFY2(shown, name);
        QCOMPARE(role, QAccessible::PopupMenu);
        QVERIFY2(!menuName.isEmpty(), name);
        QVERIFY(entries > 0);
        if (QLatin1String(name) == QLatin1String("statusFilterButton")) {
            QCOMPARE(checkable, 10);
            QCOMPARE(checked, QStringList{QStringLiteral("FAILED")});
        }
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
