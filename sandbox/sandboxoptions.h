#pragma once

#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxclock.h"

#include <QHash>
#include <QHostAddress>
#include <QStringList>

#include <optional>

// Everything runboard-sandbox can be told on its command line, with the
// defaults of the sandbox issue. Tests build one directly.
struct SandboxOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787;
    // Empty: the default file under the user's data directory.
    QString databasePath;
    QStringList apiKeys = {QStringLiteral("sandbox")};
    // The workspace name of each key given as KEY=WORKSPACE_NAME; a key of
    // apiKeys not in it belongs to the default workspace.
    QHash<QString, QString> keyWorkspaces;
    QString tier = QStringLiteral("silver");
    SandboxClock::Mode clockMode = SandboxClock::Mode::Real;
    // Milliseconds since the epoch; unset means now.
    std::optional<qint64> clockStartMs;
    double timeScale = 1.0;
    quint64 seed = 1;
    QString faults;
    bool demo = false;
    // Request bodies above this size are answered with 413.
    qint64 maxBodyBytes = 64LL * 1024 * 1024;
    // Virtual time one synthetic page takes to fetch.
    qint64 pageDurationMs = 2000;
    // Callback retry delays (contract open question 4): 5 s, 30 s, 120 s.
    QList<qint64> callbackRetryDelaysMs = {5000, 30000, 120000};
    qint64 callbackTimeoutMs = 10000;
    // Concurrency override; 0 means the tier's value.
    int concurrency = 0;
    // One line per request on stderr: method, path (query secrets masked),
    // status, bytes, milliseconds.
    bool accessLog = false;

    enum class Request
    {
        Serve,
        Help,
        Version,
    };

    // Parses the arguments after the program name. nullopt and a one-line
    // message naming the option on error; `request` says whether --help or
    // --version came instead of serving.
    static std::optional<SandboxOptions> parse(const QStringList &arguments, QString *error,
                                               Request *request);
    // The warning printed when the server listens where other machines can
    // reach it (anything but a loopback address); empty on loopback. The
    // sandbox is for one person's machine: its keys are test keys, and its
    // admin API moves the clock and injects faults.
    QString exposureWarning() const;
    // The workspace `key` belongs to; nullopt for a key not accepted.
    std::optional<SandboxAccount::Workspace> workspaceOf(const QString &key) const;
    // Accepts `key` as a member of the workspace named `workspaceName`
    // (empty: the default one), unless it is accepted already.
    void addKey(const QString &key, const QString &workspaceName);
    // The --help text: usage and one line per option.
    static QString usage();
    static QString defaultDatabasePath();
};
