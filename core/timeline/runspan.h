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
// A segment claims a status only for time the dashboard knows; time it
// does not know is a segment of RunStatus::Unknown, which the views paint
// as unknown (hatched grey), never as a status. What is known:
// - the transitions the watcher observed, from the first one on; a
//   finished run first seen in another status than RUNNING after its
//   start (STOPPED, later resumed with started_at kept) is unknown from
//   its start to that sighting, since the times only prove when it began
//   running;
// - before that, what the run's own timestamps prove (contract 3.2). A
//   terminal run waited from created_at until started_at (SCHEDULED until
//   postponed_until when that falls in between, else QUEUED: the API keeps
//   no time for leaving CREATED), ran until finished_at, then holds its
//   final status; but for an incremental run (continued days after an
//   iteration ended, with started_at kept from the first) or a retried
//   one (it waited for its retries) only the start and the end of that
//   stretch are known. An active run waited until started_at too, and has held
//   its current status since updated_at at the latest; between its start
//   and that update it may have run, been blocked, or stopped and resumed
//   weeks later, so that stretch is unknown.
// A terminal run still ends at its finished_at (the watcher sees the end a
// poll later than it happened).
struct RunSpan
{
    // A status held over [fromMs, toMs), in ms since the epoch; Unknown
    // where the dashboard cannot tell.
    struct Segment
    {
        RunStatus status = RunStatus::Unknown;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        bool isKnown() const { return status != RunStatus::Unknown; }
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
    // The status held at `ms`: endStatus from endMs on, Unknown before
    // the start and where the dashboard cannot tell.
    RunStatus statusAt(qint64 ms) const;
    // The status the fleet chart counts the run under in [fromMs, toMs):
    // its end status in the bucket where it ends, else the status held at
    // the bucket's last millisecond; Unknown when it did not live then or
    // its status then is not known.
    RunStatus statusIn(qint64 fromMs, qint64 toMs) const;
    // The segment holding `ms`, or -1.
    int segmentAt(qint64 ms) const;
};
