#pragma once

#include <QWidget>

class Clock;
class QLabel;
class QTableWidget;
class StatusTimelineBar;
struct Run;
struct StatusTransition;

// The Timeline tab of the run detail: the statuses a run went through,
// each with its start and how long it lasted, as a coloured strip and as
// a table. It prefers the transitions the dashboard observed; without any
// it falls back to the times the run reports and says so.
class RunTimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunTimelineView)

public:
    enum Column
    {
        StatusColumn,
        StartColumn,
        DurationColumn,
        ColumnCount
    };

    // `clock` says "now" for a stretch still open; the machine's when null.
    explicit RunTimelineView(const Clock *clock = nullptr, QWidget *parent = nullptr);

    void setRun(const Run &run, const QList<StatusTransition> &transitions);
    void clear();

private:
    const Clock *m_clock;
    StatusTimelineBar *m_bar;
    QLabel *m_note;
    QTableWidget *m_table;
};
