#include "core/time/timer.h"

#include "core/time/timeline.h"

#include <algorithm>

Timer::Timer(QObject *parent)
    : QObject(parent)
    , m_timeline(&Timeline::system())
{
    connect(&m_timer, &QTimer::timeout, this, &Timer::timeout);
}

Timer::~Timer()
{
    stop();
}

void Timer::setTimeline(Timeline *timeline)
{
    if (!timeline)
        timeline = &Timeline::system();
    if (timeline == m_timeline)
        return;
    const bool active = isActive();
    stop();
    m_timeline = timeline;
    if (active)
        start(m_intervalMs);
}

void Timer::setSingleShot(bool singleShot)
{
    m_singleShot = singleShot;
    m_timer.setSingleShot(singleShot);
}

void Timer::start(int ms)
{
    m_intervalMs = std::max(0, ms);
    if (!m_timeline->isManual()) {
        m_timer.start(m_intervalMs);
        return;
    }
    m_active = true;
    m_dueAtMs = m_timeline->elapsedMs() + m_intervalMs;
    m_timeline->arm(this);
}

void Timer::stop()
{
    m_timer.stop();
    if (m_active) {
        m_active = false;
        m_timeline->disarm(this);
    }
}

bool Timer::isActive() const
{
    return m_timeline->isManual() ? m_active : m_timer.isActive();
}

qint64 Timer::remainingTime() const
{
    if (!m_timeline->isManual())
        return m_timer.remainingTime();
    return m_active ? std::max<qint64>(0, m_dueAtMs - m_timeline->elapsedMs()) : -1;
}

void Timer::fire()
{
    if (m_singleShot) {
        stop();
    } else {
        // From the due time, not from "now": a repeating timer keeps its
        // beat however late advance() reached it.
        m_dueAtMs += std::max(1, m_intervalMs);
        m_timeline->arm(this);
    }
    emit timeout();
}
