#pragma once

#include <QtGlobal>

// The heavy variant of a reliability test: the same executable registered a
// second time with label `soak` and RUNBOARD_SOAK=1 (runboard_add_soak_variant
// in cmake/RunboardTesting.cmake), run by `make soak` only. A test picks its
// sizes and durations from it.
namespace SoakMode {

inline bool on()
{
    return qEnvironmentVariableIntValue("RUNBOARD_SOAK") != 0;
}

} // namespace SoakMode
