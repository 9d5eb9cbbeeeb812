#include "sandbox/store/storejson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace StoreJson {

namespace {

QJsonValue nullable(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue::fromVariant(value);
}

} // namespace

QJsonValue field(const QSqlRecord &row, const char *name)
{
    return nullable(row.value(QLatin1String(name)));
}

QJsonValue timeField(const QSqlRecord &row, const char *name)
{
    return time(row.value(QLatin1String(name)));
}

QJsonValue jsonField(const QSqlRecord &row, const char *name)
{
    return json(row.value(QLatin1String(name)));
}

qint64 integer(const QSqlRecord &row, const char *name)
{
    return row.value(QLatin1String(name)).toLongLong();
}

QString isoTime(qint64 milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QJsonValue time(const QVariant &milliseconds)
{
    if (milliseconds.isNull())
        return QJsonValue(QJsonValue::Null);
    return isoTime(milliseconds.toLongLong());
}

QJsonValue json(const QVariant &text)
{
    const QByteArray bytes = text.toByteArray();
    if (text.isNull() || bytes.isEmpty())
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
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

QJsonObject run(const QSqlRecord &row)
{
    const QJsonValue callback = jsonField(row, "callback");
    return QJsonObject{
        {QStringLiteral("id"), integer(row, "id")},
        {QStringLiteral("uid"), field(row, "uid")},
        {QStringLiteral("name"), field(row, "name")},
        {QStringLiteral("scheduled_run_uid"), field(row, "scheduled_run_uid")},
        {QStringLiteral("scheduled_run_name"), field(row, "scheduled_run_name")},
        {QStringLiteral("action_id"), field(row, "action_id")},
        {QStringLiteral("action_name"), field(row, "action_name")},
        {QStringLiteral("retry_count"), integer(row, "retry_count")},
        {QStringLiteral("user_uid"), field(row, "user_uid")},
        {QStringLiteral("workspace_uid"), field(row, "workspace_uid")},
        {QStringLiteral("execution_mode"), field(row, "execution_mode")},
        {QStringLiteral("last_error"), jsonField(row, "last_error")},
        {QStringLiteral("last_info"), jsonField(row, "last_info")},
        {QStringLiteral("parameters"), jsonField(row, "parameters")},
        {QStringLiteral("callback"),
         callback.isObject()
             ? QJsonValue(QJsonObject{
                   {QStringLiteral("url"), callback.toObject().value(QStringLiteral("url"))}})
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), field(row, "status")},
        {QStringLiteral("output_count"), integer(row, "output_count")},
        {QStringLiteral("postponed_until"), timeField(row, "postponed_until")},
        {QStringLiteral("started_at"), timeField(row, "started_at")},
        {QStringLiteral("finished_at"), timeField(row, "finished_at")},
        {QStringLiteral("synced_at"), timeField(row, "synced_at")},
        {QStringLiteral("created_at"), timeField(row, "created_at")},
        {QStringLiteral("updated_at"), timeField(row, "updated_at")},
    };
}

QJsonObject runStatus(const QSqlRecord &row)
{
    return QJsonObject{
        {QStringLiteral("id"), integer(row, "id")},
        {QStringLiteral("uid"), field(row, "uid")},
        {QStringLiteral("status"), field(row, "status")},
        {QStringLiteral("postponed_until"), timeField(row, "postponed_until")},
        {QStringLiteral("started_at"), timeField(row, "started_at")},
        {QStringLiteral("finished_at"), timeField(row, "finished_at")},
        {QStringLiteral("created_at"), timeField(row, "created_at")},
        {QStringLiteral("updated_at"), timeField(row, "updated_at")},
    };
}

QJsonObject input(const QSqlRecord &row)
{
    return QJsonObject{
        {QStringLiteral("uid"), field(row, "uid")},
        {QStringLiteral("status"), field(row, "status")},
        {QStringLiteral("input_data"), jsonField(row, "input_data")},
        {QStringLiteral("custom_data"), jsonField(row, "custom_data")},
        {QStringLiteral("last_error"), jsonField(row, "last_error")},
        {QStringLiteral("output_count"), integer(row, "output_count")},
        {QStringLiteral("retry_count"), integer(row, "retry_count")},
        {QStringLiteral("started_at"), timeField(row, "started_at")},
        {QStringLiteral("finished_at"), timeField(row, "finished_at")},
        {QStringLiteral("created_at"), timeField(row, "created_at")},
        {QStringLiteral("updated_at"), timeField(row, "updated_at")},
    };
}

QJsonObject schedule(const QSqlRecord &row)
{
    return QJsonObject{
        {QStringLiteral("uid"), field(row, "uid")},
        {QStringLiteral("name"), field(row, "name")},
        {QStringLiteral("action_id"), field(row, "action_id")},
        {QStringLiteral("action_name"), field(row, "action_name")},
        {QStringLiteral("user_uid"), field(row, "user_uid")},
        {QStringLiteral("workspace_uid"), field(row, "workspace_uid")},
        {QStringLiteral("status"), field(row, "status")},
        {QStringLiteral("postponed_until"), timeField(row, "postponed_until")},
        {QStringLiteral("cron"), field(row, "cron")},
        {QStringLiteral("timezone"), field(row, "timezone")},
        {QStringLiteral("next_execution_at"), timeField(row, "next_execution_at")},
        {QStringLiteral("last_executed_at"), timeField(row, "last_executed_at")},
        {QStringLiteral("created_at"), timeField(row, "created_at")},
        {QStringLiteral("updated_at"), timeField(row, "updated_at")},
    };
}

QJsonObject callback(const QSqlRecord &row)
{
    return QJsonObject{
        {QStringLiteral("uid"), field(row, "uid")},
        {QStringLiteral("parent_uid"), field(row, "parent_uid")},
        {QStringLiteral("retry_count"), integer(row, "retry_count")},
        {QStringLiteral("status"), field(row, "status")},
        {QStringLiteral("callback_url"), field(row, "url")},
        {QStringLiteral("http_status"), field(row, "http_status")},
        {QStringLiteral("http_response"), jsonField(row, "http_response")},
        {QStringLiteral("batch_uid"), field(row, "batch_uid")},
        {QStringLiteral("run_uid"), field(row, "run_uid")},
        {QStringLiteral("workspace_uid"), field(row, "workspace_uid")},
        {QStringLiteral("error"), jsonField(row, "error")},
        {QStringLiteral("created_at"), timeField(row, "created_at")},
    };
}

} // namespace StoreJson
