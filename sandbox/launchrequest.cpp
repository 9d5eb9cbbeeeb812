#include "sandbox/launchrequest.h"

#include "core/cron/cronexpression.h"
#include "core/domain/actioncatalogue.h"
#include "core/domain/inputfieldrules.h"
#include "core/domain/jsonfields.h"
#include "core/time/ianazone.h"
#include "sandbox/identityregistry.h"

#include <QSet>
#include <QUrl>

#include <cmath>

namespace {

using Mode = LaunchRequest::Mode;

QSet<QString> allowedKeys(Mode mode)
{
    QSet<QString> keys = {QStringLiteral("parameters"), QStringLiteral("identity_ids"),
                          QStringLiteral("identity_mode")};
    if (mode == Mode::Live) {
        keys.insert(QStringLiteral("input"));
        return keys;
    }
    keys.unite({QStringLiteral("inputs"), QStringLiteral("callback"), QStringLiteral("name")});
    if (mode == Mode::Schedule)
        keys.unite(
            {QStringLiteral("cron"), QStringLiteral("timezone"), QStringLiteral("schedule_at")});
    return keys;
}

std::optional<QString> inputError(const ActionSpec &action, const QJsonObject &input,
                                  const QString &where)
{
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        if (it.key() == QLatin1String("custom_data")) {
            if (!it.value().isObject() && !it.value().isNull())
                return QStringLiteral("%1.custom_data must be an object, got %2")
                    .arg(where, JsonFields::typeName(it.value()));
            continue;
        }
        if (!action.inputFields.contains(it.key()))
            return QStringLiteral("%1: unknown property '%2' for %3")
                .arg(where, it.key(), action.slug);
    }
    for (const QString &field : action.inputFields) {
        const QJsonValue value = input.value(field);
        if (value.isUndefined() || value.isNull())
            return QStringLiteral("%1.%2 is required").arg(where, field);
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return QStringLiteral("%1.%2 must be a non-empty string, got %3")
                .arg(where, field, JsonFields::typeName(value));
        // The dashboard checks with the same rule before it sends.
        const QString text = value.toString().trimmed();
        if (InputFieldRules::problem(field, text))
            return QStringLiteral("%1.%2 is not a LinkedIn URL: '%3'").arg(where, field, text);
    }
    return std::nullopt;
}

std::optional<QString> parametersError(const ActionSpec &action, Mode mode, QJsonObject *parameters)
{
    for (auto it = parameters->constBegin(); it != parameters->constEnd(); ++it) {
        const ActionSpec::Parameter *parameter = action.parameter(it.key());
        if (!parameter)
            return QStringLiteral("parameters.%1 is not a parameter of %2")
                .arg(it.key(), action.slug);
        const QJsonValue value = it.value();
        switch (parameter->type) {
        case ActionSpec::Parameter::Type::Boolean:
            if (!value.isBool())
                return QStringLiteral("parameters.%1 must be a boolean, got %2")
                    .arg(it.key(), JsonFields::typeName(value));
            break;
        case ActionSpec::Parameter::Type::Integer: {
            const double number = value.toDouble(-1);
            // The range first, as doubles: casting 1e308 to an integer is
            // undefined behaviour.
            if (!value.isDouble() || number < 0 || number > ActionCatalogue::kMaximumMaxResults ||
                number != std::floor(number))
                return QStringLiteral("parameters.%1 must be an integer between 0 and %2, got %3")
                    .arg(it.key())
                    .arg(ActionCatalogue::kMaximumMaxResults)
                    .arg(value.isDouble() ? QString::number(number) : JsonFields::typeName(value));
            break;
        }
        case ActionSpec::Parameter::Type::SyncMode: {
            const QString text = value.toString();
            if (text != QLatin1String("full") && text != QLatin1String("incremental"))
                return QStringLiteral("parameters.sync_mode must be \"full\" or \"incremental\"");
            if (text == QLatin1String("incremental") && mode == Mode::Live)
                return QStringLiteral("parameters.sync_mode: incremental is allowed in async and "
                                      "schedule modes only");
            break;
        }
        }
    }
    if (LaunchRequest::isIncremental(*parameters) && !action.supportsIncremental)
        return QStringLiteral("parameters.sync_mode: %1 does not support incremental sync")
            .arg(action.slug);
    for (const ActionSpec::Parameter &parameter : action.parameters) {
        if (!parameters->contains(parameter.name))
            parameters->insert(parameter.name, parameter.defaultValue);
    }
    return std::nullopt;
}

bool isLoopback(const QString &host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") ||
           host == QLatin1String("::1");
}

std::optional<QString> callbackError(const QJsonValue &value, QJsonObject *callback)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject())
        return QStringLiteral("callback must be an object, got %1")
            .arg(JsonFields::typeName(value));
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != QLatin1String("url") && it.key() != QLatin1String("headers") &&
            it.key() != QLatin1String("on"))
            return QStringLiteral("callback: unknown property '%1'").arg(it.key());
    }
    const QJsonValue urlValue = object.value(QStringLiteral("url"));
    if (!urlValue.isString() || urlValue.toString().isEmpty())
        return QStringLiteral("callback.url is required");
    const QUrl url(urlValue.toString(), QUrl::StrictMode);
    const bool https = url.scheme() == QLatin1String("https");
    const bool localHttp = url.scheme() == QLatin1String("http") && isLoopback(url.host());
    if (!url.isValid() || url.host().isEmpty() || (!https && !localHttp))
        return QStringLiteral("callback.url must be an https URL (or http on 127.0.0.1), got '%1'")
            .arg(urlValue.toString());
    const QJsonValue headers = object.value(QStringLiteral("headers"));
    if (!headers.isUndefined() && !headers.isNull()) {
        if (!headers.isObject())
            return QStringLiteral("callback.headers must be an object of strings");
        const QJsonObject map = headers.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (!it.value().isString())
                return QStringLiteral("callback.headers.%1 must be a string").arg(it.key());
        }
    }
    const QJsonValue onValue = object.value(QStringLiteral("on"));
    // Not toString()'s fallback: it would read "on": 5 as "all".
    const bool absent = onValue.isUndefined() || onValue.isNull();
    const QString on = absent ? QStringLiteral("all") : onValue.toString();
    if (!absent && !onValue.isString())
        return QStringLiteral("callback.on must be a string, \"all\" or \"final\", got %1")
            .arg(JsonFields::typeName(onValue));
    if (on != QLatin1String("all") && on != QLatin1String("final"))
        return QStringLiteral("callback.on must be \"all\" or \"final\"");
    *callback =
        QJsonObject{{QStringLiteral("url"), urlValue.toString()},
                    {QStringLiteral("headers"), headers.isObject() ? headers : QJsonObject()},
                    {QStringLiteral("on"), on}};
    return std::nullopt;
}

std::optional<QString> identityError(const ActionSpec &action, const QJsonObject &body,
                                     bool incremental, const IdentityRegistry &identities,
                                     LaunchRequest *request)
{
    const QJsonValue idsValue = body.value(QStringLiteral("identity_ids"));
    QStringList ids;
    if (!idsValue.isUndefined() && !idsValue.isNull()) {
        if (!idsValue.isArray())
            return QStringLiteral("identity_ids must be an array of identity uids or null");
        const QJsonArray array = idsValue.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return QStringLiteral("identity_ids[%1] must be a string").arg(i);
            if (!identities.find(array.at(i).toString()))
                return QStringLiteral("identity_ids[%1]: unknown identity '%2'")
                    .arg(i)
                    .arg(array.at(i).toString());
            ids.append(array.at(i).toString());
        }
    }
    const QJsonValue modeValue = body.value(QStringLiteral("identity_mode"));
    QString mode = ids.isEmpty() ? QStringLiteral("auto") : QStringLiteral("direct");
    if (!modeValue.isUndefined() && !modeValue.isNull()) {
        mode = modeValue.toString();
        if (mode != QLatin1String("direct") && mode != QLatin1String("auto") &&
            mode != QLatin1String("managed"))
            return QStringLiteral("identity_mode must be \"direct\", \"auto\" or \"managed\"");
    }
    if (mode == QLatin1String("direct") && ids.isEmpty())
        return QStringLiteral("identity_ids: identity_mode direct needs at least one identity");
    if (mode == QLatin1String("managed") && action.identityRule != ActionSpec::IdentityRule::Any)
        return QStringLiteral("identity_mode: %1 cannot run on managed identities")
            .arg(action.slug);
    if (action.identityRule == ActionSpec::IdentityRule::ExactlyOneOwnAccount && ids.size() != 1)
        return QStringLiteral("identity_ids: %1 needs exactly one identity, got %2")
            .arg(action.slug)
            .arg(ids.size());
    if (incremental) {
        const auto identity = ids.isEmpty() ? std::nullopt : identities.find(ids.first());
        if (!identity || identity->type != QLatin1String("engagement"))
            return QStringLiteral("identity_ids: incremental sync needs an engagement identity");
    }
    request->identityMode = mode;
    request->identityUid = ids.isEmpty() ? QString() : ids.first();
    return std::nullopt;
}

std::optional<QString> scheduleError(const QJsonObject &body, LaunchRequest *request)
{
    const QJsonValue cron = body.value(QStringLiteral("cron"));
    if (!cron.isUndefined() && !cron.isNull()) {
        if (!cron.isString() || cron.toString().isEmpty() || cron.toString().size() > 256)
            return QStringLiteral("cron must be a string of 1 to 256 characters");
        const auto parsed = CronExpression::parse(cron.toString());
        if (const auto *error = std::get_if<CronError>(&parsed))
            return QStringLiteral("cron: ") + error->message();
        if (!std::get<CronExpression>(parsed).canEverMatch())
            return QStringLiteral("cron: '%1' never fires (no such date)").arg(cron.toString());
        request->cron = std::get<CronExpression>(parsed).text();
    }
    const QJsonValue zone = body.value(QStringLiteral("timezone"));
    request->timezone = QStringLiteral("UTC");
    if (!zone.isUndefined() && !zone.isNull()) {
        if (!zone.isString() || zone.toString().isEmpty() || zone.toString().size() > 64)
            return QStringLiteral("timezone must be a string of 1 to 64 characters");
        if (const auto error = IanaZone::check(zone.toString()))
            return error->message();
        request->timezone = zone.toString();
    }
    const QJsonValue at = body.value(QStringLiteral("schedule_at"));
    if (!at.isUndefined() && !at.isNull()) {
        const QDateTime when = JsonFields::parseTimestamp(at.toString());
        if (!at.isString() || !when.isValid())
            return QStringLiteral("schedule_at must be an ISO-8601 date-time");
        request->scheduleAtMs = when.toMSecsSinceEpoch();
    }
    return std::nullopt;
}

} // namespace

bool LaunchRequest::isIncremental() const
{
    return isIncremental(parameters);
}

int LaunchRequest::maxResults() const
{
    return maxResults(parameters);
}

bool LaunchRequest::isIncremental(const QJsonObject &params)
{
    return params.value(QStringLiteral("sync_mode")) == QLatin1String("incremental");
}

int LaunchRequest::maxResults(const QJsonObject &params)
{
    return params.value(QStringLiteral("max_results")).toInt(ActionCatalogue::kDefaultMaxResults);
}

std::variant<LaunchRequest, ApiResponse> LaunchRequest::parse(const ActionSpec &action, Mode mode,
                                                              const QJsonObject &body,
                                                              const IdentityRegistry &identities)
{
    LaunchRequest request;
    request.action = &action;
    request.mode = mode;

    const QSet<QString> allowed = allowedKeys(mode);
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return ApiResponse::badInput(
                QStringLiteral("body must not have additional properties (%1)").arg(it.key()));
    }

    QJsonArray rawInputs;
    if (mode == Mode::Live) {
        const QJsonValue input = body.value(QStringLiteral("input"));
        if (input.isUndefined() || input.isNull()) {
            if (action.takesInput())
                return ApiResponse::badInput(
                    QStringLiteral("input is required for %1").arg(action.slug));
            rawInputs.append(QJsonObject());
        } else if (!input.isObject()) {
            return ApiResponse::badInput(
                QStringLiteral("input must be an object, got %1").arg(JsonFields::typeName(input)));
        } else {
            rawInputs.append(input);
        }
    } else {
        const QJsonValue inputs = body.value(QStringLiteral("inputs"));
        if (!inputs.isArray())
            return ApiResponse::badInput(QStringLiteral("inputs must be an array, got %1")
                                             .arg(JsonFields::typeName(inputs)));
        rawInputs = inputs.toArray();
        const int maximum = mode == Mode::Schedule ? kMaxScheduleInputs : kMaxAsyncInputs;
        if (rawInputs.isEmpty() || rawInputs.size() > maximum)
            return ApiResponse::badInput(QStringLiteral("inputs must hold between 1 and %1 items, "
                                                        "got %2")
                                             .arg(maximum)
                                             .arg(rawInputs.size()));
    }
    const QString prefix =
        mode == Mode::Live ? QStringLiteral("input") : QStringLiteral("inputs[%1]");
    for (qsizetype i = 0; i < rawInputs.size(); ++i) {
        const QString where = mode == Mode::Live ? prefix : prefix.arg(i);
        if (!rawInputs.at(i).isObject())
            return ApiResponse::badInput(QStringLiteral("%1 must be an object, got %2")
                                             .arg(where, JsonFields::typeName(rawInputs.at(i))));
        QJsonObject input = rawInputs.at(i).toObject();
        if (const auto error = inputError(action, input, where))
            return ApiResponse::badInput(*error);
        request.customData.append(input.take(QStringLiteral("custom_data")));
        if (request.customData.last().isUndefined())
            request.customData.last() = QJsonValue(QJsonValue::Null);
        request.inputs.append(input);
    }

    const QJsonValue parameters = body.value(QStringLiteral("parameters"));
    if (!parameters.isUndefined() && !parameters.isNull() && !parameters.isObject())
        return ApiResponse::badParameters(QStringLiteral("parameters must be an object, got %1")
                                              .arg(JsonFields::typeName(parameters)));
    request.parameters = parameters.toObject();
    if (const auto error = parametersError(action, mode, &request.parameters))
        return ApiResponse::badParameters(*error);
    if (const auto error =
            identityError(action, body, request.isIncremental(), identities, &request))
        return ApiResponse::badParameters(*error);
    if (const auto error = callbackError(body.value(QStringLiteral("callback")), &request.callback))
        return ApiResponse::badInput(*error);

    const QJsonValue name = body.value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isNull()) {
        if (!name.isString() || name.toString().size() > 255)
            return ApiResponse::badInput(QStringLiteral("name must be a string of at most 255 "
                                                        "characters"));
        request.name = name.toString();
    }
    if (mode == Mode::Schedule) {
        if (const auto error = scheduleError(body, &request))
            return ApiResponse::badInput(*error);
    }
    return request;
}

QJsonObject LaunchRequest::toConfig() const
{
    QJsonArray inputsArray;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        QJsonObject input = inputs.at(i);
        if (customData.at(i).isObject())
            input.insert(QStringLiteral("custom_data"), customData.at(i));
        inputsArray.append(input);
    }
    return QJsonObject{{QStringLiteral("action"), action->slug},
                       {QStringLiteral("inputs"), inputsArray},
                       {QStringLiteral("parameters"), parameters},
                       {QStringLiteral("identity_uid"), identityUid},
                       {QStringLiteral("identity_mode"), identityMode},
                       {QStringLiteral("callback"), callback},
                       {QStringLiteral("name"), name}};
}

std::optional<LaunchRequest> LaunchRequest::fromConfig(const QJsonObject &config)
{
    const ActionSpec *action =
        ActionCatalogue::find(config.value(QStringLiteral("action")).toString());
    if (!action)
        return std::nullopt;
    LaunchRequest request;
    request.action = action;
    request.mode = Mode::Schedule;
    for (const QJsonValue &value : config.value(QStringLiteral("inputs")).toArray()) {
        QJsonObject input = value.toObject();
        QJsonValue custom = input.take(QStringLiteral("custom_data"));
        request.customData.append(custom.isObject() ? custom : QJsonValue(QJsonValue::Null));
        request.inputs.append(input);
    }
    request.parameters = config.value(QStringLiteral("parameters")).toObject();
    request.identityUid = config.value(QStringLiteral("identity_uid")).toString();
    request.identityMode = config.value(QStringLiteral("identity_mode")).toString();
    request.callback = config.value(QStringLiteral("callback")).toObject();
    request.name = config.value(QStringLiteral("name")).toString();
    return request;
}
