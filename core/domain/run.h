#pragma once

#include "core/domain/errorbody.h"
#include "core/domain/executionmode.h"
#include "core/domain/runstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// A run as the API reports it (contract section 3.2), or the lighter object
// of GET /runs/{uid}/status (3.4), which fills only a subset of the fields.
struct Run
{
    std::optional<qint64> id;
    QString uid;
    QString name;
    QString scheduledRunUid;
    QString scheduledRunName;
    std::optional<qint64> actionId;
    QString actionName;
    int retryCount = 0;
    QString userUid;
    QString workspaceUid;
    ExecutionMode executionMode = ExecutionMode::Unknown;
    std::optional<ErrorBody> lastError;
    std::optional<ErrorBody> lastInfo;
    QJsonObject parameters;
    QString callbackUrl;
    RunStatus status = RunStatus::Unknown;
    // The raw status string, kept so an unknown status can still be shown.
    QString statusText;
    qint64 outputCount = 0;
    QDateTime postponedUntil;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime syncedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    static Run fromJson(const QJsonObject &object);
    // The async creation response (2.3) names the uid run_uid, the action
    // action_name and uses the lowercase status enum.
    static Run fromAsyncCreateJson(const QJsonObject &object);

    bool isIncremental() const;
    // Started to finished, or to the last update while still going; nullopt
    // before it started.
    std::optional<qint64> durationSeconds() const;
};
Q_DECLARE_METATYPE(Run)
