#pragma once

#include <QElapsedTimer>
#include <QObject>

// The one source of "now" in the sandbox. Real: wall time, optionally
// sped up (--time-scale). Manual: time stands still until advanced through
// the admin API, which makes a run fully deterministic. All values are
// milliseconds since the epoch, UTC.
class SandboxClock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxClock)

public:
    enum class Mode
    {
        Real,
        Manual,
    };

    // `startMs` is where a manual clock starts, and where a scaled real
    // clock starts counting from (defaults to the current time).
    SandboxClock(Mode mode, qint64 startMs, double timeScale, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    double timeScale() const { return m_timeScale; }
    qint64 nowMs() const;

    // Manual clocks only: moves time forward (never backward).
    void setNowMs(qint64 ms);
    // How long to wait in real milliseconds until the clock reads `targetMs`.
    qint64 realDelayUntil(qint64 targetMs) const;

signals:
    void moved(qint64 nowMs);

private:
    Mode m_mode;
    double m_timeScale;
    qint64 m_startMs;
    qint64 m_manualNowMs;
    QElapsedTimer m_elapsed;
};
