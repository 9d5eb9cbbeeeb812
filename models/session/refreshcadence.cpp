#include "models/session/refreshcadence.h"

#include "core/time/timeline.h"

RefreshCadence::RefreshCadence(int intervalMs, std::function<void()> refresh, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
    , m_refresh(std::move(refresh))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &Timer::timeout, this, &RefreshCadence::refreshNow);
    m_lastAtMs = m_timer.timeline()->elapsedMs();
    m_timer.start(m_intervalMs);
}

void RefreshCadence::setTimeline(Timeline *timeline)
{
    // The interval in progress starts over on the new timeline: the old
    // one's time means nothing there.
    m_timer.setTimeline(timeline);
    m_lastAtMs = m_timer.timeline()->elapsedMs();
}

void RefreshCadence::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (!enabled) {
        m_timer.stop();
        return;
    }
    const qint64 since = m_timer.timeline()->elapsedMs() - m_lastAtMs;
    if (m_owed || since >= m_intervalMs)
        refreshNow();
    else
        m_timer.start(static_cast<int>(m_intervalMs - since));
}

void RefreshCadence::refreshNow()
{
    m_owed = false;
    m_lastAtMs = m_timer.timeline()->elapsedMs();
    if (m_enabled)
        m_timer.start(m_intervalMs);
    m_refresh();
}
