// "Edit schedule…" on the Schedules page (issue 12), on the real main
// window against the in-process sandbox: a cron changed from `0 9 * * *` to
// `30 8 * * 1-5` through the dialog's raw field, read before Save as both
// expressions, both descriptions and both sets of fire times, then saved:
// the sandbox has it and the table's row shows it in place, the selection
// kept. A refusal keeps the dialog open with everything typed, the
// server's words at the field they name; a cancelled schedule opens
// read-only with the reason; Save is off while the cron is invalid; a
// one-shot is moved by its time; every control is reached by Tab and
// named.

#include "core/cron/crondescription.h"
#include "core/cron/cronexpression.h"
#include "models/schedules/schedulesmodel.h"
#include "models/session/session.h"
#include "tests/support/accessibilitychecks.h"
#include "tests/support/guitesthelpers.h"
#include "tests/support/sandboxclient.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxsession.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/zonepicker.h"
#include "ui/cron/croneditor.h"
#include "ui/mainwindow.h"
#include "ui/schedules/editscheduledialog.h"
#include "ui/schedules/scheduledetailview.h"
#include "ui/schedules/schedulespage.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolBar>

#include <functional>
#include <memory>

namespace {

const QString kAction = QStringLiteral("linkedin-extract-people");

// The network of the dashboard's session, able to stand in for a server
// stricter than the sandbox: the real service may refuse what the editor
// and the sandbox both take. It rewrites the body of update calls, so
// the sandbox's own refusal of the rewritten field comes back.
class StricterNetwork final : public QNetworkAccessManager
{
public:
    std::function<void(QJsonObject &)> rewriteUpdate;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        // The client sends every call as a custom request with its verb.
        const bool post =
            op == PostOperation ||
            (op == CustomOperation &&
             request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray() == "POST");
        if (!rewriteUpdate || !post || !outgoingData ||
            !request.url().path().endsWith(QLatin1String("/update")))
            return QNetworkAccessManager::createRequest(op, request, outgoingData);
        QJsonObject body = QJsonDocument::fromJson(outgoingData->readAll()).object();
        rewriteUpdate(body);
        auto *sent = new QBuffer(this);
        sent->setData(QJsonDocument(body).toJson(QJsonDocument::Compact));
        sent->open(QIODevice::ReadOnly);
        QNetworkRequest changed(request);
        changed.setHeader(QNetworkRequest::ContentLengthHeader, sent->size());
        return QNetworkAccessManager::createRequest(op, changed, sent);
    }
};

struct Connection
{
    explicit Connection(SandboxFixture &sandbox)
        : session(&network, SandboxClient::settingsFor(sandbox),
                  [] { return QStringLiteral("sandbox"); })
    {}

    StricterNetwork network;
    Session session;
};

using GuiTest::namedChild;

QString labelText(const QObject *parent, const char *name)
{
    return namedChild<QLabel>(parent, name)->text();
}

QString described(const char *cron)
{
    return describeCron(std::get<CronExpression>(CronExpression::parse(QString::fromLatin1(cron))));
}

// Replaces the whole text of a line edit by typing, as a user would.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::TabFocusReason);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestEditSchedule : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editsTheCronAndTheRowFollows();
    void refusalIsShownAtTheFieldItNames();
    void refusalWithoutAFieldKeepsTheDialogOpen();
    void cancelledOpensReadOnly();
    void saveIsOffWhileTheCronIsInvalid();
    void oneShotMovesByItsTime();
    void startTheClocksSkipIsNotSent();
    void reachableFromTheToolBarAndTheContextMenu();
    void everyControlReachedByTabAndNamed();

private:
    QString createSchedule(const QString &name, const QJsonObject &timing);
    QString recurring(const QString &name, const QString &cron);
    // Selects the schedule on the page, once the list has it.
    bool select(const QString &uid);
    EditScheduleDialog *openEditor(const QString &uid);
    QJsonObject serverSchedule(const QString &uid);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    SchedulesPage *m_page = nullptr;
};

void TestEditSchedule::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_connection = std::make_unique<Connection>(*m_sandbox);
    followSandboxClock(m_connection->session, *m_sandbox);
    m_window = std::make_unique<MainWindow>(&m_connection->session, QStringLiteral("Sandbox"));
    m_window->resize(1300, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page = m_window->findChild<SchedulesPage *>();
    QVERIFY(m_page);
}

void TestEditSchedule::cleanup()
{
    m_window.reset();
    m_connection.reset();
    m_sandbox.reset();
}

QString TestEditSchedule::createSchedule(const QString &name, const QJsonObject &timing)
{
    QJsonObject body = timing;
    body.insert(QStringLiteral("inputs"),
                QJsonArray{QJsonObject{{QStringLiteral("linkedin_profile_url"),
                                        QStringLiteral("https://www.linkedin.com/in/ada")}}});
    body.insert(QStringLiteral("name"), name);
    const SandboxFixture::Reply created = m_sandbox->post(
        QStringLiteral("/actions/") + kAction + QStringLiteral("/run/schedule"), body);
    if (created.status != 200)
        qWarning("schedule refused: %s", created.body.constData());
    return created.json.toObject().value(QStringLiteral("schedule_uid")).toString();
}

QString TestEditSchedule::recurring(const QString &name, const QString &cron)
{
    return createSchedule(name, {{QStringLiteral("cron"), cron},
                                 {QStringLiteral("timezone"), QStringLiteral("UTC")}});
}

bool TestEditSchedule::select(const QString &uid)
{
    m_window->showPage(MainWindow::Page::Schedules);
    SchedulesModel *model = m_connection->session.schedules();
    // A load already on its way may hold an older state: one more after it.
    const auto idle = [model] { return !model->isLoading(); };
    if (!QTest::qWaitFor(idle))
        return false;
    model->refresh();
    if (!QTest::qWaitFor(idle) || model->rowOfUid(uid) < 0)
        return false;
    m_page->selectSchedule(uid);
    return m_page->hasCurrentSchedule() && m_page->currentSchedule().uid == uid;
}

EditScheduleDialog *TestEditSchedule::openEditor(const QString &uid)
{
    if (!select(uid))
        return nullptr;
    const QString problem = GuiTest::triggerAction(m_page, "actionEditSchedule");
    if (!problem.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        return nullptr;
    }
    EditScheduleDialog *dialog = m_page->editDialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QJsonObject TestEditSchedule::serverSchedule(const QString &uid)
{
    return m_sandbox->get(QStringLiteral("/schedules/") + uid).json.toObject();
}

void TestEditSchedule::editsTheCronAndTheRowFollows()
{
    recurring(QStringLiteral("before"), QStringLiteral("0 12 * * *"));
    const QString uid = recurring(QStringLiteral("morning"), QStringLiteral("0 9 * * *"));
    recurring(QStringLiteral("after"), QStringLiteral("0 18 * * *"));
    QVERIFY(!uid.isEmpty());
    QVERIFY(select(uid));
    QTableView *table = m_page->table();
    const int row = table->currentIndex().row();
    QSignalSpy resets(table->model(), &QAbstractItemModel::modelReset);

    // Enter on the row opens it.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(m_page->editDialog() && m_page->editDialog()->isVisible());
    EditScheduleDialog *dialog = m_page->editDialog();
    QCOMPARE(dialog->schedule().uid, uid);
    auto *save = namedChild<QPushButton>(dialog, "editScheduleSaveButton");
    QVERIFY(!save->isEnabled());
    QVERIFY2(
        labelText(dialog, "editScheduleSaveNote").contains(QLatin1String("nothing has changed")),
        qPrintable(labelText(dialog, "editScheduleSaveNote")));

    retype(namedChild<QLineEdit>(dialog, "cronExpression"), QStringLiteral("30 8 * * 1-5"));
    // Before and after, side by side: the expressions, what they mean and
    // when they fire (from Sunday 1 March 2026, 10:00 UTC).
    QCOMPARE(labelText(dialog, "changeBeforeExpression"), QStringLiteral("0 9 * * *"));
    QCOMPARE(labelText(dialog, "changeAfterExpression"), QStringLiteral("30 8 * * 1-5"));
    QCOMPARE(labelText(dialog, "changeBeforeMeaning"), described("0 9 * * *"));
    QCOMPARE(labelText(dialog, "changeAfterMeaning"), described("30 8 * * 1-5"));
    QVERIFY(labelText(dialog, "changeBeforeMeaning") != labelText(dialog, "changeAfterMeaning"));
    QCOMPARE(labelText(dialog, "changeBeforeFireTimes").split(QLatin1Char('\n')),
             (QStringList{QStringLiteral("Mon 2026-03-02 09:00 UTC"),
                          QStringLiteral("Tue 2026-03-03 09:00 UTC"),
                          QStringLiteral("Wed 2026-03-04 09:00 UTC"),
                          QStringLiteral("Thu 2026-03-05 09:00 UTC"),
                          QStringLiteral("Fri 2026-03-06 09:00 UTC")}));
    QCOMPARE(labelText(dialog, "changeAfterFireTimes").split(QLatin1Char('\n')),
             (QStringList{QStringLiteral("Mon 2026-03-02 08:30 UTC"),
                          QStringLiteral("Tue 2026-03-03 08:30 UTC"),
                          QStringLiteral("Wed 2026-03-04 08:30 UTC"),
                          QStringLiteral("Thu 2026-03-05 08:30 UTC"),
                          QStringLiteral("Fri 2026-03-06 08:30 UTC")}));
    // What changes is said in words, and what does not is not.
    QCOMPARE(labelText(dialog, "changeRowExpression"), QStringLiteral("Expression (changes):"));
    QCOMPARE(labelText(dialog, "changeRowMeaning"), QStringLiteral("Meaning (changes):"));
    QCOMPARE(labelText(dialog, "changeRowName"), QStringLiteral("Name:"));
    QCOMPARE(labelText(dialog, "changeRowTimezone"), QStringLiteral("Time zone:"));
    QVERIFY2(labelText(dialog, "changeSummary").contains(QLatin1String("expression")),
             qPrintable(labelText(dialog, "changeSummary")));

    QVERIFY(save->isEnabled());
    QVERIFY(labelText(dialog, "editScheduleSaveNote").isEmpty());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!m_page->editDialog());

    QCOMPARE(serverSchedule(uid).value(QStringLiteral("cron")).toString(),
             QStringLiteral("30 8 * * 1-5"));
    // The row, in place, still the one selected, and the detail with it.
    QTRY_COMPARE(table->model()->index(row, SchedulesModel::CronColumn).data().toString(),
                 QStringLiteral("30 8 * * 1-5"));
    QCOMPARE(table->currentIndex().row(), row);
    QCOMPARE(m_page->currentSchedule().uid, uid);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), row);
    QTRY_COMPARE(labelText(m_page->detail(), "scheduleCronLabel"), QStringLiteral("30 8 * * 1-5"));
    // Wait for the refresh that follows, which must not reset either.
    QTRY_VERIFY(!m_connection->session.schedules()->isLoading());
    QCOMPARE(resets.size(), 0);
    QCOMPARE(table->model()->index(row, SchedulesModel::CronColumn).data().toString(),
             QStringLiteral("30 8 * * 1-5"));
}

void TestEditSchedule::refusalIsShownAtTheFieldItNames()
{
    const QString uid = recurring(QStringLiteral("strict"), QStringLiteral("0 9 * * *"));
    EditScheduleDialog *dialog = openEditor(uid);
    QVERIFY(dialog);
    // A server stricter than the sandbox refuses the cron (here: the
    // sandbox given one it refuses in place of the typed one).
    m_connection->network.rewriteUpdate = [](QJsonObject &body) {
        if (body.contains(QStringLiteral("cron")))
            body.insert(QStringLiteral("cron"), QStringLiteral("30 8 * * 1-9"));
    };
    auto *name = namedChild<QLineEdit>(dialog, "editScheduleName");
    retype(name, QStringLiteral("strict weekdays"));
    auto *cron = namedChild<QLineEdit>(dialog, "cronExpression");
    retype(cron, QStringLiteral("30 8 * * 1-5"));
    auto *save = namedChild<QPushButton>(dialog, "editScheduleSaveButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    auto *message = namedChild<QLabel>(dialog, "editScheduleMessage");
    const QPointer<EditScheduleDialog> open(dialog);
    QTRY_VERIFY(!open || !dialog->isWaiting());
    QVERIFY2(open, "the dialog closed: the change was taken");
    QVERIFY2(message->text().contains(QLatin1String("refused")), qPrintable(message->text()));

    // Still open, everything as typed, and the server's words at the cron.
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_page->editDialog(), dialog);
    FieldMessage *atCron = dialog->findChild<CronEditor *>()->messageFor(QStringLiteral("cron"));
    QVERIFY(atCron->isVisible());
    QVERIFY2(atCron->text().startsWith(QLatin1String("cron: ")) &&
                 atCron->text().contains(QLatin1String("9")),
             qPrintable(atCron->text()));
    QVERIFY2(message->text().contains(QLatin1String("HTTP 400")), qPrintable(message->text()));
    QCOMPARE(cron->text(), QStringLiteral("30 8 * * 1-5"));
    QCOMPARE(name->text(), QStringLiteral("strict weekdays"));
    QVERIFY(!namedChild<FieldMessage>(dialog, "editScheduleNameMessage")->isVisible());
    QVERIFY(cron->isEnabled() && name->isEnabled());
    QCOMPARE(serverSchedule(uid).value(QStringLiteral("cron")).toString(),
             QStringLiteral("0 9 * * *"));

    // The cause gone, Save again goes through.
    m_connection->network.rewriteUpdate = nullptr;
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!m_page->editDialog());
    const QJsonObject saved = serverSchedule(uid);
    QCOMPARE(saved.value(QStringLiteral("cron")).toString(), QStringLiteral("30 8 * * 1-5"));
    QCOMPARE(saved.value(QStringLiteral("name")).toString(), QStringLiteral("strict weekdays"));
}

void TestEditSchedule::refusalWithoutAFieldKeepsTheDialogOpen()
{
    const QString uid = recurring(QStringLiteral("faulty"), QStringLiteral("0 9 * * *"));
    EditScheduleDialog *dialog = openEditor(uid);
    QVERIFY(dialog);
    auto *zone = namedChild<ZonePicker>(dialog, "zonePicker");
    zone->setFocus();
    retype(zone->comboBox()->lineEdit(), QStringLiteral("Europe/Paris"));
    QCOMPARE(zone->zoneName(), QStringLiteral("Europe/Paris"));
    QCOMPARE(labelText(dialog, "changeRowTimezone"), QStringLiteral("Time zone (changes):"));
    QVERIFY(m_sandbox->setFaults(QStringLiteral("400=1")));

    auto *save = namedChild<QPushButton>(dialog, "editScheduleSaveButton");
    QTest::mouseClick(save, Qt::LeftButton);
    // Waiting: nothing can be touched, and Escape says why it does not close.
    QVERIFY(dialog->isWaiting());
    QVERIFY(!zone->isEnabled());
    QVERIFY(!save->isEnabled());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    auto *message = namedChild<QLabel>(dialog, "editScheduleMessage");
    QVERIFY2(message->text().contains(QLatin1String("wait for the server's answer")),
             qPrintable(message->text()));

    QTRY_VERIFY(!dialog->isWaiting());
    QVERIFY(dialog->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("nothing was saved")) &&
                 message->text().contains(QLatin1String("Injected fault")),
             qPrintable(message->text()));
    // No field named: none claims it.
    QVERIFY(!zone->message()->isVisible());
    QCOMPARE(zone->zoneName(), QStringLiteral("Europe/Paris"));
    QVERIFY(zone->isEnabled());
    QVERIFY(save->isEnabled());
    QVERIFY(m_sandbox->setFaults(QString()));
    QCOMPARE(serverSchedule(uid).value(QStringLiteral("timezone")).toString(),
             QStringLiteral("UTC"));

    // Escape now closes, and nothing was sent.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_page->editDialog());
    QCOMPARE(serverSchedule(uid).value(QStringLiteral("timezone")).toString(),
             QStringLiteral("UTC"));
}

void TestEditSchedule::cancelledOpensReadOnly()
{
    const QString uid = recurring(QStringLiteral("gone"), QStringLiteral("0 9 * * *"));
    QCOMPARE(
        m_sandbox
            ->post(QStringLiteral("/schedules/") + uid + QStringLiteral("/cancel"), QJsonObject())
            .status,
        200);
    QVERIFY(select(uid));
    QTRY_COMPARE(m_page->currentSchedule().statusText, QStringLiteral("CANCELLED"));
    // A double-click on the row opens it.
    QTableView *table = m_page->table();
    const QRect cell = table->visualRect(table->currentIndex());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY(m_page->editDialog() && m_page->editDialog()->isVisible());
    EditScheduleDialog *dialog = m_page->editDialog();

    QVERIFY(dialog->isReadOnly());
    QCOMPARE(labelText(dialog, "editScheduleReadOnlyNote"),
             QStringLiteral("A cancelled schedule cannot be changed (contract 4.4)."));
    QVERIFY(namedChild<QLabel>(dialog, "editScheduleReadOnlyNote")->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("editScheduleSaveButton")));
    for (const char *name : {"editScheduleName", "cronExpression"})
        QVERIFY2(!namedChild<QWidget>(dialog, name)->isEnabled(), name);
    QVERIFY(!namedChild<ZonePicker>(dialog, "zonePicker")->isEnabled());
    QVERIFY(!namedChild<QCheckBox>(dialog, "editScheduleStartSet")->isEnabled());
    // What it is, still readable.
    QCOMPARE(namedChild<QLineEdit>(dialog, "cronExpression")->text(), QStringLiteral("0 9 * * *"));
    QCOMPARE(namedChild<QLineEdit>(dialog, "editScheduleName")->text(), QStringLiteral("gone"));

    QPushButton *close = namedChild<QDialogButtonBox>(dialog, "editScheduleButtons")
                             ->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!m_page->editDialog());
}

void TestEditSchedule::saveIsOffWhileTheCronIsInvalid()
{
    const QString uid = recurring(QStringLiteral("monthly"), QStringLiteral("0 0 1 * *"));
    EditScheduleDialog *dialog = openEditor(uid);
    QVERIFY(dialog);
    auto *save = namedChild<QPushButton>(dialog, "editScheduleSaveButton");
    auto *cron = namedChild<QLineEdit>(dialog, "cronExpression");
    retype(cron, QStringLiteral("0 0 32 * *"));
    QVERIFY(!save->isEnabled());
    const QString why = labelText(dialog, "editScheduleSaveNote");
    QVERIFY2(why.contains(QLatin1String("day-of-month")) && why.contains(QLatin1String("32")),
             qPrintable(why));
    QVERIFY2(labelText(dialog, "changeAfterMeaning").startsWith(QLatin1String("Not valid")),
             qPrintable(labelText(dialog, "changeAfterMeaning")));
    QCOMPARE(labelText(dialog, "changeAfterFireTimes"), QStringLiteral("none"));
    // Enter does not send it either.
    QTest::keyClick(cron, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isWaiting());

    retype(cron, QStringLiteral("0 0 31 * *"));
    QVERIFY(save->isEnabled());
    QVERIFY(labelText(dialog, "editScheduleSaveNote").isEmpty());
    // Back to what it was: nothing to save.
    retype(cron, QStringLiteral("0 0 1 * *"));
    QVERIFY(!save->isEnabled());
    QVERIFY(labelText(dialog, "editScheduleSaveNote").contains(QLatin1String("nothing")));
}

void TestEditSchedule::oneShotMovesByItsTime()
{
    const QString uid =
        createSchedule(QStringLiteral("once"),
                       {{QStringLiteral("schedule_at"), QStringLiteral("2026-03-03T09:00:00Z")},
                        {QStringLiteral("timezone"), QStringLiteral("Europe/Paris")}});
    QVERIFY(!uid.isEmpty());
    EditScheduleDialog *dialog = openEditor(uid);
    QVERIFY(dialog);
    // No cron to edit: its time instead, in its zone.
    QVERIFY(!dialog->findChild<CronEditor *>());
    auto *set = namedChild<QCheckBox>(dialog, "editScheduleStartSet");
    QVERIFY(set->isChecked());
    auto *at = namedChild<QDateTimeEdit>(dialog, "editScheduleStart");
    QCOMPARE(at->time(), QTime(10, 0));
    QCOMPARE(at->date(), QDate(2026, 3, 3));
    QVERIFY2(labelText(dialog, "editScheduleStartZone").contains(QLatin1String("Europe/Paris")),
             qPrintable(labelText(dialog, "editScheduleStartZone")));
    QCOMPARE(labelText(dialog, "changeBeforeFireTimes"),
             QStringLiteral("Tue 2026-03-03 10:00 CET"));

    // An hour later, with the keyboard.
    at->setFocus(Qt::TabFocusReason);
    at->setCurrentSection(QDateTimeEdit::HourSection);
    QTest::keyClick(at, Qt::Key_Up);
    QCOMPARE(at->time(), QTime(11, 0));
    QCOMPARE(labelText(dialog, "changeRowStart"), QStringLiteral("Start (changes):"));
    QCOMPARE(labelText(dialog, "changeAfterFireTimes"), QStringLiteral("Tue 2026-03-03 11:00 CET"));
    auto *save = namedChild<QPushButton>(dialog, "editScheduleSaveButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!m_page->editDialog());
    QCOMPARE(serverSchedule(uid).value(QStringLiteral("next_execution_at")).toString(),
             QStringLiteral("2026-03-03T10:00:00Z"));
}

void TestEditSchedule::startTheClocksSkipIsNotSent()
{
    const QString uid = createSchedule(
        QStringLiteral("spring"), {{QStringLiteral("cron"), QStringLiteral("30 2 * * *")},
                                   {QStringLiteral("timezone"), QStringLiteral("Europe/Paris")}});
    EditScheduleDialog *dialog = openEditor(uid);
    QVERIFY(dialog);
    auto *set = namedChild<QCheckBox>(dialog, "editScheduleStartSet");
    QVERIFY(!set->isChecked());
    QTest::keyClick(set, Qt::Key_Space);
    QVERIFY(set->isChecked());
    auto *at = namedChild<QDateTimeEdit>(dialog, "editScheduleStart");
    auto *save = namedChild<QPushButton>(dialog, "editScheduleSaveButton");
    QVERIFY(save->isEnabled());
    QCOMPARE(labelText(dialog, "changeRowStart"), QStringLiteral("Start (changes):"));

    // 02:30 on the last Sunday of March does not happen in Paris.
    at->setDateTime(QDateTime(QDate(2026, 3, 29), QTime(2, 30), Qt::UTC));
    QVERIFY(!save->isEnabled());
    auto *message = namedChild<FieldMessage>(dialog, "editScheduleStartMessage");
    QVERIFY2(message->isVisible() && message->text().contains(QLatin1String("does not exist")),
             qPrintable(message->text()));
    QVERIFY2(labelText(dialog, "editScheduleSaveNote").contains(QLatin1String("skip")),
             qPrintable(labelText(dialog, "editScheduleSaveNote")));

    at->setDateTime(QDateTime(QDate(2026, 3, 29), QTime(3, 30), Qt::UTC));
    QVERIFY(!message->isVisible());
    QVERIFY(save->isEnabled());
    QCOMPARE(labelText(dialog, "changeAfterStart"), QStringLiteral("Sun 2026-03-29 03:30 CEST"));
    // The schedule fires from that day on: the first firing is the next
    // 02:30 that exists.
    QCOMPARE(labelText(dialog, "changeAfterFireTimes").split(QLatin1Char('\n')).first(),
             QStringLiteral("Mon 2026-03-30 02:30 CEST"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!m_page->editDialog());
    QCOMPARE(serverSchedule(uid).value(QStringLiteral("next_execution_at")).toString(),
             QStringLiteral("2026-03-30T00:30:00Z"));
}

void TestEditSchedule::reachableFromTheToolBarAndTheContextMenu()
{
    const QString first = recurring(QStringLiteral("one"), QStringLiteral("0 9 * * *"));
    const QString second = recurring(QStringLiteral("two"), QStringLiteral("0 10 * * *"));
    // Both listed, the first current.
    QVERIFY(select(second));
    QVERIFY(select(first));
    auto *edit = namedChild<QAction>(m_page, "actionEditSchedule");
    QVERIFY(m_page->table()->actions().contains(edit));
    QVERIFY(namedChild<QToolBar>(m_page, "schedulesToolBar")->actions().contains(edit));
    QVERIFY(edit->isEnabled());
    // Two selected: which one to edit is not clear.
    m_page->table()->selectAll();
    QCOMPARE(m_page->selectedSchedules().size(), 2);
    QVERIFY(!edit->isEnabled());
    QVERIFY(select(second));
    QVERIFY(edit->isEnabled());
}

void TestEditSchedule::everyControlReachedByTabAndNamed()
{
    const QString uid = recurring(QStringLiteral("keys"), QStringLiteral("*/15 9-17 * * 1-5"));
    EditScheduleDialog *dialog = openEditor(uid);
    QVERIFY(dialog);
    // The start's edit is off until its box is checked.
    QTest::keyClick(namedChild<QCheckBox>(dialog, "editScheduleStartSet"), Qt::Key_Space);
    QVERIFY(namedChild<QDateTimeEdit>(dialog, "editScheduleStart")->isEnabled());
    QCOMPARE(AccessibilityChecks::unnamedControls(dialog).join(QLatin1Char(',')), QString());
    QCOMPARE(AccessibilityChecks::missedByTab(dialog), QStringList());
}

QTEST_MAIN(TestEditSchedule)
#include "tst_editschedule.moc"
