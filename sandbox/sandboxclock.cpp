#include "sandbox/sandboxclock.h"

#include <QDateTime>

#include <cmath>

SandboxClock::SandboxClock(Mode mode, qint64 startMs, double timeScale, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_timeScale(timeScale > 0 ? timeScale : 1.0)
    , m_startMs(startMs)
    , m_manualNowMs(startMs)
{
    m_elapsed.start();
}

qint64 SandboxClock::nowMs() const
{
    if (m_mode == Mode::Manual)
        return m_manualNowMs;
    if (m_timeScale == 1.0)
        return QDateTime::currentMSecsSinceEpoch();
    return m_startMs + static_cast<qint64>(static_cast<double>(m_elapsed.elapsed()) * m_timeScale);
}

void SandboxClock::setNowMs(qint64 ms)
{
    if (m_mode != Mode::Manual || ms <= m_manualNowMs)
        return;
    m_manualNowMs = ms;
    emit moved(ms);
}

qint64 SandboxClock::realDelayUntil(qint64 targetMs) const
{
    const qint64 remaining = targetMs - nowMs();
    if (remaining <= 0)
        return 0;
    return static_cast<qint64>(std::ceil(static_cast<double>(remaining) / m_timeScale));
}
