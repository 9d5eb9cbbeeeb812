#include "app/launchinputfile.h"

#include "core/launch/csvimport.h"
#include "core/launch/inputsjson.h"

#include <QIODevice>

#include <variant>

namespace {

// What CsvImport is fed at a time, as the dialog's import worker does.
constexpr qint64 kChunkBytes = 64 * 1024;

void addProblems(const QList<LaunchProblem> &problems, const auto &describe,
                 LaunchInputFile::Result *result)
{
    for (const LaunchProblem &problem : problems)
        (problem.isError() ? result->errors : result->warnings).append(describe(problem));
}

void takeRows(CsvImport &import, LaunchInputFile::Result *result)
{
    QList<CsvImport::Row> rows = import.takeRows();
    for (CsvImport::Row &row : rows) {
        addProblems(
            row.problems, [&row](const LaunchProblem &problem) { return row.describe(problem); },
            result);
        result->inputs.append(std::move(row.input));
    }
}

} // namespace

LaunchInputFile::Result LaunchInputFile::readCsv(QIODevice &device, const ActionSpec &action)
{
    Result result;
    CsvImport import(action);
    while (!device.atEnd() && !import.error()) {
        import.feed(device.read(kChunkBytes));
        takeRows(import, &result);
    }
    import.finish();
    takeRows(import, &result);
    if (import.error())
        result.errors.append(import.error()->message());
    if (import.mapping()) {
        QList<LaunchProblem> warnings = import.mapping()->problems();
        warnings.removeIf([](const LaunchProblem &problem) { return problem.isError(); });
        addProblems(
            warnings, [](const LaunchProblem &problem) { return problem.message(); }, &result);
    }
    // Nothing is dropped unsaid.
    if (import.blankRows() > 0)
        result.warnings.append(
            QStringLiteral("%1 blank row(s) skipped (every cell empty)").arg(import.blankRows()));
    return result;
}

LaunchInputFile::Result LaunchInputFile::readJson(QIODevice &device, const ActionSpec &action)
{
    Result result;
    InputsJson::Result read = InputsJson::read(QByteArrayView(device.readAll()));
    if (const auto *error = std::get_if<InputsJson::Error>(&read)) {
        result.errors.append(error->message());
        return result;
    }
    result.inputs = std::get<QList<InputDraft>>(std::move(read));
    for (qsizetype i = 0; i < result.inputs.size(); ++i)
        addProblems(
            result.inputs.at(i).problems(action, i),
            [](const LaunchProblem &problem) { return problem.message(); }, &result);
    return result;
}
