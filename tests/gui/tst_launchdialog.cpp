// New run… and Launch like this one on the real main window against the
// in-process sandbox (issue 11): a run launched from the form appears
// selected in the runs table; a schedule appears selected on its page; an
// own-account action with two identities is refused before anything is
// sent; a refusal from the server keeps everything typed; Launch like this
// one brings back the run's inputs.

#include "core/launch/inputsjson.h"
#include "core/time/clock.h"
#include "models/launch/launchservice.h"
#include "models/runs/runsmodel.h"
#include "models/session/session.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxengine.h"
#include "tests/support/accessibilitychecks.h"
#include "tests/support/guitesthelpers.h"
#include "tests/support/launchinputs.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxsession.h"
#include "ui/common/fieldmessage.h"
#include "ui/launch/csvimportdialog.h"
#include "ui/launch/inputeditor.h"
#include "ui/launch/launchdialog.h"
#include "ui/mainwindow.h"
#include "ui/runs/runspage.h"
#include "ui/schedules/schedulespage.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>

#include <memory>

class TestLaunchDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newRunIsLaunchedAndSelected();
    void scheduleIsCreatedAndSelected();
    void ownAccountWithTwoIdentitiesIsRefusedBeforeSending();
    void serverRefusalKeepsWhatWasTyped();
    void launchLikeThisOneBringsBackTheInputs();
    void importedCsvLaunchesExactlyTheGoodRows();
    void lostAnswerIsNotResentAndTheRunIsListed();
    void everyControlIsNamedAndReachedByTab();
    void identitiesThatDidNotLoadSaySo();
    void quittingDuringALaunchAsksFirst();
    void newScheduleOpensTheDialogInScheduleMode();
    void oneShotFiresAtTheWallTimeOfItsZone();

private:
    LaunchDialog *openDialog();
    int runsOnServer();

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxSession> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

const QString kPeople = QStringLiteral("linkedin-extract-people");

} // namespace

void TestLaunchDialog::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_connection = std::make_unique<SandboxSession>(*m_sandbox);
    m_window = std::make_unique<MainWindow>(&m_connection->session, QStringLiteral("Sandbox"));
    m_window->resize(1300, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLaunchDialog::cleanup()
{
    m_window.reset();
    m_connection.reset();
    m_sandbox.reset();
}

LaunchDialog *TestLaunchDialog::openDialog()
{
    [&] { TRIGGER_ACTION(m_window.get(), "actionNewRun"); }();
    LaunchDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_window->findChild<LaunchDialog *>()) && dialog->isVisible()); }();
    return dialog;
}

int TestLaunchDialog::runsOnServer()
{
    return static_cast<int>(m_sandbox->get(QStringLiteral("/runs")).json.toArray().size());
}

void TestLaunchDialog::newRunIsLaunchedAndSelected()
{
    LaunchDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setAction(kPeople);
    dialog->findChild<QLineEdit *>(QStringLiteral("launchName"))->setText(QStringLiteral("two"));
    dialog->setInputs(LaunchInputs::profileInputs(2));
    auto *launch = dialog->findChild<QPushButton *>(QStringLiteral("launchButton"));
    QTRY_VERIFY(launch->isEnabled());
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("launchSummary"))
                 ->text()
                 .contains(QStringLiteral("2 inputs")),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("launchSummary"))->text()));
    QTest::mouseClick(launch, Qt::LeftButton);

    QTRY_COMPARE(runsOnServer(), 1);
    const QJsonObject run =
        m_sandbox->get(QStringLiteral("/runs")).json.toArray().first().toObject();
    const QString uid = run.value(QStringLiteral("uid")).toString();
    QCOMPARE(run.value(QStringLiteral("name")).toString(), QStringLiteral("two"));
    QCOMPARE(m_sandbox->inputs(uid).size(), 2);
    // The dialog closed; the run is selected in the table and said so.
    QTRY_VERIFY(!m_window->findChild<LaunchDialog *>() ||
                !m_window->findChild<LaunchDialog *>()->isVisible());
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("runsTableView"));
    QTRY_VERIFY(table->currentIndex().isValid() && m_window->runsModel()->rowOfUid(uid) >= 0);
    QCOMPARE(m_window->runsPage()->selectedRuns().value(0).uid, uid);
}

void TestLaunchDialog::scheduleIsCreatedAndSelected()
{
    LaunchDialog *dialog = openDialog();
    dialog->setAction(kPeople);
    dialog->setMode(LaunchMode::Schedule);
    dialog->setInputs(LaunchInputs::profileInputs(1));
    dialog->findChild<QLineEdit *>(QStringLiteral("cronExpression"))
        ->setText(QStringLiteral("0 8 * * 1"));
    auto *meaning = dialog->findChild<QLabel *>(QStringLiteral("launchCronMeaning"));
    QVERIFY2(meaning->text().contains(QStringLiteral("Next:")), qPrintable(meaning->text()));
    auto *launch = dialog->findChild<QPushButton *>(QStringLiteral("launchButton"));
    QStringList problems;
    for (const LaunchProblem &problem : dialog->problems())
        problems.append(problem.message());
    QTRY_VERIFY2(launch->isEnabled(), qPrintable(problems.join(QStringLiteral("; "))));
    QTest::mouseClick(launch, Qt::LeftButton);

    QTRY_VERIFY(m_window->schedulesPage()->hasCurrentSchedule());
    const QString uid = m_window->schedulesPage()->currentSchedule().uid;
    const QJsonObject created = m_sandbox->get(QStringLiteral("/schedules/") + uid).json.toObject();
    QCOMPARE(created[QStringLiteral("cron")].toString(), QStringLiteral("0 8 * * 1"));
    // The table shows the server's next execution: Monday 08:00 in the
    // zone the form was on.
    const Schedule shown = m_window->schedulesPage()->currentSchedule();
    QCOMPARE(shown.nextExecutionAt.toUTC().toString(Qt::ISODate),
             created[QStringLiteral("next_execution_at")].toString());
    const QDateTime next = shown.nextExecutionAt.toTimeZone(QTimeZone(shown.timezone.toUtf8()));
    QCOMPARE(next.date().dayOfWeek(), 1);
    QCOMPARE(next.time(), QTime(8, 0));
}

void TestLaunchDialog::ownAccountWithTwoIdentitiesIsRefusedBeforeSending()
{
    const QString first = m_sandbox->standardIdentity();
    const QString second = m_sandbox->engagementIdentity();
    LaunchDialog *dialog = openDialog();
    dialog->setAction(QStringLiteral("linkedin-extract-connections"));
    auto *identities = dialog->findChild<QListWidget *>(QStringLiteral("launchIdentityList"));
    QTRY_VERIFY(identities->count() >= 2);
    int ticked = 0;
    for (int i = 0; i < identities->count(); ++i) {
        const QString uid = identities->item(i)->data(Qt::UserRole).toString();
        if (uid == first || uid == second) {
            identities->item(i)->setCheckState(Qt::Checked);
            ++ticked;
        }
    }
    QCOMPARE(ticked, 2);
    auto *launch = dialog->findChild<QPushButton *>(QStringLiteral("launchButton"));
    QTRY_VERIFY(!launch->isEnabled());
    // Said under the identities, and read with them by a screen reader.
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(identities);
    QVERIFY2(list->text(QAccessible::Description).contains(QStringLiteral("identity_ids")),
             qPrintable(list->text(QAccessible::Description)));
    dialog->launch();
    QTest::qWait(0);
    QCOMPARE(runsOnServer(), 0);
}

void TestLaunchDialog::serverRefusalKeepsWhatWasTyped()
{
    LaunchDialog *dialog = openDialog();
    dialog->setAction(kPeople);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("launchName"));
    name->setText(QStringLiteral("kept"));
    dialog->setInputs(LaunchInputs::profileInputs(3));
    QVERIFY(m_sandbox->setFaults(QStringLiteral("400=1")));
    auto *launch = dialog->findChild<QPushButton *>(QStringLiteral("launchButton"));
    QTRY_VERIFY(launch->isEnabled());
    QTest::mouseClick(launch, Qt::LeftButton);
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("launchMessage"));
    QTRY_VERIFY2(message->text().contains(QStringLiteral("refused")), qPrintable(message->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(name->text(), QStringLiteral("kept"));
    QCOMPARE(dialog->draft().inputs, LaunchInputs::profileInputs(3));

    // Fixed on the server's side: the same dialog launches.
    QVERIFY(m_sandbox->setFaults(QString()));
    QTRY_VERIFY(launch->isEnabled());
    QTest::mouseClick(launch, Qt::LeftButton);
    QTRY_COMPARE(runsOnServer(), 1);
}

void TestLaunchDialog::launchLikeThisOneBringsBackTheInputs()
{
    QJsonArray sent;
    for (int i = 0; i < 3; ++i)
        sent.append(QJsonObject{
            {QStringLiteral("linkedin_profile_url"),
             QStringLiteral("https://www.linkedin.com/in/like%1").arg(i)},
            {QStringLiteral("custom_data"), QJsonObject{{QStringLiteral("crm_id"), i}}}});
    const QString uid = m_sandbox->launch(kPeople, sent);
    QVERIFY(!uid.isEmpty());
    // A refresh asked during the first load would be folded into it.
    QTRY_VERIFY(!m_window->runsModel()->isLoading());
    m_window->runsModel()->refresh();
    QTRY_VERIFY(m_window->runsModel()->rowOfUid(uid) >= 0);
    const Run run = m_window->runsModel()->runAt(
        m_window->runsModel()->index(m_window->runsModel()->rowOfUid(uid), 0));

    LaunchDialog *dialog = m_window->openLaunchDialog(&run);
    QTRY_COMPARE(dialog->draft().inputs.size(), 3);
    QCOMPARE(dialog->draft().action, kPeople);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(dialog->draft().inputs.at(i).toJson(), sent.at(i).toObject());
    auto *launch = dialog->findChild<QPushButton *>(QStringLiteral("launchButton"));
    QTRY_VERIFY(launch->isEnabled());
}

// Issue 11: a 1,000-row CSV with 3 bad rows, imported through the editor's
// Import CSV…, the bad rows dropped, launched: the server holds exactly the
// 997 good rows, in order, with their custom_data.
void TestLaunchDialog::importedCsvLaunchesExactlyTheGoodRows()
{
    using namespace LaunchInputs;
    QTemporaryDir directory;
    QFile file(directory.filePath(QStringLiteral("people.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(thousandRowsCsv()) > 0);
    file.close();

    LaunchDialog *dialog = openDialog();
    dialog->setAction(kPeople);
    InputEditor *editor = dialog->inputEditor();
    QVERIFY(GuiTest::triggerAction(editor, "actionImportCsv").isEmpty());
    CsvImportDialog *import = nullptr;
    QTRY_VERIFY((import = editor->findChild<CsvImportDialog *>()) && import->isVisible());
    import->setFile(file.fileName());
    QTest::mouseClick(import->findChild<QPushButton *>(QStringLiteral("csvImportButton")),
                      Qt::LeftButton);
    auto *drop = import->findChild<QPushButton *>(QStringLiteral("csvDropProblemRowsButton"));
    QTRY_VERIFY_WITH_TIMEOUT(drop->isVisible(), 30000);
    // Launch waits while rows have problems.
    auto *launch = dialog->findChild<QPushButton *>(QStringLiteral("launchButton"));
    QVERIFY(!launch->isEnabled());
    QTest::mouseClick(drop, Qt::LeftButton);
    QTest::mouseClick(import->findChild<QPushButton *>(QStringLiteral("csvCloseButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(launch->isEnabled());
    QTest::mouseClick(launch, Qt::LeftButton);

    QTRY_COMPARE(runsOnServer(), 1);
    const QString uid = m_sandbox->get(QStringLiteral("/runs"))
                            .json.toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("uid"))
                            .toString();
    const QJsonArray inputs = m_sandbox->inputs(uid);
    QCOMPARE(inputs.size(), 997);
    qsizetype at = 0;
    for (int i = 1; i <= 1000; ++i) {
        if (i == kMissingRow || i == kNotLinkedInRow || i == kRaggedRow)
            continue;
        const QJsonObject input = inputs.at(at++).toObject();
        QCOMPARE(input.value(QStringLiteral("input_data")).toObject().value(kProfileUrl).toString(),
                 profileUrl(i));
        QCOMPARE(input.value(QStringLiteral("custom_data")).toObject(),
                 QJsonObject({{QStringLiteral("Segment"), QStringLiteral("seg-%1").arg(i)}}));
    }
}

// A launch whose answer is lost: the dialog says the outcome is unknown,
// sends nothing again by itself, lists the run created under that name,
// and offers to launch again.
void TestLaunchDialog::lostAnswerIsNotResentAndTheRunIsListed()
{
    // The dashboard's now is the server's, as with a real service.
    SandboxFixture *sandbox = m_sandbox.get();
    m_connection->session.clock()->setSource([sandbox] {
        return QDateTime::fromMSecsSinceEpoch(sandbox->engine().clock().nowMs(), Qt::UTC);
    });
    LaunchDialog *dialog = openDialog();
    dialog->setAction(kPeople);
    dialog->findChild<QLineEdit *>(QStringLiteral("launchName"))->setText(QStringLiteral("lost"));
    dialog->setInputs(LaunchInputs::profileInputs(2));
    auto *launch = dialog->findChild<QPushButton *>(QStringLiteral("launchButton"));
    QTRY_VERIFY(launch->isEnabled());
    QVERIFY(m_sandbox->setFaults(QStringLiteral("truncate=1")));
    QTest::mouseClick(launch, Qt::LeftButton);
    // While the launch is on its way the dialog stays: only it hears the
    // answer.
    dialog->reject();
    QVERIFY(dialog->isVisible());
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("launchMessage"));
    QTRY_VERIFY2(message->text().contains(QStringLiteral("may or may not have")),
                 qPrintable(message->text()));
    QVERIFY(m_sandbox->setFaults(QString()));
    QCOMPARE(runsOnServer(), 1);
    const QString uid = m_sandbox->get(QStringLiteral("/runs"))
                            .json.toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("uid"))
                            .toString();
    QTRY_VERIFY2(message->text().contains(uid), qPrintable(message->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(launch->text(), QStringLiteral("Launch &again"));
    QVERIFY(launch->isEnabled());
    QCOMPARE(runsOnServer(), 1);
}

// Issue 10's accessibility rules hold in the launch dialog too, in both
// modes: every control named, and a Tab cycle that visits them all.
void TestLaunchDialog::everyControlIsNamedAndReachedByTab()
{
    LaunchDialog *dialog = openDialog();
    dialog->setAction(kPeople);
    dialog->setInputs(LaunchInputs::profileInputs(2));
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    for (const LaunchMode mode : {LaunchMode::Async, LaunchMode::Schedule}) {
        dialog->setMode(mode);
        QTest::qWait(0);
        const QStringList unnamed = AccessibilityChecks::unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        const QStringList missed = AccessibilityChecks::missedByTab(dialog);
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QStringLiteral(", "))));
    }
}

void TestLaunchDialog::identitiesThatDidNotLoadSaySo()
{
    // A key the server refuses: the identities never come (401 is not
    // retried), and the list says why instead of "no identities".
    m_window.reset();
    m_connection = std::make_unique<SandboxSession>(*m_sandbox, QStringLiteral("wrong-key"));
    m_window = std::make_unique<MainWindow>(&m_connection->session, QStringLiteral("Sandbox"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    LaunchDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("launchIdentityList"));
    QVERIFY(list);
    QTRY_VERIFY(list->count() == 1 &&
                list->item(0)->text().startsWith(QLatin1String("Could not load the identities: ")));
    QVERIFY2(list->item(0)->text().contains(QLatin1String("X-API-Key is not valid")),
             qPrintable(list->item(0)->text()));
    QVERIFY(!(list->item(0)->flags() & Qt::ItemIsUserCheckable));
}

void TestLaunchDialog::quittingDuringALaunchAsksFirst()
{
    LaunchDialog *dialog = openDialog();
    dialog->setAction(kPeople);
    dialog->setInputs(LaunchInputs::profileInputs(1));
    auto *launch = dialog->findChild<QPushButton *>(QStringLiteral("launchButton"));
    QTRY_VERIFY(launch->isEnabled());
    // Every answer takes 5 s: the launch is on its way while the window is
    // closed.
    QVERIFY(m_sandbox->setFaults(QStringLiteral("slow=1:5s")));
    QTest::mouseClick(launch, Qt::LeftButton);
    QTRY_VERIFY(m_connection->session.launchService()->isBusy());

    const auto answer = [](const QString &button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("quitDuringLaunchBox")) {
                qWarning("no question about the launch on its way");
                return;
            }
            for (QAbstractButton *candidate : box->buttons()) {
                if (candidate->text().remove(u'&') == button)
                    candidate->click();
            }
        });
    };
    answer(QStringLiteral("Wait for the answer"));
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QVERIFY(m_connection->session.launchService()->isBusy());

    answer(QStringLiteral("Quit anyway"));
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
}

void TestLaunchDialog::newScheduleOpensTheDialogInScheduleMode()
{
    // From the window's menu or shortcut, and first on the Schedules page.
    m_window->showPage(MainWindow::Page::Schedules);
    auto *bar = m_window->findChild<SchedulesPage *>()->findChild<QToolBar *>(
        QStringLiteral("schedulesToolBar"));
    QCOMPARE(bar->actions().first()->objectName(), QStringLiteral("actionNewSchedule"));
    TRIGGER_ACTION(m_window.get(), "actionNewSchedule");
    LaunchDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<LaunchDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("launchModeSchedule"))->isChecked());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("New schedule"));
    QCOMPARE(dialog->draft().mode, LaunchMode::Schedule);
}

void TestLaunchDialog::oneShotFiresAtTheWallTimeOfItsZone()
{
    LaunchDialog *dialog = openDialog();
    dialog->setAction(kPeople);
    dialog->setMode(LaunchMode::Schedule);
    dialog->setInputs(LaunchInputs::profileInputs(1));
    QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("launchOnce")),
                      Qt::LeftButton);
    // A name that is not a zone is refused under the picker, with the one
    // it probably means.
    auto *zone = dialog->findChild<QComboBox *>(QStringLiteral("zonePickerNames"));
    zone->setCurrentText(QStringLiteral("Tokyo"));
    auto *zoneMessage = dialog->findChild<QLabel *>(QStringLiteral("zonePickerMessage"));
    QVERIFY2(zoneMessage->isVisible() &&
                 zoneMessage->text().contains(QLatin1String("did you mean 'Asia/Tokyo'?")),
             qPrintable(zoneMessage->text()));
    auto *launch = dialog->findChild<QPushButton *>(QStringLiteral("launchButton"));
    QVERIFY(!launch->isEnabled());
    zone->setCurrentText(QStringLiteral("Asia/Tokyo"));
    QVERIFY(!zoneMessage->isVisible());
    // 09:00 in Tokyo on the sandbox's second day is midnight UTC.
    dialog->findChild<QDateTimeEdit *>(QStringLiteral("launchScheduleAt"))
        ->setDateTime(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    QCOMPARE(dialog->draft().scheduleAt, QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC));
    QCOMPARE(dialog->draft().cron, QString());
    QTRY_VERIFY(launch->isEnabled());
    QTest::mouseClick(launch, Qt::LeftButton);
    QTRY_VERIFY(m_window->schedulesPage()->hasCurrentSchedule());
    const QJsonObject created =
        m_sandbox
            ->get(QStringLiteral("/schedules/") + m_window->schedulesPage()->currentSchedule().uid)
            .json.toObject();
    QCOMPARE(created[QStringLiteral("next_execution_at")].toString(),
             QStringLiteral("2026-03-02T00:00:00Z"));
    QCOMPARE(created[QStringLiteral("timezone")].toString(), QStringLiteral("Asia/Tokyo"));
}

QTEST_MAIN(TestLaunchDialog)
#include "tst_launchdialog.moc"
