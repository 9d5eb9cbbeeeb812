#pragma once

#include <QString>

// How long something took, as every view writes it: "42 s", "3 min 05 s",
// "1 h 05 min", "2 d 3 h".
class DurationText final
{
public:
    DurationText() = delete;

    // Empty for a negative span.
    static QString format(qint64 seconds);
};
