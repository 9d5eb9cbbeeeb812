// The schedules and live-query pages on real widgets against the
// in-process sandbox: manage calls reach the server and follow the
// statuses the contract allows, the detail panel describes the cron and
// its next fire times, live queries page through X-Pagination-Next, wait
// out 429s visibly, refuse bad JSON before sending, and copy as curl
// without the key.

#include "models/live/liveresultsmodel.h"
#include "models/schedules/schedulesmodel.h"
#include "tests/support/celltyping.h"
#include "tests/support/guitesthelpers.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxsession.h"
#include "ui/common/timedisplay.h"
#include "ui/launch/inputeditor.h"
#include "ui/live/livequerypage.h"
#include "ui/schedules/scheduledetailview.h"
#include "ui/schedules/schedulespage.h"

#include <QAccessible>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolBar>

#include <memory>

namespace {

// A key of its own, so a test can tell it apart from anything else in a
// command line.
const QString kSecretKey = QStringLiteral("rb-secret-4711-do-not-leak");
const QString kSearch = QStringLiteral("linkedin-search-people");

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

} // namespace

class TestPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void schedulesLoad();
    void pauseReachesTheServer();
    void actionsFollowTheStatus();
    void bulkPauseSaysWhatAndReportsEach();
    void refusalIsShown();
    void cancelAsksFirst();
    void detailDescribesAndListsFireTimes();
    void pausedDetailSaysSo();
    void schedulesThatCannotLoadSaySo();
    void schedulesKeptAfterAFailureAreMarkedStale();

    void liveQueryReturnsRows();
    void nextPageWaitsItsTurn();
    void badJsonSendsNothing();
    void badInputsAreNamed_data();
    void badInputsAreNamed();
    void ownAccountActionNeedsAnIdentity();
    void copyAsCurlHidesTheKey();
    void rateLimitIsCountedDown();
    void identitiesThatCannotLoadSaySo();
    void fetchAllPagesWalksToTheLastPage();
    void profileUrlTypedInTheTableRuns();
    void twoInputsAreRefusedBeforeSending();
    void historyRunsAQueryAgainAndSurvivesARestart();

private:
    void showSchedules();
    void showLive();
    int rowOfName(const QString &name) const;
    QString statusOnServer(const QString &uid);
    QAction *action(const char *name) const;
    // A search input whose results do not fit in one live page.
    QJsonObject searchWithSeveralPages();
    // Types the input into the cells of the live editor's one row.
    void typeInput(const QJsonObject &input);
    // Types the input as text on the live editor's JSON tab (pastes it when
    // it has several lines).
    void typeJson(const QString &text);
    int liveRunCount();

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxSession> m_connection;
    SchedulesModel *m_model = nullptr;
    std::unique_ptr<SchedulesPage> m_schedules;
    std::unique_ptr<LiveQueryPage> m_live;
};

void TestPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RunboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pages"));
    TimeDisplay::instance()->setZoneId(QStringLiteral("UTC"));
}

void TestPages::init()
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.apiKeys.append(kSecretKey);
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->start());
    QCOMPARE(m_sandbox->adminPost(QStringLiteral("/demo")).status, 200);
    m_connection = std::make_unique<SandboxSession>(*m_sandbox, kSecretKey);
}

void TestPages::cleanup()
{
    m_live.reset();
    m_schedules.reset();
    m_model = nullptr;
    m_connection.reset();
    m_sandbox.reset();
}

void TestPages::showSchedules()
{
    Session &session = m_connection->session;
    // The sandbox's manual clock, so fire times are known in advance.
    session.clock()->setSource([] { return utc("2026-03-01T10:00:00Z"); });
    m_model = session.schedules();
    m_schedules =
        std::make_unique<SchedulesPage>(m_model, session.scheduleService(), session.clock());
    m_schedules->resize(1400, 700);
    m_schedules->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_schedules.get()));
    // Showing the page loads the list.
    QTRY_VERIFY(m_model->rowCount() > 0 && !m_model->isLoading());
}

void TestPages::showLive()
{
    m_live = std::make_unique<LiveQueryPage>(&m_connection->session);
    m_live->setPacing(0, 0);
    m_live->resize(1200, 800);
    m_live->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_live.get()));
}

int TestPages::rowOfName(const QString &name) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, SchedulesModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

QString TestPages::statusOnServer(const QString &uid)
{
    return m_sandbox->get(QStringLiteral("/schedules/") + uid)
        .json.toObject()
        .value(QStringLiteral("status"))
        .toString();
}

QAction *TestPages::action(const char *name) const
{
    auto *found = m_schedules->findChild<QAction *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no action %s", name);
    return found;
}

QJsonObject TestPages::searchWithSeveralPages()
{
    for (const char *keywords : {"cto", "founder", "engineer", "designer", "sales", "marketing",
                                 "product", "data", "finance", "legal", "hr", "ops"}) {
        const QJsonObject input{
            {QStringLiteral("linkedin_people_search_url"),
             QString(QStringLiteral("https://www.linkedin.com/search/results/people/?keywords=") +
                     QString::fromLatin1(keywords))}};
        const SandboxFixture::Reply reply =
            m_sandbox->post(QStringLiteral("/actions/") + kSearch + QStringLiteral("/run/live"),
                            QJsonObject{{QStringLiteral("input"), input}});
        if (reply.status == 200 && !reply.header("X-Pagination-Next").isEmpty())
            return input;
    }
    return {};
}

void TestPages::typeInput(const QJsonObject &input)
{
    TYPE_INPUT_ROW(m_live.get(), "liveInputEditor", 0, input);
    auto *editor = m_live->findChild<InputEditor *>(QStringLiteral("liveInputEditor"));
    QCOMPARE(editor->inputs().size(), 1);
    QCOMPARE(editor->inputs().first().toJson(), input);
}

void TestPages::typeJson(const QString &text)
{
    auto *editor = m_live->findChild<InputEditor *>(QStringLiteral("liveInputEditor"));
    QVERIFY(editor);
    QTabBar *tabs = editor->findChild<QTabWidget *>(QStringLiteral("inputEditorTabs"))->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    QCOMPARE(editor->currentTab(), InputEditor::Tab::Json);
    auto *edit = editor->findChild<QPlainTextEdit *>(QStringLiteral("inputJsonEdit"));
    edit->clear();
    edit->setFocus();
    // keyClicks types no line breaks: text of several lines is pasted.
    if (text.contains(QLatin1Char('\n')))
        edit->insertPlainText(text);
    else
        QTest::keyClicks(edit, text);
    QCOMPARE(edit->toPlainText(), text);
}

int TestPages::liveRunCount()
{
    int count = 0;
    const QJsonArray runs = m_sandbox->getAllByOffset(QStringLiteral("/runs"), 100);
    for (const QJsonValue &run : runs) {
        if (run.toObject().value(QStringLiteral("execution_mode")).toString() ==
            QLatin1String("LIVE"))
            ++count;
    }
    return count;
}

// --- schedules ---------------------------------------------------------

void TestPages::schedulesLoad()
{
    showSchedules();
    const QJsonArray server = m_sandbox->getAllByOffset(QStringLiteral("/schedules"), 100);
    QVERIFY(server.size() >= 7);
    QCOMPARE(m_model->rowCount(), server.size());
    auto *table = m_schedules->findChild<QTableView *>(QStringLiteral("schedulesTableView"));
    QVERIFY(table);
    QCOMPARE(table->model(), m_model);
    for (const QJsonValue &schedule : server)
        QVERIFY(m_model->rowOfUid(schedule.toObject().value(QStringLiteral("uid")).toString()) >=
                0);
    // Nothing selected yet: nothing to manage.
    QVERIFY(!action("actionPauseSchedule")->isEnabled());
    QVERIFY(!action("actionResumeSchedule")->isEnabled());
    QVERIFY(!action("actionCancelSchedule")->isEnabled());
    QCOMPARE(m_schedules->findChild<QLabel *>(QStringLiteral("scheduleTitleLabel"))->text(),
             QStringLiteral("No schedule selected"));
}

void TestPages::pauseReachesTheServer()
{
    showSchedules();
    const int row = rowOfName(QStringLiteral("Weekly CTO search"));
    QVERIFY(row >= 0);
    const QString uid = m_model->index(row, SchedulesModel::UidColumn).data().toString();
    QCOMPARE(statusOnServer(uid), QStringLiteral("ACTIVE"));

    auto *table = m_schedules->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(m_model->index(row, SchedulesModel::NameColumn)).center());
    QCOMPARE(m_schedules->currentSchedule().uid, uid);
    QVERIFY(action("actionPauseSchedule")->isEnabled());
    TRIGGER_ACTION(m_schedules.get(), "actionPauseSchedule");
    QVERIFY(m_schedules->isBusy());
    QVERIFY(!action("actionPauseSchedule")->isEnabled());

    // The table follows the server's answer, in place.
    QTRY_COMPARE(
        m_model->index(m_model->rowOfUid(uid), SchedulesModel::StatusColumn).data().toString(),
        QStringLiteral("PAUSED"));
    QCOMPARE(statusOnServer(uid), QStringLiteral("PAUSED"));
    QCOMPARE(m_schedules->currentSchedule().uid, uid);
    auto *message = m_schedules->findChild<QLabel *>(QStringLiteral("scheduleMessageLabel"));
    QCOMPARE(message->text(), QStringLiteral("“Weekly CTO search” is now paused."));
    QTRY_VERIFY(action("actionResumeSchedule")->isEnabled());
    QVERIFY(!action("actionPauseSchedule")->isEnabled());
    QVERIFY(action("actionCancelSchedule")->isEnabled());
}

void TestPages::actionsFollowTheStatus()
{
    showSchedules();
    struct Expected
    {
        const char *name;
        const char *status;
        bool pause;
        bool resume;
        bool cancel;
    };
    // Contract 4.4: ACTIVE pause/cancel, PAUSED resume/cancel, the
    // terminal ones nothing.
    const QList<Expected> cases = {
        {"Weekly CTO search", "ACTIVE", true, false, true},
        {"Profile viewers daily", "PAUSED", false, true, true},
        {"SDR prospect search (old CRM)", "CANCELLED", false, false, false},
        {"Conference leads (one-off)", "COMPLETED", false, false, false},
    };
    for (const Expected &expected : cases) {
        const int row = rowOfName(QString::fromLatin1(expected.name));
        QVERIFY2(row >= 0, expected.name);
        QCOMPARE(m_model->index(row, SchedulesModel::StatusColumn).data().toString(),
                 QString::fromLatin1(expected.status));
        m_schedules->table()->selectRow(row);
        QCOMPARE(m_schedules->currentSchedule().name, QString::fromLatin1(expected.name));
        QCOMPARE(action("actionPauseSchedule")->isEnabled(), expected.pause);
        QCOMPARE(action("actionResumeSchedule")->isEnabled(), expected.resume);
        QCOMPARE(action("actionCancelSchedule")->isEnabled(), expected.cancel);
    }
}

void TestPages::bulkPauseSaysWhatAndReportsEach()
{
    showSchedules();
    const QStringList names = {QStringLiteral("Weekly CTO search"),
                               QStringLiteral("Profile viewers daily"),
                               QStringLiteral("SDR prospect search (old CRM)"),
                               QStringLiteral("Conference leads (one-off)")};
    QTableView *table = m_schedules->table();
    table->clearSelection();
    for (const QString &name : names) {
        const int row = rowOfName(name);
        QVERIFY2(row >= 0, qPrintable(name));
        table->selectionModel()->select(m_model->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(m_schedules->selectedSchedules().size(), 4);
    // One of the four is ACTIVE: Pause is offered for it.
    QVERIFY(action("actionPauseSchedule")->isEnabled());
    QStringList asked;
    m_schedules->setConfirm([&asked](const QString &question) {
        asked.append(question);
        return true;
    });
    TRIGGER_ACTION(m_schedules.get(), "actionPauseSchedule");
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().startsWith(QLatin1String("Pause 1 of the 4 selected schedules? The "
                                                    "other 3 are left as they are")),
             qPrintable(asked.first()));
    QTRY_VERIFY(!m_schedules->isBusy());
    auto *message = m_schedules->findChild<QLabel *>(QStringLiteral("scheduleMessageLabel"));
    QTRY_VERIFY2(message->text().startsWith(QStringLiteral("Done (1 of 4): “Weekly CTO search”.")),
                 qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("Left “Profile viewers daily” as it is: it "
                                                     "is PAUSED, which cannot be paused.")),
             qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("Left “Conference leads (one-off)” as it "
                                                     "is: it is COMPLETED")),
             qPrintable(message->text()));
    // The server has it paused, and the table follows.
    const int row = rowOfName(names.first());
    QTRY_COMPARE(m_model->index(row, SchedulesModel::StatusColumn).data().toString(),
                 QStringLiteral("PAUSED"));
}

void TestPages::refusalIsShown()
{
    showSchedules();
    const int row = rowOfName(QStringLiteral("Weekly CTO search"));
    const QString uid = m_model->index(row, SchedulesModel::UidColumn).data().toString();
    m_schedules->selectSchedule(uid);
    QVERIFY(action("actionPauseSchedule")->isEnabled());
    // Someone else pauses it; the table still says ACTIVE.
    QCOMPARE(
        m_sandbox
            ->post(QStringLiteral("/schedules/") + uid + QStringLiteral("/pause"), QJsonObject())
            .status,
        200);
    TRIGGER_ACTION(m_schedules.get(), "actionPauseSchedule");
    auto *message = m_schedules->findChild<QLabel *>(QStringLiteral("scheduleMessageLabel"));
    QTRY_VERIFY(
        message->text().startsWith(QStringLiteral("Could not pause “Weekly CTO search”: ")));
    QVERIFY2(message->text().contains(QStringLiteral("HTTP 422")), qPrintable(message->text()));
    QVERIFY(message->isVisible());
    // The refusal is followed by a refresh: the page now offers resume.
    QTRY_VERIFY(action("actionResumeSchedule")->isEnabled());
    QVERIFY(!action("actionPauseSchedule")->isEnabled());
}

void TestPages::cancelAsksFirst()
{
    showSchedules();
    const int row = rowOfName(QStringLiteral("Weekly CTO search"));
    const QString uid = m_model->index(row, SchedulesModel::UidColumn).data().toString();
    m_schedules->selectSchedule(uid);

    QStringList questions;
    bool answer = false;
    m_schedules->setConfirm([&](const QString &question) {
        questions.append(question);
        return answer;
    });
    TRIGGER_ACTION(m_schedules.get(), "actionCancelSchedule");
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.first().contains(QStringLiteral("“Weekly CTO search”")));
    // Declined: nothing was sent (a call would be in flight right now).
    QVERIFY(!m_schedules->isBusy());
    QCOMPARE(statusOnServer(uid), QStringLiteral("ACTIVE"));

    answer = true;
    TRIGGER_ACTION(m_schedules.get(), "actionCancelSchedule");
    QCOMPARE(questions.size(), 2);
    QVERIFY(m_schedules->isBusy());
    QTRY_COMPARE(
        m_model->index(m_model->rowOfUid(uid), SchedulesModel::StatusColumn).data().toString(),
        QStringLiteral("CANCELLED"));
    QCOMPARE(statusOnServer(uid), QStringLiteral("CANCELLED"));
    QTRY_VERIFY(!action("actionCancelSchedule")->isEnabled());
    QVERIFY(!action("actionResumeSchedule")->isEnabled());
}

void TestPages::detailDescribesAndListsFireTimes()
{
    showSchedules();
    const int row = rowOfName(QStringLiteral("Weekly CTO search"));
    QCOMPARE(m_model->index(row, SchedulesModel::CronColumn).data().toString(),
             QStringLiteral("0 8 * * 1"));
    QCOMPARE(m_model->index(row, SchedulesModel::TimezoneColumn).data().toString(),
             QStringLiteral("Europe/Paris"));
    m_schedules->table()->selectRow(row);

    auto *detail = m_schedules->findChild<ScheduleDetailView *>(QStringLiteral("scheduleDetail"));
    QVERIFY(detail);
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("scheduleTitleLabel"))->text(),
             QStringLiteral("Weekly CTO search"));
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("scheduleCronDescriptionLabel"))->text(),
             QStringLiteral("At 08:00, only on Monday"));

    // Mondays at 08:00 in Paris from Sunday 2026-03-01 11:00 CET; Europe
    // moves to summer time on 2026-03-29, so the last one is 06:00 UTC.
    const QList<QDateTime> expected = {utc("2026-03-02T07:00:00Z"), utc("2026-03-09T07:00:00Z"),
                                       utc("2026-03-16T07:00:00Z"), utc("2026-03-23T07:00:00Z"),
                                       utc("2026-03-30T06:00:00Z")};
    auto *list = detail->findChild<QListWidget *>(QStringLiteral("scheduleUpcomingList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(list->item(i)->data(Qt::UserRole).toDateTime(), expected.at(i));
        QVERIFY2(list->item(i)->text().startsWith(TimeDisplay::instance()->format(expected.at(i))),
                 qPrintable(list->item(i)->text()));
        QVERIFY2(list->item(i)->text().contains(QStringLiteral("Mon 08:00 Europe/Paris")),
                 qPrintable(list->item(i)->text()));
    }
    QCOMPARE(list->item(0)->text().left(23), QStringLiteral("2026-03-02 07:00:00 UTC"));

    // The dashboard's zone changes: the same instants, shown in it.
    TimeDisplay::instance()->setZoneId(QStringLiteral("Europe/Paris"));
    QCOMPARE(list->count(), 5);
    QCOMPARE(list->item(0)->text(), QStringLiteral("2026-03-02 08:00:00 CET"));
    TimeDisplay::instance()->setZoneId(QStringLiteral("UTC"));
}

void TestPages::pausedDetailSaysSo()
{
    showSchedules();
    m_schedules->table()->selectRow(rowOfName(QStringLiteral("Profile viewers daily")));
    auto *detail = m_schedules->detail();
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("scheduleCronDescriptionLabel"))->text(),
             QStringLiteral("At 09:00"));
    QVERIFY(detail->findChild<QLabel *>(QStringLiteral("scheduleUpcomingNote"))
                ->text()
                .startsWith(QStringLiteral("Paused")));
    QCOMPARE(detail->upcoming().first(), utc("2026-03-02T09:00:00Z"));

    m_schedules->table()->selectRow(rowOfName(QStringLiteral("SDR prospect search (old CRM)")));
    QCOMPARE(detail->findChild<QListWidget *>(QStringLiteral("scheduleUpcomingList"))->count(), 0);
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("scheduleUpcomingNote"))->text(),
             QStringLiteral("None: the schedule is cancelled."));
}

// --- live query ----------------------------------------------------------

void TestPages::schedulesThatCannotLoadSaySo()
{
    // A key the server refuses: the list cannot load, and the page says
    // why instead of showing an empty workspace.
    SandboxSession refused(*m_sandbox, QStringLiteral("not-a-key"));
    Session &session = refused.session;
    SchedulesPage page(session.schedules(), session.scheduleService(), session.clock());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *message = page.findChild<QLabel *>(QStringLiteral("scheduleMessageLabel"));
    QTRY_VERIFY(message->text().startsWith(QStringLiteral("Could not load the schedules: ")));
    QVERIFY(message->isVisible());
    QVERIFY2(!message->text().contains(QStringLiteral("not-a-key")), qPrintable(message->text()));
    QCOMPARE(session.schedules()->rowCount(), 0);
}

// Issue 10 item 1: a refresh that fails keeps the listed schedules but says
// they are the last good answer; the next good load takes that back.
void TestPages::schedulesKeptAfterAFailureAreMarkedStale()
{
    showSchedules();
    const int rows = m_model->rowCount();
    auto *message = m_schedules->findChild<QLabel *>(QStringLiteral("scheduleMessageLabel"));
    QVERIFY(!message->isVisible());
    const auto faults = [this](const QString &spec) {
        return m_sandbox
            ->adminPost(QStringLiteral("/faults"), QJsonObject{{QStringLiteral("spec"), spec}})
            .status;
    };
    // A refusal the client does not retry.
    QCOMPARE(faults(QStringLiteral("403=1")), 200);
    m_schedules->refresh();
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(m_model->rowCount(), rows);
    QVERIFY2(message->text().startsWith(QStringLiteral("Could not load the schedules: ")),
             qPrintable(message->text()));
    QVERIFY2(message->text().endsWith(
                 QStringLiteral("showing %1 schedules as last loaded (stale)").arg(rows)),
             qPrintable(message->text()));

    QCOMPARE(faults(QString()), 200);
    m_schedules->refresh();
    QTRY_VERIFY(!message->isVisible());
    QCOMPARE(m_model->rowCount(), rows);
}

// Issue 11: the live panel pages by itself, each row saying its page.
void TestPages::fetchAllPagesWalksToTheLastPage()
{
    showLive();
    const QJsonObject input = searchWithSeveralPages();
    QVERIFY(!input.isEmpty());
    m_live->setAction(kSearch);
    typeInput(input);
    m_live->run();
    QTRY_VERIFY(!m_live->isBusy());
    auto *all = m_live->findChild<QPushButton *>(QStringLiteral("liveFetchAllButton"));
    QVERIFY(all->isEnabled());
    QTest::mouseClick(all, Qt::LeftButton);
    auto *status = m_live->findChild<QLabel *>(QStringLiteral("liveStatusLabel"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Fetching every page")),
             qPrintable(status->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_live->isBusy() && !m_live->hasNextPage(), 20000);
    QVERIFY(!all->isEnabled());
    const QAbstractItemModel *rows = m_live->results();
    QCOMPARE(rows->headerData(0, Qt::Horizontal).toString(), LiveResultsModel::pageColumn());
    const int pages = rows->index(rows->rowCount() - 1, 0).data().toString().toInt();
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QCOMPARE(rows->index(0, 0).data().toString(), QStringLiteral("1"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Page %1:").arg(pages)),
             qPrintable(status->text()));
}

// Issue 11: the live input is the shared editor's one row, its cells the
// action's input fields; what is typed there is the live body's `input`.
void TestPages::profileUrlTypedInTheTableRuns()
{
    showLive();
    m_live->setAction(QStringLiteral("linkedin-extract-contact"));
    auto *editor = m_live->findChild<InputEditor *>(QStringLiteral("liveInputEditor"));
    QCOMPARE(editor->currentTab(), InputEditor::Tab::Table);
    QCOMPARE(editor->model()->rowCount(), 1);
    auto *table = editor->findChild<QTableView *>(QStringLiteral("inputTable"));
    const int column = editor->model()->columnOf(QStringLiteral("linkedin_profile_url"));
    QCOMPARE(column, 0);
    const int before = liveRunCount();
    TYPE_INTO_CELL(table, editor->model()->index(0, column),
                   QStringLiteral("https://www.linkedin.com/in/ada"));
    // custom_data stays in live mode: contract 2.2 takes it inside `input`.
    TYPE_INTO_CELL(table, editor->model()->index(0, editor->model()->customDataColumn()),
                   QStringLiteral("crm=42"));
    QTest::mouseClick(m_live->findChild<QPushButton *>(QStringLiteral("liveRunButton")),
                      Qt::LeftButton);
    QVERIFY(m_live->isBusy());
    QTRY_VERIFY(!m_live->isBusy());
    QCOMPARE(m_live->results()->rowCount(), 1);
    QCOMPARE(liveRunCount(), before + 1);
    QVERIFY(!m_live->findChild<QLabel *>(QStringLiteral("liveInputErrorLabel"))->isVisible());
    // One `input` object (contract 2.2), not `inputs`.
    const QString curl = m_live->curlCommand();
    QVERIFY2(curl.contains(QStringLiteral("--data '{\"input\":{\"custom_data\":{\"crm\":\"42\"},"
                                          "\"linkedin_profile_url\":"
                                          "\"https://www.linkedin.com/in/ada\"}}'")),
             qPrintable(curl));
}

// Issue 11: a live query takes one input; a second row is refused with
// the limit's reason before anything is sent.
void TestPages::twoInputsAreRefusedBeforeSending()
{
    showLive();
    m_live->setAction(QStringLiteral("linkedin-extract-contact"));
    auto *editor = m_live->findChild<InputEditor *>(QStringLiteral("liveInputEditor"));
    typeInput({{QStringLiteral("linkedin_profile_url"),
                QStringLiteral("https://www.linkedin.com/in/ada")}});
    // No Add row for a second one, but a paste of two lines still can.
    QApplication::clipboard()->setText(QStringLiteral("https://www.linkedin.com/in/grace\n"));
    TRIGGER_ACTION(editor, "actionPasteInputRows");
    QCOMPARE(editor->model()->rowCount(), 2);
    const QString limit = QStringLiteral("A live query takes one input; this one has 2.");
    QVERIFY2(editor->findChild<QLabel *>(QStringLiteral("inputCountLabel"))->text().endsWith(limit),
             qPrintable(editor->findChild<QLabel *>(QStringLiteral("inputCountLabel"))->text()));

    const int before = liveRunCount();
    QTest::mouseClick(m_live->findChild<QPushButton *>(QStringLiteral("liveRunButton")),
                      Qt::LeftButton);
    QVERIFY(!m_live->isBusy());
    auto *error = m_live->findChild<QLabel *>(QStringLiteral("liveInputErrorLabel"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), limit);
    QVERIFY(m_live->findChild<QPlainTextEdit *>(QStringLiteral("liveRawView"))
                ->toPlainText()
                .isEmpty());
    QVERIFY(m_live->curlCommand().isEmpty());
    QCOMPARE(liveRunCount(), before);
    QCOMPARE(m_live->history().entries().size(), 0);
}

// Issue 11: the last live queries, run again from the History menu, kept
// with the connection's settings.
void TestPages::historyRunsAQueryAgainAndSurvivesARestart()
{
    showLive();
    m_live->setAction(QStringLiteral("linkedin-extract-contact"));
    typeInput({{QStringLiteral("linkedin_profile_url"),
                QStringLiteral("https://www.linkedin.com/in/ada")}});
    m_live->run();
    QTRY_VERIFY(!m_live->isBusy());
    QCOMPARE(m_live->history().entries().size(), 1);
    const LiveHistory::Entry entry = m_live->history().entries().first();
    QCOMPARE(entry.action, QStringLiteral("linkedin-extract-contact"));
    QVERIFY(!QJsonDocument(entry.body).toJson().contains("sandbox"));

    QTemporaryDir directory;
    {
        QSettings settings(directory.filePath(QStringLiteral("r.ini")), QSettings::IniFormat);
        m_live->saveState(settings);
    }
    QSettings settings(directory.filePath(QStringLiteral("r.ini")), QSettings::IniFormat);
    LiveQueryPage again(&m_connection->session);
    again.setPacing(0, 0);
    again.restoreState(settings);
    QCOMPARE(again.history().entries().size(), 1);
    QCOMPARE(again.history().entries().first().body, entry.body);
    again.setAction(kSearch);
    const int before = liveRunCount();
    again.runAgain(0);
    QCOMPARE(again.action(), QStringLiteral("linkedin-extract-contact"));
    QTRY_VERIFY(!again.isBusy());
    QCOMPARE(liveRunCount(), before + 1);
    QCOMPARE(again.results()->rowCount(), 1);
}

void TestPages::identitiesThatCannotLoadSaySo()
{
    SandboxSession refused(*m_sandbox, QStringLiteral("not-a-key"));
    LiveQueryPage page(&refused.session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *error = page.findChild<QLabel *>(QStringLiteral("liveIdentityErrorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("Could not load the identities: ")),
             qPrintable(error->text()));
    QVERIFY2(!error->text().contains(QStringLiteral("not-a-key")), qPrintable(error->text()));
}

void TestPages::liveQueryReturnsRows()
{
    showLive();
    const QJsonObject input = searchWithSeveralPages();
    QVERIFY(!input.isEmpty());
    // What the sandbox answers for it, asked without the page.
    const SandboxFixture::Reply direct =
        m_sandbox->post(QStringLiteral("/actions/") + kSearch + QStringLiteral("/run/live"),
                        QJsonObject{{QStringLiteral("input"), input}});
    const QJsonArray expected = direct.json.toArray();
    QCOMPARE(expected.size(), 10);

    m_live->setAction(kSearch);
    typeInput(input);
    // One input: the tool bar offers nothing that works on many rows, nor
    // a second row.
    auto *bar = m_live->findChild<QToolBar *>(QStringLiteral("inputTableToolBar"));
    QVERIFY(bar);
    for (const char *name : {"actionImportCsv", "actionDuplicateInputRows", "actionAddInputRow"}) {
        auto *action = m_live->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action && !action->isVisible(), name);
        QVERIFY2(!bar->widgetForAction(action) || !bar->widgetForAction(action)->isVisible(), name);
    }
    auto *run = m_live->findChild<QPushButton *>(QStringLiteral("liveRunButton"));
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(m_live->isBusy());
    QVERIFY(!run->isEnabled());

    auto *view = m_live->findChild<QTableView *>(QStringLiteral("liveResultsView"));
    QVERIFY(view);
    QTRY_VERIFY(!m_live->isBusy());
    QCOMPARE(view->model()->rowCount(), 10);
    // Columns come from the data.
    const QJsonObject first = expected.first().toObject();
    QStringList headers;
    for (int column = 0; column < view->model()->columnCount(); ++column)
        headers.append(view->model()->headerData(column, Qt::Horizontal).toString());
    for (auto it = first.begin(); it != first.end(); ++it) {
        if (!it.value().isObject())
            QVERIFY2(headers.contains(it.key()), qPrintable(it.key()));
    }
    const int nameColumn = static_cast<int>(headers.indexOf(QStringLiteral("full_name")));
    if (nameColumn >= 0)
        QCOMPARE(view->model()->index(0, nameColumn).data().toString(),
                 first.value(QStringLiteral("full_name")).toString());

    auto *status = m_live->findChild<QLabel *>(QStringLiteral("liveStatusLabel"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Page 1: 10 rows")),
             qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("1 attempt")), qPrintable(status->text()));
    QVERIFY(m_live->hasNextPage());
    QVERIFY(m_live->findChild<QPushButton *>(QStringLiteral("liveNextButton"))->isEnabled());
    const QString raw =
        m_live->findChild<QPlainTextEdit *>(QStringLiteral("liveRawView"))->toPlainText();
    QVERIFY(raw.startsWith(QStringLiteral("POST http://127.0.0.1:")));
    QVERIFY(raw.contains(QStringLiteral("X-Pagination-Next: ")));
    QVERIFY(raw.contains(QStringLiteral("HTTP 200")));
    QVERIFY(!raw.contains(kSecretKey));
    QVERIFY(m_live->findChild<QPlainTextEdit *>(QStringLiteral("liveRawView"))->isReadOnly());
}

void TestPages::nextPageWaitsItsTurn()
{
    showLive();
    const QJsonObject input = searchWithSeveralPages();
    QVERIFY(!input.isEmpty());
    m_live->setAction(kSearch);
    typeInput(input);
    // A pause long enough to be seen, short enough for a test.
    m_live->setPacing(600, 600);
    m_live->run();
    QTRY_VERIFY(!m_live->isBusy());
    QCOMPARE(m_live->results()->rowCount(), 10);
    QVERIFY(m_live->hasNextPage());

    auto *next = m_live->findChild<QPushButton *>(QStringLiteral("liveNextButton"));
    auto *status = m_live->findChild<QLabel *>(QStringLiteral("liveStatusLabel"));
    QTest::mouseClick(next, Qt::LeftButton);
    // One call at a time: while it waits, neither Run nor Next is offered.
    QVERIFY(m_live->isBusy());
    QVERIFY(!next->isEnabled());
    QVERIFY(!m_live->findChild<QPushButton *>(QStringLiteral("liveRunButton"))->isEnabled());
    QVERIFY2(status->text().startsWith(QStringLiteral("Pausing 1 s between live calls")),
             qPrintable(status->text()));
    // A second request meanwhile is not sent.
    m_live->nextPage();
    m_live->run();
    QTRY_VERIFY(!m_live->isBusy());
    QVERIFY(m_live->results()->rowCount() > 10);
    QVERIFY(m_live->results()->rowCount() <= 20);
    QVERIFY2(status->text().startsWith(QStringLiteral("Page 2: ")), qPrintable(status->text()));
}

void TestPages::badJsonSendsNothing()
{
    showLive();
    const int before = liveRunCount();
    m_live->setAction(kSearch);
    typeJson(QStringLiteral("{\"linkedin_people_search_url\": \"https://www.linkedin.com/"));
    QTest::mouseClick(m_live->findChild<QPushButton *>(QStringLiteral("liveRunButton")),
                      Qt::LeftButton);
    // Said once, under the text where it is fixed, not again under the form.
    auto *error = m_live->findChild<QLabel *>(QStringLiteral("inputJsonMessage"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("line 1, column ")),
             qPrintable(error->text()));
    QVERIFY(!m_live->findChild<QLabel *>(QStringLiteral("liveInputErrorLabel"))->isVisible());
    QVERIFY(!m_live->isBusy());
    QCOMPARE(m_live->results()->rowCount(), 0);
    QVERIFY(m_live->findChild<QPlainTextEdit *>(QStringLiteral("liveRawView"))
                ->toPlainText()
                .isEmpty());
    QCOMPARE(liveRunCount(), before);
    // Typing on until the JSON reads clears the message.
    QTest::keyClicks(m_live->findChild<QPlainTextEdit *>(QStringLiteral("inputJsonEdit")),
                     QStringLiteral("x\"}"));
    QTRY_VERIFY(!error->isVisible());
}

void TestPages::badInputsAreNamed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("no input") << QStringLiteral("[]")
                              << QStringLiteral("A live query needs at least one input.");
    QTest::newRow("missing") << QStringLiteral("{}")
                             << QStringLiteral("input.linkedin_profile_url: required, but missing");
    QTest::newRow("blanks") << QStringLiteral("{\"linkedin_profile_url\": \"  \"}")
                            << QStringLiteral(
                                   "input.linkedin_profile_url: required, but only blanks");
    QTest::newRow("number") << QStringLiteral("{\"linkedin_profile_url\": 12}")
                            << QStringLiteral("input.linkedin_profile_url: must be text, not ");
    QTest::newRow("unknown") << QStringLiteral("{\"linkedin_profile_url\": \"https://www.linkedin."
                                               "com/in/a\", \"profile\": \"x\"}")
                             << QStringLiteral("input.profile: not an input field (");
    QTest::newRow("second line") << QStringLiteral("{\n  \"linkedin_profile_url\" \"x\"\n}")
                                 << QStringLiteral("line 2, column ");
}

void TestPages::badInputsAreNamed()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    showLive();
    const int before = liveRunCount();
    m_live->setAction(QStringLiteral("linkedin-extract-contact"));
    typeJson(text);
    m_live->run();
    QVERIFY(!m_live->isBusy());
    // A JSON error shows under the text; any other under the form.
    auto *formError = m_live->findChild<QLabel *>(QStringLiteral("liveInputErrorLabel"));
    auto *jsonError = m_live->findChild<QLabel *>(QStringLiteral("inputJsonMessage"));
    QCOMPARE(formError->isVisible() + jsonError->isVisible(), 1);
    const QString shown = formError->isVisible() ? formError->text() : jsonError->text();
    QVERIFY2(shown.startsWith(message), qPrintable(shown));
    QCOMPARE(liveRunCount(), before);
}

void TestPages::ownAccountActionNeedsAnIdentity()
{
    showLive();
    m_live->setAction(QStringLiteral("linkedin-extract-connections"));
    // No input fields: no row to fill, and the page says so.
    QCOMPARE(
        m_live->findChild<InputEditor *>(QStringLiteral("liveInputEditor"))->model()->rowCount(),
        0);
    QVERIFY(m_live->findChild<QLabel *>(QStringLiteral("liveNoInputNote"))->isVisible());
    auto *identity = m_live->findChild<QComboBox *>(QStringLiteral("liveIdentityCombo"));
    QTRY_VERIFY(identity->count() >= 3);
    QCOMPARE(identity->currentIndex(), 0);
    m_live->run();
    QVERIFY(!m_live->isBusy());
    auto *error = m_live->findChild<QLabel *>(QStringLiteral("liveIdentityErrorLabel"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Extract connections reads one identity's own account: "
                                           "choose an identity"));
    // A screen reader hears the message with the field it is about.
    QAccessibleInterface *field = QAccessible::queryAccessibleInterface(identity);
    QCOMPARE(field->text(QAccessible::Description), error->text());

    identity->setCurrentIndex(identity->findData(m_sandbox->engagementIdentity()));
    QVERIFY(identity->currentIndex() > 0);
    QVERIFY(!error->isVisible());
    QVERIFY(field->text(QAccessible::Description).isEmpty());
    m_live->run();
    QTRY_VERIFY(!m_live->isBusy());
    QVERIFY2(m_live->results()->rowCount() > 0,
             qPrintable(m_live->findChild<QLabel *>(QStringLiteral("liveStatusLabel"))->text()));
    QVERIFY(m_live->curlCommand().contains(QStringLiteral("identity_ids")));
    // Contract 2.2: no `input` for an action that takes none.
    QVERIFY(!m_live->curlCommand().contains(QStringLiteral("\"input\"")));
}

void TestPages::copyAsCurlHidesTheKey()
{
    showLive();
    m_live->setAction(QStringLiteral("linkedin-extract-contact"));
    typeInput({{QStringLiteral("linkedin_profile_url"),
                QStringLiteral("https://www.linkedin.com/in/ada")}});
    QGuiApplication::clipboard()->clear();
    auto *copy = m_live->findChild<QPushButton *>(QStringLiteral("liveCopyCurlButton"));
    // Before any call: the request Run would send.
    QTest::mouseClick(copy, Qt::LeftButton);
    QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.contains(QStringLiteral("-H \"X-API-Key: $EDGES_API_KEY\"")), qPrintable(curl));
    QVERIFY(!curl.contains(kSecretKey));
    QVERIFY2(curl.contains(m_sandbox->baseUrl() +
                           QStringLiteral("/actions/linkedin-extract-contact/run/live")),
             qPrintable(curl));
    QVERIFY(curl.contains(QStringLiteral("--data '{\"input\":{\"linkedin_profile_url\":"
                                         "\"https://www.linkedin.com/in/ada\"}}'")));

    // After a call: that call's request, still without the key.
    m_live->run();
    QTRY_VERIFY(!m_live->isBusy());
    QCOMPARE(m_live->results()->rowCount(), 1);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    curl = QGuiApplication::clipboard()->text();
    QVERIFY(curl.contains(QStringLiteral("$EDGES_API_KEY")));
    QVERIFY(!curl.contains(kSecretKey));
    QVERIFY(curl.startsWith(QStringLiteral("curl -sS -X POST ")));
}

void TestPages::rateLimitIsCountedDown()
{
    showLive();
    m_live->setAction(QStringLiteral("linkedin-extract-contact"));
    typeInput({{QStringLiteral("linkedin_profile_url"),
                QStringLiteral("https://www.linkedin.com/in/grace")}});
    // Every API answer is a 429 with Retry-After: 1 until told otherwise.
    QCOMPARE(m_sandbox
                 ->adminPost(QStringLiteral("/faults"),
                             QJsonObject{{QStringLiteral("spec"), QStringLiteral("429=1")}})
                 .status,
             200);
    m_live->run();
    auto *status = m_live->findChild<QLabel *>(QStringLiteral("liveStatusLabel"));
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Rate limited (HTTP 429)")),
                 qPrintable(status->text()));
    static const QRegularExpression countdown(QStringLiteral("attempt (\\d) of 5 in 1 s"));
    const QRegularExpressionMatch match = countdown.match(status->text());
    QVERIFY2(match.hasMatch(), qPrintable(status->text()));
    QVERIFY(match.captured(1).toInt() >= 2);
    QVERIFY(m_live->isBusy());

    QCOMPARE(
        m_sandbox
            ->adminPost(QStringLiteral("/faults"), QJsonObject{{QStringLiteral("spec"), QString()}})
            .status,
        200);
    QTRY_VERIFY_WITH_TIMEOUT(!m_live->isBusy(), 10000);
    QCOMPARE(m_live->results()->rowCount(), 1);
    static const QRegularExpression attempts(QStringLiteral("HTTP 200 after (\\d) attempts"));
    const QRegularExpressionMatch done = attempts.match(status->text());
    QVERIFY2(done.hasMatch(), qPrintable(status->text()));
    QVERIFY(done.captured(1).toInt() >= 2);
}

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
