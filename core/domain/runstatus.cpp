#include "core/domain/runstatus.h"

#include "core/domain/apienum.h"

namespace {

constexpr ApiEnum<RunStatus, 10> kRunStatuses({{
    {RunStatus::Created, QLatin1String("CREATED")},
    {RunStatus::Invalid, QLatin1String("INVALID")},
    {RunStatus::Queued, QLatin1String("QUEUED")},
    {RunStatus::Scheduled, QLatin1String("SCHEDULED")},
    {RunStatus::Blocked, QLatin1String("BLOCKED")},
    {RunStatus::Stopped, QLatin1String("STOPPED")},
    {RunStatus::Running, QLatin1String("RUNNING")},
    {RunStatus::Failed, QLatin1String("FAILED")},
    {RunStatus::PartialSucceeded, QLatin1String("PARTIAL_SUCCEEDED")},
    {RunStatus::Succeeded, QLatin1String("SUCCEEDED")},
}});

constexpr ApiEnum<RunStatus, 4> kAsyncCreateStatuses({{
    {RunStatus::Queued, QLatin1String("pending")},
    {RunStatus::Running, QLatin1String("running")},
    {RunStatus::Succeeded, QLatin1String("completed")},
    {RunStatus::Failed, QLatin1String("failed")},
}});

} // namespace

RunStatus runStatusFromApi(QStringView text)
{
    return kRunStatuses.fromString(text, RunStatus::Unknown);
}

RunStatus runStatusFromAsyncCreate(QStringView text)
{
    return kAsyncCreateStatuses.fromString(text, RunStatus::Unknown);
}

QLatin1String toApiString(RunStatus status)
{
    return kRunStatuses.toString(status);
}

QList<RunStatus> knownRunStatuses()
{
    return {RunStatus::Created,  RunStatus::Queued,  RunStatus::Scheduled,
            RunStatus::Running,  RunStatus::Blocked, RunStatus::Stopped,
            RunStatus::Invalid,  RunStatus::Failed,  RunStatus::PartialSucceeded,
            RunStatus::Succeeded};
}

bool isTerminal(RunStatus status)
{
    switch (status) {
    case RunStatus::Invalid:
    case RunStatus::Stopped:
    case RunStatus::Failed:
    case RunStatus::PartialSucceeded:
    case RunStatus::Succeeded:
        return true;
    case RunStatus::Unknown:
    case RunStatus::Created:
    case RunStatus::Queued:
    case RunStatus::Scheduled:
    case RunStatus::Blocked:
    case RunStatus::Running:
        return false;
    }
    return false;
}

RunOperations allowedOperations(RunStatus status)
{
    switch (status) {
    case RunStatus::Created:
    case RunStatus::Queued:
    case RunStatus::Scheduled:
    case RunStatus::Running:
        return RunOperation::Cancel;
    case RunStatus::Blocked:
        return RunOperation::Resume | RunOperation::Continue | RunOperation::Cancel;
    case RunStatus::Stopped:
        return RunOperation::Resume | RunOperation::Continue;
    case RunStatus::Failed:
    case RunStatus::PartialSucceeded:
    case RunStatus::Succeeded:
        return RunOperation::Continue;
    case RunStatus::Unknown:
    case RunStatus::Invalid:
        return {};
    }
    return {};
}
