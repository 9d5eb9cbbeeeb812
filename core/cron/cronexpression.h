#pragma once

#include "core/cron/cronerror.h"
#include "core/cron/cronfield.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <variant>

// A standard five-field cron expression with Vixie cron semantics, as
// cronie implements it. It knows which wall-clock minutes match; turning
// them into instants in a time zone is CronSchedule's job.
class CronExpression final
{
public:
    // Either the expression or the first error found, naming its field.
    static std::variant<CronExpression, CronError> parse(QStringView text);

    const QString &text() const { return m_text; }
    const CronField &field(CronFieldKind kind) const
    {
        return m_fields[static_cast<std::size_t>(kind)];
    }
    const CronField &minute() const { return field(CronFieldKind::Minute); }
    const CronField &hour() const { return field(CronFieldKind::Hour); }
    const CronField &dayOfMonth() const { return field(CronFieldKind::DayOfMonth); }
    const CronField &month() const { return field(CronFieldKind::Month); }
    const CronField &dayOfWeek() const { return field(CronFieldKind::DayOfWeek); }

    // The day rule: when either day field starts with '*', a day must match
    // both; otherwise it matches when either matches.
    bool dayMatchesBoth() const;
    bool matchesDate(QDate date) const;
    // False for dates that can never occur, such as "0 0 30 2 *".
    bool canEverMatch() const { return m_canEverMatch; }

    // Matching wall-clock minutes, counted from 1970-01-01T00:00 local.
    // nullopt when none exists within the search horizon (centuries).
    std::optional<qint64> firstMatchAtOrAfter(qint64 localMinute) const;
    std::optional<qint64> lastMatchAtOrBefore(qint64 localMinute) const;

private:
    CronExpression() = default;
    bool computeCanEverMatch() const;

    QString m_text;
    std::array<CronField, 5> m_fields;
    bool m_canEverMatch = true;
};
