#pragma once

#include <QStringList>

// `runboard launch ACTION (--csv FILE | --json FILE) ...`: an async run or a
// schedule started from a script with the launch dialog's readers and
// checks, through the dashboard's client and LaunchService. Needs no
// display; creates a QCoreApplication only when it talks to the server.
class LaunchCommand final
{
public:
    enum ExitCode
    {
        Success = 0,
        // Nothing created: bad rows, a launch rule, or the server's refusal.
        Refused = 1,
        UsageError = 2,
        // The answer to the launch was lost: it may have happened.
        Uncertain = 3,
        // The server could not be reached; nothing was created.
        Unreachable = 4,
    };

    // `arguments` are those after "launch". The uid (or, with --dry-run,
    // the body) goes to stdout; every problem to stderr as one line, the
    // API key never.
    static int run(const QStringList &arguments);
};
