#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What JSON text says that QJsonDocument's parsed form forgets: the order
// of an object's keys (QJsonObject sorts them), where each element of the
// top-level array starts, and a key given twice in one object (of which
// QJsonDocument keeps one without a word). Read for the inputs array,
// whose objects are the user's rows and custom_data pairs.
class JsonKeyOrder final
{
public:
    struct Element
    {
        // Byte offset of the element's first character.
        qsizetype offset = 0;
        // For an object: its keys as written and, for each key whose value
        // is an object, that object's keys as written.
        QStringList keys;
        QHash<QString, QStringList> memberKeys;
    };

    struct Duplicate
    {
        qsizetype offset = 0;
        QString key;
    };

    // Text QJsonDocument accepted. The elements are those of the top-level
    // array, or the top-level object alone.
    explicit JsonKeyOrder(QByteArrayView json);

    const QList<Element> &elements() const { return m_elements; }
    // The first key given twice in an object, anywhere in the text.
    const std::optional<Duplicate> &duplicate() const { return m_duplicate; }

    // The element of the top-level array (from 0) that byte `offset` lies
    // in, for text that may be broken after it; 0 for a top-level object;
    // -1 when the offset is outside every element.
    static qsizetype elementAt(QByteArrayView json, qsizetype offset);

private:
    QList<Element> m_elements;
    std::optional<Duplicate> m_duplicate;
};
