#pragma once

#include <QObject>
#include <QTimeZone>

class QDateTime;

// The one time zone the whole dashboard shows times in: the machine's, UTC
// or any IANA zone. Every view formats through here, and each time carries
// its zone's abbreviation so a reader never has to guess.
class TimeDisplay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeDisplay)

public:
    static TimeDisplay *instance();

    QTimeZone zone() const { return m_zone; }
    // "local", "UTC" or an IANA id; an unknown id falls back to local.
    QString zoneId() const;
    void setZoneId(const QString &id);

    // "2026-11-27 16:30:05 CET" (in the locale's formats: LocaleFormat);
    // empty for an invalid time.
    QString format(const QDateTime &time) const { return format(time, m_zone); }
    // The same, in another zone, for the places that show a time in two
    // zones side by side (a schedule's own and the display zone).
    static QString format(const QDateTime &time, const QTimeZone &zone);
    // "16:30:05" for the zone's day; for tight places such as chart axes.
    QString formatShort(const QDateTime &time) const;
    QDateTime toZone(const QDateTime &time) const;
    // The zone's abbreviation now, e.g. "CET" or "UTC".
    QString abbreviation() const;

signals:
    void zoneChanged();

private:
    TimeDisplay();

    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_local = true;
};
