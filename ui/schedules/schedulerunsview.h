#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class RunsModel;
struct Run;

// The runs one schedule spawned, newest first, with their statuses: GET
// /runs asked for that scheduled_run_uid, and kept to it on this side too,
// since the filter is the sandbox's and not a documented one (contract
// 4.2). Enter or a double-click opens a run.
class ScheduleRunsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleRunsView)

public:
    // `runs` is this view's own model (its filter is changed here).
    explicit ScheduleRunsView(RunsModel *runs, QWidget *parent = nullptr);

    // Loads the runs of that schedule; empty shows none.
    void setSchedule(const QString &uid);
    QTableView *table() const { return m_table; }

signals:
    void runActivated(const Run &run);

private:
    void updateNote();

    RunsModel *m_runs;
    QSortFilterProxyModel *m_ofSchedule;
    QTableView *m_table;
    QLabel *m_note;
    QString m_uid;
};
