#include "core/json/orderedjsonobject.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonValue toJsonValue(const std::variant<QString, QJsonValue> &value)
{
    if (const QString *text = std::get_if<QString>(&value))
        return *text;
    return std::get<QJsonValue>(value);
}

} // namespace

OrderedJsonObject OrderedJsonObject::fromJsonObject(const QJsonObject &object,
                                                    const QStringList &order)
{
    OrderedJsonObject ordered;
    for (const QString &key : order) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !ordered.contains(key))
            ordered.insert(key, value);
    }
    if (ordered.size() == object.size())
        return ordered;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!ordered.contains(it.key()))
            ordered.insert(it.key(), it.value());
    }
    return ordered;
}

QStringList OrderedJsonObject::keys() const
{
    QStringList keys;
    keys.reserve(m_members.size());
    for (const Member &member : m_members)
        keys.append(member.key);
    return keys;
}

QJsonValue OrderedJsonObject::valueAt(qsizetype index) const
{
    return toJsonValue(m_members.at(index).value);
}

QString OrderedJsonObject::stringAt(qsizetype index) const
{
    const QString *text = std::get_if<QString>(&m_members.at(index).value);
    return text ? *text : QString();
}

QJsonValue OrderedJsonObject::value(QStringView key) const
{
    const qsizetype index = indexOf(key);
    return index < 0 ? QJsonValue(QJsonValue::Undefined) : valueAt(index);
}

void OrderedJsonObject::insert(const QString &key, const QJsonValue &value)
{
    if (value.isString())
        insert(key, value.toString());
    else if (const qsizetype index = indexOf(key); index >= 0)
        m_members[index].value = value;
    else
        m_members.append({key, value});
}

void OrderedJsonObject::insert(const QString &key, const QString &text)
{
    const qsizetype index = indexOf(key);
    if (index < 0)
        m_members.append({key, text});
    else
        m_members[index].value = text;
}

bool OrderedJsonObject::remove(QStringView key)
{
    const qsizetype index = indexOf(key);
    if (index < 0)
        return false;
    m_members.removeAt(index);
    return true;
}

QJsonObject OrderedJsonObject::toJsonObject() const
{
    QJsonObject object;
    for (const Member &member : m_members)
        object.insert(member.key, toJsonValue(member.value));
    return object;
}

QByteArray OrderedJsonObject::compactText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.sliced(1, text.size() - 2);
}

bool OrderedJsonObject::operator==(const OrderedJsonObject &other) const
{
    if (size() != other.size())
        return false;
    for (qsizetype i = 0; i < size(); ++i) {
        if (keyAt(i) != other.keyAt(i) || valueAt(i) != other.valueAt(i))
            return false;
    }
    return true;
}

qsizetype OrderedJsonObject::indexOf(QStringView key) const
{
    // Inputs have a handful of keys: a scan beats a hash.
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        if (m_members.at(i).key == key)
            return i;
    }
    return -1;
}
