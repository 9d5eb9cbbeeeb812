#include "app/parseerror.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace {

// "-x", "--x" or "--x=1" as typed for the parser's bare name "x".
QString asTyped(const QString &name, const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (!argument.startsWith(QLatin1Char('-')))
            continue;
        qsizetype start = 0;
        while (start < argument.size() && argument.at(start) == QLatin1Char('-'))
            ++start;
        const QString bare = argument.mid(start).section(QLatin1Char('='), 0, 0);
        if (bare == name)
            return argument.section(QLatin1Char('='), 0, 0);
    }
    return (name.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + name;
}

} // namespace

QString parseErrorText(const QCommandLineParser &parser, const QStringList &arguments)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty())
        return asTyped(unknown.first(), arguments) + QLatin1String(": unknown option");
    // Qt words the value errors "Missing value after '--page'." and
    // "Unexpected value after '--verbose'.".
    static const QRegularExpression valueError(
        QStringLiteral("^(Missing|Unexpected) value after '(.+)'\\.?$"));
    const QString text = parser.errorText();
    const auto match = valueError.match(text);
    if (match.hasMatch())
        return match.captured(2) + QLatin1String(": ") + match.captured(1).toLower() +
               QLatin1String(" value");
    return text;
}

QString usageErrorLine(const QString &what, const QString &command)
{
    return QLatin1String("error: ") + what + QLatin1String("; see '") + command +
           QLatin1String(" --help'");
}
