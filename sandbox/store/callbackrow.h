#pragma once

#include <QString>

#include <optional>

// One row of the callbacks table: one delivery of a payload to a run's
// URL (a replay has the original's uid as parent).
struct CallbackRow
{
    qint64 id = 0;
    QString uid;
    std::optional<QString> parentUid;
    QString refUid;
    QString runUid;
    QString workspaceUid;
    QString batchUid;
    QString url;
    std::optional<QString> headers;
    QString payload;
    QString status;
    int retryCount = 0;
    std::optional<qint64> httpStatus;
    std::optional<QString> httpResponse;
    std::optional<QString> error;
    std::optional<qint64> nextAttemptAt;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};
