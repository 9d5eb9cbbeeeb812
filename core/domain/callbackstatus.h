#pragma once

#include <QLatin1String>
#include <QStringView>

// Delivery statuses of a callback record (contract section 5.4).
enum class CallbackStatus
{
    Unknown,
    Pending,
    Running,
    Failed,
    Success,
};

CallbackStatus callbackStatusFromApi(QStringView text);
QLatin1String toApiString(CallbackStatus status);
// SUCCESS and FAILED. A FAILED delivery gets no more automatic attempts once
// it is reported as FAILED; only a manual replay (a new record) sends it again.
bool isTerminal(CallbackStatus status);
