#include "core/cron/crondescription.h"

#include "core/cron/cronexpression.h"

#include <QStringBuilder>
#include <QStringList>

#include <algorithm>
#include <array>

namespace {

constexpr std::array<const char *, 12> kMonths = {"January",   "February", "March",    "April",
                                                  "May",       "June",     "July",     "August",
                                                  "September", "October",  "November", "December"};
constexpr std::array<const char *, 8> kDays = {"Sunday",   "Monday", "Tuesday",  "Wednesday",
                                               "Thursday", "Friday", "Saturday", "Sunday"};

QString ordinal(int n)
{
    const int lastTwo = n % 100;
    const int last = n % 10;
    const char *suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        if (last == 1)
            suffix = "st";
        else if (last == 2)
            suffix = "nd";
        else if (last == 3)
            suffix = "rd";
    }
    return QString::number(n) % QLatin1String(suffix);
}

// "a", "a and b", "a, b and c"
QString joined(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(QLatin1String(", ")) % QLatin1String(" and ") %
           items.last();
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString clock(int hour, int minute)
{
    return twoDigits(hour) % QLatin1Char(':') % twoDigits(minute);
}

bool onlyValues(const CronField &field)
{
    return std::all_of(field.elements().cbegin(), field.elements().cend(),
                       [](const CronElement &e) { return e.kind == CronElement::Kind::Value; });
}

bool isStep(const CronField &field)
{
    return field.elements().size() == 1 &&
           field.elements().first().kind == CronElement::Kind::Any &&
           field.elements().first().step > 1;
}

using Namer = QString (*)(int);

QString number(int n)
{
    return QString::number(n);
}

QString monthName(int n)
{
    return QLatin1String(kMonths[static_cast<std::size_t>(n - 1)]);
}

QString dayName(int n)
{
    return QLatin1String(kDays[static_cast<std::size_t>(n)]);
}

// One element in words: "5", "10 through 20", "every 5th from 10 through 20".
QString element(const CronElement &e, const CronField &field, Namer name)
{
    switch (e.kind) {
    case CronElement::Kind::Value:
        return name(e.first);
    case CronElement::Kind::Range:
        if (e.step > 1) {
            return QLatin1String("every ") % ordinal(e.step) % QLatin1String(" from ") %
                   name(e.first) % QLatin1String(" through ") % name(e.last);
        }
        return name(e.first) % QLatin1String(" through ") % name(e.last);
    case CronElement::Kind::Any:
        if (e.step > 1)
            return QLatin1String("every ") % ordinal(e.step);
        return QLatin1String("every ") % CronField::name(field.kind());
    }
    return {};
}

QString elements(const CronField &field, Namer name)
{
    QStringList parts;
    for (const CronElement &e : field.elements())
        parts.append(element(e, field, name));
    return joined(parts);
}

QString plural(const CronField &field, const char *singular, const char *pluralWord)
{
    const bool one =
        field.elements().size() == 1 && field.elements().first().kind == CronElement::Kind::Value;
    return QLatin1String(one ? singular : pluralWord);
}

QString timePart(const CronExpression &cron)
{
    const CronField &minute = cron.minute();
    const CronField &hour = cron.hour();

    if (onlyValues(minute) && onlyValues(hour) &&
        minute.values().size() * hour.values().size() <= 6) {
        QStringList times;
        for (const int h : hour.values()) {
            for (const int m : minute.values())
                times.append(clock(h, m));
        }
        return QLatin1String("At ") % joined(times);
    }

    QString minutes;
    if (minute.isUnrestricted())
        minutes = QStringLiteral("Every minute");
    else if (isStep(minute))
        minutes = QLatin1String("Every ") % QString::number(minute.elements().first().step) %
                  QLatin1String(" minutes");
    else if (minute.elements().size() == 1 && minute.elements().first().step > 1) {
        const CronElement &e = minute.elements().first();
        minutes = QLatin1String("Every ") % QString::number(e.step) %
                  QLatin1String(" minutes from minute ") % QString::number(e.first) %
                  QLatin1String(" through ") % QString::number(e.last);
    } else if (onlyValues(minute))
        minutes =
            QLatin1String("At ") % plural(minute, "minute ", "minutes ") % elements(minute, number);
    else
        minutes = QLatin1String("At minutes ") % elements(minute, number);

    if (hour.isUnrestricted())
        return onlyValues(minute) ? minutes % QLatin1String(" past every hour") : minutes;
    const QString glue =
        onlyValues(minute) ? QStringLiteral(" past ") : QStringLiteral(", during ");
    if (isStep(hour)) {
        return minutes % glue % QLatin1String("every ") % ordinal(hour.elements().first().step) %
               QLatin1String(" hour");
    }
    return minutes % glue % plural(hour, "hour ", "hours ") % elements(hour, number);
}

QString dayOfMonthPart(const CronField &dom)
{
    if (isStep(dom)) {
        return QLatin1String("on every ") % ordinal(dom.elements().first().step) %
               QLatin1String(" day of the month");
    }
    return QLatin1String("on ") % plural(dom, "day ", "days ") % elements(dom, number) %
           QLatin1String(" of the month");
}

// `alone`: the weekday is the only day restriction, so "only on Monday"
// reads right; next to a day of the month it would mislead.
QString dayOfWeekPart(const CronField &dow, bool alone)
{
    const bool single = dow.elements().size() == 1;
    const CronElement &e = dow.elements().first();
    if (single && e.kind == CronElement::Kind::Range && e.step == 1)
        return dayName(e.first) % QLatin1String(" through ") % dayName(e.last);
    QStringList names;
    for (const int day : dow.values())
        names.append(dayName(day));
    return (alone && single && e.kind == CronElement::Kind::Value ? QLatin1String("only on ")
                                                                  : QLatin1String("on ")) %
           joined(names);
}

QString monthPart(const CronField &month)
{
    const bool single = month.elements().size() == 1;
    const CronElement &e = month.elements().first();
    if (single && e.kind == CronElement::Kind::Range && e.step == 1)
        return monthName(e.first) % QLatin1String(" through ") % monthName(e.last);
    QStringList names;
    for (const int m : month.values())
        names.append(monthName(m));
    return (single && e.kind == CronElement::Kind::Value ? QLatin1String("only in ")
                                                         : QLatin1String("in ")) %
           joined(names);
}

} // namespace

QString describeCron(const CronExpression &expression)
{
    QString text = timePart(expression);

    const CronField &dom = expression.dayOfMonth();
    const CronField &dow = expression.dayOfWeek();
    const bool domRestricted = !dom.isUnrestricted();
    const bool dowRestricted = !dow.isUnrestricted();
    if (domRestricted && dowRestricted) {
        const QString joiner =
            expression.dayMatchesBoth() ? QStringLiteral(", if it is ") : QStringLiteral(" or ");
        QString weekdays = dayOfWeekPart(dow, false);
        if (expression.dayMatchesBoth()) {
            weekdays = weekdays.startsWith(QLatin1String("on "))
                           ? QLatin1String("a ") % weekdays.mid(3).replace(QLatin1String(" and "),
                                                                           QLatin1String(" or "))
                           : QLatin1String("a day from ") % weekdays;
        }
        text += QLatin1String(", ") % dayOfMonthPart(dom) % joiner % weekdays;
    } else if (domRestricted) {
        text += QLatin1String(", ") % dayOfMonthPart(dom);
    } else if (dowRestricted) {
        text += QLatin1String(", ") % dayOfWeekPart(dow, true);
    }

    if (!expression.month().isUnrestricted())
        text += QLatin1String(", ") % monthPart(expression.month());
    return text;
}
