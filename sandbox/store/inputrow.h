#pragma once

#include <QString>

#include <optional>

// One row of the inputs table: an input of a run, at `position` in the
// launch, with the executor's progress on it (target and fetched results).
struct InputRow
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 position = 0;
    QString uid;
    QString status;
    QString inputData;
    std::optional<QString> customData;
    std::optional<QString> lastError;
    qint64 outputCount = 0;
    int retryCount = 0;
    int attempts = 0;
    std::optional<qint64> target;
    qint64 fetched = 0;
    std::optional<qint64> startedAt;
    std::optional<qint64> finishedAt;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};
