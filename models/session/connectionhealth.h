#pragma once

#include "models/client/apierror.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

class Clock;

// Whether the server answers, from every attempt the client makes: fine,
// unreachable, timed out, the key refused, rate limited or failing (5xx).
// While it is not fine it says when the next attempt is due (the client's
// own retry or its probe, whichever comes first), and it asks for a probe
// on a backoff of its own so that recovery needs no user action. The first
// good answer after a problem is reported as recovered().
class ConnectionHealth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionHealth)

public:
    enum class State
    {
        // Nothing has been asked yet.
        Unknown,
        Healthy,
        Unreachable,
        TimedOut,
        Unauthorized,
        RateLimited,
        ServerError,
    };

    explicit ConnectionHealth(const Clock *clock, QObject *parent = nullptr);

    State state() const { return m_state; }
    // Unknown or Healthy: nothing to tell the user.
    bool isHealthy() const { return m_state == State::Unknown || m_state == State::Healthy; }
    // The last problem as the server or the network put it.
    const ApiError &lastError() const { return m_error; }
    // When the server last answered; invalid if it never did.
    QDateTime lastGoodAt() const { return m_lastGoodAt; }
    // Until the next attempt, or -1 when none is due.
    qint64 msUntilRetry() const;

    // Waits between probes while the problem lasts; the last one repeats.
    void setProbeDelays(QList<int> delaysMs);

    // One attempt's outcome, as EdgesClient::attemptEnded reports it.
    void observe(const ApiError &error, qint64 retryInMs);
    // Probes at once (the banner's Retry now).
    void retryNow();

signals:
    void changed();
    // Time to try the server again: reload what the window shows.
    void probeRequested();
    // The server answers again after a problem.
    void recovered();

private:
    static State stateOf(const ApiError &error);
    void scheduleProbe();

    const Clock *m_clock;
    State m_state = State::Unknown;
    ApiError m_error;
    QDateTime m_lastGoodAt;
    QList<int> m_probeDelaysMs{5000, 10000, 20000, 40000, 60000};
    int m_probes = 0;
    QTimer m_probe;
    // When the client's next retry is due.
    QElapsedTimer m_sinceRetryPlanned;
    qint64 m_retryInMs = -1;
};
