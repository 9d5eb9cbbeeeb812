#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

// The longest the event loop went without serving a periodic timer: what a
// user would feel as a frozen window. Work measured with it must run from
// the event loop in steps (as network pages and user actions arrive), so
// that the timer can fire between them; a gap then is the longest step plus
// up to one period. Benchmarks and the reliability tests print it; no test
// asserts on it (wall time).
class StallMeter final
{
public:
    explicit StallMeter(int periodMs = 5)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (m_paused)
                return;
            closeGap();
            m_lastNs = m_clock.nsecsElapsed();
        });
        m_clock.start();
        m_timer.start(periodMs);
    }

    // Starts a new measure: the worst gap from now on.
    void reset()
    {
        m_lastNs = m_clock.nsecsElapsed();
        m_worstNs = 0;
        m_paused = false;
    }
    // Closes the current gap as if the timer fired now, then the worst.
    double worstMs()
    {
        if (!m_paused)
            closeGap();
        return static_cast<double>(m_worstNs) / 1e6;
    }
    // Around the test's own work on this thread (an in-process server
    // starting), which no user's window would wait for.
    void pause()
    {
        closeGap();
        m_paused = true;
    }
    void resume()
    {
        m_lastNs = m_clock.nsecsElapsed();
        m_paused = false;
    }

private:
    void closeGap() { m_worstNs = std::max(m_worstNs, m_clock.nsecsElapsed() - m_lastNs); }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
    bool m_paused = false;
};
