#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

// Measures how long the event loop goes without turning: a 10 ms timer and
// the longest gap between two of its timeouts.
class StallMeter final
{
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longestMs = std::max(m_longestMs, m_since.restart()); });
        m_since.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longestMs; }
    // Around work of the test's own on this thread (an in-process server
    // starting), which no user's window would wait for.
    void pause() { m_longestMs = std::max(m_longestMs, m_since.elapsed()); }
    void resume() { m_since.restart(); }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longestMs = 0;
};
