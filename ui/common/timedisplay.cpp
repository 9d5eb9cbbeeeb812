#include "ui/common/timedisplay.h"

#include "models/common/displaytime.h"
#include "models/common/localeformat.h"

#include <QDateTime>

TimeDisplay::TimeDisplay()
{
    // Table cells are read to a screen reader as they are shown here.
    DisplayTime::setFormatter([this](const QDateTime &time) { return format(time); });
}

TimeDisplay *TimeDisplay::instance()
{
    static TimeDisplay display;
    return &display;
}

QString TimeDisplay::zoneId() const
{
    return m_local ? QStringLiteral("local") : QString::fromUtf8(m_zone.id());
}

void TimeDisplay::setZoneId(const QString &id)
{
    const bool local = id.isEmpty() || id == QLatin1String("local");
    QTimeZone zone = local ? QTimeZone::systemTimeZone() : QTimeZone(id.toUtf8());
    if (!zone.isValid()) {
        zone = QTimeZone::systemTimeZone();
        m_local = true;
    } else {
        m_local = local;
    }
    if (zone == m_zone && zoneId() == id)
        return;
    m_zone = zone;
    emit zoneChanged();
}

QDateTime TimeDisplay::toZone(const QDateTime &time) const
{
    return time.toTimeZone(m_zone);
}

QString TimeDisplay::format(const QDateTime &time, const QTimeZone &zone)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toTimeZone(zone);
    return LocaleFormat::dateTime(local) + QLatin1Char(' ') + zone.abbreviation(local);
}

QString TimeDisplay::formatShort(const QDateTime &time) const
{
    return LocaleFormat::time(toZone(time));
}

QString TimeDisplay::abbreviation() const
{
    return m_zone.abbreviation(QDateTime::currentDateTimeUtc());
}
