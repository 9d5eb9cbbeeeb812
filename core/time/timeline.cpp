#include "core/time/timeline.h"

#include "core/time/timer.h"

#include <algorithm>

Timeline::Timeline(Mode mode)
    : m_mode(mode)
{
    m_elapsed.start();
}

Timeline &Timeline::system()
{
    static Timeline timeline(Mode::System);
    return timeline;
}

qint64 Timeline::elapsedMs() const
{
    return isManual() ? m_manualMs : m_elapsed.elapsed();
}

void Timeline::advance(qint64 ms)
{
    Q_ASSERT(isManual());
    const qint64 target = m_manualMs + std::max<qint64>(0, ms);
    for (;;) {
        Timer *next = nullptr;
        for (Timer *timer : std::as_const(m_armed)) {
            if (timer->m_dueAtMs <= target && (!next || timer->m_dueAtMs < next->m_dueAtMs))
                next = timer;
        }
        if (!next)
            break;
        // Time never runs backwards, even for a timer armed already late.
        m_manualMs = std::max(m_manualMs, next->m_dueAtMs);
        next->fire();
    }
    m_manualMs = target;
}

void Timeline::arm(Timer *timer)
{
    m_armed.removeOne(timer);
    m_armed.append(timer);
}

void Timeline::disarm(Timer *timer)
{
    m_armed.removeOne(timer);
}
