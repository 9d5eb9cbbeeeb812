#include "core/domain/schedulestatus.h"

#include "core/domain/apienum.h"

namespace {

constexpr ApiEnum<ScheduleStatus, 4> kScheduleStatuses({{
    {ScheduleStatus::Active, QLatin1String("ACTIVE")},
    {ScheduleStatus::Paused, QLatin1String("PAUSED")},
    {ScheduleStatus::Cancelled, QLatin1String("CANCELLED")},
    {ScheduleStatus::Completed, QLatin1String("COMPLETED")},
}});

} // namespace

ScheduleStatus scheduleStatusFromApi(QStringView text)
{
    return kScheduleStatuses.fromString(text, ScheduleStatus::Unknown);
}

QLatin1String toApiString(ScheduleStatus status)
{
    return kScheduleStatuses.toString(status);
}

bool isTerminal(ScheduleStatus status)
{
    return status == ScheduleStatus::Cancelled || status == ScheduleStatus::Completed;
}

ScheduleOperations allowedOperations(ScheduleStatus status)
{
    switch (status) {
    case ScheduleStatus::Active:
        return ScheduleOperation::Pause | ScheduleOperation::Cancel | ScheduleOperation::Update;
    case ScheduleStatus::Paused:
        return ScheduleOperation::Resume | ScheduleOperation::Cancel | ScheduleOperation::Update;
    case ScheduleStatus::Unknown:
    case ScheduleStatus::Cancelled:
    case ScheduleStatus::Completed:
        return {};
    }
    return {};
}
