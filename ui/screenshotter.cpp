#include "ui/screenshotter.h"

#include "core/domain/actioncatalogue.h"
#include "core/launch/csvimport.h"
#include "models/launch/inputrowsmodel.h"
#include "models/runs/runsmodel.h"
#include "ui/launch/inputeditor.h"
#include "ui/launch/launchdialog.h"
#include "ui/launch/scheduleform.h"
#include "ui/live/livequerypage.h"
#include "ui/mainwindow.h"
#include "ui/schedules/editscheduledialog.h"
#include "ui/schedules/schedulespage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>

namespace {

constexpr int kDeadlineMs = 20000;

} // namespace

Screenshotter::Screenshotter(MainWindow *window, QString page, QSize size)
    : m_window(window)
    , m_page(std::move(page))
    , m_size(size)
{}

void Screenshotter::settle(int milliseconds)
{
    // Lets queued replies, coalescing timers and layouts run their course.
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool Screenshotter::waitForRuns()
{
    RunsModel *runs = m_window->runsModel();
    QElapsedTimer clock;
    clock.start();
    while ((runs->isLoading() || runs->rowCount() == 0) && clock.elapsed() < kDeadlineMs)
        settle(50);
    return runs->rowCount() > 0;
}

void Screenshotter::openTellingRun()
{
    // A finished async run with outputs says the most about the pane.
    RunsModel *runs = m_window->runsModel();
    int chosen = 0;
    for (int row = 0; row < runs->rowCount(); ++row) {
        const Run &run = runs->runAt(runs->index(row, 0));
        if (run.status == RunStatus::Succeeded && run.outputCount >= 10 &&
            run.executionMode == ExecutionMode::Async) {
            chosen = row;
            break;
        }
    }
    m_window->openRun(runs->runAt(runs->index(chosen, 0)));
}

void Screenshotter::runLiveQuery()
{
    m_window->showPage(MainWindow::Page::Live);
    LiveQueryPage *live = m_window->liveQueryPage();
    live->setPacing(0, 0);
    live->setAction(QStringLiteral("linkedin-search-people"));
    if (auto *input = live->findChild<InputEditor *>(QStringLiteral("liveInputEditor"))) {
        InputDraft search;
        search.fields.insert(
            QStringLiteral("linkedin_people_search_url"),
            QStringLiteral(
                "https://www.linkedin.com/search/results/people/?keywords=cto%20fintech"));
        input->setInputs({search});
    }
    live->run();
    QElapsedTimer clock;
    clock.start();
    while (live->isBusy() && clock.elapsed() < kDeadlineMs)
        settle(50);
}

LaunchDialog *Screenshotter::openLaunch()
{
    // New run… with a spreadsheet's rows imported, one of them flagged.
    LaunchDialog *dialog = m_window->openLaunchDialog();
    const QString action = QStringLiteral("linkedin-extract-people");
    dialog->setAction(action);
    dialog->findChild<QLineEdit *>(QStringLiteral("launchName"))
        ->setText(QStringLiteral("Webinar attendees, December"));
    QByteArray csv = "LinkedIn Profile URL;Company;Owner\r\n";
    const char *people[] = {"ada-lovelace", "grace-hopper", "linus-t", "margaret-h",
                            "alan-turing",  "katherine-j",  "",        "barbara-l",
                            "donald-k",     "frances-a",    "john-v",  "radia-p"};
    int row = 0;
    for (const char *person : people) {
        ++row;
        csv += (*person ? "https://www.linkedin.com/in/" + QByteArray(person) : QByteArray()) +
               ";Company " + QByteArray::number(row) + ";sdr-" + QByteArray::number(row % 3) +
               "\r\n";
    }
    CsvImport import(*ActionCatalogue::find(action));
    import.feed(csv);
    import.finish();
    dialog->inputEditor()->model()->appendImportedRows(import.takeRows());
    // The flagged row selected, as F8 does.
    if (auto *next = dialog->findChild<QAction *>(QStringLiteral("actionNextProblemInputRow")))
        next->trigger();
    return dialog;
}

LaunchDialog *Screenshotter::openNewSchedule()
{
    // New schedule… for a weekly sync on March's Sunday nights in Paris:
    // the last one falls in the spring-forward gap, so the editor marks it.
    LaunchDialog *dialog = m_window->openLaunchDialog();
    dialog->setMode(LaunchMode::Schedule);
    dialog->setAction(QStringLiteral("linkedin-extract-people"));
    dialog->findChild<QLineEdit *>(QStringLiteral("launchName"))
        ->setText(QStringLiteral("Sunday night refresh (March)"));
    dialog->setInputs({InputDraft::fromJson(
        QJsonObject{{QStringLiteral("linkedin_profile_url"),
                     QStringLiteral("https://www.linkedin.com/in/ada-lovelace")}})});
    if (auto *zone = dialog->findChild<QComboBox *>(QStringLiteral("zonePickerNames")))
        zone->setCurrentText(QStringLiteral("Europe/Paris"));
    if (auto *form = dialog->findChild<ScheduleForm *>())
        form->setCron(QStringLiteral("30 2 * 3 0"));
    // Room for the cron editor, scrolled to it.
    dialog->resize(1360, 980);
    if (auto *scroll = dialog->findChild<QScrollArea *>()) {
        if (auto *form = dialog->findChild<ScheduleForm *>())
            QTimer::singleShot(0, scroll,
                               [scroll, form] { scroll->ensureWidgetVisible(form, 0, 0); });
    }
    return dialog;
}

QWidget *Screenshotter::openCronEditor()
{
    // Edit schedule… on an active schedule, its cron being changed to
    // March's Sunday nights in Paris: the last of March falls in the
    // spring-forward gap, so the before → after marks the moved time.
    auto *page = m_window->findChild<SchedulesPage *>();
    m_window->showPage(MainWindow::Page::Schedules);
    for (int row = 0; row < page->table()->model()->rowCount(); ++row) {
        const QModelIndex index = page->table()->model()->index(row, 0);
        page->table()->setCurrentIndex(index);
        if (page->currentSchedule().status == ScheduleStatus::Active &&
            !page->currentSchedule().cron.isEmpty())
            break;
    }
    if (auto *edit = page->findChild<QAction *>(QStringLiteral("actionEditSchedule")))
        edit->trigger();
    QWidget *dialog = page->editDialog();
    if (!dialog)
        return m_window;
    if (auto *zone = dialog->findChild<QComboBox *>(QStringLiteral("zonePickerNames")))
        zone->setCurrentText(QStringLiteral("Europe/Paris"));
    if (auto *cron = dialog->findChild<QLineEdit *>(QStringLiteral("cronExpression"))) {
        cron->setText(QStringLiteral("30 2 * 3 0"));
        // As typed: the editor follows edits, not text set from outside.
        emit cron->textEdited(cron->text());
    }
    return dialog;
}

void Screenshotter::walkLivePages()
{
    // Mid-walk, in the pause before the next page, the countdown showing.
    LiveQueryPage *live = m_window->liveQueryPage();
    live->setPacing(4000, 4000);
    live->fetchAllPages();
    QElapsedTimer clock;
    clock.start();
    while (live->isBusy() && clock.elapsed() < kDeadlineMs &&
           !live->findChild<QLabel *>(QStringLiteral("liveStatusLabel"))
                ->text()
                .contains(QStringLiteral("Pausing")))
        settle(50);
}

QString Screenshotter::save(const QString &file)
{
    m_window->resize(m_size);
    m_window->show();
    if (!waitForRuns())
        return QStringLiteral("screenshot: the runs did not load");
    if (m_page == QLatin1String("run"))
        openTellingRun();
    else if (m_page == QLatin1String("timeline"))
        m_window->showPage(MainWindow::Page::Timeline);
    else if (m_page == QLatin1String("schedules"))
        m_window->showPage(MainWindow::Page::Schedules);
    else if (m_page == QLatin1String("calendar")) {
        m_window->showPage(MainWindow::Page::Schedules);
        m_window->findChild<SchedulesPage *>()->showCalendar(true);
    } else if (m_page == QLatin1String("live")) {
        runLiveQuery();
        walkLivePages();
    } else {
        m_window->showPage(MainWindow::Page::Runs);
    }
    QWidget *shown = m_window;
    if (m_page == QLatin1String("launch"))
        shown = openLaunch();
    else if (m_page == QLatin1String("new-schedule"))
        shown = openNewSchedule();
    else if (m_page == QLatin1String("cron-editor"))
        shown = openCronEditor();
    settle(m_page == QLatin1String("live") ? 300 : 1500);
    if (!shown->grab().save(file))
        return QStringLiteral("screenshot: cannot write '%1'").arg(file);
    return {};
}
