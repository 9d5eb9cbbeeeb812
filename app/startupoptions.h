#pragma once

#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The dashboard's own command line (the headless subcommands are parsed
// elsewhere). Parsed before any application object exists, so --help,
// --version and every mistake are answered without a display.
struct StartupOptions
{
    enum class Request
    {
        Dashboard,
        Help,
        Version,
    };

    Request request = Request::Dashboard;
    QString screenshotFile;
    QString page = QStringLiteral("runs");
    bool pageGiven = false;
    QSize size{1280, 760};
    // A saved connection, by name or id; checked against the store later.
    QString connection;
    // A one-off connection; its key comes from EDGES_API_KEY.
    QUrl baseUrl;
    bool verbose = false;

    bool wantsScreenshot() const { return !screenshotFile.isEmpty(); }
    // runs, run (the run detail, for screenshots), timeline, schedules, live.
    static QStringList pageNames();

    // `arguments` include the program name. nullopt and "OPTION: reason" on
    // a mistake. Qt's own options (-platform, -style, …) are accepted and
    // left in argv for QApplication.
    static std::optional<StartupOptions> parse(const QStringList &arguments, QString *error);
    static QString helpText();
    static QString versionText();
};
