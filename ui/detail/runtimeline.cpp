#include "ui/detail/runtimeline.h"

#include "core/domain/run.h"
#include "core/domain/statustransition.h"
#include "ui/common/statusstyle.h"

#include <QCoreApplication>

#include <algorithm>

qint64 RunTimeline::Segment::durationSeconds(const QDateTime &now) const
{
    const QDateTime until = ongoing ? now : end;
    if (!start.isValid() || !until.isValid())
        return -1;
    return std::max<qint64>(0, start.secsTo(until));
}

RunTimeline RunTimeline::fromTransitions(const QList<StatusTransition> &transitions,
                                         RunStatus currentStatus)
{
    RunTimeline timeline;
    timeline.m_observed = true;
    for (const StatusTransition &transition : transitions) {
        if (!timeline.m_segments.isEmpty())
            timeline.m_segments.last().end = transition.observedAt;
        Segment segment;
        segment.status = transition.status;
        segment.label = transition.status == RunStatus::Unknown
                            ? transition.statusText
                            : StatusStyle::label(transition.status);
        segment.start = transition.observedAt;
        timeline.m_segments.append(segment);
    }
    if (!timeline.m_segments.isEmpty()) {
        Segment &last = timeline.m_segments.last();
        // An ended run stays in its final status: that stretch has no end.
        // A BLOCKED run waits for the user, so its wait keeps counting.
        last.ongoing = !isTerminal(last.status) && !isTerminal(currentStatus);
    }
    return timeline;
}

RunTimeline RunTimeline::fromRun(const Run &run)
{
    RunTimeline timeline;
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("RunTimeline", text);
    };
    const bool ended = isTerminal(run.status);
    if (run.createdAt.isValid()) {
        Segment waiting;
        waiting.status = RunStatus::Queued;
        waiting.label = tr("Waiting to start");
        waiting.start = run.createdAt;
        waiting.end = run.startedAt.isValid() ? run.startedAt : run.finishedAt;
        waiting.ongoing = !waiting.end.isValid() && !ended;
        timeline.m_segments.append(waiting);
    }
    if (run.startedAt.isValid()) {
        Segment working;
        working.status = RunStatus::Running;
        working.label = tr("Working");
        working.start = run.startedAt;
        working.end = run.finishedAt;
        working.ongoing = !run.finishedAt.isValid() && !ended;
        if (working.ongoing) {
            // An active run has held its status since its last update at
            // the latest; what it did between its start and that update
            // (ran, waited for a retry, was blocked or stopped and resumed)
            // its times do not tell.
            const QDateTime since = run.updatedAt.isValid() && run.updatedAt > run.startedAt
                                        ? run.updatedAt
                                        : run.startedAt;
            if (since > run.startedAt) {
                Segment unknown;
                unknown.status = RunStatus::Unknown;
                unknown.label = tr("Not known");
                unknown.start = run.startedAt;
                unknown.end = since;
                timeline.m_segments.append(unknown);
            }
            working.start = since;
            working.status = run.status;
            if (run.status != RunStatus::Running)
                working.label = StatusStyle::label(run.status);
        } else if (run.isIncremental() || run.retryCount > 0) {
            // Continued after an iteration ended, or waiting for retries:
            // between its first start and its last end it did not run all
            // along, and its times do not say when it did.
            working.status = RunStatus::Unknown;
            working.label = tr("Not known");
        }
        timeline.m_segments.append(working);
    }
    if (run.finishedAt.isValid() || (ended && !timeline.m_segments.isEmpty())) {
        Segment ending;
        ending.status = run.status;
        ending.label = StatusStyle::label(run.status);
        ending.start = run.finishedAt.isValid() ? run.finishedAt : run.updatedAt;
        timeline.m_segments.append(ending);
    }
    return timeline;
}
