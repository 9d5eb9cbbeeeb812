#pragma once

#include <QString>
#include <QStringBuilder>

// Why a cron expression (or the zone it is read in) was rejected: the field,
// the offending token and the reason, e.g. field "day-of-month", token "32",
// reason "32 is out of range 1-31".
struct CronError
{
    QString field;
    QString token;
    QString reason;

    // "day-of-month: 32 is out of range 1-31"
    QString message() const { return field % QLatin1String(": ") % reason; }
};
