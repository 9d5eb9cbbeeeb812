#pragma once

#include "core/domain/callbackstatus.h"
#include "core/domain/errorbody.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

// One callback delivery record (contract section 5.6).
struct Callback
{
    QString uid;
    // Set on replays: the original callback's uid.
    QString parentUid;
    int retryCount = 0;
    CallbackStatus status = CallbackStatus::Unknown;
    QString statusText;
    QString callbackUrl;
    std::optional<int> httpStatus;
    QJsonValue httpResponse;
    QString batchUid;
    QString runUid;
    QString workspaceUid;
    std::optional<ErrorBody> error;
    QDateTime createdAt;

    static Callback fromJson(const QJsonObject &object);

    bool isReplay() const { return !parentUid.isEmpty(); }
};
