#pragma once

#include <QStringList>

// `runboard export RUN_UID --output FILE ...`: a run's outputs to CSV, JSON
// Lines or XLSX from a script, through the same OutputExport as the
// window, so the same run and options give the same bytes. Needs no
// display.
class ExportCommand final
{
public:
    enum ExitCode
    {
        // Every output, as many as output_count.
        Complete = 0,
        // Stopped, or finished short of output_count; the reason is the
        // last line.
        Incomplete = 1,
        UsageError = 2,
    };

    // `arguments` are those after "export". stdout stays silent; progress
    // and the outcome go to stderr, the API key never.
    static int run(const QStringList &arguments);
};
