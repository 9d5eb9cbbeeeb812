#pragma once

#include <QLatin1String>
#include <QStringView>

// identity_mode of a launch (contract 2.5). Unset leaves the field out and
// lets the service choose; the sandbox then reads direct when identity_ids
// is given and auto when not (open question 8).
enum class IdentityMode
{
    Unset,
    // Exactly the identities listed.
    Direct,
    // Any connected identity of the workspace, or one of those listed.
    Auto,
    // Edges' own pool of accounts, at a higher price.
    Managed,
};

IdentityMode identityModeFromApi(QStringView text);
// "direct", "auto", "managed"; empty for Unset.
QLatin1String toApiString(IdentityMode mode);

// What a launch costs in this mode relative to the action's price: managed
// identities cost 1.5 times the credits (contract 2.5 and 7).
double creditMultiplier(IdentityMode mode);
