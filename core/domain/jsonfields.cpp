#include "core/domain/jsonfields.h"

#include <cmath>
#include <limits>

namespace {

// 2^53: up to here a double holds every integer exactly.
constexpr double kExactIntegerLimit = 9007199254740992.0;

bool isExactInteger(double number)
{
    return std::isfinite(number) && number == std::trunc(number) &&
           std::abs(number) <= kExactIntegerLimit;
}

} // namespace

namespace JsonFields {

QString string(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (isExactInteger(number))
            return QString::number(static_cast<qint64>(number));
        return QString::number(number);
    }
    return {};
}

std::optional<qint64> integer(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (isExactInteger(number))
            return static_cast<qint64>(number);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

qint64 integerOr(const QJsonObject &object, QLatin1String key, qint64 fallback)
{
    return integer(object, key).value_or(fallback);
}

int count(const QJsonObject &object, QLatin1String key)
{
    constexpr qint64 kMax = std::numeric_limits<int>::max();
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isnan(number) || number <= 0 || number != std::trunc(number))
            return 0;
        return number >= static_cast<double>(kMax) ? static_cast<int>(kMax)
                                                   : static_cast<int>(number);
    }
    return static_cast<int>(qBound(qint64{0}, integerOr(object, key, 0), kMax));
}

std::optional<bool> boolean(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isBool())
        return value.toBool();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == 0.0 || number == 1.0)
            return number == 1.0;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

QDateTime timestamp(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return {};
    return parseTimestamp(value.toString());
}

QJsonObject object(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toObject();
}

QJsonArray array(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toArray();
}

bool isObject(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).isObject();
}

QDateTime parseTimestamp(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    // Without an offset Qt reads local time, where a wall time may not
    // exist; such a timestamp is UTC, so read it again as UTC.
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime::fromString(trimmed + QLatin1Char('Z'), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

} // namespace JsonFields
