#pragma once

#include "core/cron/cronerror.h"
#include "core/cron/cronfield.h"

#include <QList>
#include <QString>

#include <optional>

// One field of a cron expression in the four forms the visual editor
// offers: every value (`*`), a set of values, one range (`a-b`), or a step
// ("every N from M through E": `*/N`, or `M-E/N` when it does not cover
// the whole field).
//
// Canonical text, which toText() writes: numbers, never names; a set in
// ascending order with each run of three or more consecutive values written
// as `a-b` (so a set that is one run reads back as a range, with the same
// meaning); Sunday as 0 in a set and 7 only as the end of a range
// (`5-7`, which the engine also accepts written `fri-sun` or `5-0`).
//
// A step keeps whether it was written with `*`: `*/15` and `0-59/15` match
// the same minutes, but cron reads a field that starts with `*` differently
// (the day-of-month/day-of-week rule and the daylight-saving rule), so the
// two must not be swapped for each other.
class CronFieldSpec final
{
public:
    enum class Mode
    {
        Every,
        Values,
        Range,
        Step,
    };

    static CronFieldSpec every(CronFieldKind kind);
    // Duplicates are dropped; day-of-week 7 is kept as 0. An empty set is
    // allowed while the user edits, and is reported by problem().
    static CronFieldSpec values(CronFieldKind kind, const QList<int> &values);
    // Written as given: a reversed range is the engine's to refuse.
    static CronFieldSpec range(CronFieldKind kind, int first, int last);
    // `*/step` when it covers the whole field, otherwise `start-last/step`.
    // A step of 1 is no step: it gives every() or range(), as the engine
    // reads `*/1` and `a-b/1`.
    static CronFieldSpec step(CronFieldKind kind, int step, int start, int last);
    static CronFieldSpec step(CronFieldKind kind, int step);
    // `first-last/step` even when it spans the whole field, for a step that
    // was written as a range and must stay one.
    static CronFieldSpec rangeStep(CronFieldKind kind, int step, int first, int last);

    // The spec that writes the field back with the same meaning; nullopt,
    // and `why` set (naming the field and its text), when the field mixes
    // forms the editor cannot show, such as `1-5,10-20/3` or `*,5`.
    static std::optional<CronFieldSpec> fromField(const CronField &field, QStringView text,
                                                  CronError *why = nullptr);

    CronFieldKind kind() const { return m_kind; }
    Mode mode() const { return m_mode; }
    // The chosen values (Values mode), ascending.
    const QList<int> &values() const { return m_values; }
    // Range and Step: the first and last value; Step: the step.
    int first() const { return m_first; }
    int last() const { return m_last; }
    int stepSize() const { return m_step; }
    // Every, and a step written `*/N`.
    bool startsWithStar() const;

    // A state the text cannot hold (an empty set); nullopt when none.
    std::optional<CronError> problem() const;
    QString toText() const;

    bool operator==(const CronFieldSpec &other) const = default;

private:
    explicit CronFieldSpec(CronFieldKind kind, Mode mode);

    CronFieldKind m_kind;
    Mode m_mode;
    QList<int> m_values;
    int m_first = 0;
    int m_last = 0;
    int m_step = 1;
    bool m_star = false;
};
