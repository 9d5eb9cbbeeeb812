#pragma once

#include <QString>

#include <optional>

// One row of the schedules table; `config` is the launch it repeats
// (LaunchRequest::toConfig's JSON text).
struct ScheduleRow
{
    qint64 id = 0;
    QString uid;
    QString workspaceUid;
    QString userUid;
    std::optional<QString> name;
    int actionId = 0;
    QString actionName;
    QString status;
    std::optional<QString> cron;
    QString timezone;
    std::optional<qint64> scheduleAt;
    std::optional<qint64> nextExecutionAt;
    std::optional<qint64> lastExecutedAt;
    std::optional<qint64> postponedUntil;
    QString config;
    std::optional<QString> lastRunUid;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};
