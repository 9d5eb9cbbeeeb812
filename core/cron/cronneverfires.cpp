#include "core/cron/cronneverfires.h"

#include "core/cron/cronexpression.h"

#include <QStringBuilder>
#include <QStringList>

#include <array>

namespace {

constexpr std::array<const char *, 12> kMonths = {"January",   "February", "March",    "April",
                                                  "May",       "June",     "July",     "August",
                                                  "September", "October",  "November", "December"};

// "a", "a and b", "a, b and c"; `last` joins the last two.
QString joined(const QStringList &items, QLatin1String last)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(QLatin1String(", ")) % last % items.last();
}

} // namespace

std::optional<CronError> cronNeverFiresError(const CronExpression &expression)
{
    if (expression.canEverMatch())
        return std::nullopt;
    // canEverMatch() is false only when the day must match the day of the
    // month and every chosen day lies past the end of every chosen month.
    QStringList days;
    for (const int day : expression.dayOfMonth().values())
        days.append(QString::number(day));
    QStringList months;
    for (const int month : expression.month().values())
        months.append(QLatin1String(kMonths[static_cast<std::size_t>(month - 1)]));
    const bool oneDay = days.size() == 1;
    const QString text = expression.text().split(QLatin1Char(' ')).value(2);
    return CronError{
        QStringLiteral("day-of-month"), text,
        (oneDay ? QLatin1String("day ") : QLatin1String("days ")) %
            joined(days, QLatin1String(" and ")) %
            (oneDay ? QLatin1String(" never occurs in ") : QLatin1String(" never occur in ")) %
            joined(months, QLatin1String(" or ")) %
            QLatin1String(", so this expression never fires")};
}
