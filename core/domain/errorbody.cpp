#include "core/domain/errorbody.h"

#include "core/domain/jsonfields.h"

namespace {

QString firstString(const QJsonObject &object, QLatin1String key, QLatin1String alternative)
{
    const QString value = JsonFields::string(object, key);
    return value.isEmpty() ? JsonFields::string(object, alternative) : value;
}

} // namespace

ErrorBody ErrorBody::fromJson(const QJsonObject &object)
{
    ErrorBody body;
    body.label = firstString(object, QLatin1String("error_label"), QLatin1String("label"));
    body.scope = firstString(object, QLatin1String("error_scope"), QLatin1String("scope"));
    body.ref = JsonFields::string(object, QLatin1String("error_ref"));
    body.message = JsonFields::string(object, QLatin1String("message"));
    if (const auto code = JsonFields::integer(object, QLatin1String("status_code"));
        code && *code >= 0 && *code < 1000) {
        body.statusCode = static_cast<int>(*code);
    }
    body.params = JsonFields::object(object, QLatin1String("params"));
    body.hasFailed = JsonFields::boolean(object, QLatin1String("has_failed"));
    body.validationErrors = JsonFields::array(object, QLatin1String("validation_errors"));
    return body;
}

std::optional<ErrorBody> ErrorBody::optionalFrom(const QJsonObject &parent, QLatin1String key)
{
    if (!JsonFields::isObject(parent, key))
        return std::nullopt;
    return fromJson(JsonFields::object(parent, key));
}

bool ErrorBody::isEmpty() const
{
    return label.isEmpty() && scope.isEmpty() && ref.isEmpty() && message.isEmpty() &&
           !statusCode && params.isEmpty() && !hasFailed && validationErrors.isEmpty();
}
