#pragma once

#include "core/domain/run.h"

#include <QList>
#include <QString>

// The file name an export proposes: the run's name (or its action) and the
// day it was created, in characters every file system takes, e.g.
// "weekly-prospects-2026-03-02.csv".
namespace ExportFileName {

QString forRun(const Run &run, const QString &suffix);
QString forRuns(const QList<Run> &runs, const QString &suffix);
// `name` with what a file name should not hold replaced by '-'.
QString sanitized(const QString &name);

} // namespace ExportFileName
