#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QSqlRecord>
#include <QString>

// Turns stored rows into the API's JSON objects (contract sections 3.2,
// 3.4, 3.5, 4.2, 5.6). Times are stored as milliseconds since the epoch
// and written as ISO-8601 UTC.
namespace StoreJson {

QJsonValue time(const QVariant &milliseconds);
QString isoTime(qint64 milliseconds);
// A JSON text column: the parsed value, or null when empty.
QJsonValue json(const QVariant &text);
QString text(const QJsonValue &value);

// One column of a row, by name: nullable as JSON null, as a time, as parsed
// JSON text, or as an integer (0 when null). Public so the engine reads rows
// the same way the API writes them.
QJsonValue field(const QSqlRecord &row, const char *name);
QJsonValue timeField(const QSqlRecord &row, const char *name);
QJsonValue jsonField(const QSqlRecord &row, const char *name);
qint64 integer(const QSqlRecord &row, const char *name);

QJsonObject run(const QSqlRecord &row);
QJsonObject runStatus(const QSqlRecord &row);
QJsonObject input(const QSqlRecord &row);
QJsonObject schedule(const QSqlRecord &row);
QJsonObject callback(const QSqlRecord &row);

} // namespace StoreJson
