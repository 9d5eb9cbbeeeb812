#include "sandbox/demodice.h"

#include <array>

DemoDice::DemoDice(quint64 seed, quint32 stream)
{
    const std::array<quint32, 4> words = {static_cast<quint32>(seed),
                                          static_cast<quint32>(seed >> 32), stream, 0x64656d6fU};
    m_rng = QRandomGenerator(words.data(), static_cast<qsizetype>(words.size()));
}

int DemoDice::between(int low, int high)
{
    return low + static_cast<int>(m_rng.bounded(static_cast<quint32>(high - low + 1)));
}

qint64 DemoDice::span(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    return low + static_cast<qint64>(m_rng.generateDouble() * static_cast<double>(high - low));
}

bool DemoDice::chance(double probability)
{
    return m_rng.generateDouble() < probability;
}

int DemoDice::weighted(std::initializer_list<int> weights)
{
    int total = 0;
    for (const int weight : weights)
        total += weight;
    int draw = between(0, total - 1);
    int index = 0;
    for (const int weight : weights) {
        if (draw < weight)
            return index;
        draw -= weight;
        ++index;
    }
    return index - 1;
}

QByteArray DemoDice::bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        out[i] = static_cast<char>(m_rng.bounded(256U));
    return out;
}
