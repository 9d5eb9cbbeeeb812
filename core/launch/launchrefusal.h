#pragma once

#include "core/domain/errorbody.h"
#include "core/launch/launchproblem.h"

// Where a server's refusal of a launch (400/422, contract 1.4) belongs in
// the form. The contract says not to parse `message`, so a field named in
// `params` (`field` or `path`) is read first; only failing that, a body
// path the message starts with ("inputs[3].linkedin_profile_url is
// required", "cron: …") places it, as the sandbox and the service's
// examples write them. Anything else stays a problem of the launch as a
// whole (empty field). See docs/api-decisions.md.
namespace LaunchRefusal {

LaunchProblem problemFrom(const ErrorBody &body);

} // namespace LaunchRefusal
