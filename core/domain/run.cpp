#include "core/domain/run.h"

#include "core/domain/jsonfields.h"

Run Run::fromJson(const QJsonObject &object)
{
    using namespace JsonFields;
    Run run;
    run.id = integer(object, QLatin1String("id"));
    run.uid = string(object, QLatin1String("uid"));
    run.name = string(object, QLatin1String("name"));
    run.scheduledRunUid = string(object, QLatin1String("scheduled_run_uid"));
    run.scheduledRunName = string(object, QLatin1String("scheduled_run_name"));
    run.actionId = integer(object, QLatin1String("action_id"));
    run.actionName = string(object, QLatin1String("action_name"));
    run.retryCount = count(object, QLatin1String("retry_count"));
    run.userUid = string(object, QLatin1String("user_uid"));
    run.workspaceUid = string(object, QLatin1String("workspace_uid"));
    run.executionMode = executionModeFromApi(string(object, QLatin1String("execution_mode")));
    run.lastError = ErrorBody::optionalFrom(object, QLatin1String("last_error"));
    run.lastInfo = ErrorBody::optionalFrom(object, QLatin1String("last_info"));
    run.parameters = JsonFields::object(object, QLatin1String("parameters"));
    run.callbackUrl =
        string(JsonFields::object(object, QLatin1String("callback")), QLatin1String("url"));
    run.statusText = string(object, QLatin1String("status"));
    run.status = runStatusFromApi(run.statusText);
    run.outputCount = qMax<qint64>(0, integerOr(object, QLatin1String("output_count"), 0));
    run.postponedUntil = timestamp(object, QLatin1String("postponed_until"));
    run.startedAt = timestamp(object, QLatin1String("started_at"));
    run.finishedAt = timestamp(object, QLatin1String("finished_at"));
    run.syncedAt = timestamp(object, QLatin1String("synced_at"));
    run.createdAt = timestamp(object, QLatin1String("created_at"));
    run.updatedAt = timestamp(object, QLatin1String("updated_at"));
    return run;
}

Run Run::fromAsyncCreateJson(const QJsonObject &object)
{
    using namespace JsonFields;
    Run run = fromJson(object);
    run.id = integer(object, QLatin1String("run_id"));
    run.uid = string(object, QLatin1String("run_uid"));
    // A server that answers with the uppercase run enum is understood too.
    if (const RunStatus mapped = runStatusFromAsyncCreate(run.statusText);
        mapped != RunStatus::Unknown) {
        run.status = mapped;
    }
    run.executionMode = ExecutionMode::Async;
    return run;
}

bool Run::isIncremental() const
{
    return JsonFields::string(parameters, QLatin1String("sync_mode"))
               .compare(QLatin1String("incremental"), Qt::CaseInsensitive) == 0;
}

std::optional<qint64> Run::durationSeconds() const
{
    if (!startedAt.isValid())
        return std::nullopt;
    return startedAt.secsTo(finishedAt.isValid() ? finishedAt : updatedAt);
}
