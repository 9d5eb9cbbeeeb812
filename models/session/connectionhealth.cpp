#include "models/session/connectionhealth.h"

#include "core/time/clock.h"

#include <algorithm>

ConnectionHealth::ConnectionHealth(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_probe.setSingleShot(true);
    connect(&m_probe, &QTimer::timeout, this, [this] {
        ++m_probes;
        emit probeRequested();
        // Still failing after the probe's answer: observe() plans the next.
        emit changed();
    });
}

void ConnectionHealth::setProbeDelays(QList<int> delaysMs)
{
    if (!delaysMs.isEmpty())
        m_probeDelaysMs = std::move(delaysMs);
}

ConnectionHealth::State ConnectionHealth::stateOf(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return State::Healthy;
    case ApiError::Kind::Network:
    case ApiError::Kind::Certificate:
    case ApiError::Kind::LaunchUncertain:
        return State::Unreachable;
    case ApiError::Kind::Timeout:
        return State::TimedOut;
    case ApiError::Kind::Http:
        if (error.httpStatus == 401)
            return State::Unauthorized;
        if (error.httpStatus == 429)
            return State::RateLimited;
        if (error.httpStatus >= 500)
            return State::ServerError;
        // 404, 422 and the like: the server answered, about one request.
        return State::Healthy;
    case ApiError::Kind::InvalidResponse:
        return State::ServerError;
    case ApiError::Kind::Cancelled:
        break;
    }
    return State::Unknown;
}

void ConnectionHealth::observe(const ApiError &error, qint64 retryInMs)
{
    const State state = stateOf(error);
    if (state == State::Unknown)
        return;
    const bool wasHealthy = isHealthy();
    if (state == State::Healthy) {
        m_lastGoodAt = m_clock->now();
        m_probe.stop();
        m_probes = 0;
        m_retryInMs = -1;
        m_state = State::Healthy;
        m_error = ApiError();
        if (!wasHealthy)
            emit recovered();
        emit changed();
        return;
    }
    m_state = state;
    m_error = error;
    m_retryInMs = retryInMs;
    if (retryInMs >= 0)
        m_sinceRetryPlanned.start();
    scheduleProbe();
    emit changed();
}

void ConnectionHealth::scheduleProbe()
{
    if (m_probe.isActive())
        return;
    const auto index = std::min<qsizetype>(m_probes, m_probeDelaysMs.size() - 1);
    m_probe.start(m_probeDelaysMs.at(index));
}

qint64 ConnectionHealth::msUntilRetry() const
{
    if (isHealthy())
        return -1;
    qint64 until = m_probe.isActive() ? m_probe.remainingTime() : -1;
    if (m_retryInMs >= 0) {
        const qint64 retry = std::max<qint64>(0, m_retryInMs - m_sinceRetryPlanned.elapsed());
        until = until < 0 ? retry : std::min(until, retry);
    }
    return until;
}

void ConnectionHealth::retryNow()
{
    m_probe.stop();
    m_probes = 0;
    emit probeRequested();
    emit changed();
}
