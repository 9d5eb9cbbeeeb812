#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

// A JSON object that keeps its members in the order they were given.
// QJsonObject sorts its keys, but the keys of an input and of its
// custom_data are the user's columns: they must come back in the user's
// order after a trip through the JSON editor.
//
// Strings, which is what nearly every value is, are held as QString: a
// string QJsonValue costs a container of its own, and 100,000 imported
// rows of a few cells each should not cost hundreds of megabytes.
class OrderedJsonObject final
{
public:
    OrderedJsonObject() = default;
    // The keys of `order` that `object` has first, in that order, then the
    // object's other keys in QJsonObject's order.
    static OrderedJsonObject fromJsonObject(const QJsonObject &object,
                                            const QStringList &order = {});

    bool isEmpty() const { return m_members.isEmpty(); }
    qsizetype size() const { return m_members.size(); }
    QStringList keys() const;
    const QString &keyAt(qsizetype index) const { return m_members.at(index).key; }
    QJsonValue valueAt(qsizetype index) const;
    // A string value as held, without a round trip through QJsonValue;
    // empty for other values.
    QString stringAt(qsizetype index) const;
    bool contains(QStringView key) const { return indexOf(key) >= 0; }
    // Undefined when the key is absent.
    QJsonValue value(QStringView key) const;
    // Replaces the value where the key stands, or appends the key.
    void insert(const QString &key, const QJsonValue &value);
    void insert(const QString &key, const QString &text);
    bool remove(QStringView key);
    void reserve(qsizetype size) { m_members.reserve(size); }

    QJsonObject toJsonObject() const;
    // Compact JSON text of any value, strings quoted (QJsonDocument itself
    // writes only arrays and objects).
    static QByteArray compactText(const QJsonValue &value);

    bool operator==(const OrderedJsonObject &other) const;

private:
    struct Member
    {
        QString key;
        std::variant<QString, QJsonValue> value;
    };

    qsizetype indexOf(QStringView key) const;

    QList<Member> m_members;
};
