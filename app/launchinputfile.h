#pragma once

#include "core/launch/inputdraft.h"

#include <QList>
#include <QStringList>

class QIODevice;
struct ActionSpec;

// The inputs of `runboard launch` from its --csv or --json file, read with
// the launch dialog's readers (CsvImport with its automatic column mapping,
// InputsJson) and checked against the action. Every problem is one line
// naming where it is: the row of a CSV file (1 = the first data row, with
// the line it starts on) or inputs[i] of a JSON file (from 0, as the
// service counts), and the field.
class LaunchInputFile final
{
public:
    struct Result
    {
        QList<InputDraft> inputs;
        // "row 3 (line 5), linkedin_profile_url: required, but empty"
        QStringList errors;
        // Sent as it is, but worth knowing: blanks around a value, blank
        // rows skipped, a column without a name ignored.
        QStringList warnings;
    };

    static Result readCsv(QIODevice &device, const ActionSpec &action);
    static Result readJson(QIODevice &device, const ActionSpec &action);
};
