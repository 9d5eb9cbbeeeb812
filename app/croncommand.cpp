#include "app/croncommand.h"

#include "app/parseerror.h"
#include "core/cron/crondescription.h"
#include "core/cron/cronexpression.h"
#include "core/cron/cronschedule.h"
#include "core/domain/jsonfields.h"
#include "core/time/ianazone.h"
#include "core/time/utctimestamp.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTimeZone>

#include <cstdio>
#include <optional>

namespace {

constexpr int kMaxCount = 100000;

const QString kCron = QStringLiteral("runboard cron");
const QString kNext = QStringLiteral("runboard cron next");
const QString kDescribe = QStringLiteral("runboard cron describe");

void writeLine(FILE *stream, const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
}

void writeText(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
}

// A mistake in the command line: names it and points at the command's help.
int usageError(const QString &what, const QString &command)
{
    writeLine(stderr, usageErrorLine(what, command));
    return CronCommand::UsageError;
}

// A wrong expression or zone: the checker's answer, naming the cron field
// or `tz`, exactly as the dashboard and the sandbox word it.
int checkError(const CronError &error)
{
    writeLine(stderr, QLatin1String("error: ") + error.message());
    return CronCommand::UsageError;
}

QString cronHelp()
{
    return QStringLiteral(
        "Usage: runboard cron next EXPR [--tz ZONE] [--from INSTANT] [--count N]\n"
        "       runboard cron describe EXPR\n"
        "The cron engine the dashboard uses, for scripts; no display needed.\n"
        "\n"
        "Subcommands (each takes --help):\n"
        "  next        Print the next fire times of EXPR, one UTC instant a line.\n"
        "  describe    Print EXPR in English.\n"
        "\n"
        "EXPR has five fields: minute hour day-of-month month day-of-week.\n"
        "A bad expression, zone, instant or count exits with status 2.\n"
        "Fewer fire times than asked for (the expression stops firing, or the\n"
        "list reaches the end of year 9999) are not an error: status 0, and a\n"
        "note on stderr.\n");
}

// The parser's own help, with the command's name where Qt, having no
// application object, writes <executable_name>.
QString helpOf(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    text.replace(QLatin1String("<executable_name>"), command);
    return text;
}

QCommandLineOption helpOption()
{
    return {{QStringLiteral("h"), QStringLiteral("help")},
            QStringLiteral("Show this help and exit.")};
}

// Parses `arguments` (after the verb) for `command`; false, with the exit
// code set, when the run ends here: help shown or a mistake reported.
bool parseOrAnswer(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                   int *exitCode)
{
    const QStringList withProgram = QStringList{command} + arguments;
    if (!parser.parse(withProgram)) {
        *exitCode = usageError(parseErrorText(parser, withProgram), command);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeText(stdout, helpOf(parser, command));
        *exitCode = CronCommand::Success;
        return false;
    }
    return true;
}

// Exactly one EXPR, else a usage error.
std::optional<QString> expressionArgument(const QCommandLineParser &parser, const QString &command,
                                          int *exitCode)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *exitCode =
            usageError(QStringLiteral("EXPR: missing (a five-field cron expression)"), command);
        return std::nullopt;
    }
    if (positional.size() > 1) {
        *exitCode = usageError(QLatin1Char('\'') + positional.at(1) +
                                   QLatin1String("': unexpected argument (quote EXPR as one "
                                                 "argument)"),
                               command);
        return std::nullopt;
    }
    return positional.first();
}

std::optional<CronExpression> parseExpression(const QString &text, int *exitCode)
{
    auto parsed = CronExpression::parse(text);
    if (const auto *error = std::get_if<CronError>(&parsed)) {
        *exitCode = checkError(*error);
        return std::nullopt;
    }
    return std::get<CronExpression>(std::move(parsed));
}

int describe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print a cron expression in English."));
    parser.addOption(helpOption());
    parser.addPositionalArgument(QStringLiteral("EXPR"),
                                 QStringLiteral("Five fields: minute hour day-of-month month "
                                                "day-of-week, e.g. \"*/15 9-17 * * 1-5\"."));
    int exitCode = CronCommand::Success;
    if (!parseOrAnswer(parser, kDescribe, arguments, &exitCode))
        return exitCode;
    const auto text = expressionArgument(parser, kDescribe, &exitCode);
    if (!text)
        return exitCode;
    const auto expression = parseExpression(*text, &exitCode);
    if (!expression)
        return exitCode;
    writeLine(stdout, describeCron(*expression));
    return CronCommand::Success;
}

struct Printed
{
    int count = 0;
    // The next fire time falls in year 10000 or later, which the
    // four-digit year of the output (and of --from) cannot show.
    bool reachedYear10000 = false;
};

// Up to `count` fire times after `after` on stdout, one a line. With
// 100,000 lines, a QDateTime and a QString per line cost several times
// the fire time itself, so each line is written as bytes into one buffer
// that goes out in large chunks.
Printed printFireTimes(const CronSchedule &schedule, qint64 after, int count)
{
    constexpr qsizetype kLine = UtcTimestamp::kLength + 1;
    QByteArray buffer(4096 * kLine, Qt::Uninitialized);
    qsizetype used = 0;
    const auto flush = [&] {
        std::fwrite(buffer.constData(), 1, static_cast<std::size_t>(used), stdout);
        used = 0;
    };
    Printed printed;
    for (qint64 cursor = after; printed.count < count;) {
        const auto fire = schedule.nextSecsSinceEpoch(cursor);
        if (!fire)
            break;
        if (*fire >= UtcTimestamp::kEndSecs) {
            printed.reachedYear10000 = true;
            break;
        }
        if (used == buffer.size())
            flush();
        UtcTimestamp::write(*fire, buffer.data() + used);
        buffer[used + UtcTimestamp::kLength] = '\n';
        used += kLine;
        ++printed.count;
        cursor = *fire;
    }
    flush();
    std::fflush(stdout);
    return printed;
}

int next(const QStringList &arguments)
{
    const QString tz = QStringLiteral("tz");
    const QString fromName = QStringLiteral("from");
    const QString countName = QStringLiteral("count");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Print the next fire times of a cron expression, one UTC instant\n"
        "(YYYY-MM-DDTHH:MM:SSZ) a line.\n"
        "\n"
        "Exit status: 0 when the fire times are printed, also when there are fewer\n"
        "than N: the expression stops firing, or the list reaches the end of year\n"
        "9999, the last year these instants can show (a note on stderr says which);\n"
        "2 for a bad expression, zone, instant or count."));
    parser.addOption(helpOption());
    parser.addOption({tz,
                      QStringLiteral("Read the expression in the IANA zone ZONE (default UTC)."),
                      QStringLiteral("ZONE"), QStringLiteral("UTC")});
    parser.addOption({fromName,
                      QStringLiteral("Start strictly after this ISO-8601 instant (default now)."),
                      QStringLiteral("INSTANT")});
    parser.addOption({countName,
                      QStringLiteral("How many fire times, 1 to %1 (default 5).").arg(kMaxCount),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addPositionalArgument(QStringLiteral("EXPR"),
                                 QStringLiteral("Five fields: minute hour day-of-month month "
                                                "day-of-week, e.g. \"0 9 * * 1-5\"."));
    int exitCode = CronCommand::Success;
    if (!parseOrAnswer(parser, kNext, arguments, &exitCode))
        return exitCode;
    const auto text = expressionArgument(parser, kNext, &exitCode);
    if (!text)
        return exitCode;

    auto expression = parseExpression(*text, &exitCode);
    if (!expression)
        return exitCode;

    const QString zoneName = parser.value(tz);
    if (const auto error = IanaZone::check(zoneName, tz))
        return checkError(*error);

    QDateTime from = QDateTime::currentDateTimeUtc();
    if (parser.isSet(fromName)) {
        const QString fromText = parser.value(fromName);
        if (fromText.trimmed().isEmpty())
            return usageError(QStringLiteral("--from: empty; give an ISO-8601 instant such as "
                                             "2026-03-29T01:00:00Z, or leave --from out to start "
                                             "now"),
                              kNext);
        from = JsonFields::parseTimestamp(fromText);
        if (!from.isValid())
            return usageError(QLatin1String("--from: '") + fromText +
                                  QLatin1String("' is not an ISO-8601 instant such as "
                                                "2026-03-29T01:00:00Z"),
                              kNext);
    }

    const QString countText = parser.value(countName);
    bool countOk = false;
    const int count = countText.toInt(&countOk);
    if (!countOk || count < 1 || count > kMaxCount)
        return usageError(QLatin1String("--count: '") + countText +
                              QLatin1String("' is not a whole number from 1 to ") +
                              QString::number(kMaxCount),
                          kNext);

    const CronSchedule schedule(std::move(*expression), QTimeZone(zoneName.toUtf8()));
    // Fire times are whole seconds: dropping --from's milliseconds keeps
    // "strictly after" exact, before 1970 as well.
    const qint64 after = from.addMSecs(-from.time().msec()).toSecsSinceEpoch();
    const Printed printed = printFireTimes(schedule, after, count);
    if (printed.reachedYear10000) {
        writeLine(stderr, QStringLiteral("note: the list stops at the end of year 9999; %1 of %2 "
                                         "fire times printed")
                              .arg(printed.count)
                              .arg(count));
    } else if (printed.count < count) {
        writeLine(stderr, QLatin1String("note: ") +
                              (printed.count == 0 ? QStringLiteral("the expression never fires")
                                                  : QStringLiteral("no further fire times")));
    }
    return CronCommand::Success;
}

} // namespace

int CronCommand::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(QStringLiteral("cron: a subcommand is needed (next or describe)"), kCron);
    const QString verb = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (verb == QLatin1String("next"))
        return next(rest);
    if (verb == QLatin1String("describe"))
        return describe(rest);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        writeText(stdout, cronHelp());
        return Success;
    }
    if (verb.startsWith(QLatin1Char('-')))
        return usageError(verb + QLatin1String(": unknown option"), kCron);
    return usageError(QLatin1String("cron ") + verb + QLatin1String(": unknown subcommand"), kCron);
}
