#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Tolerant readers for fields of API objects. Any field may be missing, null
// or of an unexpected type; each reader then answers "absent" instead of
// failing, so one odd field never loses the rest of a record.
namespace JsonFields {

// A string; a number is accepted and written in decimal (ids sometimes
// arrive as numbers). Anything else is an empty string.
QString string(const QJsonObject &object, QLatin1String key);

// An integer from a JSON number without fraction or a decimal string.
std::optional<qint64> integer(const QJsonObject &object, QLatin1String key);
qint64 integerOr(const QJsonObject &object, QLatin1String key, qint64 fallback);
// A non-negative count that fits an int (retry_count and the like); 0 when
// absent, negative values become 0 and huge ones saturate.
int count(const QJsonObject &object, QLatin1String key);

// true/false; the strings "true"/"false" and the numbers 0/1 are accepted too.
std::optional<bool> boolean(const QJsonObject &object, QLatin1String key);

// An ISO-8601 timestamp as a UTC QDateTime. A string without an offset is
// read as UTC (the contract's timestamps are UTC). Invalid when absent or
// unreadable.
QDateTime timestamp(const QJsonObject &object, QLatin1String key);

QJsonObject object(const QJsonObject &object, QLatin1String key);
QJsonArray array(const QJsonObject &object, QLatin1String key);
bool isObject(const QJsonObject &object, QLatin1String key);

// Parses an ISO-8601 instant ("2026-03-29T01:00:00Z", fractions and
// "+02:00" offsets allowed, no offset means UTC) into UTC.
QDateTime parseTimestamp(QStringView text);

// What a value is, for a message that refuses it: "a string", "a number",
// "a boolean", "an object", "an array", "null" or "missing".
QString typeName(const QJsonValue &value);

} // namespace JsonFields
