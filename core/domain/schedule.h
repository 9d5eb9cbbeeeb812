#pragma once

#include "core/domain/schedulestatus.h"

#include <QDateTime>
#include <QString>

#include <optional>

class QJsonObject;

// A schedule (contract section 4.2), or the creation response of 2.4, which
// names the identifier schedule_uid.
struct Schedule
{
    QString uid;
    QString name;
    std::optional<qint64> actionId;
    QString actionName;
    QString userUid;
    QString workspaceUid;
    ScheduleStatus status = ScheduleStatus::Unknown;
    QString statusText;
    QDateTime postponedUntil;
    // Empty for a one-shot schedule.
    QString cron;
    QString timezone;
    QDateTime nextExecutionAt;
    QDateTime lastExecutedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    static Schedule fromJson(const QJsonObject &object);
};
