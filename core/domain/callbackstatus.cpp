#include "core/domain/callbackstatus.h"

#include "core/domain/apienum.h"

namespace {

constexpr ApiEnum<CallbackStatus, 4> kCallbackStatuses({{
    {CallbackStatus::Pending, QLatin1String("PENDING")},
    {CallbackStatus::Running, QLatin1String("RUNNING")},
    {CallbackStatus::Failed, QLatin1String("FAILED")},
    {CallbackStatus::Success, QLatin1String("SUCCESS")},
}});

} // namespace

CallbackStatus callbackStatusFromApi(QStringView text)
{
    return kCallbackStatuses.fromString(text, CallbackStatus::Unknown);
}

QLatin1String toApiString(CallbackStatus status)
{
    return kCallbackStatuses.toString(status);
}

bool isTerminal(CallbackStatus status)
{
    return status == CallbackStatus::Success || status == CallbackStatus::Failed;
}
