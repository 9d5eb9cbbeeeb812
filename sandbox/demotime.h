#pragma once

#include <QtGlobal>

// Spans of time in milliseconds, for planning the demo's past.
namespace DemoTime {

inline constexpr qint64 kSecond = 1000;
inline constexpr qint64 kMinute = 60 * kSecond;
inline constexpr qint64 kHour = 60 * kMinute;
inline constexpr qint64 kDay = 24 * kHour;

} // namespace DemoTime
