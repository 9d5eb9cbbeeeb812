#include "core/export/exportsettings.h"

#include <QJsonArray>

namespace {

QString delimiterName(char delimiter)
{
    return delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(delimiter));
}

char delimiterFromName(const QString &name)
{
    if (name == QLatin1String("tab"))
        return '\t';
    if (name == QLatin1String(";"))
        return ';';
    return ',';
}

} // namespace

bool ExportSettings::operator==(const ExportSettings &other) const
{
    return format == other.format && dialect.delimiter == other.dialect.delimiter &&
           dialect.lineEnding == other.dialect.lineEnding && dialect.bom == other.dialect.bom &&
           dialect.formulaGuard == other.dialect.formulaGuard && arrays == other.arrays &&
           runUidColumn == other.runUidColumn && columns == other.columns &&
           onlyListedColumns == other.onlyListedColumns &&
           customDataColumns == other.customDataColumns;
}

QJsonObject ExportSettings::toJson() const
{
    QJsonArray columnsJson;
    for (const ExportColumnChoice &column : columns) {
        columnsJson.append(QJsonObject{{QStringLiteral("source"), column.source},
                                       {QStringLiteral("header"), column.header},
                                       {QStringLiteral("included"), column.included}});
    }
    return QJsonObject{
        {QStringLiteral("format"), formatName(format)},
        {QStringLiteral("delimiter"), delimiterName(dialect.delimiter)},
        {QStringLiteral("line_ending"),
         dialect.lineEnding == LineEnding::CrLf ? QStringLiteral("crlf") : QStringLiteral("lf")},
        {QStringLiteral("bom"), dialect.bom},
        {QStringLiteral("formula_guard"), dialect.formulaGuard},
        {QStringLiteral("arrays"),
         arrays == ArrayHandling::Expand ? QStringLiteral("expand") : QStringLiteral("join")},
        {QStringLiteral("run_uid_column"), runUidColumn},
        {QStringLiteral("columns"), columnsJson},
        {QStringLiteral("only_listed_columns"), onlyListedColumns},
        {QStringLiteral("custom_data_columns"), customDataColumns},
    };
}

ExportSettings ExportSettings::fromJson(const QJsonObject &json)
{
    ExportSettings settings;
    settings.format =
        formatFromName(json.value(QLatin1String("format")).toString()).value_or(ExportFormat::Csv);
    settings.dialect.delimiter =
        delimiterFromName(json.value(QLatin1String("delimiter")).toString());
    settings.dialect.lineEnding =
        json.value(QLatin1String("line_ending")).toString() == QLatin1String("lf")
            ? LineEnding::Lf
            : LineEnding::CrLf;
    settings.dialect.bom = json.value(QLatin1String("bom")).toBool();
    settings.dialect.formulaGuard = json.value(QLatin1String("formula_guard")).toBool(true);
    settings.arrays = json.value(QLatin1String("arrays")).toString() == QLatin1String("join")
                          ? ArrayHandling::Join
                          : ArrayHandling::Expand;
    settings.runUidColumn = json.value(QLatin1String("run_uid_column")).toBool();
    settings.onlyListedColumns = json.value(QLatin1String("only_listed_columns")).toBool();
    settings.customDataColumns = json.value(QLatin1String("custom_data_columns")).toBool();
    const QJsonArray columnsJson = json.value(QLatin1String("columns")).toArray();
    for (const QJsonValue &value : columnsJson) {
        const QJsonObject column = value.toObject();
        settings.columns.append({column.value(QLatin1String("source")).toString(),
                                 column.value(QLatin1String("header")).toString(),
                                 column.value(QLatin1String("included")).toBool(true)});
    }
    return settings;
}

QString ExportSettings::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::JsonLines:
        return QStringLiteral("jsonl");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    }
    return QStringLiteral("csv");
}

std::optional<ExportFormat> ExportSettings::formatFromName(QStringView name)
{
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::JsonLines, ExportFormat::Xlsx}) {
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString ExportSettings::suffix(ExportFormat format)
{
    return formatName(format);
}
