#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// Turns a nested JSON object into flat columns for tables and CSV: nested
// objects become dotted names ("last_message.content"), scalars become
// text, and arrays stay in one cell, compactly: a list of scalars joined
// with "; ", a list of objects as compact JSON. Columns come in the
// order QJsonObject keeps keys (sorted), depth first.
namespace JsonFlattener {

using Cells = QList<QPair<QString, QString>>;

Cells flatten(const QJsonObject &object);
// One cell's text for a value (used for array elements and scalars).
QString cellText(const QJsonValue &value);

} // namespace JsonFlattener
