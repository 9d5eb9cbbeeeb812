#include "ui/mainwindow.h"

#include "models/client/connectionsettings.h"
#include "models/launch/launchservice.h"
#include "models/logging/logfile.h"
#include "models/runs/runsmodel.h"
#include "models/runs/runwatcher.h"
#include "models/schedules/schedulesmodel.h"
#include "models/session/session.h"
#include "ui/common/aboutdialog.h"
#include "ui/common/connectionbanner.h"
#include "ui/common/icons.h"
#include "ui/common/keyboardnavigation.h"
#include "ui/common/statusstyle.h"
#include "ui/common/themecontroller.h"
#include "ui/common/timedisplay.h"
#include "ui/common/timezonemenu.h"
#include "ui/common/traynotifier.h"
#include "ui/detail/rundetailpane.h"
#include "ui/launch/launchdialog.h"
#include "ui/live/livequerypage.h"
#include "ui/runs/runsfilterbar.h"
#include "ui/runs/runspage.h"
#include "ui/schedules/schedulespage.h"
#include "ui/schedules/weekcalendarpanel.h"
#include "ui/timeline/timelinepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

MainWindow::MainWindow(Session *session, const QString &connection, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_runs(session->runs())
    , m_watcher(session->watcher())
    , m_schedules(session->schedules())
    , m_runsPage(new RunsPage(session, this))
    , m_detail(new RunDetailPane(session, this))
    , m_runsSplitter(new QSplitter(Qt::Vertical, this))
    , m_timeline(new TimelinePage(m_runs, m_watcher, session->clock(), this))
    , m_schedulesPage(
          new SchedulesPage(m_schedules, session->scheduleService(), session->clock(), this))
    , m_live(new LiveQueryPage(session, this))
    , m_pages(new QTabWidget(this))
    , m_theme(new ThemeController(this))
    , m_tray(new TrayNotifier(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Runboard — %1").arg(connection));
    setWindowIcon(Icons::get(QStringLiteral("runboard")));

    m_runsSplitter->setObjectName(QStringLiteral("runsSplitter"));
    m_runsSplitter->addWidget(m_runsPage);
    m_runsSplitter->addWidget(m_detail);
    m_runsSplitter->setStretchFactor(0, 3);
    m_runsSplitter->setStretchFactor(1, 2);
    m_runsSplitter->setChildrenCollapsible(false);

    m_pages->setObjectName(QStringLiteral("mainTabs"));
    m_pages->setAccessibleName(tr("Pages"));
    m_pages->setDocumentMode(true);
    addPage(Page::Runs, m_runsSplitter, tr("Runs"), QStringLiteral("runs"));
    addPage(Page::Timeline, m_timeline, tr("Timeline"), QStringLiteral("timeline"));
    addPage(Page::Schedules, m_schedulesPage, tr("Schedules"), QStringLiteral("schedules"));
    addPage(Page::Live, m_live, tr("Live query"), QStringLiteral("play"));
    // The connection banner sits above the tabs, so every page shows it.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(new ConnectionBanner(session->health(), session->clock(),
                                                  session->settings().baseUrl, central));
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_runsPage->filterBar()->setSchedules(m_schedules);

    createActions(connection);

    // The calendar reads how long each schedule's runs took from the runs
    // loaded here.
    m_schedulesPage->setRunsSource([this] {
        QList<Run> runs;
        runs.reserve(m_runs->rowCount());
        for (int row = 0; row < m_runs->rowCount(); ++row)
            runs.append(m_runs->runAt(m_runs->index(row, 0)));
        return runs;
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_runs, signal, m_schedulesPage->calendar(), &WeekCalendarPanel::replanLater);
    connect(m_runs, &RunsModel::loadFailed, this, [this](const ApiError &error) {
        statusBar()->showMessage(tr("Could not load runs: %1").arg(error.message()), 15000);
    });
    connect(m_runsPage, &RunsPage::currentRunChanged, this, [this](const Run &run) {
        if (run.uid.isEmpty())
            m_detail->clear();
        else
            m_detail->showRun(run);
    });
    connect(m_runsPage, &RunsPage::runActivated, this, &MainWindow::openRun);
    connect(m_detail, &RunDetailPane::launchLikeRequested, this,
            [this](const Run &run) { openLaunchDialog(&run); });
    // A launched run is selected as soon as the list shows it.
    connect(m_runs, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_pendingLaunch.isEmpty() || m_runs->rowOfUid(m_pendingLaunch) < 0)
            return;
        const QString uid = std::exchange(m_pendingLaunch, QString());
        m_runsPage->selectRun(uid);
    });
    connect(m_runsPage, &RunsPage::launchLikeRequested, this,
            [this](const Run &run) { openLaunchDialog(&run); });
    connect(m_detail, &RunDetailPane::scheduleActivated, this, [this](const QString &uid) {
        showPage(Page::Schedules);
        m_schedulesPage->selectSchedule(uid);
    });
    connect(m_runsPage, &RunsPage::noticeRequested, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_timeline, &TimelinePage::bucketActivated, this,
            [this](const QDateTime &from, const QDateTime &to, RunStatus status) {
                const TimeDisplay *display = TimeDisplay::instance();
                const QStringList uids = m_timeline->runsCountedIn(from, to, status);
                showPage(Page::Runs);
                m_runsPage->showOnly(
                    uids, tr("%Ln run(s) %1 between %2 and %3", nullptr, int(uids.size()))
                              .arg(StatusStyle::label(status).toLower(), display->format(from),
                                   display->formatShort(to)));
            });
    connect(m_timeline, &TimelinePage::runActivated, this, [this](const QString &uid) {
        if (const int row = m_runs->rowOfUid(uid); row >= 0)
            openRun(m_runs->runAt(m_runs->index(row, 0)));
    });
    connect(m_watcher, &RunWatcher::runFinished, m_tray, &TrayNotifier::runFinished);
    connect(m_tray, &TrayNotifier::messageShown, this, [this](const QString &title) {
        if (!m_tray->isAvailable())
            statusBar()->showMessage(title, 10000);
    });
    connect(m_tray, &TrayNotifier::runActivated, this, [this](const QString &uid) {
        bringToFront();
        if (const int row = m_runs->rowOfUid(uid); row >= 0)
            openRun(m_runs->runAt(m_runs->index(row, 0)));
    });

    resize(1280, 860);
    // Queued so a caller can set the cache and restore settings first.
    QTimer::singleShot(0, this, &MainWindow::start);
}

MainWindow::~MainWindow() = default;

void MainWindow::start()
{
    // Restored settings already loaded a filter; otherwise load everything.
    m_runs->setFilter(m_runsPage->filterBar()->filter());
    m_schedules->refresh();
}

void MainWindow::createActions(const QString &connection)
{
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *refresh = new QAction(Icons::get(QStringLiteral("refresh")), tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        m_runsPage->refresh();
        m_schedules->refresh();
    });

    auto *find = new QAction(Icons::get(QStringLiteral("search")), tr("&Find runs"), this);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        showPage(Page::Runs);
        auto *search = m_runsPage->findChild<QLineEdit *>(QStringLiteral("runsSearchEdit"));
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });

    auto *about = new QAction(tr("&About Runboard"), this);
    about->setObjectName(QStringLiteral("actionAbout"));
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    auto *newRun = new QAction(Icons::get(QStringLiteral("play")), tr("&New run…"), this);
    newRun->setObjectName(QStringLiteral("actionNewRun"));
    newRun->setShortcut(QKeySequence::New);
    newRun->setToolTip(tr("Launch an async run or create a schedule (Ctrl+N)"));
    connect(newRun, &QAction::triggered, this, [this] { openLaunchDialog(); });
    auto *newSchedule =
        new QAction(Icons::get(QStringLiteral("schedules")), tr("New &schedule…"), this);
    newSchedule->setObjectName(QStringLiteral("actionNewSchedule"));
    newSchedule->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    newSchedule->setToolTip(tr("Create a recurring or one-shot schedule (Ctrl+Shift+S)"));
    connect(newSchedule, &QAction::triggered, this,
            [this] { openLaunchDialog(nullptr)->setMode(LaunchMode::Schedule); });
    m_schedulesPage->addLeadingAction(newSchedule);
    m_schedulesPage->attachScheduleRuns(new RunsModel(m_session->client(), this));
    connect(m_schedulesPage, &SchedulesPage::runActivated, this, &MainWindow::openRun);

    m_addConnection =
        new QAction(Icons::get(QStringLiteral("connection")), tr("&Add connection…"), this);
    m_addConnection->setObjectName(QStringLiteral("actionAddConnection"));
    m_addConnection->setVisible(false);
    connect(m_addConnection, &QAction::triggered, this, &MainWindow::addConnectionRequested);
    m_editConnection =
        new QAction(Icons::get(QStringLiteral("settings")), tr("&Edit connection…"), this);
    m_editConnection->setObjectName(QStringLiteral("actionEditConnection"));
    m_editConnection->setVisible(false);
    connect(m_editConnection, &QAction::triggered, this, &MainWindow::editConnectionRequested);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(newRun);
    file->addAction(newSchedule);
    file->addSeparator();
    file->addAction(m_addConnection);
    file->addAction(m_editConnection);
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(find);
    edit->addSeparator();
    edit->addActions(m_runsPage->runActions());
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(refresh);
    view->addAction(m_runsPage->pauseAction());
    createViewMenu(view);
    auto *shortcuts = new QAction(tr("&Keyboard shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(shortcuts);
    // The log file (models/logging/logfile.h) in the desktop's viewer, or
    // its path when there is none to open it.
    auto *showLog = help->addAction(tr("Show &log"));
    showLog->setObjectName(QStringLiteral("actionShowLog"));
    connect(showLog, &QAction::triggered, this, [this] {
        const QString path = LogFile::currentPath();
        if (path.isEmpty())
            statusBar()->showMessage(tr("No log file is being written."), 10000);
        else if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            statusBar()->showMessage(tr("The log is in %1").arg(path), 30000);
    });
    help->addAction(about);

    QToolBar *toolbar = addToolBar(tr("Main"));
    m_toolbar = toolbar;
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_connectionLabel = new QLabel(tr("Connection: <b>%1</b>").arg(connection), toolbar);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setContentsMargins(8, 0, 8, 0);
    toolbar->addWidget(m_connectionLabel);
    toolbar->addSeparator();
    toolbar->addAction(newRun);
    toolbar->addAction(refresh);
    toolbar->addAction(m_runsPage->pauseAction());
    KeyboardNavigation::reachByTab(toolbar);

    auto *zone = new QLabel(statusBar());
    zone->setObjectName(QStringLiteral("timeZoneLabel"));
    auto showZone = [zone] {
        const TimeDisplay *display = TimeDisplay::instance();
        zone->setText(tr("Times in %1 (%2)")
                          .arg(display->abbreviation(), QString::fromUtf8(display->zone().id())));
    };
    connect(TimeDisplay::instance(), &TimeDisplay::zoneChanged, zone, showZone);
    showZone();
    statusBar()->addPermanentWidget(zone);
}

void MainWindow::createViewMenu(QMenu *view)
{
    view->addSeparator();
    auto *showDetail = view->addAction(Icons::get(QStringLiteral("detail")), tr("Run &detail"));
    showDetail->setObjectName(QStringLiteral("actionShowDetail"));
    showDetail->setCheckable(true);
    showDetail->setChecked(true);
    showDetail->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(showDetail, &QAction::toggled, m_detail, &QWidget::setVisible);

    view->addMenu(new TimeZoneMenu(view));

    QMenu *themes = view->addMenu(tr("&Theme"));
    themes->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(themes);
    const QList<std::pair<ThemeController::Theme, QString>> choices = {
        {ThemeController::Theme::System, tr("Follow the &system")},
        {ThemeController::Theme::Light, tr("&Light")},
        {ThemeController::Theme::Dark, tr("&Dark")}};
    for (const auto &[theme, text] : choices) {
        QAction *action = themes->addAction(text);
        action->setObjectName(QStringLiteral("actionTheme_") + ThemeController::themeId(theme));
        action->setCheckable(true);
        action->setChecked(m_theme->theme() == theme);
        group->addAction(action);
        connect(action, &QAction::triggered, m_theme, [this, theme] { m_theme->setTheme(theme); });
    }
    connect(m_theme, &ThemeController::themeChanged, themes, [this, group] {
        for (QAction *action : group->actions())
            action->setChecked(action->objectName().endsWith(m_theme->themeId()));
    });

    m_notify =
        view->addAction(Icons::get(QStringLiteral("bell")), tr("&Notify when followed runs end"));
    m_notify->setObjectName(QStringLiteral("actionNotifyRunsFinished"));
    m_notify->setCheckable(true);
    m_notify->setChecked(m_tray->isEnabled());
    connect(m_notify, &QAction::toggled, m_tray, &TrayNotifier::setEnabled);

    view->addSeparator();
    QMenu *go = view->addMenu(tr("&Go to"));
    const QList<std::pair<Page, QString>> pages = {{Page::Runs, tr("&Runs")},
                                                   {Page::Timeline, tr("&Timeline")},
                                                   {Page::Schedules, tr("&Schedules")},
                                                   {Page::Live, tr("&Live query")}};
    int key = Qt::Key_1;
    for (const auto &[page, text] : pages) {
        QAction *action = go->addAction(text);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    }
}

void MainWindow::addPage(Page page, QWidget *widget, const QString &title, const QString &icon)
{
    m_pageWidgets.insert(page, widget);
    const int index =
        static_cast<int>(std::distance(m_pageWidgets.begin(), m_pageWidgets.find(page)));
    m_pages->insertTab(index, widget, Icons::get(icon), title);
}

void MainWindow::setConnectionWidget(QWidget *widget)
{
    m_addConnection->setVisible(true);
    m_editConnection->setVisible(true);
    m_connectionLabel->setText(tr("Connection:"));
    m_connectionLabel->setContentsMargins(8, 0, 4, 0);
    m_toolbar->insertWidget(m_toolbar->actions().value(1), widget);
}

void MainWindow::showShortcuts()
{
    // Built from the window's own actions, so the list cannot go stale.
    QStringList rows;
    for (const QAction *action : findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        rows.append(QStringLiteral("<tr><td><b>%1</b></td><td>&nbsp;&nbsp;%2</td></tr>")
                        .arg(action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                             text.toHtmlEscaped()));
    }
    rows.sort();
    rows.removeDuplicates();
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                                QStringLiteral("<table>%1</table>").arg(rows.join(QString())),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("shortcutsDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::bringToFront()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::showPage(Page page)
{
    if (QWidget *widget = m_pageWidgets.value(page))
        m_pages->setCurrentWidget(widget);
}

void MainWindow::openRun(const Run &run)
{
    showPage(Page::Runs);
    m_runsPage->selectRun(run.uid);
    if (QAction *show = findChild<QAction *>(QStringLiteral("actionShowDetail")))
        show->setChecked(true);
    m_detail->showRun(run);
}

void MainWindow::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/runsSplitter"), m_runsSplitter->saveState());
    settings.setValue(QStringLiteral("window/page"), m_pages->currentIndex());
    settings.setValue(QStringLiteral("window/detailShown"), !m_detail->isHidden());
    settings.setValue(QStringLiteral("appearance/timeZone"), TimeDisplay::instance()->zoneId());
    settings.setValue(QStringLiteral("appearance/theme"), m_theme->themeId());
    settings.setValue(QStringLiteral("notifications/runsFinished"), m_tray->isEnabled());
    if (!m_scope.isEmpty())
        settings.beginGroup(QStringLiteral("connection-") + m_scope);
    m_runsPage->saveState(settings);
    m_live->saveState(settings);
    if (!m_scope.isEmpty())
        settings.endGroup();
}

void MainWindow::restoreSettings(QSettings &settings)
{
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_runsSplitter->restoreState(
        settings.value(QStringLiteral("window/runsSplitter")).toByteArray());
    m_pages->setCurrentIndex(settings.value(QStringLiteral("window/page"), 0).toInt());
    const bool detail = settings.value(QStringLiteral("window/detailShown"), true).toBool();
    if (QAction *show = findChild<QAction *>(QStringLiteral("actionShowDetail")))
        show->setChecked(detail);
    TimeDisplay::instance()->setZoneId(
        settings.value(QStringLiteral("appearance/timeZone"), QStringLiteral("local")).toString());
    m_theme->setThemeId(
        settings.value(QStringLiteral("appearance/theme"), QStringLiteral("system")).toString());
    m_notify->setChecked(
        settings.value(QStringLiteral("notifications/runsFinished"), true).toBool());
    if (!m_scope.isEmpty())
        settings.beginGroup(QStringLiteral("connection-") + m_scope);
    m_runsPage->restoreState(settings);
    m_live->restoreState(settings);
    if (!m_scope.isEmpty())
        settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Quitting now would lose the answer, and with it whether the run (and
    // its credits) exists: the user decides.
    if (m_session->launchService()->isBusy()) {
        QMessageBox ask(QMessageBox::Warning, tr("A launch is on its way"),
                        tr("A launch is still waiting for the server's answer. If Runboard "
                           "quits now, it cannot tell you whether the run was created."),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("quitDuringLaunchBox"));
        QPushButton *wait = ask.addButton(tr("&Wait for the answer"), QMessageBox::RejectRole);
        ask.addButton(tr("&Quit anyway"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(wait);
        ask.exec();
        if (ask.clickedButton() == wait) {
            event->ignore();
            return;
        }
    }
    if (m_savesOnClose) {
        QSettings settings;
        saveSettings(settings);
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange)
        m_session->setShown(isVisible() && !isMinimized());
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    // Some window systems send one for a window shown minimised.
    m_session->setShown(!isMinimized());
    QMainWindow::showEvent(event);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    // Hidden in the tray, or minimised where that unmaps the window.
    m_session->setShown(false);
    QMainWindow::hideEvent(event);
}

LaunchDialog *MainWindow::openLaunchDialog(const Run *like)
{
    auto *dialog = new LaunchDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (like)
        dialog->fillFrom(*like);
    connect(dialog, &LaunchDialog::launched, this, &MainWindow::onLaunched);
    dialog->open();
    return dialog;
}

void MainWindow::onLaunched(LaunchMode mode, const QString &uid)
{
    if (mode == LaunchMode::Schedule) {
        showPage(Page::Schedules);
        m_schedulesPage->selectSchedule(uid);
        statusBar()->showMessage(tr("Schedule %1 created.").arg(uid), 15000);
        return;
    }
    // The new run is selected once the list has it, and followed live.
    showPage(Page::Runs);
    m_pendingLaunch = uid;
    m_runs->refresh();
    statusBar()->showMessage(tr("Run %1 launched; following it live.").arg(uid), 15000);
}
