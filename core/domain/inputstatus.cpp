#include "core/domain/inputstatus.h"

#include "core/domain/apienum.h"

namespace {

constexpr ApiEnum<InputStatus, 8> kInputStatuses({{
    {InputStatus::Created, QLatin1String("CREATED")},
    {InputStatus::Queued, QLatin1String("QUEUED")},
    {InputStatus::Scheduled, QLatin1String("SCHEDULED")},
    {InputStatus::Running, QLatin1String("RUNNING")},
    {InputStatus::Blocked, QLatin1String("BLOCKED")},
    {InputStatus::Failed, QLatin1String("FAILED")},
    {InputStatus::Succeeded, QLatin1String("SUCCEEDED")},
    {InputStatus::Stopped, QLatin1String("STOPPED")},
}});

} // namespace

InputStatus inputStatusFromApi(QStringView text)
{
    return kInputStatuses.fromString(text, InputStatus::Unknown);
}

QLatin1String toApiString(InputStatus status)
{
    return kInputStatuses.toString(status);
}

bool isTerminal(InputStatus status)
{
    return status == InputStatus::Failed || status == InputStatus::Succeeded ||
           status == InputStatus::Stopped;
}
