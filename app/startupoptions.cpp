#include "app/startupoptions.h"

#include <QRegularExpression>

QStringList StartupOptions::pageNames()
{
    return {QStringLiteral("runs"), QStringLiteral("run"), QStringLiteral("timeline"),
            QStringLiteral("schedules"), QStringLiteral("live")};
}

std::optional<StartupOptions> StartupOptions::parse(const QStringList &arguments, QString *error)
{
    StartupOptions options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &option = arguments.at(i);
        const bool ours = option == QLatin1String("--screenshot") ||
                          option == QLatin1String("--page") || option == QLatin1String("--size");
        if (!ours)
            continue;
        if (i + 1 >= arguments.size()) {
            *error = option + QLatin1String(": missing value");
            return std::nullopt;
        }
        const QString value = arguments.at(++i);
        if (option == QLatin1String("--screenshot")) {
            options.screenshotFile = value;
        } else if (option == QLatin1String("--page")) {
            if (!pageNames().contains(value)) {
                *error = QStringLiteral("--page: '%1' is not one of %2")
                             .arg(value, pageNames().join(QLatin1Char('|')));
                return std::nullopt;
            }
            options.page = value;
        } else {
            static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
            const auto match = pattern.match(value);
            if (!match.hasMatch()) {
                *error = QStringLiteral("--size: '%1' is not WIDTHxHEIGHT").arg(value);
                return std::nullopt;
            }
            options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        }
    }
    return options;
}
