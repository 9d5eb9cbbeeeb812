#pragma once

#include <QtGlobal>

// Time budgets in tests are set for the release build that `make test`
// runs. `make test-asan` runs the same code at -O0 with every memory access
// checked, and on the 2-core machine beside other tests and builds:
// DemoHistory::fill took 2.2 s in release, 3.1 s under ASan alone and 23 s
// under ASan with the machine loaded. There a budget is scaled rather than
// dropped, so it still catches work that grows out of all proportion.
namespace TimeBudget {

// GCC says so with __SANITIZE_ADDRESS__, Clang with __has_feature.
#if defined(__SANITIZE_ADDRESS__)
#define RUNBOARD_TIMEBUDGET_SANITIZED
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RUNBOARD_TIMEBUDGET_SANITIZED
#endif
#endif

#ifdef RUNBOARD_TIMEBUDGET_SANITIZED
inline constexpr int kSlowdown = 10;
#else
inline constexpr int kSlowdown = 1;
#endif

// The budget of a release build, in milliseconds, for this build.
constexpr qint64 ms(qint64 releaseMs)
{
    return releaseMs * kSlowdown;
}

} // namespace TimeBudget
