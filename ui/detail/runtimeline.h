#pragma once

#include "core/domain/runstatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct Run;
struct StatusTransition;

// The stretches of a run's life, one per status, for the timeline tab:
// built from the transitions the watcher observed, or, when it saw none,
// from the three times the run itself reports (created, started,
// finished). The last stretch of a run that has not ended runs until now;
// for an active run that is its current status since its last update, and
// the time between its start and that update is a stretch of Unknown
// status ("Not known"): it may have sat blocked or stopped there.
class RunTimeline final
{
public:
    struct Segment
    {
        RunStatus status = RunStatus::Unknown;
        // The status as the server spelled it, or a description of a
        // stretch the run's own times imply ("Waiting to start").
        QString label;
        QDateTime start;
        // Invalid for the final status of an ended run: it has no end.
        QDateTime end;
        bool ongoing = false;

        // Seconds from start to end (or to `now` while ongoing); -1 when
        // the segment has no end.
        qint64 durationSeconds(const QDateTime &now) const;
    };

    RunTimeline() = default;

    // From observed transitions (oldest first); empty when there are none.
    static RunTimeline fromTransitions(const QList<StatusTransition> &transitions,
                                       RunStatus currentStatus);
    // From created_at, started_at and finished_at.
    static RunTimeline fromRun(const Run &run);

    const QList<Segment> &segments() const { return m_segments; }
    bool isEmpty() const { return m_segments.isEmpty(); }
    bool isObserved() const { return m_observed; }

private:
    QList<Segment> m_segments;
    bool m_observed = false;
};
