#pragma once

#include "core/launch/launchmode.h"

#include <QDateTime>
#include <QMainWindow>
#include <QMap>

class LaunchDialog;
class QSettings;
class QSplitter;
class QTabWidget;
class QToolBar;
class LiveQueryPage;
class QLabel;
class RunDetailPane;
class RunWatcher;
class RunsModel;
class RunsPage;
class SchedulesModel;
class SchedulesPage;
class Session;
class TimelinePage;
class ThemeController;
class TrayNotifier;
struct Run;

// The window an operator lives in: pages for runs (with the run detail
// below the table), timelines, schedules and live queries; menus with the
// usual entries; a tray notice when a followed run ends. Its layout,
// filters, zone and theme survive a restart through QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page
    {
        Runs,
        Timeline,
        Schedules,
        Live,
    };

    // Shows `session`, which outlives the window; `connection` names what
    // it talks to, e.g. "Sandbox". Loading starts once the event loop runs,
    // after any restoreSettings().
    MainWindow(Session *session, const QString &connection, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    RunsModel *runsModel() const { return m_runs; }
    RunWatcher *watcher() const { return m_watcher; }
    RunsPage *runsPage() const { return m_runsPage; }
    RunDetailPane *detailPane() const { return m_detail; }
    TimelinePage *timelinePage() const { return m_timeline; }
    SchedulesPage *schedulesPage() const { return m_schedulesPage; }
    LiveQueryPage *liveQueryPage() const { return m_live; }
    SchedulesModel *schedulesModel() const { return m_schedules; }
    TrayNotifier *trayNotifier() const { return m_tray; }
    ThemeController *theme() const { return m_theme; }

    // Saves the settings when the window closes (the app's own window; a
    // screenshot or a test keeps the user's settings untouched).
    void setSavesOnClose(bool saves) { m_savesOnClose = saves; }
    // Filters and columns are kept per connection (a schedule or run uid
    // means nothing on another server); layout, zone and theme are shared.
    void setSettingsScope(const QString &connectionId) { m_scope = connectionId; }
    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

    // Puts a page in the window's tabs; pages appear in Page order.
    void addPage(Page page, QWidget *widget, const QString &title, const QString &icon);
    void showPage(Page page);
    // Shows the window above the others, as it was before it was minimised
    // (maximised stays maximised); for the tray and a second start.
    void bringToFront();
    // Puts the connection switcher next to the connection label.
    void setConnectionWidget(QWidget *widget);
    // Selects the run in the table (when loaded) and shows its detail.
    void openRun(const Run &run);
    // New run… (like == nullptr) or Launch like this one.
    LaunchDialog *openLaunchDialog(const Run *like = nullptr);

signals:
    // File > Add connection… and Edit connection… (shown once a connection
    // switcher is set): the connection controller answers them.
    void addConnectionRequested();
    void editConnectionRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    // The session refreshes only what someone can see: these tell it.
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onLaunched(LaunchMode mode, const QString &uid);
    void createActions(const QString &connection);
    void createViewMenu(QMenu *view);
    void showShortcuts();
    void start();

    Session *m_session;
    // A run just launched, selected once the runs list has it.
    QString m_pendingLaunch;
    RunsModel *m_runs;
    RunWatcher *m_watcher;
    SchedulesModel *m_schedules;
    RunsPage *m_runsPage;
    RunDetailPane *m_detail;
    QSplitter *m_runsSplitter;
    TimelinePage *m_timeline;
    SchedulesPage *m_schedulesPage;
    LiveQueryPage *m_live;
    QLabel *m_connectionLabel = nullptr;
    QToolBar *m_toolbar = nullptr;
    QTabWidget *m_pages;
    QMap<Page, QWidget *> m_pageWidgets;
    ThemeController *m_theme;
    TrayNotifier *m_tray;
    QAction *m_notify = nullptr;
    QAction *m_addConnection = nullptr;
    QAction *m_editConnection = nullptr;
    bool m_savesOnClose = false;
    QString m_scope;
};
