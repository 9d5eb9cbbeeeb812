#pragma once

#include <QStringList>

// `runboard cron next|describe ...`: the cron engine from the command line,
// for scripts. Runs without any application object or display.
class CronCommand final
{
public:
    enum ExitCode
    {
        Success = 0,
        UsageError = 2,
    };

    // `arguments` are those after "cron". Writes results to stdout and one
    // "error: <field>: <reason>" line to stderr on failure.
    static int run(const QStringList &arguments);
};
