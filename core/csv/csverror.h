#pragma once

#include <QString>

// Why a CSV input could not be read, and where: the physical line (from 1)
// the user should look at, e.g. line 812, "a quoted field opened here is
// never closed".
struct CsvError
{
    qint64 line = 0;
    QString reason;

    // "line 812: a quoted field opened here is never closed"
    QString message() const { return QStringLiteral("line %1: %2").arg(line).arg(reason); }

    bool operator==(const CsvError &) const = default;
};
