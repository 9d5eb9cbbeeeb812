#include "ui/screenshotter.h"

#include "core/domain/actioncatalogue.h"
#include "core/launch/csvimport.h"
#include "models/export/outputexport.h"
#include "models/launch/inputrowsmodel.h"
#include "models/outputs/runoutputsmodel.h"
#include "models/runs/runsmodel.h"
#include "models/session/session.h"
#include "ui/detail/rundetailpane.h"
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
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace {

constexpr int kDeadlineMs = 20000;

// A finished async run with outputs says the most about the detail pane.
int tellingRow(const RunsModel *runs)
{
    for (int row = 0; row < runs->rowCount(); ++row) {
        const Run &run = runs->runAt(runs->index(row, 0));
        if (run.status == RunStatus::Succeeded && run.outputCount >= 10 &&
            run.executionMode == ExecutionMode::Async)
            return row;
    }
    return 0;
}

// The finished run with the most outputs: the export that lasts longest.
int largestRow(const RunsModel *runs)
{
    int chosen = tellingRow(runs);
    for (int row = 0; row < runs->rowCount(); ++row) {
        const Run &run = runs->runAt(runs->index(row, 0));
        if (isTerminal(run.status) && run.executionMode == ExecutionMode::Async &&
            run.outputCount > runs->runAt(runs->index(chosen, 0)).outputCount)
            chosen = row;
    }
    return chosen;
}

// The detail's outputs have come: the export dialog offers their columns.
bool outputsLoaded(const MainWindow *window)
{
    const RunOutputsModel *outputs = window->session()->runOutputs();
    return !outputs->isLoading() && outputs->rowCount() > 0;
}

QAction *exportAction(const MainWindow *window)
{
    return window->detailPane()->findChild<QAction *>(QStringLiteral("actionExportRunOutputs"));
}

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
    RunsModel *runs = m_window->runsModel();
    m_window->openRun(runs->runAt(runs->index(tellingRow(runs), 0)));
}

void Screenshotter::openExport(MainWindow *window)
{
    // Polled, not signalled: the runs, then the run's first outputs page,
    // may come late or not at all (a server that refuses), and the window
    // must stay usable meanwhile.
    auto *poll = new QTimer(window);
    poll->setInterval(100);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    auto opened = std::make_shared<bool>(false);
    QObject::connect(poll, &QTimer::timeout, window, [window, poll, started, opened] {
        RunsModel *runs = window->runsModel();
        const bool late = started->elapsed() > kDeadlineMs;
        if (!*opened) {
            if (runs->isLoading() || runs->rowCount() == 0) {
                if (late)
                    poll->deleteLater();
                return;
            }
            window->openRun(runs->runAt(runs->index(tellingRow(runs), 0)));
            *opened = true;
            return;
        }
        if (!outputsLoaded(window) && !late)
            return;
        poll->stop();
        poll->deleteLater();
        if (QAction *action = exportAction(window); action && action->isEnabled())
            action->trigger();
    });
    poll->start();
}

QDialog *Screenshotter::waitForModal(const QString &name)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < kDeadlineMs) {
        auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (modal && modal->objectName() == name && modal->isVisible())
            return modal;
        settle(20);
    }
    return nullptr;
}

QString Screenshotter::saveOver(QWidget *dialog, const QString &file)
{
    // Offscreen no window manager puts the dialog over the window: the
    // picture does, centred as Qt places a dialog over its parent, with a
    // soft shadow and a frame to tell the two apart.
    QPixmap picture = m_window->grab();
    const QPixmap top = dialog->grab();
    const QRect window(QPoint(), picture.deviceIndependentSize().toSize());
    QRect place(QPoint(), top.deviceIndependentSize().toSize());
    place.moveCenter(window.center());
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 14));
    for (int spread = 1; spread <= 10; ++spread)
        painter.drawRoundedRect(place.adjusted(-spread, -spread + 4, spread, spread + 4), spread,
                                spread);
    painter.drawPixmap(place.topLeft(), top);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(dialog->palette().color(QPalette::Dark));
    painter.drawRect(place.adjusted(0, 0, -1, -1));
    painter.end();
    if (!picture.save(file))
        return QStringLiteral("screenshot: cannot write '%1'").arg(file);
    return {};
}

QString Screenshotter::saveExport(const QString &file)
{
    const bool progress = m_page == QLatin1String("export-progress");
    RunsModel *runs = m_window->runsModel();
    m_window->openRun(runs->runAt(runs->index(progress ? largestRow(runs) : tellingRow(runs), 0)));
    QElapsedTimer clock;
    clock.start();
    while (!outputsLoaded(m_window) && clock.elapsed() < kDeadlineMs)
        settle(50);
    settle(500);
    QAction *action = exportAction(m_window);
    if (!action || !action->isEnabled())
        return QStringLiteral("screenshot: the run cannot be exported");

    // The dialog is modal: it is pictured, or filled in, from inside its
    // own event loop. The export's file goes to a folder of its own.
    QTemporaryDir scratch;
    QString failure = QStringLiteral("screenshot: the export dialog did not open");
    QObject guard;
    QTimer::singleShot(0, &guard, [&] {
        QDialog *dialog = waitForModal(QStringLiteral("exportDialog"));
        if (!dialog)
            return;
        if (!progress) {
            settle(1500);
            failure = saveOver(dialog, file);
            dialog->reject();
            return;
        }
        auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"));
        path->setText(QDir(scratch.path()).filePath(QFileInfo(path->text()).fileName()));
        failure.clear();
        dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    });
    action->trigger();
    if (!progress || !failure.isEmpty())
        return failure;

    // Part-way: between 30% and 70% of the rows, once the rate is known.
    auto *window = m_window->findChild<QDialog *>(QStringLiteral("exportProgressDialog"));
    if (!window)
        return QStringLiteral("screenshot: the export did not start");
    auto *bar = window->findChild<QProgressBar *>(QStringLiteral("exportProgressBar"));
    auto *rate = window->findChild<QLabel *>(QStringLiteral("exportRate"));
    auto *job = window->findChild<OutputExport *>();
    clock.restart();
    while (job && job->isRunning() && clock.elapsed() < 3 * kDeadlineMs) {
        const int permille = bar->maximum() == 1000 ? bar->value() : 0;
        if (permille >= 300 && permille <= 700 && !rate->text().isEmpty())
            break;
        settle(20);
    }
    if (!job || !job->isRunning())
        return QStringLiteral("screenshot: the export ended before it could be caught part-way");
    failure = saveOver(window, file);
    job->cancel(false);
    clock.restart();
    while (job->isRunning() && clock.elapsed() < kDeadlineMs)
        settle(20);
    return failure;
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
    } else if (m_page == QLatin1String("export") || m_page == QLatin1String("export-progress")) {
        m_window->showPage(MainWindow::Page::Runs);
        return saveExport(file);
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
