#pragma once

#include <QList>
#include <QString>

// One thing wrong with a launch the user is preparing, named the way the
// contract names it, so a dialog can show it next to what the user typed
// and a refusal from the server can be matched to the same place.
struct LaunchProblem
{
    enum class Severity
    {
        // The launch cannot be sent as it is.
        Error,
        // Sent as it is, but the user should know.
        Warning,
    };

    // A body field in the contract's spelling ("name", "cron",
    // "parameters.max_results", "callback.url", "identity_ids"), or, when
    // `input` is set, a key of that input ("linkedin_profile_url",
    // "custom_data"; empty for the input as a whole).
    QString field;
    // The input concerned, from 0; -1 when the problem is not about one.
    qsizetype input = -1;
    // Words that follow the field's name: "required, but empty".
    QString reason;
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
    // Whether any of `problems` keeps a launch from being sent.
    static bool anyError(const QList<LaunchProblem> &problems);
    // The field's path as the server's messages write it:
    // "inputs[3].linkedin_profile_url", "inputs[3]", "callback.url".
    QString path() const;
    // "inputs[3].linkedin_profile_url: required, but empty"
    QString message() const;

    bool operator==(const LaunchProblem &) const = default;
};
