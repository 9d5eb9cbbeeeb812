#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

struct CallbackRow;
struct InputRow;
struct RunRow;
struct ScheduleRow;

// Turns stored rows into the API's JSON objects (contract sections 3.2,
// 3.4, 3.5, 4.2, 5.6). Times are stored as milliseconds since the epoch
// and written as ISO-8601 UTC.
namespace StoreJson {

QJsonValue time(const std::optional<qint64> &milliseconds);
QString isoTime(qint64 milliseconds);
// A JSON text column: the parsed value, or null when empty.
QJsonValue json(const std::optional<QString> &text);
QString text(const QJsonValue &value);
// The text of `object`, or none (SQL NULL) when it is empty.
std::optional<QString> optionalText(const QJsonObject &object);

QJsonObject run(const RunRow &row);
QJsonObject runStatus(const RunRow &row);
QJsonObject input(const InputRow &row);
QJsonObject schedule(const ScheduleRow &row);
QJsonObject callback(const CallbackRow &row);

} // namespace StoreJson
