// The main window as a screen reader sees it, through Qt's own
// QAccessibleInterface: on every page, every control a keyboard can reach
// has a name, and a combo box also says what it is for (a label tied to
// it, or a description), not only its current value.
#include "models/runs/runsmodel.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxsession.h"
#include "ui/mainwindow.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QComboBox>
#include <QTest>

#include <memory>

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void everyReachableControlHasAName();
};

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
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || !widget->isEnabled() ||
                !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            // A scroll area's viewport is presented as the view it belongs to.
            if (auto *area = qobject_cast<QAbstractScrollArea *>(widget->parentWidget());
                area && area->viewport() == widget)
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(iface);
            const QString name = iface->text(QAccessible::Name).trimmed();
            const auto *combo = qobject_cast<QComboBox *>(widget);
            // On Linux Qt names a combo box by its value, as AT-SPI expects;
            // what it is for comes from a label tied to it or a description.
            const bool namedByValue = combo && iface->relations(QAccessible::Label).isEmpty() &&
                                      iface->text(QAccessible::Description).trimmed().isEmpty();
            if (name.isEmpty() || namedByValue) {
                QString what = QString::fromLatin1(widget->metaObject()->className()) +
                               QLatin1Char(' ') + widget->objectName();
                if (widget->objectName().isEmpty() && widget->parentWidget())
                    what += QStringLiteral("(in ") + widget->parentWidget()->objectName() +
                            QLatin1Char(')');
                if (!unnamed.contains(what))
                    unnamed.append(what);
            }
        }
    }
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("unnamed: ") + unnamed.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
