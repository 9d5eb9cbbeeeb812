#pragma once

#include "core/domain/runstatus.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QWidget>

class Session;
class QAction;
class QLabel;
class QShortcut;
class QPushButton;
class QSettings;
class QTableView;
class QToolButton;
class QDateTime;
class RunsFilterBar;
class RunsModel;
class RunsProxyModel;
class RunWatcher;
struct Run;

// The runs table: every run newest first, loaded as the user scrolls,
// refreshed in place every few seconds (unless paused), with active runs
// followed by the watcher. Selected runs can be cancelled, resumed or
// continued in bulk, copied as uids or as curl commands.
class RunsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsPage)

public:
    // Shows the session's runs, followed by its watcher.
    explicit RunsPage(Session *session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    RunsFilterBar *filterBar() const { return m_filters; }
    RunsProxyModel *proxy() const { return m_proxy; }
    // The page's actions, for the window's menus and toolbar.
    QList<QAction *> runActions() const;
    QAction *pauseAction() const { return m_pause; }
    QList<Run> selectedRuns() const;
    void selectRun(const QString &uid);

    void refresh();
    void setPaused(bool paused);
    void startOperation(RunOperation operation);
    // Shows only these runs (a fleet-chart bucket's), with `description`
    // on the button that shows all runs again.
    void showOnly(const QStringList &uids, const QString &description);
    void clearWindow();

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

signals:
    // Enter or a double click on a run.
    void runActivated(const Run &run);
    // The current row moved to another run (or to none).
    void currentRunChanged(const Run &run);
    // Something the user should read in the status bar, such as why a
    // shortcut did nothing.
    void noticeRequested(const QString &text);
    // "Launch like this one" on the current run.
    void launchLikeRequested(const Run &run);

private:
    void createActions();
    // A column the server sorts reloads the runs in that order, so paging
    // continues in it; other columns sort the loaded runs only.
    void onSortChanged(int column, Qt::SortOrder order);
    void onLoadingChanged(bool loading);
    void watchActiveRows(int first, int last);
    void updateAge();
    // Says what an empty table means: nothing matches, nothing yet, or
    // nothing could be loaded.
    void updateEmptyState();
    void clearAllFilters();
    void updateActions();
    void updateCounts();
    // Says why the operation's shortcut cannot apply to the selection.
    void explainRefusal(RunOperation operation);
    void fetchMoreWhileSearching();
    void exportOutputs();
    void exportList();
    void copyUids();
    void copyCurl();
    void showContextMenu(const QPoint &position);

    Session *m_session;
    RunsModel *m_model;
    RunWatcher *m_watcher;
    RunsProxyModel *m_proxy;
    RunsFilterBar *m_filters;
    QTableView *m_table;
    QHash<QAction *, QShortcut *> m_explainers;
    QLabel *m_updated;
    QWidget *m_empty;
    QLabel *m_emptyLabel;
    QPushButton *m_emptyClear;
    QToolButton *m_window;
    QAction *m_open = nullptr;
    QAction *m_launchLike = nullptr;
    QAction *m_exportOutputs = nullptr;
    QAction *m_exportList = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_continue = nullptr;
    QAction *m_copyUid = nullptr;
    QAction *m_copyCurl = nullptr;
    QAction *m_pause = nullptr;
    QTimer m_ageTimer;
    QTimer m_countsTimer;
    QElapsedTimer m_sinceUpdate;
    int m_searchPages = 0;
};
