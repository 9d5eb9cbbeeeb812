#include "core/cron/cronfield.h"

#include <QStringBuilder>

#include <array>
#include <bit>

namespace {

constexpr std::array<const char *, 12> kMonthNames = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<const char *, 7> kDayNames = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

// A value larger than this is out of range in every field; capping the
// digits keeps the conversion from overflowing.
constexpr int kMaxDigits = 9;

QString quoted(QStringView text)
{
    return QLatin1Char('\'') % text % QLatin1Char('\'');
}

bool isAsciiNumber(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool hasNonAsciiDigit(QStringView text)
{
    // By code point, so digits outside the BMP (mathematical digits) count.
    for (const char32_t c : text.toUcs4()) {
        if (c > 127 && QChar::isDigit(c))
            return true;
    }
    return false;
}

// Leading zeros carry no value; dropping them keeps "0000000005" a 5.
QStringView withoutLeadingZeros(QStringView digits)
{
    while (digits.size() > 1 && digits.front() == QLatin1Char('0'))
        digits = digits.mid(1);
    return digits;
}

int lookupName(QStringView token, const auto &names)
{
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (token.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

// Quartz-style extensions people paste from other schedulers; they get a
// message that names the extension rather than a generic "not a number".
std::optional<QString> unsupportedExtension(QStringView token)
{
    if (token == QLatin1String("?"))
        return QStringLiteral("'?' is not supported; use *");
    if (token.contains(QLatin1Char('#')))
        return quoted(token) % QLatin1String(": '#' (nth weekday of the month) is not supported");
    const QStringView upper = token;
    const auto endsWith = [&](QLatin1String suffix) {
        return upper.endsWith(suffix, Qt::CaseInsensitive) &&
               (upper.size() == suffix.size() || isAsciiNumber(upper.chopped(suffix.size())));
    };
    if (endsWith(QLatin1String("LW")) || endsWith(QLatin1String("L")))
        return quoted(token) % QLatin1String(": 'L' (last day) is not supported");
    if (endsWith(QLatin1String("W")) && upper.size() > 1)
        return quoted(token) % QLatin1String(": 'W' (nearest weekday) is not supported");
    return std::nullopt;
}

class FieldParser
{
public:
    FieldParser(CronFieldKind kind, CronError *error)
        : m_kind(kind)
        , m_error(error)
        , m_lowest(CronField::lowest(kind))
        , m_highest(CronField::highest(kind))
    {}

    std::optional<int> atom(QStringView token)
    {
        if (isAsciiNumber(token)) {
            const QStringView digits = withoutLeadingZeros(token);
            if (digits.size() > kMaxDigits)
                return fail(token, outOfRange(token));
            const int value = digits.toInt();
            if (value < m_lowest || value > m_highest)
                return fail(token, outOfRange(token));
            return value;
        }
        if (hasNonAsciiDigit(token))
            return fail(token, quoted(token) % QLatin1String(" contains a non-ASCII digit"));
        if (m_kind == CronFieldKind::Month) {
            if (const int index = lookupName(token, kMonthNames); index >= 0)
                return index + 1;
        } else if (m_kind == CronFieldKind::DayOfWeek) {
            if (const int index = lookupName(token, kDayNames); index >= 0)
                return index;
        }
        if (auto extension = unsupportedExtension(token))
            return fail(token, *extension);
        return fail(token, notAValue(token));
    }

    std::optional<int> step(QStringView item, QStringView text)
    {
        if (text.isEmpty())
            return fail(item, quoted(item) % QLatin1String(" is missing a step after '/'"));
        if (hasNonAsciiDigit(text))
            return fail(item, quoted(text) % QLatin1String(" contains a non-ASCII digit"));
        if (!isAsciiNumber(text)) {
            return fail(item, QLatin1String("step ") % quoted(text) % QLatin1String(" in ") %
                                  quoted(item) % QLatin1String(" is not a decimal number"));
        }
        const QStringView digits = withoutLeadingZeros(text);
        if (digits == QLatin1String("0")) {
            return fail(item, QLatin1String("step 0 in ") % quoted(item) %
                                  QLatin1String(" must be above 0"));
        }
        // A step wider than the field selects only its first value, so
        // "*/100" would read as "every 100 minutes" yet fire hourly:
        // refused rather than described wrongly. The digit count is
        // checked first so that no conversion can overflow.
        const int span = m_highest - m_lowest + 1;
        if (digits.size() > kMaxDigits || digits.toInt() > span) {
            return fail(item, QLatin1String("step ") % digits %
                                  QLatin1String(" is larger than the range ") %
                                  QString::number(m_lowest) % QLatin1Char('-') %
                                  QString::number(m_highest) % QLatin1String(" (") %
                                  QString::number(span) % QLatin1String(" values)"));
        }
        return digits.toInt();
    }

    std::optional<CronElement> element(QStringView item)
    {
        const qsizetype slash = item.indexOf(QLatin1Char('/'));
        const QStringView base = slash < 0 ? item : item.left(slash);
        std::optional<int> step;
        if (slash >= 0) {
            const QStringView stepText = item.mid(slash + 1);
            if (stepText.contains(QLatin1Char('/')))
                return fail(item, quoted(item) % QLatin1String(" has more than one step"));
            step = this->step(item, stepText);
            if (!step)
                return std::nullopt;
            if (base.isEmpty())
                return fail(item, quoted(item) % QLatin1String(" has no value before '/'"));
        }

        CronElement element;
        element.step = step.value_or(1);
        if (base == QLatin1String("*")) {
            element.kind = CronElement::Kind::Any;
            element.first = m_lowest;
            element.last = m_highest;
            return element;
        }

        const qsizetype dash = base.indexOf(QLatin1Char('-'));
        if (dash < 0) {
            const auto value = atom(base);
            if (!value)
                return std::nullopt;
            if (step) {
                return fail(item, quoted(item) % QLatin1String(" has a step but no range; write ") %
                                      base % QLatin1Char('-') % QString::number(m_highest) %
                                      QLatin1Char('/') % QString::number(*step) %
                                      QLatin1String(" or */") % QString::number(*step));
            }
            element.kind = CronElement::Kind::Value;
            element.first = element.last = *value;
            return element;
        }

        const QStringView startText = base.left(dash);
        const QStringView endText = base.mid(dash + 1);
        if (startText.isEmpty())
            return fail(item, quoted(item) % QLatin1String(" is missing the start of the range"));
        if (endText.isEmpty())
            return fail(item, quoted(item) % QLatin1String(" is missing the end of the range"));
        if (endText.contains(QLatin1Char('-')))
            return fail(item, quoted(item) % QLatin1String(" is not a valid range"));
        if (startText == QLatin1String("*") || endText == QLatin1String("*"))
            return fail(item, QLatin1String("'*' cannot be part of a range in ") % quoted(item));
        const auto start = atom(startText);
        if (!start)
            return std::nullopt;
        auto end = atom(endText);
        if (!end)
            return std::nullopt;
        // Sunday is both 0 and 7, so fri-sun or 5-0 means 5-7.
        if (m_kind == CronFieldKind::DayOfWeek && *end == 0 && *start > 0)
            end = 7;
        if (*start > *end) {
            return fail(item, QLatin1String("range ") % base %
                                  QLatin1String(" is reversed; write the smaller value first"));
        }
        element.kind = CronElement::Kind::Range;
        element.first = *start;
        element.last = *end;
        return element;
    }

    std::nullopt_t fail(QStringView token, const QString &reason)
    {
        if (m_error)
            *m_error = CronError{CronField::name(m_kind), token.toString(), reason};
        return std::nullopt;
    }

private:
    QString outOfRange(QStringView token) const
    {
        return token % QLatin1String(" is out of range ") % QString::number(m_lowest) %
               QLatin1Char('-') % QString::number(m_highest);
    }

    QString notAValue(QStringView token) const
    {
        switch (m_kind) {
        case CronFieldKind::Month:
            return quoted(token) % QLatin1String(" is not a month (1-12 or jan-dec)");
        case CronFieldKind::DayOfWeek:
            if (token.size() > 3 && lookupName(token.left(3), kDayNames) >= 0) {
                return quoted(token) %
                       QLatin1String(" is not a day name; day names are three letters (sun-sat)");
            }
            return quoted(token) % QLatin1String(" is not a day of the week (0-7 or sun-sat)");
        case CronFieldKind::Minute:
        case CronFieldKind::Hour:
        case CronFieldKind::DayOfMonth:
            break;
        }
        return quoted(token) % QLatin1String(" is not a number");
    }

    CronFieldKind m_kind;
    CronError *m_error;
    int m_lowest;
    int m_highest;
};

} // namespace

std::optional<CronField> CronField::parse(CronFieldKind kind, QStringView text, CronError *error)
{
    FieldParser parser(kind, error);
    CronField field;
    field.m_kind = kind;
    field.m_startsWithStar = text.startsWith(QLatin1Char('*'));

    for (const QStringView item : text.split(QLatin1Char(','))) {
        if (item.isEmpty()) {
            return parser.fail(text, QLatin1String("empty item in list ") % quoted(text));
        }
        const auto element = parser.element(item);
        if (!element)
            return std::nullopt;
        for (int value = element->first; value <= element->last; value += element->step) {
            field.m_bits |= quint64{1} << value;
            if (element->step > element->last - value)
                break;
        }
        field.m_elements.append(*element);
    }
    if (kind == CronFieldKind::DayOfWeek && (field.m_bits & (quint64{1} << 7))) {
        field.m_bits &= ~(quint64{1} << 7);
        field.m_bits |= 1;
    }
    return field;
}

QString CronField::name(CronFieldKind kind)
{
    switch (kind) {
    case CronFieldKind::Minute:
        return QStringLiteral("minute");
    case CronFieldKind::Hour:
        return QStringLiteral("hour");
    case CronFieldKind::DayOfMonth:
        return QStringLiteral("day-of-month");
    case CronFieldKind::Month:
        return QStringLiteral("month");
    case CronFieldKind::DayOfWeek:
        return QStringLiteral("day-of-week");
    }
    return {};
}

int CronField::lowest(CronFieldKind kind)
{
    return kind == CronFieldKind::DayOfMonth || kind == CronFieldKind::Month ? 1 : 0;
}

int CronField::highest(CronFieldKind kind)
{
    switch (kind) {
    case CronFieldKind::Minute:
        return 59;
    case CronFieldKind::Hour:
        return 23;
    case CronFieldKind::DayOfMonth:
        return 31;
    case CronFieldKind::Month:
        return 12;
    case CronFieldKind::DayOfWeek:
        return 7;
    }
    return 0;
}

bool CronField::isUnrestricted() const
{
    return m_elements.size() == 1 && m_elements.first().kind == CronElement::Kind::Any &&
           m_elements.first().step == 1;
}

int CronField::next(int from) const
{
    if (from < 0)
        from = 0;
    if (from > 63)
        return -1;
    const quint64 masked = m_bits & (~quint64{0} << from);
    return masked == 0 ? -1 : std::countr_zero(masked);
}

int CronField::previous(int from) const
{
    if (from < 0)
        return -1;
    if (from > 63)
        from = 63;
    const quint64 masked = from == 63 ? m_bits : m_bits & ((quint64{1} << (from + 1)) - 1);
    return masked == 0 ? -1 : std::bit_width(masked) - 1;
}

QList<int> CronField::values() const
{
    QList<int> result;
    for (int value = first(); value >= 0; value = next(value + 1))
        result.append(value);
    return result;
}
