#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTableView;
class RunsFilterBar;
class RunWatcher;
class RunsModel;

// The runs table: every run newest first, loaded as the user scrolls,
// refreshed in place every few seconds, with active runs followed by the
// watcher and a note of when the table was last brought up to date.
class RunsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsPage)

public:
    RunsPage(RunsModel *model, RunWatcher *watcher, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    RunsFilterBar *filterBar() const { return m_filters; }
    void refresh();

private:
    void onLoadingChanged(bool loading);
    void watchActiveRows(int first, int last);
    void updateAge();

    RunsModel *m_model;
    RunWatcher *m_watcher;
    RunsFilterBar *m_filters;
    QTableView *m_table;
    QLabel *m_updated;
    QTimer m_refreshTimer;
    QTimer m_ageTimer;
    QElapsedTimer m_sinceUpdate;
};
