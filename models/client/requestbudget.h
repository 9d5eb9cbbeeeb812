#pragma once

#include "core/domain/ratetier.h"
#include "models/client/edgesrequest.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

// Keeps every caller of one connection inside the tier's rate limits
// (contract 1.7): the /runs bucket and the live route each have their
// windows, shared by all callers; a request that would exceed one waits
// in line instead of drawing a 429. Windows follow a monotonic clock,
// sliding, so bursts across a window edge are counted too.
class RequestBudget final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestBudget)

public:
    explicit RequestBudget(RateTier tier, QObject *parent = nullptr);

    // Runs `start` as soon as the family's windows allow, in request order.
    // The returned ticket cancels a request still waiting.
    quint64 acquire(RouteFamily family, std::function<void()> start);
    void release(quint64 ticket);
    int waiting() const;

    // Milliseconds on the budget's clock; tests may replace the clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    struct Waiter
    {
        quint64 ticket;
        std::function<void()> start;
    };
    struct Lane
    {
        QList<RateTier::Window> windows;
        // Send times still inside the longest window.
        std::deque<qint64> sent;
        std::deque<Waiter> queue;
        QTimer timer;
    };

    qint64 now() const { return m_clock(); }
    Lane *lane(RouteFamily family);
    // 0 when a request may go now, else how long until one may.
    qint64 waitFor(Lane &lane) const;
    void drain(Lane &lane);

    Lane m_runs;
    Lane m_live;
    std::function<qint64()> m_clock;
    QElapsedTimer m_elapsed;
    quint64 m_nextTicket = 1;
};
