#pragma once

#include "core/launch/launchmode.h"

#include <QString>

#include <optional>

// How many inputs one launch may carry (contract 2.2-2.4, open question 9):
// live takes one input, async 1 to 100,000, a schedule 1 to 100.
class InputLimits final
{
public:
    static constexpr qsizetype kLive = 1;
    static constexpr qsizetype kAsync = 100000;
    static constexpr qsizetype kSchedule = 100;

    static qsizetype maximum(LaunchMode mode);
    // Why `count` inputs cannot be launched in `mode`, to show where
    // Launch is disabled: "A schedule takes at most 100 inputs; this one has
    // 250."; nullopt within the limit.
    static std::optional<QString> problem(LaunchMode mode, qsizetype count);
};
