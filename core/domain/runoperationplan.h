#pragma once

#include "core/domain/run.h"
#include "core/domain/runstatus.h"

#include <QList>
#include <QString>
#include <QStringList>

// What a resume, continue or cancel of a selection of runs would do, decided
// per run from the contract's status table (3.10) and preconditions (3.8,
// 3.9) before anything is sent: the runs it would be sent for, and the runs
// it would skip with the reason in words.
struct RunOperationPlan
{
    struct Skipped
    {
        Run run;
        QString reason;
    };

    RunOperation operation = RunOperation::Cancel;
    QList<Run> eligible;
    QList<Skipped> skipped;

    static RunOperationPlan make(RunOperation operation, const QList<Run> &runs);
    // Why the run may not have the operation; empty when it may.
    static QString refusal(RunOperation operation, const Run &run);

    bool isEmpty() const { return eligible.isEmpty(); }
    // "Cancel", "Resume", "Continue".
    static QString verb(RunOperation operation);
    // "Cancel 12 runs; 3 selected runs will be skipped."
    QString summary() const;
};
