#pragma once

#include "core/domain/runstatus.h"
#include "core/domain/statustransition.h"

#include <QList>
#include <QString>

struct Run;

// One run laid out on the time line: from its creation to its end (its
// finish, or now while it is active), cut into the statuses it held. The
// fleet chart counts these and the Gantt strip paints them, so both agree.
//
// Where the statuses come from: the watcher's observed transitions when it
// has any, else an approximation from the run's own timestamps, which is
// all the API keeps (contract 3.2): a waiting status from created_at until
// started_at, RUNNING from started_at until finished_at, then the final
// status. An active run that is neither waiting nor running (BLOCKED, a
// retry back in SCHEDULED) ran until its updated_at and has held its
// current status since. Transitions are only seen while the dashboard
// watched the run, so the time before the first one still comes from the
// approximation, and a terminal run still ends at its finished_at (the
// watcher sees the end a poll later than it happened).
struct RunSpan
{
    // A status held over [fromMs, toMs), in ms since the epoch.
    struct Segment
    {
        RunStatus status = RunStatus::Unknown;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        bool operator==(const Segment &) const = default;
    };

    QString uid;
    QString name;
    QString actionName;
    qint64 startMs = 0;
    // The finish of a terminal run, now for an active one; never before
    // startMs. The last segment ends here.
    qint64 endMs = 0;
    bool active = false;
    // The status the run ended in, or holds now while active.
    RunStatus endStatus = RunStatus::Unknown;
    // In time order, adjacent, without empty ones; empty when the run ended
    // the instant it was created.
    QList<Segment> segments;

    // An invalid span (no usable created_at) has startMs < 0 and is skipped.
    static RunSpan of(const Run &run, const QList<StatusTransition> &transitions, qint64 nowMs);

    bool isValid() const { return startMs >= 0; }
    // The status held at `ms`: endStatus from endMs on, Unknown before.
    RunStatus statusAt(qint64 ms) const;
    // The status the fleet chart counts the run under in [fromMs, toMs):
    // its end status in the bucket where it ends, else the status held at
    // the bucket's last millisecond; Unknown when it did not live then.
    RunStatus statusIn(qint64 fromMs, qint64 toMs) const;
    // The segment holding `ms`, or -1.
    int segmentAt(qint64 ms) const;
};
