#pragma once

#include "core/cron/firetimenotes.h"

#include <QTableWidget>
#include <QTimeZone>

// The next fire times of an expression, each in the schedule's zone and in
// the display zone side by side, with what daylight saving did to it in a
// column of its own: a mark in words, and the reason in the tooltip and as
// the cell's accessible description, so that it is never colour alone.
class CronFireTimesView final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CronFireTimesView)

public:
    enum Column
    {
        ScheduleZoneColumn,
        DisplayZoneColumn,
        NoteColumn,
        ColumnCount,
    };

    explicit CronFireTimesView(QWidget *parent = nullptr);

    void showFireTimes(const QList<FireTimeNotes::FireTime> &fires, const QTimeZone &scheduleZone,
                       const QTimeZone &displayZone);
    void clearFireTimes();
};
