#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

// The dashboard's own command line (the headless subcommands are parsed
// elsewhere): `--screenshot FILE [--page NAME] [--size WxH]`.
struct StartupOptions
{
    QString screenshotFile;
    QString page = QStringLiteral("runs");
    QSize size{1280, 760};

    bool wantsScreenshot() const { return !screenshotFile.isEmpty(); }
    // runs, run (the run detail), timeline, schedules, live.
    static QStringList pageNames();

    // nullopt and a message naming the option on a bad argument. Unknown
    // arguments are left to Qt (-platform and the like).
    static std::optional<StartupOptions> parse(const QStringList &arguments, QString *error);
};
