#pragma once

#include <QFlags>
#include <QLatin1String>
#include <QStringView>

// Statuses of a schedule (contract section 4.3).
enum class ScheduleStatus
{
    Unknown,
    Active,
    Paused,
    Cancelled,
    Completed,
};

// The manage calls of contract section 4.4. Delete is an alias of cancel.
enum class ScheduleOperation
{
    Pause = 0x1,
    Resume = 0x2,
    Cancel = 0x4,
    Update = 0x8,
};
Q_DECLARE_FLAGS(ScheduleOperations, ScheduleOperation)
Q_DECLARE_OPERATORS_FOR_FLAGS(ScheduleOperations)

ScheduleStatus scheduleStatusFromApi(QStringView text);
QLatin1String toApiString(ScheduleStatus status);
// CANCELLED and COMPLETED.
bool isTerminal(ScheduleStatus status);
ScheduleOperations allowedOperations(ScheduleStatus status);
