#include "sandbox/store/storejson.h"

#include "sandbox/store/callbackrow.h"
#include "sandbox/store/inputrow.h"
#include "sandbox/store/runrow.h"
#include "sandbox/store/schedulerow.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace StoreJson {

namespace {

QJsonValue nullable(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullable(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString isoTime(qint64 milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QJsonValue time(const std::optional<qint64> &milliseconds)
{
    if (!milliseconds)
        return QJsonValue(QJsonValue::Null);
    return isoTime(*milliseconds);
}

QJsonValue json(const std::optional<QString> &text)
{
    if (!text || text->isEmpty())
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8());
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue(QJsonValue::Null);
}

QString text(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

std::optional<QString> optionalText(const QJsonObject &object)
{
    if (object.isEmpty())
        return std::nullopt;
    return text(object);
}

QJsonObject run(const RunRow &row)
{
    const QJsonValue callback = json(row.callback);
    return QJsonObject{
        {QStringLiteral("id"), row.id},
        {QStringLiteral("uid"), row.uid},
        {QStringLiteral("name"), nullable(row.name)},
        {QStringLiteral("scheduled_run_uid"), nullable(row.scheduledRunUid)},
        {QStringLiteral("scheduled_run_name"), nullable(row.scheduledRunName)},
        {QStringLiteral("action_id"), row.actionId},
        {QStringLiteral("action_name"), row.actionName},
        {QStringLiteral("retry_count"), row.retryCount},
        {QStringLiteral("user_uid"), row.userUid},
        {QStringLiteral("workspace_uid"), row.workspaceUid},
        {QStringLiteral("execution_mode"), row.executionMode},
        {QStringLiteral("last_error"), json(row.lastError)},
        {QStringLiteral("last_info"), json(row.lastInfo)},
        {QStringLiteral("parameters"), json(row.parameters)},
        {QStringLiteral("callback"),
         callback.isObject()
             ? QJsonValue(QJsonObject{
                   {QStringLiteral("url"), callback.toObject().value(QStringLiteral("url"))}})
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), row.status},
        {QStringLiteral("output_count"), row.outputCount},
        {QStringLiteral("postponed_until"), time(row.postponedUntil)},
        {QStringLiteral("started_at"), time(row.startedAt)},
        {QStringLiteral("finished_at"), time(row.finishedAt)},
        {QStringLiteral("synced_at"), time(row.syncedAt)},
        {QStringLiteral("created_at"), isoTime(row.createdAt)},
        {QStringLiteral("updated_at"), isoTime(row.updatedAt)},
    };
}

QJsonObject runStatus(const RunRow &row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.id},
        {QStringLiteral("uid"), row.uid},
        {QStringLiteral("status"), row.status},
        {QStringLiteral("postponed_until"), time(row.postponedUntil)},
        {QStringLiteral("started_at"), time(row.startedAt)},
        {QStringLiteral("finished_at"), time(row.finishedAt)},
        {QStringLiteral("created_at"), isoTime(row.createdAt)},
        {QStringLiteral("updated_at"), isoTime(row.updatedAt)},
    };
}

QJsonObject input(const InputRow &row)
{
    return QJsonObject{
        {QStringLiteral("uid"), row.uid},
        {QStringLiteral("status"), row.status},
        {QStringLiteral("input_data"), json(row.inputData)},
        {QStringLiteral("custom_data"), json(row.customData)},
        {QStringLiteral("last_error"), json(row.lastError)},
        {QStringLiteral("output_count"), row.outputCount},
        {QStringLiteral("retry_count"), row.retryCount},
        {QStringLiteral("started_at"), time(row.startedAt)},
        {QStringLiteral("finished_at"), time(row.finishedAt)},
        {QStringLiteral("created_at"), isoTime(row.createdAt)},
        {QStringLiteral("updated_at"), isoTime(row.updatedAt)},
    };
}

QJsonObject schedule(const ScheduleRow &row)
{
    return QJsonObject{
        {QStringLiteral("uid"), row.uid},
        {QStringLiteral("name"), nullable(row.name)},
        {QStringLiteral("action_id"), row.actionId},
        {QStringLiteral("action_name"), row.actionName},
        {QStringLiteral("user_uid"), row.userUid},
        {QStringLiteral("workspace_uid"), row.workspaceUid},
        {QStringLiteral("status"), row.status},
        {QStringLiteral("postponed_until"), time(row.postponedUntil)},
        {QStringLiteral("cron"), nullable(row.cron)},
        {QStringLiteral("timezone"), row.timezone},
        {QStringLiteral("next_execution_at"), time(row.nextExecutionAt)},
        {QStringLiteral("last_executed_at"), time(row.lastExecutedAt)},
        {QStringLiteral("created_at"), isoTime(row.createdAt)},
        {QStringLiteral("updated_at"), isoTime(row.updatedAt)},
    };
}

QJsonObject callback(const CallbackRow &row)
{
    return QJsonObject{
        {QStringLiteral("uid"), row.uid},
        {QStringLiteral("parent_uid"), nullable(row.parentUid)},
        {QStringLiteral("retry_count"), row.retryCount},
        {QStringLiteral("status"), row.status},
        {QStringLiteral("callback_url"), row.url},
        {QStringLiteral("http_status"), nullable(row.httpStatus)},
        {QStringLiteral("http_response"), json(row.httpResponse)},
        {QStringLiteral("batch_uid"), row.batchUid},
        {QStringLiteral("run_uid"), row.runUid},
        {QStringLiteral("workspace_uid"), row.workspaceUid},
        {QStringLiteral("error"), json(row.error)},
        {QStringLiteral("created_at"), isoTime(row.createdAt)},
    };
}

} // namespace StoreJson
