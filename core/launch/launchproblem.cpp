#include "core/launch/launchproblem.h"

#include <algorithm>

QString LaunchProblem::path() const
{
    if (input < 0)
        return field;
    const QString item = QStringLiteral("inputs[%1]").arg(input);
    return field.isEmpty() ? item : item + QLatin1Char('.') + field;
}

bool LaunchProblem::anyError(const QList<LaunchProblem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const LaunchProblem &problem) { return problem.isError(); });
}

QString LaunchProblem::message() const
{
    return path() + QLatin1String(": ") + reason;
}
