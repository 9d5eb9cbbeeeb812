#pragma once

#include "core/time/timer.h"

#include <QObject>

#include <functional>

class Timeline;

// When one list is refreshed: an interval after its last refresh, for as
// long as the refreshes are wanted (the window shows the list), and never
// while they are not. Wanted again, it refreshes at once if an interval
// passed or a refresh was owed meanwhile, else when the interval is up:
// never twice within one interval on its own account.
class RefreshCadence final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshCadence)

public:
    // Starts enabled, as if `refresh` had just run: whoever made the list
    // loaded it.
    RefreshCadence(int intervalMs, std::function<void()> refresh, QObject *parent = nullptr);

    void setTimeline(Timeline *timeline);
    int intervalMs() const { return m_intervalMs; }
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    // Refreshes now (enabled or not) and starts a new interval.
    void refreshNow();
    // A refresh missed while disabled (a reload on recovery): made as soon
    // as the cadence is enabled again.
    void owe() { m_owed = true; }
    // Whether a timed refresh is coming.
    bool isArmed() const { return m_timer.isActive(); }

private:
    int m_intervalMs;
    std::function<void()> m_refresh;
    Timer m_timer;
    qint64 m_lastAtMs;
    bool m_enabled = true;
    bool m_owed = false;
};
