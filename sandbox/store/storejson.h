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

QJsonObject run(const QSqlRecord &row);
QJsonObject runStatus(const QSqlRecord &row);
QJsonObject input(const QSqlRecord &row);
QJsonObject schedule(const QSqlRecord &row);
QJsonObject callback(const QSqlRecord &row);

} // namespace StoreJson
