#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

// The last live queries a user ran (contract 2.2 bodies: the input and the
// identity, never the key), newest first, so one can be run again with one
// click. The same query run again moves to the front instead of repeating.
class LiveHistory final
{
public:
    static constexpr int kMaxEntries = 50;

    struct Entry
    {
        QString action;
        QJsonObject body;
        QDateTime at;
    };

    const QList<Entry> &entries() const { return m_entries; }
    void add(const QString &action, const QJsonObject &body, const QDateTime &at);
    void clear() { m_entries.clear(); }

    // For the settings file: a list of maps with plain values.
    QVariant toVariant() const;
    static LiveHistory fromVariant(const QVariant &stored);

private:
    QList<Entry> m_entries;
};
