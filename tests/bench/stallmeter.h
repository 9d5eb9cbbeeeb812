#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>

// CPU time of the calling thread in milliseconds: on a machine shared with
// other work the wall time of a step can be several times its own cost, so
// benchmarks print both.
inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// The longest the event loop went without serving a 5 ms timer: what a
// user would feel as a frozen window. Work measured with it must run from
// the event loop in steps (as network pages and user actions arrive), so
// that the timer can fire between them; a gap then is the longest step plus
// up to one period.
class StallMeter final
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worstNs = std::max(m_worstNs, now - m_lastNs);
            m_lastNs = now;
        });
        m_clock.start();
        m_timer.start(5);
    }

    // Starts a new measure: the worst gap from now on.
    void reset()
    {
        m_lastNs = m_clock.nsecsElapsed();
        m_worstNs = 0;
    }
    // Closes the current gap as if the timer fired now, then the worst.
    double worstMs()
    {
        m_worstNs = std::max(m_worstNs, m_clock.nsecsElapsed() - m_lastNs);
        return static_cast<double>(m_worstNs) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
};

// Runs step(0), step(1)... step(count - 1) from the event loop, one per
// pass, so that timers are served between them; returns after the last.
inline void runSteps(int count, const std::function<void(int)> &step)
{
    QEventLoop loop;
    int next = 0;
    std::function<void()> go = [&] {
        if (next == count) {
            loop.quit();
            return;
        }
        step(next++);
        QTimer::singleShot(0, &loop, go);
    };
    QTimer::singleShot(0, &loop, go);
    loop.exec();
}
