#pragma once

#include <QString>

#include <optional>

// One row of the runs table as stored: times in milliseconds since the
// epoch, JSON columns as their text, nullable columns as std::optional.
struct RunRow
{
    qint64 id = 0;
    QString uid;
    QString workspaceUid;
    QString userUid;
    std::optional<QString> name;
    int actionId = 0;
    QString actionName;
    QString executionMode;
    QString status;
    QString parameters;
    std::optional<QString> identityUid;
    std::optional<QString> callback;
    std::optional<QString> scheduledRunUid;
    std::optional<QString> scheduledRunName;
    int retryCount = 0;
    qint64 outputCount = 0;
    std::optional<QString> lastError;
    std::optional<QString> lastInfo;
    std::optional<qint64> postponedUntil;
    std::optional<qint64> startedAt;
    std::optional<qint64> finishedAt;
    std::optional<qint64> syncedAt;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    // When the executor next steps the run; none while it waits on nothing
    // the engine controls (finished, blocked, or queued behind a full tier).
    std::optional<qint64> dueAt;
    // Incremental runs: the newest source item fetched by a finished
    // iteration (-1: none yet) and the newest of the running one.
    qint64 highWater = -1;
    std::optional<qint64> iterationTop;
};
