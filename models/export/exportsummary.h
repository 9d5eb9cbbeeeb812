#pragma once

#include <QMetaType>
#include <QString>

// Where a running export stands, for a progress bar and a rate.
struct ExportProgress
{
    qint64 rows = 0;
    qint64 bytes = 0;
    int pages = 0;
    // The runs' output_count when the export began; -1 unknown.
    qint64 expectedRows = -1;
    qint64 elapsedMs = 0;
    // Set while the file is settled after the last page (a rewrite under
    // the full header, a workbook being built).
    bool finishing = false;
};

// How an export ended, said once.
struct ExportSummary
{
    enum class Outcome
    {
        // Every output, and as many as the runs' output_count.
        Complete,
        // The file is whole but cannot be called complete: a run was not
        // finished, or the rows differ from output_count. `message` says.
        Incomplete,
        // Stopped before the end; `message` says at which page and why.
        Failed,
        Cancelled,
    };

    Outcome outcome = Outcome::Failed;
    // The file written (Complete, Incomplete) or the part file kept.
    QString path;
    qint64 rows = 0;
    qint64 bytes = 0;
    qsizetype columns = 0;
    qint64 elapsedMs = 0;
    qint64 expectedRows = -1;
    int pages = 0;
    QString message;
    // A part file and its state were kept: the same export resumes.
    bool resumable = false;
    // The rows were compared with the runs' output_count (outputs only).
    bool checkedOutputCount = false;

    bool isComplete() const { return outcome == Outcome::Complete; }
};

Q_DECLARE_METATYPE(ExportProgress)
Q_DECLARE_METATYPE(ExportSummary)
