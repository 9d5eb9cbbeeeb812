#include "models/client/requestbudget.h"

#include <algorithm>

RequestBudget::RequestBudget(RateTier tier, QObject *parent)
    : QObject(parent)
{
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
    m_runs.windows = tier.runs;
    m_live.windows = tier.live;
    for (Lane *each : {&m_runs, &m_live}) {
        each->timer.setSingleShot(true);
        connect(&each->timer, &QTimer::timeout, this, [this, each] { drain(*each); });
    }
}

RequestBudget::Lane *RequestBudget::lane(RouteFamily family)
{
    switch (family) {
    case RouteFamily::Runs:
        return &m_runs;
    case RouteFamily::Live:
        return &m_live;
    case RouteFamily::Other:
        break;
    }
    return nullptr;
}

quint64 RequestBudget::acquire(RouteFamily family, std::function<void()> start)
{
    const quint64 ticket = m_nextTicket++;
    Lane *target = lane(family);
    if (!target || target->windows.isEmpty()) {
        start();
        return ticket;
    }
    target->queue.push_back({ticket, std::move(start)});
    drain(*target);
    return ticket;
}

void RequestBudget::release(quint64 ticket)
{
    for (Lane *each : {&m_runs, &m_live}) {
        auto &queue = each->queue;
        queue.erase(std::remove_if(queue.begin(), queue.end(),
                                   [ticket](const Waiter &w) { return w.ticket == ticket; }),
                    queue.end());
    }
}

int RequestBudget::waiting() const
{
    return static_cast<int>(m_runs.queue.size() + m_live.queue.size());
}

qint64 RequestBudget::waitFor(Lane &lane) const
{
    const qint64 current = now();
    qint64 longest = 0;
    for (const RateTier::Window &window : lane.windows)
        longest = std::max(longest, window.lengthMs);
    while (!lane.sent.empty() && lane.sent.front() <= current - longest)
        lane.sent.pop_front();
    qint64 wait = 0;
    for (const RateTier::Window &window : lane.windows) {
        // Requests sent within the last `lengthMs`, newest last.
        const auto inside = std::count_if(lane.sent.begin(), lane.sent.end(), [&](qint64 at) {
            return at > current - window.lengthMs;
        });
        if (inside < window.count)
            continue;
        // The oldest request inside the window must leave it first.
        const qint64 oldest = *(lane.sent.end() - inside);
        wait = std::max(wait, oldest + window.lengthMs - current + 1);
    }
    return wait;
}

void RequestBudget::drain(Lane &lane)
{
    while (!lane.queue.empty()) {
        const qint64 wait = waitFor(lane);
        if (wait > 0) {
            lane.timer.start(static_cast<int>(wait));
            return;
        }
        Waiter waiter = std::move(lane.queue.front());
        lane.queue.pop_front();
        lane.sent.push_back(now());
        waiter.start();
    }
}
