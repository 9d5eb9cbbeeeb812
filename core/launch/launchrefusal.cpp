#include "core/launch/launchrefusal.h"

#include <QRegularExpression>

namespace {

// "inputs[3].linkedin_profile_url", "inputs[3]", "parameters.max_results",
// "callback.url", "name", "cron": the body's own paths, nothing else.
const QRegularExpression &pathPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"re(^(?:inputs\[(\d+)\](?:\.([A-Za-z_][A-Za-z0-9_]*))?|((?:parameters|callback)\.[A-Za-z_][A-Za-z0-9_.]*|name|cron|timezone|schedule_at|identity_ids|identity_mode|inputs|callback|parameters)(?:\[\d+\])?)(?=$|[\s:,.;]))re"));
    return pattern;
}

std::optional<LaunchProblem> fromPath(const QString &text, const QString &reason)
{
    const QRegularExpressionMatch match = pathPattern().match(text);
    if (!match.hasMatch())
        return std::nullopt;
    LaunchProblem problem;
    problem.reason = reason;
    if (match.hasCaptured(1)) {
        problem.input = match.captured(1).toLongLong();
        problem.field = match.captured(2);
    } else {
        problem.field = match.captured(3);
    }
    return problem;
}

} // namespace

LaunchProblem LaunchRefusal::problemFrom(const ErrorBody &body)
{
    const QString message = body.message.isEmpty() ? body.label : body.message;
    for (const char *key : {"field", "path"}) {
        const QString named = body.params.value(QLatin1String(key)).toString();
        if (!named.isEmpty()) {
            if (auto problem = fromPath(named, message))
                return *problem;
        }
    }
    if (auto problem = fromPath(message, message)) {
        // The message already names its place; keep the words after it.
        const qsizetype cut = pathPattern().match(message).capturedEnd(0);
        QString rest = message.mid(cut).trimmed();
        if (rest.startsWith(QLatin1Char(':')))
            rest = rest.mid(1).trimmed();
        problem->reason = rest.isEmpty() ? message : rest;
        return *problem;
    }
    LaunchProblem general;
    general.reason = message;
    return general;
}
