#include "app/exportoptions.h"

#include "app/parseerror.h"
#include "core/domain/ratetier.h"

#include <QCommandLineParser>

namespace {

const QString kCommand = QStringLiteral("runboard export");
const QString kHelp = QStringLiteral("help");
const QString kOutput = QStringLiteral("output");
const QString kFormat = QStringLiteral("format");
const QString kBaseUrl = QStringLiteral("base-url");
const QString kTier = QStringLiteral("tier");
const QString kDelimiter = QStringLiteral("delimiter");
const QString kLineEnding = QStringLiteral("line-ending");
const QString kBom = QStringLiteral("bom");
const QString kNoFormulaGuard = QStringLiteral("no-formula-guard");
const QString kArrays = QStringLiteral("arrays");
const QString kRunUidColumn = QStringLiteral("run-uid-column");
const QString kRestart = QStringLiteral("restart");
const QString kCustomData = QStringLiteral("custom-data");

void addOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({{QStringLiteral("h"), kHelp}, QStringLiteral("Show this help and exit.")});
    parser.addOption({{QStringLiteral("o"), kOutput},
                      QStringLiteral("The file to write (required). While it is written it is "
                                     "FILE.part, with FILE.resume.json beside it."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {kFormat, QStringLiteral("csv, jsonl or xlsx (default csv)."), QStringLiteral("FORMAT")});
    parser.addOption({kDelimiter, QStringLiteral("CSV field separator: , ; or tab (default ,)."),
                      QStringLiteral("SEP")});
    parser.addOption({kLineEnding, QStringLiteral("CSV line end: crlf or lf (default crlf)."),
                      QStringLiteral("END")});
    parser.addOption({kBom, QStringLiteral("Start the CSV with a UTF-8 byte order mark (Excel).")});
    parser.addOption({kNoFormulaGuard,
                      QStringLiteral("Write cells starting with = + - @ as they are, without the "
                                     "leading ' that stops spreadsheets running them.")});
    parser.addOption({kArrays,
                      QStringLiteral("expand (a column per element, e.g. experiences.0.title) or "
                                     "join (one cell) (default expand)."),
                      QStringLiteral("HOW")});
    parser.addOption({kRunUidColumn, QStringLiteral("Add a first column with the run's uid "
                                                    "(always on with several runs).")});
    parser.addOption({kCustomData, QStringLiteral("Add the columns of the input's custom_data "
                                                  "(custom_data.KEY); only for runs with one "
                                                  "input.")});
    parser.addOption({kBaseUrl,
                      QStringLiteral("The server (default: EDGES_BASE_URL, else "
                                     "https://api.edges.run/v1)."),
                      QStringLiteral("URL")});
    parser.addOption({kTier,
                      QStringLiteral("The plan tier whose rate limits the client keeps to "
                                     "(default silver)."),
                      QStringLiteral("NAME")});
    parser.addOption({kRestart, QStringLiteral("Start over even if an interrupted export of FILE "
                                               "could be resumed.")});
    parser.addPositionalArgument(QStringLiteral("RUN_UID"),
                                 QStringLiteral("The run whose outputs are exported; several "
                                                "runs go into one file."));
}

std::optional<ExportOptions> fail(QString *error, const QString &message)
{
    *error = message;
    return std::nullopt;
}

QString repeatedOption(const QCommandLineParser &parser)
{
    for (const QString &name :
         {kOutput, kFormat, kDelimiter, kLineEnding, kArrays, kBaseUrl, kTier}) {
        if (parser.values(name).size() > 1)
            return QLatin1String("--") + name + QLatin1String(": given more than once");
    }
    return {};
}

QString csvError(const QCommandLineParser &parser, ExportOptions *options)
{
    CsvDialect &dialect = options->settings.dialect;
    if (parser.isSet(kDelimiter)) {
        const QString value = parser.value(kDelimiter);
        if (value == QLatin1String(","))
            dialect.delimiter = ',';
        else if (value == QLatin1String(";"))
            dialect.delimiter = ';';
        else if (value == QLatin1String("tab") || value == QLatin1String("\t"))
            dialect.delimiter = '\t';
        else
            return QStringLiteral("--delimiter: '%1' is not , ; or tab").arg(value);
    }
    if (parser.isSet(kLineEnding)) {
        const QString value = parser.value(kLineEnding);
        if (value == QLatin1String("crlf"))
            dialect.lineEnding = LineEnding::CrLf;
        else if (value == QLatin1String("lf"))
            dialect.lineEnding = LineEnding::Lf;
        else
            return QStringLiteral("--line-ending: '%1' is not crlf or lf").arg(value);
    }
    dialect.bom = parser.isSet(kBom);
    dialect.formulaGuard = !parser.isSet(kNoFormulaGuard);
    if (options->settings.format != ExportFormat::Csv) {
        for (const QString &name : {kDelimiter, kLineEnding, kBom, kNoFormulaGuard}) {
            if (parser.isSet(name))
                return QLatin1String("--") + name + QLatin1String(": only with --format csv");
        }
    }
    return {};
}

} // namespace

std::optional<ExportOptions> ExportOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    addOptions(parser);
    const QStringList withProgram = QStringList{kCommand} + arguments;
    if (!parser.parse(withProgram))
        return fail(error, parseErrorText(parser, withProgram));

    ExportOptions options;
    if (parser.isSet(kHelp)) {
        options.request = Request::Help;
        return options;
    }
    options.runUids = parser.positionalArguments();
    if (options.runUids.isEmpty())
        return fail(error, QStringLiteral("RUN_UID: missing"));
    if (options.runUids.contains(QString()))
        return fail(error, QStringLiteral("RUN_UID: a uid cannot be empty"));
    if (const QString problem = repeatedOption(parser); !problem.isEmpty())
        return fail(error, problem);
    options.output = parser.value(kOutput);
    if (options.output.isEmpty())
        return fail(error, QStringLiteral("--output FILE: missing"));
    if (parser.isSet(kFormat)) {
        const auto format = ExportSettings::formatFromName(parser.value(kFormat));
        if (!format)
            return fail(error, QStringLiteral("--format: '%1' is not csv, jsonl or xlsx")
                                   .arg(parser.value(kFormat)));
        options.settings.format = *format;
    }
    if (const QString problem = csvError(parser, &options); !problem.isEmpty())
        return fail(error, problem);
    if (parser.isSet(kArrays)) {
        const QString value = parser.value(kArrays);
        if (value == QLatin1String("join"))
            options.settings.arrays = ArrayHandling::Join;
        else if (value != QLatin1String("expand"))
            return fail(error, QStringLiteral("--arrays: '%1' is not expand or join").arg(value));
        if (options.settings.format == ExportFormat::JsonLines)
            return fail(error, QStringLiteral("--arrays: not with --format jsonl (each output is "
                                              "written as received)"));
    }
    options.settings.runUidColumn = parser.isSet(kRunUidColumn) || options.runUids.size() > 1;
    options.settings.customDataColumns = parser.isSet(kCustomData);
    if (options.settings.customDataColumns && options.settings.format == ExportFormat::JsonLines)
        return fail(error, QStringLiteral("--custom-data: not with --format jsonl (each output is "
                                          "written as received)"));
    options.baseUrl = parser.value(kBaseUrl);
    options.tier = parser.isSet(kTier) ? parser.value(kTier) : QStringLiteral("silver");
    if (!RateTier::find(options.tier))
        return fail(error, QStringLiteral("--tier: '%1' is not a plan tier").arg(options.tier));
    options.restart = parser.isSet(kRestart);
    return options;
}

QString ExportOptions::helpText()
{
    QCommandLineParser parser;
    addOptions(parser);
    QString text = parser.helpText();
    text.replace(QLatin1String("<executable_name> [options] RUN_UID"),
                 QLatin1String("runboard export RUN_UID... --output FILE [options]"));
    text += QStringLiteral(
        "\n"
        "Writes every output of the run, page by page, as the server hands them over.\n"
        "CSV columns: nested objects become dotted names (last_message.content), the\n"
        "action's documented fields first, then the others as they first appear.\n"
        "JSON Lines: each output as received, one per line. XLSX: one sheet per\n"
        "1,048,575 rows.\n"
        "\n"
        "Environment:\n"
        "  EDGES_API_KEY   The API key (required; never taken as an option, never\n"
        "                  printed).\n"
        "  EDGES_BASE_URL  The server when --base-url is not given.\n"
        "\n"
        "Progress goes to stderr (one line per 10% when stderr is not a terminal);\n"
        "stdout stays silent. The last line of a complete export is\n"
        "'exported N rows to FILE'.\n"
        "\n"
        "Exit status:\n"
        "  0  complete: every output, as many as the run's output_count\n"
        "  1  not complete: the reason is the last line; an interrupted export keeps\n"
        "     FILE.part and resumes when the same command is run again\n"
        "  2  bad arguments, or no EDGES_API_KEY\n");
    return text;
}
