#include "core/cron/cronfieldspec.h"

#include <QStringBuilder>
#include <QStringList>

#include <algorithm>

namespace {

// Sunday is 0 and 7; a set keeps it as 0 so that one day has one box.
constexpr int kSunday = 0;
constexpr int kSundayAsSeven = 7;
constexpr int kLastDayOfWeek = 6;
// Runs shorter than this read better as a list ("1,2") than as a range.
constexpr qsizetype kShortestRun = 3;

// The last value a step must reach to cover the whole field. Day-of-week
// goes up to 7 only so that ranges can end on Sunday; 0-6 already covers
// every day.
int lastOfWholeField(CronFieldKind kind)
{
    return kind == CronFieldKind::DayOfWeek ? kLastDayOfWeek : CronField::highest(kind);
}

void cannotShow(const CronField &field, QStringView text, const QString &because, CronError *why)
{
    if (why) {
        *why = CronError{CronField::name(field.kind()), text.toString(),
                         QLatin1String("the fields cannot show '") % text % QLatin1String("': ") %
                             because % QLatin1String("; edit it as text")};
    }
}

} // namespace

CronFieldSpec::CronFieldSpec(CronFieldKind kind, Mode mode)
    : m_kind(kind)
    , m_mode(mode)
{}

CronFieldSpec CronFieldSpec::every(CronFieldKind kind)
{
    return CronFieldSpec(kind, Mode::Every);
}

CronFieldSpec CronFieldSpec::values(CronFieldKind kind, const QList<int> &values)
{
    CronFieldSpec spec(kind, Mode::Values);
    for (int value : values) {
        if (kind == CronFieldKind::DayOfWeek && value == kSundayAsSeven)
            value = kSunday;
        if (!spec.m_values.contains(value))
            spec.m_values.append(value);
    }
    std::sort(spec.m_values.begin(), spec.m_values.end());
    return spec;
}

CronFieldSpec CronFieldSpec::range(CronFieldKind kind, int first, int last)
{
    CronFieldSpec spec(kind, Mode::Range);
    spec.m_first = first;
    spec.m_last = last;
    return spec;
}

CronFieldSpec CronFieldSpec::step(CronFieldKind kind, int step, int start, int last)
{
    const bool whole = start == CronField::lowest(kind) && last >= lastOfWholeField(kind);
    if (step == 1)
        return whole ? every(kind) : range(kind, start, last);
    CronFieldSpec spec(kind, Mode::Step);
    spec.m_first = start;
    spec.m_last = whole ? CronField::highest(kind) : last;
    spec.m_step = step;
    spec.m_star = whole;
    return spec;
}

CronFieldSpec CronFieldSpec::rangeStep(CronFieldKind kind, int step, int first, int last)
{
    // The engine reads `a-b/1` as `a-b`.
    if (step == 1)
        return range(kind, first, last);
    CronFieldSpec spec(kind, Mode::Step);
    spec.m_first = first;
    spec.m_last = last;
    spec.m_step = step;
    return spec;
}

CronFieldSpec CronFieldSpec::step(CronFieldKind kind, int step)
{
    return CronFieldSpec::step(kind, step, CronField::lowest(kind), CronField::highest(kind));
}

std::optional<CronFieldSpec> CronFieldSpec::fromField(const CronField &field, QStringView text,
                                                      CronError *why)
{
    const CronFieldKind kind = field.kind();
    const QList<CronElement> &elements = field.elements();
    if (elements.size() == 1) {
        const CronElement &element = elements.first();
        switch (element.kind) {
        case CronElement::Kind::Any:
            return element.step == 1 ? every(kind) : step(kind, element.step);
        case CronElement::Kind::Value:
            return values(kind, {element.first});
        case CronElement::Kind::Range:
            return rangeStep(kind, element.step, element.first, element.last);
        }
    }
    for (const CronElement &element : elements) {
        if (element.kind == CronElement::Kind::Any) {
            cannotShow(field, text, QStringLiteral("'*' in a list"), why);
            return std::nullopt;
        }
        if (element.step > 1) {
            cannotShow(field, text, QStringLiteral("a step in a list"), why);
            return std::nullopt;
        }
    }
    return values(kind, field.values());
}

bool CronFieldSpec::startsWithStar() const
{
    return m_mode == Mode::Every || (m_mode == Mode::Step && m_star);
}

std::optional<CronError> CronFieldSpec::problem() const
{
    if (m_mode == Mode::Values && m_values.isEmpty()) {
        return CronError{CronField::name(m_kind), QString(),
                         QStringLiteral("no value chosen; choose at least one")};
    }
    return std::nullopt;
}

QString CronFieldSpec::toText() const
{
    switch (m_mode) {
    case Mode::Every:
        return QStringLiteral("*");
    case Mode::Range:
        return QString::number(m_first) % QLatin1Char('-') % QString::number(m_last);
    case Mode::Step:
        if (m_star)
            return QLatin1String("*/") % QString::number(m_step);
        return QString::number(m_first) % QLatin1Char('-') % QString::number(m_last) %
               QLatin1Char('/') % QString::number(m_step);
    case Mode::Values:
        break;
    }
    QStringList items;
    for (qsizetype i = 0; i < m_values.size();) {
        qsizetype end = i + 1;
        while (end < m_values.size() && m_values.at(end) == m_values.at(end - 1) + 1)
            ++end;
        if (end - i >= kShortestRun) {
            items.append(QString::number(m_values.at(i)) % QLatin1Char('-') %
                         QString::number(m_values.at(end - 1)));
        } else {
            for (qsizetype k = i; k < end; ++k)
                items.append(QString::number(m_values.at(k)));
        }
        i = end;
    }
    return items.join(QLatin1Char(','));
}
