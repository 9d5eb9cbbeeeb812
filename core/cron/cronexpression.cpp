#include "core/cron/cronexpression.h"

#include <QRegularExpression>
#include <QStringBuilder>

namespace {

constexpr qint64 kMinutesPerDay = 24 * 60;
// 1970-01-01 as a Julian day.
constexpr qint64 kEpochJulianDay = 2440588;
// Every valid date recurs on every weekday within one 400-year Gregorian
// cycle, so a pattern that can match does so well within this horizon.
constexpr int kHorizonYears = 800;

constexpr std::array<CronFieldKind, 5> kFieldOrder = {
    CronFieldKind::Minute, CronFieldKind::Hour, CronFieldKind::DayOfMonth, CronFieldKind::Month,
    CronFieldKind::DayOfWeek};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

QDate dateOfMinute(qint64 minute)
{
    return QDate::fromJulianDay(floorDiv(minute, kMinutesPerDay) + kEpochJulianDay);
}

qint64 minuteOf(QDate date, int hour, int minute)
{
    return (date.toJulianDay() - kEpochJulianDay) * kMinutesPerDay + hour * 60 + minute;
}

int maxDaysInMonth(int month)
{
    return QDate(2000, month, 1).daysInMonth(); // 2000 is a leap year: Feb has 29
}

// The next day after `date` that can match. With the both-rule a day must
// be in the day-of-month field, so the days in between are skipped: a
// month at once for "0 0 1 * *" instead of thirty calendar steps.
QDate nextCandidateDay(const CronExpression &cron, QDate date)
{
    if (!cron.dayMatchesBoth())
        return date.addDays(1);
    const int day = cron.dayOfMonth().next(date.day() + 1);
    if (day < 0 || day > date.daysInMonth())
        return QDate(date.year(), date.month(), 1).addMonths(1);
    return QDate(date.year(), date.month(), day);
}

// nextCandidateDay() backwards.
QDate previousCandidateDay(const CronExpression &cron, QDate date)
{
    if (!cron.dayMatchesBoth())
        return date.addDays(-1);
    const int day = cron.dayOfMonth().previous(date.day() - 1);
    if (day < 1)
        return QDate(date.year(), date.month(), 1).addDays(-1);
    return QDate(date.year(), date.month(), day);
}

CronError expressionError(const QString &token, const QString &reason)
{
    return CronError{QStringLiteral("expression"), token, reason};
}

} // namespace

std::variant<CronExpression, CronError> CronExpression::parse(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty()) {
        return expressionError(trimmed, QStringLiteral("no fields given; expected 5: minute hour "
                                                       "day-of-month month day-of-week"));
    }
    static const QRegularExpression blanks(QStringLiteral("[ \\t]+"));
    if (trimmed.startsWith(QLatin1Char('@'))) {
        const QString alias = trimmed.split(blanks).constFirst();
        return expressionError(alias, QLatin1Char('\'') % alias %
                                          QLatin1String("': aliases such as @daily are not "
                                                        "supported; write the 5 fields, e.g. "
                                                        "0 0 * * *"));
    }
    const QStringList parts = trimmed.split(blanks, Qt::SkipEmptyParts);
    if (parts.size() != 5) {
        QString reason = QLatin1String("expected 5 fields (minute hour day-of-month month "
                                       "day-of-week) but found ") %
                         QString::number(parts.size());
        if (parts.size() == 6 || parts.size() == 7)
            reason += QLatin1String("; seconds and year fields are not supported");
        return expressionError(trimmed, reason);
    }

    CronExpression expression;
    expression.m_text = parts.join(QLatin1Char(' '));
    for (std::size_t i = 0; i < kFieldOrder.size(); ++i) {
        CronError error;
        auto field = CronField::parse(kFieldOrder[i], parts[static_cast<qsizetype>(i)], &error);
        if (!field)
            return error;
        expression.m_fields[i] = *field;
    }
    expression.m_canEverMatch = expression.computeCanEverMatch();
    return expression;
}

bool CronExpression::dayMatchesBoth() const
{
    return dayOfMonth().startsWithStar() || dayOfWeek().startsWithStar();
}

bool CronExpression::matchesDate(QDate date) const
{
    if (!month().contains(date.month()))
        return false;
    const bool domMatches = dayOfMonth().contains(date.day());
    const bool dowMatches = dayOfWeek().contains(date.dayOfWeek() % 7);
    return dayMatchesBoth() ? domMatches && dowMatches : domMatches || dowMatches;
}

bool CronExpression::computeCanEverMatch() const
{
    // With the either-rule the weekday alone can match, and every weekday
    // occurs in every month. With the both-rule, each valid (month, day)
    // pair falls on every weekday at some point in a 400-year cycle, so
    // only the existence of a valid pair matters.
    if (!dayMatchesBoth())
        return true;
    for (const int m : month().values()) {
        if (dayOfMonth().first() <= maxDaysInMonth(m))
            return true;
    }
    return false;
}

std::optional<qint64> CronExpression::firstMatchAtOrAfter(qint64 localMinute) const
{
    if (!m_canEverMatch)
        return std::nullopt;
    QDate date = dateOfMinute(localMinute);
    const qint64 minuteOfDay = localMinute - minuteOf(date, 0, 0);
    int hour = static_cast<int>(minuteOfDay / 60);
    int minute = static_cast<int>(minuteOfDay % 60);
    const int lastYear = date.year() + kHorizonYears;

    // Each step skips a whole month, day or hour that cannot match, so the
    // cost is bounded by the calendar structure, not by minutes.
    while (date.year() <= lastYear) {
        if (!month().contains(date.month())) {
            const int nextMonth = month().next(date.month() + 1);
            date = nextMonth < 0 ? QDate(date.year() + 1, month().first(), 1)
                                 : QDate(date.year(), nextMonth, 1);
            hour = minute = 0;
            continue;
        }
        if (!matchesDate(date)) {
            date = nextCandidateDay(*this, date);
            hour = minute = 0;
            continue;
        }
        const int nextHour = this->hour().next(hour);
        if (nextHour < 0) {
            date = date.addDays(1);
            hour = minute = 0;
            continue;
        }
        if (nextHour != hour) {
            hour = nextHour;
            minute = 0;
        }
        const int nextMinute = this->minute().next(minute);
        if (nextMinute < 0) {
            minute = 0;
            if (++hour > 23) {
                date = date.addDays(1);
                hour = 0;
            }
            continue;
        }
        return minuteOf(date, hour, nextMinute);
    }
    return std::nullopt;
}

std::optional<qint64> CronExpression::lastMatchAtOrBefore(qint64 localMinute) const
{
    if (!m_canEverMatch)
        return std::nullopt;
    QDate date = dateOfMinute(localMinute);
    const qint64 minuteOfDay = localMinute - minuteOf(date, 0, 0);
    int hour = static_cast<int>(minuteOfDay / 60);
    int minute = static_cast<int>(minuteOfDay % 60);
    const int firstYear = date.year() - kHorizonYears;

    const auto toEndOfPreviousDay = [&] {
        date = date.addDays(-1);
        hour = 23;
        minute = 59;
    };
    while (date.year() >= firstYear) {
        if (!month().contains(date.month())) {
            const int previousMonth = month().previous(date.month() - 1);
            const QDate firstOfMonth = previousMonth < 0 ? QDate(date.year() - 1, month().last(), 1)
                                                         : QDate(date.year(), previousMonth, 1);
            date = firstOfMonth.addDays(firstOfMonth.daysInMonth() - 1);
            hour = 23;
            minute = 59;
            continue;
        }
        if (!matchesDate(date)) {
            date = previousCandidateDay(*this, date);
            hour = 23;
            minute = 59;
            continue;
        }
        const int previousHour = this->hour().previous(hour);
        if (previousHour < 0) {
            toEndOfPreviousDay();
            continue;
        }
        if (previousHour != hour) {
            hour = previousHour;
            minute = 59;
        }
        const int previousMinute = this->minute().previous(minute);
        if (previousMinute < 0) {
            minute = 59;
            if (--hour < 0)
                toEndOfPreviousDay();
            continue;
        }
        return minuteOf(date, hour, previousMinute);
    }
    return std::nullopt;
}
