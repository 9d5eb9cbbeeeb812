#pragma once

#include <QString>

class CronExpression;

// The expression in plain English, e.g. "At 09:00, Monday through Friday"
// for "0 9 * * 1-5". Written from the elements as typed, so ranges and
// steps read the way the user wrote them.
QString describeCron(const CronExpression &expression);
