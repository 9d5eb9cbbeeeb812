#include "core/json/jsonflattener.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace JsonFlattener {

namespace {

void flattenInto(const QJsonObject &object, const QString &prefix, Cells &cells)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString name = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject() && !it.value().toObject().isEmpty())
            flattenInto(it.value().toObject(), name, cells);
        else
            cells.append({name, cellText(it.value())});
    }
}

bool allScalars(const QJsonArray &array)
{
    for (const QJsonValue &value : array) {
        if (value.isArray() || value.isObject())
            return false;
    }
    return true;
}

} // namespace

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Integers up to 2^53 print without an exponent or a fraction.
        if (std::abs(number) <= 9007199254740992.0 && number == std::trunc(number))
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (allScalars(array)) {
            QStringList parts;
            for (const QJsonValue &element : array)
                parts.append(cellText(element));
            return parts.join(QLatin1String("; "));
        }
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

Cells flatten(const QJsonObject &object)
{
    Cells cells;
    cells.reserve(object.size());
    flattenInto(object, QString(), cells);
    return cells;
}

} // namespace JsonFlattener
