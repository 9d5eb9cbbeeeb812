#pragma once

#include "tests/support/stallmeter.h"

#include <QEventLoop>
#include <QTimer>

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
