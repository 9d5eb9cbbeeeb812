#include "core/domain/executionmode.h"

#include "core/domain/apienum.h"

namespace {

constexpr ApiEnum<ExecutionMode, 2> kModes({{
    {ExecutionMode::Live, QLatin1String("LIVE")},
    {ExecutionMode::Async, QLatin1String("ASYNC")},
}});

} // namespace

ExecutionMode executionModeFromApi(QStringView text)
{
    return kModes.fromString(text, ExecutionMode::Unknown);
}

QLatin1String toApiString(ExecutionMode mode)
{
    return kModes.toString(mode);
}
