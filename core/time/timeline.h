#pragma once

#include <QElapsedTimer>
#include <QList>

class Timer;

// Steady time for a session's cadence (list refreshes, status polls) and
// what its Timers fire on. The system timeline is the machine's monotonic
// time, and its timers are QTimers. A manual timeline stands still until
// advance() moves it, and then fires the timers that fall due, each at its
// own due time and in order: a test plays an hour of refreshes against the
// sandbox's virtual clock in a moment, without sleeping and without
// guessing how many real milliseconds a virtual hour should take.
class Timeline final
{
    Q_DISABLE_COPY_MOVE(Timeline)

public:
    enum class Mode
    {
        System,
        Manual,
    };

    // A manual timeline must outlive the timers that follow it.
    explicit Timeline(Mode mode);

    // The machine's: what every Timer follows unless given another.
    static Timeline &system();

    bool isManual() const { return m_mode == Mode::Manual; }
    // Milliseconds since the timeline began; only differences mean anything.
    qint64 elapsedMs() const;
    // Manual only: moves time forward by `ms`, firing every timer due on the
    // way at its due time (ties in the order they were armed). Timers armed
    // by a timeout fire within the same call when they fall due inside it.
    // Replies to requests a timeout sent are the event loop's business: the
    // caller lets it run between two calls.
    void advance(qint64 ms);

private:
    friend class Timer;
    // For Timers on a manual timeline; arming an armed timer moves it last.
    void arm(Timer *timer);
    void disarm(Timer *timer);

    Mode m_mode;
    QElapsedTimer m_elapsed;
    qint64 m_manualMs = 0;
    // In arming order, which breaks ties between timers due together.
    QList<Timer *> m_armed;
};
