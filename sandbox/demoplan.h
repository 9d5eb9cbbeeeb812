#pragma once

#include "sandbox/store/callbackrow.h"
#include "sandbox/store/inputrow.h"
#include "sandbox/store/runrow.h"
#include "sandbox/store/schedulerow.h"

#include <QList>
#include <QStringList>

#include <vector>

// The demo history as rows, in the order they are written: each run with
// its inputs (and their outputs) and its callback records, then the manual
// replays, then the schedules. Row ids are left to the store; the writer
// links inputs, outputs and runs by the ids it gets back.
struct DemoPlan
{
    struct Input
    {
        InputRow row;
        // The results, as JSON text.
        QStringList outputs;
    };
    struct Run
    {
        RunRow row;
        QList<Input> inputs;
        QList<CallbackRow> callbacks;
    };

    std::vector<Run> runs;
    QList<CallbackRow> replays;
    QList<ScheduleRow> schedules;
};
