#pragma once

#include <QString>

// One row of the outputs table: a result, kept as the JSON text it is
// served as.
struct OutputRow
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 inputId = 0;
    QString data;
};
