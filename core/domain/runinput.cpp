#include "core/domain/runinput.h"

#include "core/domain/jsonfields.h"

RunInput RunInput::fromJson(const QJsonObject &object)
{
    using namespace JsonFields;
    RunInput input;
    input.uid = string(object, QLatin1String("uid"));
    input.statusText = string(object, QLatin1String("status"));
    input.status = inputStatusFromApi(input.statusText);
    input.inputData = JsonFields::object(object, QLatin1String("input_data"));
    input.customData = JsonFields::object(object, QLatin1String("custom_data"));
    input.lastError = ErrorBody::optionalFrom(object, QLatin1String("last_error"));
    input.outputCount = qMax<qint64>(0, integerOr(object, QLatin1String("output_count"), 0));
    input.retryCount = count(object, QLatin1String("retry_count"));
    input.startedAt = timestamp(object, QLatin1String("started_at"));
    input.finishedAt = timestamp(object, QLatin1String("finished_at"));
    input.createdAt = timestamp(object, QLatin1String("created_at"));
    input.updatedAt = timestamp(object, QLatin1String("updated_at"));
    return input;
}
