#pragma once

#include <QLatin1String>
#include <QStringView>

// A run's execution_mode (contract section 3.2). Scheduled runs report ASYNC.
enum class ExecutionMode
{
    Unknown,
    Live,
    Async,
};

ExecutionMode executionModeFromApi(QStringView text);
QLatin1String toApiString(ExecutionMode mode);
