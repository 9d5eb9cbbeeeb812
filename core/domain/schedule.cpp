#include "core/domain/schedule.h"

#include "core/domain/jsonfields.h"

#include <QJsonObject>

Schedule Schedule::fromJson(const QJsonObject &object)
{
    using namespace JsonFields;
    Schedule schedule;
    schedule.uid = string(object, QLatin1String("uid"));
    if (schedule.uid.isEmpty())
        schedule.uid = string(object, QLatin1String("schedule_uid"));
    schedule.name = string(object, QLatin1String("name"));
    schedule.actionId = integer(object, QLatin1String("action_id"));
    schedule.actionName = string(object, QLatin1String("action_name"));
    schedule.userUid = string(object, QLatin1String("user_uid"));
    schedule.workspaceUid = string(object, QLatin1String("workspace_uid"));
    schedule.statusText = string(object, QLatin1String("status"));
    schedule.status = scheduleStatusFromApi(schedule.statusText);
    schedule.postponedUntil = timestamp(object, QLatin1String("postponed_until"));
    schedule.cron = string(object, QLatin1String("cron"));
    schedule.timezone = string(object, QLatin1String("timezone"));
    schedule.nextExecutionAt = timestamp(object, QLatin1String("next_execution_at"));
    schedule.lastExecutedAt = timestamp(object, QLatin1String("last_executed_at"));
    schedule.createdAt = timestamp(object, QLatin1String("created_at"));
    schedule.updatedAt = timestamp(object, QLatin1String("updated_at"));
    return schedule;
}
