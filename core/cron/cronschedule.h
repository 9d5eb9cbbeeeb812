#pragma once

#include "core/cron/cronexpression.h"
#include "core/cron/zoneoffsets.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

// A cron expression read as wall-clock times in one IANA time zone: the
// instants at which it fires. Answers are UTC QDateTimes at whole seconds.
class CronSchedule final
{
public:
    CronSchedule(CronExpression expression, const QTimeZone &zone);

    const CronExpression &expression() const { return m_expression; }
    const QTimeZone &zone() const { return m_zone; }

    // The first fire time strictly after `after`; nullopt when there is none
    // (an expression such as "0 0 30 2 *" never fires).
    std::optional<QDateTime> next(const QDateTime &after) const;
    // Up to `count` consecutive fire times strictly after `after`.
    QList<QDateTime> next(const QDateTime &after, int count) const;
    // next() in seconds since the epoch, for callers that step through
    // many fire times and would otherwise build a QDateTime for each.
    std::optional<qint64> nextSecsSinceEpoch(qint64 after) const;
    // The last fire time strictly before `before`.
    std::optional<QDateTime> previous(const QDateTime &before) const;

private:
    bool firesByWallClock() const;
    std::optional<qint64> nextWallClock(qint64 after) const;
    std::optional<qint64> previousWallClock(qint64 before) const;
    std::optional<qint64> nextOnce(qint64 after) const;
    std::optional<qint64> previousOnce(qint64 before) const;
    qint64 instantOf(qint64 localMinute) const;
    qint64 endOfOverlapContaining(qint64 utc) const;

    CronExpression m_expression;
    QTimeZone m_zone;
    ZoneOffsets m_offsets;
};
