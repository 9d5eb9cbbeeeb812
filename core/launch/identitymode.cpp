#include "core/launch/identitymode.h"

#include "core/domain/apienum.h"

namespace {

constexpr ApiEnum<IdentityMode, 3> kModes({{
    {IdentityMode::Direct, QLatin1String("direct")},
    {IdentityMode::Auto, QLatin1String("auto")},
    {IdentityMode::Managed, QLatin1String("managed")},
}});

constexpr double kManagedCreditMultiplier = 1.5;

} // namespace

IdentityMode identityModeFromApi(QStringView text)
{
    return kModes.fromString(text, IdentityMode::Unset);
}

QLatin1String toApiString(IdentityMode mode)
{
    return mode == IdentityMode::Unset ? QLatin1String() : kModes.toString(mode);
}

double creditMultiplier(IdentityMode mode)
{
    return mode == IdentityMode::Managed ? kManagedCreditMultiplier : 1.0;
}
