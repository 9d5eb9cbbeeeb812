#pragma once

#include "core/cron/cronerror.h"
#include "core/cron/cronfieldspec.h"

#include <QString>

#include <array>
#include <optional>

class CronExpression;

// The five fields of a cron expression as the visual editor edits them.
// The widget only shows this; reading an expression into fields and
// writing the fields back live here so that they are tested without it.
//
// The round trip is lossless in meaning, not always in spelling: for every
// expression fromExpression() accepts, toExpression() writes text that the
// engine reads as the same schedule (sameSchedule(): the same values in
// every field and the same fields starting with '*', which decide the day
// rule and the daylight-saving rule). The text comes back identical when
// the input was already canonical (see CronFieldSpec: numbers, sorted
// sets, single spaces), and toExpression() is always canonical, so a
// second round trip changes nothing. `MON-FRI` comes back as `1-5`;
// `1-5,10-20/3` is refused, so an editor keeps it as it was typed.
class CronEditModel final
{
public:
    // Every field `*`: "* * * * *".
    CronEditModel();

    // The fields of a parsed expression; nullopt, with `why` naming the
    // field, when one of them mixes forms the fields cannot show.
    static std::optional<CronEditModel> fromExpression(const CronExpression &expression,
                                                       CronError *why = nullptr);
    // As above, from text; `why` is then also the engine's error when the
    // text is not a valid expression.
    static std::optional<CronEditModel> fromExpression(QStringView text, CronError *why = nullptr);

    QString toExpression() const;

    const CronFieldSpec &field(CronFieldKind kind) const
    {
        return m_fields[static_cast<std::size_t>(kind)];
    }
    // Replaces the field of the spec's kind.
    void setField(const CronFieldSpec &spec);
    // The first field whose state the text cannot hold (an empty set).
    std::optional<CronError> problem() const;

    // The same values in every field and the same fields starting with
    // '*': the engine then reads both alike, so they fire at the same
    // instants in every zone. (Stricter than needed for the month field,
    // where '*' changes nothing.)
    static bool sameSchedule(const CronExpression &a, const CronExpression &b);

    bool operator==(const CronEditModel &other) const = default;

private:
    std::array<CronFieldSpec, 5> m_fields;
};
