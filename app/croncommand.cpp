#include "app/croncommand.h"

#include "core/cron/crondescription.h"
#include "core/cron/cronexpression.h"
#include "core/cron/cronschedule.h"
#include "core/domain/jsonfields.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdio>
#include <optional>

namespace {

constexpr int kMaxCount = 100000;

void writeLine(FILE *stream, const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
}

int fail(const QString &field, const QString &reason)
{
    writeLine(stderr, QLatin1String("error: ") + field + QLatin1String(": ") + reason);
    return CronCommand::UsageError;
}

int usage()
{
    return fail(QStringLiteral("usage"),
                QStringLiteral("runboard cron next EXPR [--tz ZONE] [--from INSTANT] [--count N]"
                               " | runboard cron describe EXPR"));
}

std::optional<CronExpression> parseExpression(const QString &text, int *exitCode)
{
    auto parsed = CronExpression::parse(text);
    if (const auto *error = std::get_if<CronError>(&parsed)) {
        *exitCode = fail(error->field, error->reason);
        return std::nullopt;
    }
    return std::get<CronExpression>(std::move(parsed));
}

int describe(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage();
    int exitCode = CronCommand::Success;
    const auto expression = parseExpression(arguments.first(), &exitCode);
    if (!expression)
        return exitCode;
    writeLine(stdout, describeCron(*expression));
    return CronCommand::Success;
}

int next(const QStringList &arguments)
{
    QString expressionText;
    QString zoneName = QStringLiteral("UTC");
    QString fromText;
    QString countText = QStringLiteral("5");
    bool haveExpression = false;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString *target = nullptr;
        if (argument == QLatin1String("--tz"))
            target = &zoneName;
        else if (argument == QLatin1String("--from"))
            target = &fromText;
        else if (argument == QLatin1String("--count"))
            target = &countText;
        if (target) {
            if (i + 1 >= arguments.size())
                return fail(argument.mid(2), QStringLiteral("missing value"));
            *target = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--"))) {
            return fail(QStringLiteral("usage"), QLatin1String("unknown option ") + argument);
        } else if (!haveExpression) {
            expressionText = argument;
            haveExpression = true;
        } else {
            return usage();
        }
    }
    if (!haveExpression)
        return usage();

    int exitCode = CronCommand::Success;
    auto expression = parseExpression(expressionText, &exitCode);
    if (!expression)
        return exitCode;

    const QTimeZone zone(zoneName.toUtf8());
    if (zoneName.isEmpty() || !zone.isValid())
        return fail(QStringLiteral("timezone"),
                    QLatin1Char('\'') + zoneName +
                        QLatin1String("' is not a known IANA time zone"));

    QDateTime from = QDateTime::currentDateTimeUtc();
    if (!fromText.isEmpty()) {
        from = JsonFields::parseTimestamp(fromText);
        if (!from.isValid())
            return fail(QStringLiteral("from"),
                        QLatin1Char('\'') + fromText +
                            QLatin1String("' is not an ISO-8601 instant such as "
                                          "2026-03-29T01:00:00Z"));
    }

    bool countOk = false;
    const int count = countText.toInt(&countOk);
    if (!countOk || count < 1 || count > kMaxCount)
        return fail(QStringLiteral("count"),
                    QLatin1Char('\'') + countText +
                        QLatin1String("' is not a whole number from 1 to ") +
                        QString::number(kMaxCount));

    const CronSchedule schedule(std::move(*expression), zone);
    const QList<QDateTime> fires = schedule.next(from, count);
    for (const QDateTime &fire : fires)
        writeLine(stdout, fire.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")));
    std::fflush(stdout);
    if (fires.size() < count) {
        writeLine(stderr, QLatin1String("note: ") +
                              (fires.isEmpty() ? QStringLiteral("the expression never fires")
                                               : QStringLiteral("no further fire times")));
    }
    return CronCommand::Success;
}

} // namespace

int CronCommand::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage();
    const QString verb = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (verb == QLatin1String("next"))
        return next(rest);
    if (verb == QLatin1String("describe"))
        return describe(rest);
    return usage();
}
