#pragma once

#include <QHash>
#include <QList>

// Distinct values stored once and named by a small id. A table of 100,000
// runs repeats the same few actions, statuses, schedules, users and
// parameter objects on every row: a row that keeps 4-byte ids instead of
// the values themselves costs a fraction of the memory, and two rows hold
// equal values exactly when they hold equal ids. The table only grows, by
// the number of distinct values (not rows); ids are never reused, so an id
// stays valid for the table's life. Id 0 is the default-constructed value.
template <typename T>
class InternTable final
{
public:
    InternTable() { id(T()); }

    quint32 id(const T &value)
    {
        const auto found = m_ids.constFind(value);
        if (found != m_ids.cend())
            return *found;
        const auto next = static_cast<quint32>(m_values.size());
        m_values.append(value);
        m_ids.insert(value, next);
        return next;
    }
    const T &at(quint32 id) const { return m_values.at(id); }
    qsizetype size() const { return m_values.size(); }

private:
    QList<T> m_values;
    QHash<T, quint32> m_ids;
};
