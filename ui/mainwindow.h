#pragma once

#include <QMainWindow>

class EdgesClient;
class RunWatcher;
class RunsModel;
class RunsPage;

// The dashboard's main window. So far it holds the runs page; the run
// detail, timelines and schedules come with the rest of the dashboard issue.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `connection` names what the client talks to, e.g. "Sandbox".
    MainWindow(EdgesClient *client, const QString &connection, QWidget *parent = nullptr);
    ~MainWindow() override;

    RunsModel *runsModel() const { return m_runs; }
    RunsPage *runsPage() const { return m_runsPage; }

private:
    void createActions(const QString &connection);

    RunsModel *m_runs;
    RunWatcher *m_watcher;
    RunsPage *m_runsPage;
};
