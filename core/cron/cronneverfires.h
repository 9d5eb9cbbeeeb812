#pragma once

#include "core/cron/cronerror.h"

#include <optional>

class CronExpression;

// Why a valid expression can never fire, such as "0 0 30 2 *": an error
// for the day-of-month field, whose days occur in none of the chosen
// months; nullopt when the expression fires at some point.
std::optional<CronError> cronNeverFiresError(const CronExpression &expression);
