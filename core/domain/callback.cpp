#include "core/domain/callback.h"

#include "core/domain/jsonfields.h"

#include <QJsonObject>

Callback Callback::fromJson(const QJsonObject &object)
{
    using namespace JsonFields;
    Callback callback;
    callback.uid = string(object, QLatin1String("uid"));
    callback.parentUid = string(object, QLatin1String("parent_uid"));
    callback.retryCount = count(object, QLatin1String("retry_count"));
    callback.statusText = string(object, QLatin1String("status"));
    callback.status = callbackStatusFromApi(callback.statusText);
    callback.callbackUrl = string(object, QLatin1String("callback_url"));
    if (const auto code = integer(object, QLatin1String("http_status"));
        code && *code >= 0 && *code < 1000) {
        callback.httpStatus = static_cast<int>(*code);
    }
    callback.httpResponse = object.value(QLatin1String("http_response"));
    if (callback.httpResponse.isUndefined())
        callback.httpResponse = QJsonValue(QJsonValue::Null);
    callback.batchUid = string(object, QLatin1String("batch_uid"));
    callback.runUid = string(object, QLatin1String("run_uid"));
    callback.workspaceUid = string(object, QLatin1String("workspace_uid"));
    callback.error = ErrorBody::optionalFrom(object, QLatin1String("error"));
    callback.createdAt = timestamp(object, QLatin1String("created_at"));
    return callback;
}
