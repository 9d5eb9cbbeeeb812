#pragma once

#include <QByteArray>
#include <QRandomGenerator>

#include <initializer_list>
#include <iterator>

// The demo history's choices: a QRandomGenerator seeded from the sandbox
// seed and a stream number, never the global generator, so a seed always
// gives the same history.
class DemoDice final
{
public:
    DemoDice(quint64 seed, quint32 stream);

    // Inclusive bounds.
    int between(int low, int high);
    // [low, high)
    qint64 span(qint64 low, qint64 high);
    bool chance(double probability);
    template <typename List>
    auto pick(const List &list)
    {
        return list[static_cast<std::size_t>(between(0, static_cast<int>(std::size(list)) - 1))];
    }
    // An index drawn with the given weights.
    int weighted(std::initializer_list<int> weights);
    QByteArray bytes(int count);

private:
    QRandomGenerator m_rng;
};
