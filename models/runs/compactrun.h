#pragma once

#include "core/domain/errorbody.h"
#include "core/domain/executionmode.h"
#include "core/domain/runstatus.h"
#include "models/common/interntable.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <limits>
#include <memory>
#include <optional>

struct Run;

// A run as the runs table keeps it: about a third of a Run's size, and
// with none of its text copied per row. Texts that repeat across runs
// (action, status, name, schedule, user, workspace, callback URL) and the
// parameters object are ids into the model's tables; times are UTC
// milliseconds (kNoTime when the server sent none), so a sort compares
// integers; the rare error notes are shared and absent when empty. Parsed
// once when a page arrives; runAt() turns it back into a whole Run.
struct CompactRun
{
    // The distinct values of the model's rows.
    struct Tables
    {
        InternTable<QString> texts;
        InternTable<QJsonObject> objects;
    };
    struct Notes
    {
        std::optional<ErrorBody> lastError;
        std::optional<ErrorBody> lastInfo;
    };

    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
    static constexpr qint64 kNoId = std::numeric_limits<qint64>::min();

    QString uid;
    qint64 id = kNoId;
    qint64 actionId = kNoId;
    qint64 outputCount = 0;
    qint64 postponedUntil = kNoTime;
    qint64 startedAt = kNoTime;
    qint64 finishedAt = kNoTime;
    qint64 syncedAt = kNoTime;
    qint64 createdAt = kNoTime;
    qint64 updatedAt = kNoTime;
    std::shared_ptr<const Notes> notes;
    int retryCount = 0;
    // Ids into Tables::texts.
    quint32 name = 0;
    quint32 scheduledRunUid = 0;
    quint32 scheduledRunName = 0;
    quint32 actionName = 0;
    quint32 statusText = 0;
    quint32 userUid = 0;
    quint32 workspaceUid = 0;
    quint32 callbackUrl = 0;
    // Id into Tables::objects.
    quint32 parameters = 0;
    RunStatus status = RunStatus::Unknown;
    ExecutionMode executionMode = ExecutionMode::Unknown;

    static CompactRun fromRun(const Run &run, Tables &tables);
    Run toRun(const Tables &tables) const;

    static qint64 toMs(const QDateTime &time)
    {
        return time.isValid() ? time.toMSecsSinceEpoch() : kNoTime;
    }
    static QDateTime toTime(qint64 ms)
    {
        return ms == kNoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    // As Run::durationSeconds: started to finished, or to the last update
    // while still going; nullopt before it started.
    std::optional<qint64> durationSeconds() const;

    // Fields the table shows or merges by; the ids compare the texts, as
    // both rows come from the same tables.
    bool sameShown(const CompactRun &other) const;
};
