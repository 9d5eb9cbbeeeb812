#pragma once

#include <QLatin1String>
#include <QStringView>

// Statuses of one input item of a run (contract section 3.5).
enum class InputStatus
{
    Unknown,
    Created,
    Queued,
    Scheduled,
    Running,
    Blocked,
    Failed,
    Succeeded,
    Stopped,
};

InputStatus inputStatusFromApi(QStringView text);
QLatin1String toApiString(InputStatus status);
// FAILED, SUCCEEDED and STOPPED: the input will not be worked on again
// unless the run is resumed or continued.
bool isTerminal(InputStatus status);
