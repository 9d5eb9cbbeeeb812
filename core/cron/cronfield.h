#pragma once

#include "core/cron/cronerror.h"

#include <QList>
#include <QStringView>

#include <optional>

enum class CronFieldKind
{
    Minute,
    Hour,
    DayOfMonth,
    Month,
    DayOfWeek,
};

// One element of a field's comma list, kept as written so the expression
// can be described in words: `*`, `*/step`, `n`, `a-b` or `a-b/step`.
struct CronElement
{
    enum class Kind
    {
        Any,
        Value,
        Range,
    };
    Kind kind = Kind::Any;
    int first = 0;
    int last = 0;
    int step = 1;
};

// One of the five fields of a cron expression: the set of values it
// matches (a bit mask) and the elements it was written with.
class CronField final
{
public:
    static std::optional<CronField> parse(CronFieldKind kind, QStringView text, CronError *error);

    static QString name(CronFieldKind kind);
    static int lowest(CronFieldKind kind);
    static int highest(CronFieldKind kind);

    CronFieldKind kind() const { return m_kind; }
    const QList<CronElement> &elements() const { return m_elements; }
    // Vixie cron's *_STAR flags: the field's text starts with '*', so `*/2`
    // counts as a star. It drives the day rule and the DST rule.
    bool startsWithStar() const { return m_startsWithStar; }
    // True for `*` (or `*/1`): the field places no restriction.
    bool isUnrestricted() const;

    bool contains(int value) const { return value >= 0 && value < 64 && (m_bits >> value) & 1U; }
    // Smallest member >= from, or -1.
    int next(int from) const;
    // Largest member <= from, or -1.
    int previous(int from) const;
    int first() const { return next(0); }
    int last() const { return previous(63); }
    QList<int> values() const;

private:
    CronFieldKind m_kind = CronFieldKind::Minute;
    quint64 m_bits = 0;
    bool m_startsWithStar = false;
    QList<CronElement> m_elements;
};
