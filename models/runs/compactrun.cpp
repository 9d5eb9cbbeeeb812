#include "models/runs/compactrun.h"

#include "core/domain/run.h"

namespace {

qint64 idOr(const std::optional<qint64> &value)
{
    return value ? *value : CompactRun::kNoId;
}

std::optional<qint64> optionalId(qint64 value)
{
    return value == CompactRun::kNoId ? std::nullopt : std::optional<qint64>(value);
}

} // namespace

CompactRun CompactRun::fromRun(const Run &run, Tables &tables)
{
    CompactRun compact;
    compact.uid = run.uid;
    compact.id = idOr(run.id);
    compact.actionId = idOr(run.actionId);
    compact.outputCount = run.outputCount;
    compact.postponedUntil = toMs(run.postponedUntil);
    compact.startedAt = toMs(run.startedAt);
    compact.finishedAt = toMs(run.finishedAt);
    compact.syncedAt = toMs(run.syncedAt);
    compact.createdAt = toMs(run.createdAt);
    compact.updatedAt = toMs(run.updatedAt);
    if (run.lastError || run.lastInfo)
        compact.notes = std::make_shared<const Notes>(Notes{run.lastError, run.lastInfo});
    compact.retryCount = run.retryCount;
    compact.name = tables.texts.id(run.name);
    compact.scheduledRunUid = tables.texts.id(run.scheduledRunUid);
    compact.scheduledRunName = tables.texts.id(run.scheduledRunName);
    compact.actionName = tables.texts.id(run.actionName);
    compact.statusText = tables.texts.id(run.statusText);
    compact.userUid = tables.texts.id(run.userUid);
    compact.workspaceUid = tables.texts.id(run.workspaceUid);
    compact.callbackUrl = tables.texts.id(run.callbackUrl);
    compact.parameters = tables.objects.id(run.parameters);
    compact.status = run.status;
    compact.executionMode = run.executionMode;
    return compact;
}

Run CompactRun::toRun(const Tables &tables) const
{
    Run run;
    run.id = optionalId(id);
    run.uid = uid;
    run.name = tables.texts.at(name);
    run.scheduledRunUid = tables.texts.at(scheduledRunUid);
    run.scheduledRunName = tables.texts.at(scheduledRunName);
    run.actionId = optionalId(actionId);
    run.actionName = tables.texts.at(actionName);
    run.retryCount = retryCount;
    run.userUid = tables.texts.at(userUid);
    run.workspaceUid = tables.texts.at(workspaceUid);
    run.executionMode = executionMode;
    if (notes) {
        run.lastError = notes->lastError;
        run.lastInfo = notes->lastInfo;
    }
    run.parameters = tables.objects.at(parameters);
    run.callbackUrl = tables.texts.at(callbackUrl);
    run.status = status;
    run.statusText = tables.texts.at(statusText);
    run.outputCount = outputCount;
    run.postponedUntil = toTime(postponedUntil);
    run.startedAt = toTime(startedAt);
    run.finishedAt = toTime(finishedAt);
    run.syncedAt = toTime(syncedAt);
    run.createdAt = toTime(createdAt);
    run.updatedAt = toTime(updatedAt);
    return run;
}

std::optional<qint64> CompactRun::durationSeconds() const
{
    if (startedAt == kNoTime)
        return std::nullopt;
    const qint64 end = finishedAt != kNoTime ? finishedAt : updatedAt;
    // QDateTime::secsTo of an invalid end is 0.
    if (end == kNoTime)
        return 0;
    return (end - startedAt) / 1000;
}

bool CompactRun::sameShown(const CompactRun &other) const
{
    return statusText == other.statusText && outputCount == other.outputCount &&
           retryCount == other.retryCount && updatedAt == other.updatedAt &&
           startedAt == other.startedAt && finishedAt == other.finishedAt && name == other.name &&
           postponedUntil == other.postponedUntil;
}
