#pragma once

#include "core/cron/cronerror.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The one answer to "is this an IANA time zone name", for the command
// line, the launch checks, the sandbox and the zone pickers, so that none
// of them accepts a name another refuses.
//
// QTimeZone alone cannot answer it: on Linux it reads any name it cannot
// find as a POSIX TZ rule, so "Paris" or "abc1" make a valid zone at UTC.
// The names known here are those of the zone database as Qt lists it
// (zone.tab), "UTC", and the "Etc/" zones the database holds; Qt's own
// "UTC+05:30" ids are not IANA names and are not among them.
class IanaZone final
{
public:
    // Why `name` is not a known zone, as an error on `field`, with a
    // suggestion when exactly one known name fits; nullopt when it is one.
    static std::optional<CronError> check(QStringView name,
                                          const QString &field = QStringLiteral("timezone"));
    static bool isKnown(QStringView name);
    // The known name `name` was probably meant as: the same name in
    // another case, or the one zone whose last part it is ("Paris" is
    // "Europe/Paris"); empty when none or several fit.
    static QString suggestion(QStringView name);
    // Every known name, sorted.
    static const QStringList &names();
};
