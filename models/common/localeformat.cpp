#include "models/common/localeformat.h"

#include <QDateTime>
#include <QRegularExpression>

bool LocaleFormat::isNeutral(const QLocale &locale)
{
    return locale.language() == QLocale::C;
}

QString LocaleFormat::datePattern()
{
    const QLocale locale;
    if (isNeutral(locale))
        return QStringLiteral("yyyy-MM-dd");
    // Short formats write two-digit years in many locales (en_US "M/d/yy");
    // a dashboard of runs over months wants the whole year.
    QString pattern = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    pattern.replace(twoDigitYear, QStringLiteral("yyyy"));
    return pattern;
}

QString LocaleFormat::timePattern(Seconds seconds)
{
    const QLocale locale;
    if (isNeutral(locale))
        return seconds == Seconds::Show ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    if (seconds == Seconds::Hide)
        return locale.timeFormat(QLocale::ShortFormat);
    // The long format is the one with seconds; its zone ("t") is left out
    // because the views add the display zone's abbreviation themselves.
    QString pattern = locale.timeFormat(QLocale::LongFormat);
    static const QRegularExpression zone(QStringLiteral("\\s*\\(?t+\\)?"));
    pattern.remove(zone);
    return pattern.trimmed();
}

QString LocaleFormat::dateTimePattern(Seconds seconds)
{
    return datePattern() + QLatin1Char(' ') + timePattern(seconds);
}

QString LocaleFormat::dateTime(const QDateTime &time, Seconds seconds)
{
    return withPattern(time, dateTimePattern(seconds));
}

QString LocaleFormat::time(const QDateTime &time, Seconds seconds)
{
    return withPattern(time, timePattern(seconds));
}

QString LocaleFormat::withPattern(const QDateTime &time, const QString &pattern)
{
    return time.isValid() ? QLocale().toString(time, pattern) : QString();
}
