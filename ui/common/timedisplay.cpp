#include "timedisplay.h"

#include <QDateTime>

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

QString TimeDisplay::format(const QDateTime &time) const
{
    if (!time.isValid())
        return {};
    const QDateTime local = toZone(time);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + m_zone.abbreviation(local);
}

QString TimeDisplay::formatShort(const QDateTime &time) const
{
    return time.isValid() ? toZone(time).toString(QStringLiteral("HH:mm:ss")) : QString();
}

QString TimeDisplay::abbreviation() const
{
    return m_zone.abbreviation(QDateTime::currentDateTimeUtc());
}

QString TimeDisplay::formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 86400)
        return tr("%1 h %2 min")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}
