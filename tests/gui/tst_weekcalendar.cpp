// The Schedules page's week calendar (issue 12) on the real main window
// against the in-process sandbox: two schedules of one action a couple of
// minutes apart are marked as colliding, each naming the other; a schedule
// whose runs outlast its interval (the sandbox's clock advanced through
// real firings and runs) has its coming firings marked as likely skipped;
// a click on a firing selects its schedule; the arrows move by a week.
// Beside it, the detail lists the runs a schedule spawned, and opens one.

#include "core/time/clock.h"
#include "models/runs/runsmodel.h"
#include "models/schedules/schedulesmodel.h"
#include "models/session/session.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxengine.h"
#include "tests/support/guitesthelpers.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxsession.h"
#include "ui/mainwindow.h"
#include "ui/schedules/schedulespage.h"
#include "ui/schedules/weekcalendar.h"
#include "ui/schedules/weekcalendarpanel.h"

#include <QJsonArray>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

class TestWeekCalendar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sameActionCloseTogetherCollides();
    void runsLongerThanTheIntervalAreSkipped();
    void clickSelectsAndArrowsMoveByAWeek();
    void detailListsTheSchedulesRunsAndOpensOne();

private:
    void start(SandboxOptions options);
    QString schedule(const QString &action, const QString &name, const QString &cron);
    WeekCalendar *showCalendar();
    int firingOf(const QString &name, const std::function<bool(const FiringPlan::Firing &)> &test);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxSession> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

const QString kPeople = QStringLiteral("linkedin-extract-people");
const QString kContact = QStringLiteral("linkedin-extract-contact");

} // namespace

void TestWeekCalendar::init()
{
    start(SandboxFixture::defaultOptions());
}

void TestWeekCalendar::start(SandboxOptions options)
{
    m_window.reset();
    m_connection.reset();
    m_sandbox = std::make_unique<SandboxFixture>(std::move(options));
    QVERIFY(m_sandbox->start());
    m_connection = std::make_unique<SandboxSession>(*m_sandbox);
    // The dashboard's now is the server's, as with a real service.
    SandboxFixture *sandbox = m_sandbox.get();
    m_connection->session.clock()->setSource([sandbox] {
        return QDateTime::fromMSecsSinceEpoch(sandbox->engine().clock().nowMs(), Qt::UTC);
    });
    m_window = std::make_unique<MainWindow>(&m_connection->session, QStringLiteral("Sandbox"));
    m_window->resize(1300, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWeekCalendar::cleanup()
{
    m_window.reset();
    m_connection.reset();
    m_sandbox.reset();
}

QString TestWeekCalendar::schedule(const QString &action, const QString &name, const QString &cron)
{
    const QJsonObject body{
        {QStringLiteral("inputs"),
         QJsonArray{QJsonObject{{QStringLiteral("linkedin_profile_url"),
                                 QStringLiteral("https://www.linkedin.com/in/ada")}}}},
        {QStringLiteral("name"), name},
        {QStringLiteral("cron"), cron},
        {QStringLiteral("timezone"), QStringLiteral("UTC")}};
    const SandboxFixture::Reply created = m_sandbox->post(
        QStringLiteral("/actions/") + action + QStringLiteral("/run/schedule"), body);
    if (created.status != 200)
        qWarning("schedule refused: %s", created.body.constData());
    return created.json.toObject().value(QStringLiteral("schedule_uid")).toString();
}

WeekCalendar *TestWeekCalendar::showCalendar()
{
    m_window->showPage(MainWindow::Page::Schedules);
    auto *page = m_window->findChild<SchedulesPage *>();
    // A load asked for before the schedules were created (the window loads
    // them for its filters) answers without them, and a refresh while it
    // runs is not queued: wait it out, then load.
    SchedulesModel *model = m_connection->session.schedules();
    [&] { QTRY_VERIFY(!model->isLoading()); }();
    page->refresh();
    [&] { TRIGGER_ACTION(page, "actionShowWeekCalendar"); }();
    return page->findChild<WeekCalendar *>();
}

int TestWeekCalendar::firingOf(const QString &name,
                               const std::function<bool(const FiringPlan::Firing &)> &test)
{
    const FiringPlan &plan = m_window->findChild<WeekCalendar *>()->plan();
    for (int i = 0; i < plan.firings().size(); ++i) {
        const FiringPlan::Firing &firing = plan.firings().at(i);
        if (plan.schedules().at(firing.schedule).name == name && test(firing))
            return i;
    }
    return -1;
}

void TestWeekCalendar::sameActionCloseTogetherCollides()
{
    QVERIFY(!schedule(kPeople, QStringLiteral("morning A"), QStringLiteral("0 9 * * *")).isEmpty());
    QVERIFY(!schedule(kPeople, QStringLiteral("morning B"), QStringLiteral("2 9 * * *")).isEmpty());
    // Another action at the same minute, and the same action later on.
    QVERIFY(!schedule(kContact, QStringLiteral("contact"), QStringLiteral("2 9 * * *")).isEmpty());
    QVERIFY(!schedule(kPeople, QStringLiteral("noon"), QStringLiteral("0 12 * * *")).isEmpty());
    WeekCalendar *calendar = showCalendar();
    QVERIFY(calendar);
    QTRY_COMPARE(calendar->plan().schedules().size(), 4);
    // Seven days from 10:00 on the sandbox's first day: six mornings each,
    // seven noons.
    QCOMPARE(calendar->plan().firings().size(), 6 * 3 + 7);

    const auto colliding = [](const FiringPlan::Firing &firing) {
        return !firing.collidesWith.isEmpty();
    };
    const int a = firingOf(QStringLiteral("morning A"), colliding);
    QVERIFY(a >= 0);
    const QString text = calendar->describeFiring(a);
    QVERIFY2(text.contains(QLatin1String("'morning B'")), qPrintable(text));
    QVERIFY(firingOf(QStringLiteral("morning B"), colliding) >= 0);
    QCOMPARE(firingOf(QStringLiteral("contact"), colliding), -1);
    QCOMPARE(firingOf(QStringLiteral("noon"), colliding), -1);
    // Drawn where the calendar can be pointed at.
    bool drawn = false;
    for (const WeekCalendarLayout::Mark &mark : calendar->layout().marks())
        drawn = drawn || (mark.firing == a && calendar->rect().contains(mark.rect.toRect()));
    QVERIFY(drawn);
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("weekCalendarSummary"));
    QVERIFY2(summary->text().contains(QLatin1String("12 close to another of the same action")),
             qPrintable(summary->text()));
}

void TestWeekCalendar::runsLongerThanTheIntervalAreSkipped()
{
    // One synthetic page takes 25 minutes: runs outlast a 10-minute cron.
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.pageDurationMs = 25 * 60 * 1000;
    start(options);
    const QString uid =
        schedule(kPeople, QStringLiteral("every ten"), QStringLiteral("*/10 * * * *"));
    QVERIFY(!uid.isEmpty());
    QVERIFY(!schedule(kPeople, QStringLiteral("daily"), QStringLiteral("30 23 * * *")).isEmpty());
    // Through an hour and a quarter of firings, ten minutes at a time as
    // the sandbox's scheduler sees them: the run of 10:10 takes its two
    // pages (50 minutes), the firings meanwhile are skipped (contract 4.5),
    // and the one of 11:10 is still going.
    for (int i = 0; i < 8; ++i)
        QCOMPARE(m_sandbox->advance(600).status, 200);
    m_window->runsModel()->refresh();
    QTRY_COMPARE(m_window->runsModel()->rowCount(), 2);

    WeekCalendar *calendar = showCalendar();
    QVERIFY(calendar);
    QTRY_COMPARE(calendar->plan().schedules().size(), 2);
    const auto skipped = [](const FiringPlan::Firing &firing) { return firing.likelySkipped; };
    const int first = firingOf(QStringLiteral("every ten"), skipped);
    QVERIFY2(first >= 0, "no firing of 'every ten' is marked as likely skipped");
    QVERIFY2(calendar->describeFiring(first).contains(
                 QLatin1String("Previous run usually still running")),
             qPrintable(calendar->describeFiring(first)));
    // Not every one: each run that does start leaves two out.
    QVERIFY(firingOf(QStringLiteral("every ten"),
                     [](const FiringPlan::Firing &firing) { return !firing.likelySkipped; }) >= 0);
    QCOMPARE(firingOf(QStringLiteral("daily"), skipped), -1);
}

void TestWeekCalendar::clickSelectsAndArrowsMoveByAWeek()
{
    const QString uid = schedule(kPeople, QStringLiteral("clicked"), QStringLiteral("0 15 * * *"));
    QVERIFY(!uid.isEmpty());
    WeekCalendar *calendar = showCalendar();
    QTRY_COMPARE(calendar->plan().schedules().size(), 1);
    QVERIFY(!calendar->layout().marks().isEmpty());
    const QRectF mark = calendar->layout().marks().first().rect;
    QTest::mouseClick(calendar, Qt::LeftButton, {}, mark.center().toPoint());
    auto *page = m_window->findChild<SchedulesPage *>();
    QTRY_VERIFY(page->hasCurrentSchedule());
    QCOMPARE(page->currentSchedule().uid, uid);

    auto *panel = m_window->findChild<WeekCalendarPanel *>();
    const qint64 firstBefore = calendar->plan().fromMs();
    calendar->setFocus();
    QTest::keyClick(calendar, Qt::Key_Right);
    QCOMPARE(panel->week(), 1);
    // The next week starts at its midnight, after this one's seven days.
    QVERIFY(calendar->plan().fromMs() > firstBefore + 6 * 24 * 3600 * 1000LL);
    QCOMPARE(calendar->plan().firings().size(), 7);
    QTest::keyClick(calendar, Qt::Key_Home);
    QCOMPARE(panel->week(), 0);
}

void TestWeekCalendar::detailListsTheSchedulesRunsAndOpensOne()
{
    const QString uid = schedule(kPeople, QStringLiteral("hourly"), QStringLiteral("5 * * * *"));
    const QString other = schedule(kPeople, QStringLiteral("other"), QStringLiteral("7 * * * *"));
    QVERIFY(!uid.isEmpty() && !other.isEmpty());
    // Two firings each: 10:05 and 11:05, 10:07 and 11:07.
    QCOMPARE(m_sandbox->advance(2 * 3600).status, 200);
    m_window->showPage(MainWindow::Page::Schedules);
    auto *page = m_window->findChild<SchedulesPage *>();
    page->refresh();
    page->selectSchedule(uid);
    QTRY_VERIFY(page->hasCurrentSchedule() && page->currentSchedule().uid == uid);
    auto *runs = page->findChild<QTableView *>(QStringLiteral("scheduleRunsTable"));
    QVERIFY(runs);
    QTRY_COMPARE(runs->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(runs->model()->index(row, 0).data(int(RunsModel::Role::ScheduleUid)).toString(),
                 uid);
    // Newest first.
    QVERIFY(runs->model()->index(0, 0).data(int(RunsModel::Role::CreatedAt)).toDateTime() >
            runs->model()->index(1, 0).data(int(RunsModel::Role::CreatedAt)).toDateTime());
    const QString newest = runs->model()->index(0, 0).data(int(RunsModel::Role::Uid)).toString();

    // Enter on a run opens it on the Runs page.
    runs->setFocus();
    runs->setCurrentIndex(runs->model()->index(0, 0));
    QTest::keyClick(runs, Qt::Key_Return);
    auto *tabs = m_window->findChild<QTabWidget *>();
    QTRY_COMPARE(tabs->currentIndex(), int(MainWindow::Page::Runs));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("runsTableView"));
    QTRY_COMPARE(table->currentIndex().data(int(RunsModel::Role::Uid)).toString(), newest);
}

QTEST_MAIN(TestWeekCalendar)
#include "tst_weekcalendar.moc"
