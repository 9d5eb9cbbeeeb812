#pragma once

#include "core/cron/cronschedule.h"
#include "core/cron/zoneoffsets.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The next fire times of a schedule, each with a note when daylight saving
// changed it, so that an operator reading "03:00" for a 02:30 job sees why.
// The fire times are CronSchedule's; this only explains them, following
// the same cronie rules (see cronschedule.cpp):
//
// * A job with no '*' at the start of its minute and hour fields fires once
//   per matching wall time. A wall time in a spring-forward gap is moved
//   to the first instant after the gap; one that occurs twice in a
//   fall-back overlap is merged: it fires at its first occurrence only.
// * A job with such a '*' follows the wall clock: a wall time in a gap is
//   skipped (noted on the next fire time), and one that occurs twice is
//   repeated: it fires at both.
class FireTimeNotes final
{
public:
    enum class Kind
    {
        None,
        Moved,
        Merged,
        Repeated,
        Skipped,
    };

    struct FireTime
    {
        QDateTime at; // UTC
        Kind kind = Kind::None;
        // Why, in a sentence naming the wall times, the date, the zone and
        // the clock change; empty for None.
        QString reason;
    };

    explicit FireTimeNotes(CronSchedule schedule);

    // Up to `count` fire times strictly after `after`, as CronSchedule::next.
    QList<FireTime> next(const QDateTime &after, int count) const;

    // A short mark for a list: "moved by daylight saving"; empty for None.
    static QString label(Kind kind);

private:
    struct Transition
    {
        qint64 at = 0;
        int offsetBefore = 0;
        int offsetAfter = 0;
    };

    FireTime note(qint64 fire, qint64 previous) const;
    QList<qint64> matchesInGap(const Transition &gap) const;
    std::optional<Transition> gapEndingAt(qint64 instant) const;
    // The transition that starts the offset period holding `instant`.
    Transition transitionStarting(qint64 instant) const;
    QString clockChange(const Transition &transition) const;
    QString wallTimes(const QList<qint64> &locals) const;
    QString wallTime(qint64 local) const;
    QString abbreviation(qint64 utc) const;
    QString dayAndZone(qint64 local) const;

    CronSchedule m_schedule;
    ZoneOffsets m_offsets;
    bool m_followsWallClock;
};
