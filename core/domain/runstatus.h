#pragma once

#include <QFlags>
#include <QLatin1String>
#include <QList>
#include <QStringView>

// Run statuses of the contract (section 6.1). Unknown stands for any string
// the server sends that this build does not know; it is never terminal and
// allows no operation, so the dashboard stays conservative about it.
enum class RunStatus
{
    Unknown,
    Created,
    Invalid,
    Queued,
    Scheduled,
    Blocked,
    Stopped,
    Running,
    Failed,
    PartialSucceeded,
    Succeeded,
};

// The three operations of section 3.10 that depend on a run's status.
enum class RunOperation
{
    Resume = 0x1,
    Continue = 0x2,
    Cancel = 0x4,
};
Q_DECLARE_FLAGS(RunOperations, RunOperation)
Q_DECLARE_OPERATORS_FOR_FLAGS(RunOperations)

RunStatus runStatusFromApi(QStringView text);
// The async creation response uses its own lowercase enum (section 6.1):
// pending, running, completed, failed.
RunStatus runStatusFromAsyncCreate(QStringView text);
QLatin1String toApiString(RunStatus status);
// Every status the contract names, in the order of its life cycle; for
// menus, legends and counts, so no layer keeps its own list.
QList<RunStatus> knownRunStatuses();

// Terminal in the sense of "no further change without the user": INVALID,
// STOPPED, FAILED, PARTIAL_SUCCEEDED and SUCCEEDED. BLOCKED needs the user
// too but is not terminal in the contract's table, so it is not here.
bool isTerminal(RunStatus status);

// Which of resume / continue / cancel the contract allows from a status.
// Continue additionally needs an incremental run; callers check that.
RunOperations allowedOperations(RunStatus status);
