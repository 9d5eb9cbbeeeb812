#pragma once

#include "core/domain/errorbody.h"
#include "core/domain/inputstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// One input item of a run (contract section 3.5).
struct RunInput
{
    QString uid;
    InputStatus status = InputStatus::Unknown;
    QString statusText;
    QJsonObject inputData;
    QJsonObject customData;
    std::optional<ErrorBody> lastError;
    qint64 outputCount = 0;
    int retryCount = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    static RunInput fromJson(const QJsonObject &object);
};
