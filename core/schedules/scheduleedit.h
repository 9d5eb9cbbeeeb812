#pragma once

#include "core/cron/firetimenotes.h"

#include <QDateTime>
#include <QFlags>
#include <QJsonObject>
#include <QList>
#include <QString>

struct Schedule;

// What an operator may change of a schedule (contract 4.4 `update`: name,
// cron, timezone, schedule_at), and what an edited copy changes of the
// original, as the body of the update call. Only the fields that differ
// are sent, so an edit never rewrites what the user did not touch: a name
// renamed meanwhile by someone else stays, and so does a start the
// schedule object does not show (4.2 lists no schedule_at).
struct ScheduleEdit
{
    enum class Field
    {
        Name = 0x1,
        Cron = 0x2,
        Timezone = 0x4,
        ScheduleAt = 0x8,
    };
    Q_DECLARE_FLAGS(Fields, Field)

    QString name;
    // Empty for a one-shot schedule.
    QString cron;
    QString timezone;
    // No earlier than this (a one-shot: when it fires). Invalid: not known,
    // or left as the server has it.
    QDateTime scheduleAt;

    // The schedule as the list shows it. A one-shot's time is its next
    // execution; a recurring schedule's start is not in the object, so it
    // is left invalid (unknown).
    static ScheduleEdit of(const Schedule &schedule);

    bool isOneShot() const { return cron.isEmpty(); }
    // The fields this edit sets to another value than `before`. An invalid
    // scheduleAt changes nothing: the start is left as it is.
    Fields changesFrom(const ScheduleEdit &before) const;
    // The update body with only those fields; an emptied name is null.
    QJsonObject updateBody(const ScheduleEdit &before) const;
    // The body's name of a field: "cron", "schedule_at".
    static QString apiName(Field field);

    // Up to `count` times the schedule would fire strictly after `now`, as
    // the service computes them (contract 2.4): a recurring schedule's
    // cron times in its zone, none earlier than the start; a one-shot's
    // one time (`now` when that has passed: it fires at once). Empty when the cron or the zone is
    // not valid, or a one-shot's time is unknown.
    QList<FireTimeNotes::FireTime> nextFireTimes(const QDateTime &now, int count) const;

    bool operator==(const ScheduleEdit &) const = default;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ScheduleEdit::Fields)
