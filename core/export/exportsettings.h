#pragma once

#include "core/export/exportoptions.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A column as the user arranged it in the export dialog: the flattened
// name it comes from, the header it gets, and whether it is written.
struct ExportColumnChoice
{
    QString source;
    QString header;
    bool included = true;

    bool operator==(const ExportColumnChoice &) const = default;
};

// Everything that decides an export's bytes besides the data: the same
// settings give the same file from the window and from `runboard export`,
// and an interrupted export resumes only with the settings it began with.
struct ExportSettings
{
    ExportFormat format = ExportFormat::Csv;
    CsvDialect dialect;
    ArrayHandling arrays = ArrayHandling::Expand;
    // A first column naming the run each row came from.
    bool runUidColumn = false;
    // The columns of each run's input custom_data ("custom_data.crm_id"),
    // for runs with one input: outputs do not say which input they came
    // from (contract 3.6).
    bool customDataColumns = false;
    // Columns the user arranged, first and in this order; columns met that
    // are not listed follow in the default order, so none is ever lost.
    QList<ExportColumnChoice> columns;
    // Only the listed columns are written (the runs list: its visible
    // columns), not the others after them.
    bool onlyListedColumns = false;

    bool operator==(const ExportSettings &other) const;
    QJsonObject toJson() const;
    static ExportSettings fromJson(const QJsonObject &json);

    static QString formatName(ExportFormat format);
    static std::optional<ExportFormat> formatFromName(QStringView name);
    // The file name suffix of a format, without the dot.
    static QString suffix(ExportFormat format);
};
