#pragma once

#include <QString>

// What an export writes and how (issue 13). Plain values, shared by the
// window, `runboard export` and the state file of an interrupted export, so
// that the same options give the same bytes everywhere.
enum class ExportFormat
{
    Csv,
    JsonLines,
    Xlsx,
};

// Arrays inside an output: expanded into dotted columns ("experiences.0.title")
// or kept in one cell (scalars joined with "; ", objects as compact JSON).
enum class ArrayHandling
{
    Expand,
    Join,
};

enum class LineEnding
{
    CrLf,
    Lf,
};

// RFC 4180 with the choices spreadsheets need.
struct CsvDialect
{
    char delimiter = ',';
    LineEnding lineEnding = LineEnding::CrLf;
    // A UTF-8 byte order mark first, so Excel reads the file as UTF-8.
    bool bom = false;
    // A cell starting with = + - @ TAB or CR gets a leading ' so that no
    // spreadsheet runs it as a formula. Off for machine consumers.
    bool formulaGuard = true;
};
