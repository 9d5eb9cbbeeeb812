#include "core/timeline/runspan.h"

#include "core/domain/run.h"

#include <algorithm>

namespace {

struct Point
{
    qint64 ms;
    RunStatus status;
};

qint64 msOr(const QDateTime &time, qint64 fallback)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : fallback;
}

// The wait before a run first started, as far as its own times tell: a
// postponed run was SCHEDULED until postponed_until, then QUEUED. The API
// keeps no time for leaving CREATED, so a run that did start is shown as
// QUEUED from its creation.
void appendWait(QList<Point> &points, const Run &run, qint64 fromMs, qint64 untilMs)
{
    const qint64 postponed = msOr(run.postponedUntil, -1);
    if (postponed > fromMs && postponed <= untilMs) {
        points.append({fromMs, RunStatus::Scheduled});
        points.append({postponed, RunStatus::Queued});
    } else {
        points.append({fromMs, RunStatus::Queued});
    }
}

// The statuses read off the run's own timestamps (see the header); time
// they do not account for is Unknown.
QList<Point> approximation(const Run &run, qint64 startMs, qint64 endMs, bool terminal)
{
    const bool started = run.startedAt.isValid();
    const qint64 startedMs =
        started ? std::clamp(run.startedAt.toMSecsSinceEpoch(), startMs, endMs) : -1;
    QList<Point> points;
    if (terminal) {
        // Waiting until started_at, then RUNNING until finished_at, unless
        // the run may have stopped in between: an incremental run is
        // continued days after each iteration ended (started_at keeps the
        // first start, finished_at takes the last end), and a retried one
        // waited SCHEDULED for its retries. Then only the ends are known.
        appendWait(points, run, startMs, started ? startedMs : endMs);
        if (started) {
            const bool interrupted = run.isIncremental() || run.retryCount > 0;
            points.append({startedMs, interrupted ? RunStatus::Unknown : RunStatus::Running});
        }
        return points;
    }
    // An active run has held its status since its last update at the
    // latest. Between its start (or creation) and that update it may have
    // run, waited for a retry, been blocked or stopped and resumed: the
    // times cannot tell, so that stretch is unknown.
    const qint64 since = std::clamp(msOr(run.updatedAt, startMs), startMs, endMs);
    if (started) {
        appendWait(points, run, startMs, startedMs);
        if (since > startedMs)
            points.append({startedMs, RunStatus::Unknown});
    } else if (since > startMs) {
        points.append({startMs, RunStatus::Unknown});
    }
    points.append({since, run.status});
    return points;
}

} // namespace

RunSpan RunSpan::of(const Run &run, const QList<StatusTransition> &transitions, qint64 nowMs)
{
    RunSpan span;
    span.uid = run.uid;
    span.name = run.name;
    span.actionName = run.actionName;
    span.startMs = msOr(run.createdAt, msOr(run.startedAt, -1));
    if (span.startMs < 0)
        return span;

    const bool terminal = isTerminal(run.status);
    span.active = !terminal;
    span.endMs =
        terminal ? msOr(run.finishedAt, msOr(run.updatedAt, msOr(run.startedAt, 0))) : nowMs;
    span.endMs = std::max(span.endMs, span.startMs);

    QList<Point> points = approximation(run, span.startMs, span.endMs, terminal);
    if (!transitions.isEmpty()) {
        QList<StatusTransition> observed = transitions;
        std::stable_sort(observed.begin(), observed.end(),
                         [](const auto &a, const auto &b) { return a.observedAt < b.observedAt; });
        const qint64 first = observed.first().observedAt.toMSecsSinceEpoch();
        const qsizetype approximated = points.size();
        points.erase(std::remove_if(points.begin(), points.end(),
                                    [first](const Point &p) { return p.ms >= first; }),
                     points.end());
        // A finished run's RUNNING from started_at to finished_at is the
        // one stretch the times do not bound: first seen in another status
        // (STOPPED, then resumed with started_at kept), it may have
        // stopped any time after its start, so that stretch is unknown.
        const bool assumedRunning = terminal && points.size() == approximated &&
                                    !points.isEmpty() && points.last().status == RunStatus::Running;
        if (assumedRunning && observed.first().status != RunStatus::Running)
            points.last().status = RunStatus::Unknown;
        for (const StatusTransition &transition : std::as_const(observed)) {
            const qint64 ms = transition.observedAt.toMSecsSinceEpoch();
            // Seen at or after the finish: the end itself says it.
            if (terminal && ms >= span.endMs)
                break;
            points.append({std::max(ms, span.startMs), transition.status});
        }
        if (points.isEmpty())
            points.append({span.startMs, run.status});
        // The run itself may be newer than the last transition seen.
        if (!terminal && points.last().status != run.status)
            points.append(
                {std::max(msOr(run.updatedAt, span.startMs), points.last().ms), run.status});
    }

    qint64 previous = span.startMs;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const qint64 from = std::min(std::max(points.at(i).ms, previous), span.endMs);
        const qint64 to =
            i + 1 < points.size() ? std::clamp(points.at(i + 1).ms, from, span.endMs) : span.endMs;
        previous = to;
        if (to <= from)
            continue;
        if (!span.segments.isEmpty() && span.segments.last().status == points.at(i).status &&
            span.segments.last().toMs == from)
            span.segments.last().toMs = to;
        else
            span.segments.append({points.at(i).status, from, to});
    }
    span.endStatus = terminal ? run.status : points.last().status;
    return span;
}

int RunSpan::segmentAt(qint64 ms) const
{
    const auto it = std::upper_bound(segments.cbegin(), segments.cend(), ms,
                                     [](qint64 value, const Segment &s) { return value < s.toMs; });
    if (it == segments.cend() || it->fromMs > ms)
        return -1;
    return static_cast<int>(it - segments.cbegin());
}

RunStatus RunSpan::statusIn(qint64 fromMs, qint64 toMs) const
{
    if (!isValid())
        return RunStatus::Unknown;
    const qint64 end = std::max(endMs, startMs + 1);
    if (startMs >= toMs || end <= fromMs)
        return RunStatus::Unknown;
    return end <= toMs ? endStatus : statusAt(toMs - 1);
}

RunStatus RunSpan::statusAt(qint64 ms) const
{
    if (ms < startMs)
        return RunStatus::Unknown;
    if (ms >= endMs)
        return endStatus;
    const int segment = segmentAt(ms);
    return segment < 0 ? RunStatus::Unknown : segments.at(segment).status;
}
