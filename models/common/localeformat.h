#pragma once

#include <QLocale>
#include <QString>

class QDateTime;

// Times as the window shows them: in the user's locale (QLocale(), the
// system's unless set), so a German desktop reads "27.11.2026 16:30:05" and
// an American one "11/27/2026 4:30:05 PM". The C/POSIX locale means "no
// preference" (containers, CI, LANG=C): there times read as ISO 8601, as
// the dashboard always wrote them. Numbers need no helper: QLocale() and
// tr("%Ln …") format them. Exported files and the headless commands never
// come here: they stay in the C locale so scripts can parse them.
namespace LocaleFormat {

enum class Seconds
{
    Hide,
    Show
};

// True for the C/POSIX locale.
bool isNeutral(const QLocale &locale = QLocale());

// Patterns for QLocale::toString and QDateTimeEdit::setDisplayFormat: the
// locale's short date with a four-digit year, its time with or without
// seconds; ISO 8601 for the C locale.
QString datePattern();
QString timePattern(Seconds seconds);
QString dateTimePattern(Seconds seconds);

// The time as it is (no zone conversion), in the patterns above; day and
// month names in the locale's language.
QString dateTime(const QDateTime &time, Seconds seconds = Seconds::Show);
QString time(const QDateTime &time, Seconds seconds = Seconds::Show);
// Any pattern, with day and month names in the locale's language
// (QDateTime::toString(pattern) always writes English names).
QString withPattern(const QDateTime &time, const QString &pattern);

} // namespace LocaleFormat
