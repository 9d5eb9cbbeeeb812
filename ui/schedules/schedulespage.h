#pragma once

#include "core/domain/schedule.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <functional>

class Clock;
class EditScheduleDialog;
class ScheduleService;
struct ApiError;
class QAction;
class QLabel;
class QSplitter;
class QTableView;
class QToolBar;
class ScheduleDetailView;
class SchedulesModel;
class ScheduleBulkRunner;
class RunsModel;
class ScheduleRunsView;
class QStackedWidget;
class WeekCalendarPanel;
struct Run;

// The schedules of the workspace (contract section 4): a table, the
// manage calls the selected schedule's status allows (pause, resume,
// cancel, edit), the server's refusal shown on the page, and a side panel
// with the cron in English and the next fire times.
class SchedulesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulesPage)

public:
    // Asked before a schedule is cancelled; true goes ahead.
    using Confirm = std::function<bool(const QString &question)>;

    // `clock` says when "next" starts for the fire times; the machine's when
    // null.
    SchedulesPage(SchedulesModel *model, ScheduleService *service, const Clock *clock = nullptr,
                  QWidget *parent = nullptr);
    ~SchedulesPage() override;

    QTableView *table() const { return m_table; }
    ScheduleDetailView *detail() const { return m_detail; }
    // Edit, pause, resume, cancel and refresh, for the window's menus and
    // toolbar.
    QList<QAction *> scheduleActions() const;
    // Shows, under the detail, the runs the current schedule spawned, read
    // through `runs` (a model of the page's own).
    void attachScheduleRuns(RunsModel *runs);
    // Puts a window-wide action (New schedule…) first in the page's tool bar.
    void addLeadingAction(QAction *action);
    // A QMessageBox unless replaced (tests answer without a dialog).
    void setConfirm(Confirm confirm);

    void refresh();
    // The week calendar in place of the table (the detail stays beside it).
    void showCalendar(bool shown);
    bool isCalendarShown() const;
    WeekCalendarPanel *calendar() const { return m_calendar; }
    // The runs the dashboard has loaded, for how long a schedule's runs take.
    void setRunsSource(std::function<QList<Run>()> runs);
    // Selects that schedule; one not loaded yet is selected once the list
    // has loaded, or the page says it is not in the list.
    void selectSchedule(const QString &uid);
    // The selected schedules, in table order (several for a bulk change).
    QList<Schedule> selectedSchedules() const;
    // The schedule of the current row, if there is one.
    bool hasCurrentSchedule() const;
    Schedule currentSchedule() const;
    bool isBusy() const;
    // The edit dialog while one is open.
    EditScheduleDialog *editDialog() const;

signals:
    // The server accepted a manage call; `schedule` is its answer.
    void scheduleManaged(const Schedule &schedule);
    void currentScheduleChanged(const Schedule &schedule);
    // A run in the list of the current schedule's runs was opened.
    void runActivated(const Run &run);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    // Opens the edit dialog on the schedule of `row` (read-only for a
    // terminal one).
    void editSchedule(int row);
    void manage(ScheduleOperation operation);
    void manageMany(const QList<Schedule> &selected, ScheduleOperation operation);
    void onBulkFinished(const ScheduleBulkRunner *runner);
    void onManaged(ScheduleOperation operation, const Schedule &updated);
    void onManageFailed(ScheduleOperation operation, const Schedule &schedule,
                        const ApiError &error);
    void refreshAfterOperation();
    void onCurrentChanged();
    void onRowsChanged(int first, int last);
    void updateActions();
    void showMessage(const QString &text, bool error);
    void onLoadFinished();

    SchedulesModel *m_model;
    ScheduleService *m_service;
    const Clock *m_clock;
    QToolBar *m_toolBar;
    QSplitter *m_splitter;
    QTableView *m_table;
    ScheduleDetailView *m_detail;
    QStackedWidget *m_views = nullptr;
    WeekCalendarPanel *m_calendar = nullptr;
    QAction *m_showCalendar = nullptr;
    QSplitter *m_side = nullptr;
    ScheduleRunsView *m_runsView = nullptr;
    // The schedule (uid, last firing) whose runs were last asked for.
    QString m_runsShownFor;
    QLabel *m_message;
    QAction *m_edit = nullptr;
    QPointer<EditScheduleDialog> m_editDialog;
    QAction *m_pause = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_refresh = nullptr;
    Confirm m_confirm;
    // Asked for before the list had it (a link followed from a run).
    QString m_pendingSelection;
    bool m_showsLoadError = false;
};
