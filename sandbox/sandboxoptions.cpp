#include "sandbox/sandboxoptions.h"

#include "core/domain/jsonfields.h"
#include "sandbox/faultinjector.h"
#include "sandbox/ratelimiter.h"

#include <QDir>
#include <QStandardPaths>

namespace {

std::optional<SandboxOptions> fail(QString *error, const QString &message)
{
    *error = message;
    return std::nullopt;
}

} // namespace

QString SandboxOptions::usage()
{
    return QStringLiteral(
        "Usage: runboard-sandbox [--listen 127.0.0.1:PORT] [--db FILE]\n"
        "                        [--api-key KEY[=WORKSPACE_NAME]]...\n"
        "                        [--tier NAME] [--clock real|manual] [--clock-start INSTANT]\n"
        "                        [--time-scale X] [--seed N] [--faults SPEC] [--demo]\n"
        "                        [--access-log]\n"
        "A local engine that behaves like the Edges API, with synthetic data.\n"
        "\n"
        "Options:\n"
        "  -h, --help             Show this help and exit.\n"
        "  -v, --version          Show the version and exit.\n"
        "  --listen HOST:PORT     Where to listen (default 127.0.0.1:8787; port 0 picks one);\n"
        "                         any address but loopback prints a warning on stderr.\n"
        "  --db FILE              The SQLite file (default under the user's data folder;\n"
        "                         :memory: works).\n"
        "  --api-key KEY[=WORKSPACE_NAME]\n"
        "                         A key the server accepts; repeatable (default sandbox).\n"
        "                         With =WORKSPACE_NAME the key belongs to that workspace\n"
        "                         (created on first use) and sees only its runs and\n"
        "                         schedules; without, to the default 'Sandbox workspace'.\n"
        "  --tier NAME            Rate limits and concurrency of a plan (default silver).\n"
        "  --clock real|manual    Manual: time moves only through POST /_sandbox/clock/advance.\n"
        "  --clock-start INSTANT  The clock's first instant (ISO-8601).\n"
        "  --time-scale X         Real clock speed-up, e.g. 60 for an hour a minute.\n"
        "  --seed N               The seed for synthetic data and faults (default 1).\n"
        "  --faults SPEC          Injected faults, e.g. 429=0.05,drop=0.01,slow=0.05:2s.\n"
        "  --demo                 Fill an empty store with a month of history in the\n"
        "                         default workspace (key sandbox) and a smaller one in\n"
        "                         'Acme workspace' (key sandbox-acme, always accepted).\n"
        "  --access-log           One line per request on stderr: method, path (query\n"
        "                         secrets masked), status, bytes, milliseconds.\n"
        "\n"
        "When ready it prints one line on stdout: listening on http://HOST:PORT/v1\n");
}

QString SandboxOptions::exposureWarning() const
{
    if (address.isLoopback())
        return {};
    return QStringLiteral(
               "WARNING: runboard-sandbox listens on %1, which other machines may reach.\n"
               "WARNING: anyone who can connect and knows an API key (default 'sandbox') can\n"
               "WARNING: read and launch runs and use the admin API under /_sandbox/.\n"
               "WARNING: listen on 127.0.0.1 unless you mean it.")
        .arg(address.toString());
}

std::optional<SandboxAccount::Workspace> SandboxOptions::workspaceOf(const QString &key) const
{
    if (!apiKeys.contains(key))
        return std::nullopt;
    return SandboxAccount::workspace(keyWorkspaces.value(key));
}

void SandboxOptions::addKey(const QString &key, const QString &workspaceName)
{
    if (apiKeys.contains(key))
        return;
    apiKeys.append(key);
    if (!workspaceName.isEmpty())
        keyWorkspaces.insert(key, workspaceName);
}

QString SandboxOptions::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                        QLatin1String("/runboard");
    QDir().mkpath(dir);
    return dir + QLatin1String("/sandbox.sqlite");
}

std::optional<SandboxOptions> SandboxOptions::parse(const QStringList &arguments, QString *error,
                                                    Request *request)
{
    static const QStringList valueOptions = {
        QStringLiteral("--listen"),     QStringLiteral("--db"),    QStringLiteral("--api-key"),
        QStringLiteral("--tier"),       QStringLiteral("--clock"), QStringLiteral("--clock-start"),
        QStringLiteral("--time-scale"), QStringLiteral("--seed"),  QStringLiteral("--faults"),
    };
    SandboxOptions options;
    bool keysGiven = false;
    *request = Request::Serve;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &option = arguments.at(i);
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            *request = Request::Help;
            return options;
        }
        if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            *request = Request::Version;
            return options;
        }
        if (option == QLatin1String("--demo")) {
            options.demo = true;
            continue;
        }
        if (option == QLatin1String("--access-log")) {
            options.accessLog = true;
            continue;
        }
        if (!valueOptions.contains(option))
            return fail(error, QStringLiteral("%1: unknown option").arg(option));
        if (i + 1 >= arguments.size())
            return fail(error, QStringLiteral("%1: missing value").arg(option));
        const QString value = arguments.at(++i);
        if (option == QLatin1String("--listen")) {
            const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
            bool portOk = false;
            const uint port = colon < 0 ? 0 : value.mid(colon + 1).toUInt(&portOk);
            QString host = colon < 0 ? QString() : value.left(colon);
            if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
                host = host.mid(1, host.size() - 2);
            const QHostAddress address(
                host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
            if (colon < 0 || !portOk || port > 65535 || address.isNull())
                return fail(error, QStringLiteral("--listen: '%1' is not HOST:PORT").arg(value));
            options.address = address;
            options.port = static_cast<quint16>(port);
        } else if (option == QLatin1String("--db")) {
            options.databasePath = value;
        } else if (option == QLatin1String("--api-key")) {
            // Split at the first '=': a key cannot hold one, a name can.
            const qsizetype equals = value.indexOf(QLatin1Char('='));
            const QString key = equals < 0 ? value : value.left(equals);
            const QString name = equals < 0 ? QString() : value.mid(equals + 1).trimmed();
            if (key.isEmpty())
                return fail(error, QStringLiteral("--api-key: a key cannot be empty"));
            if (equals >= 0 && name.isEmpty())
                return fail(error, QStringLiteral("--api-key: the workspace name after '=' is "
                                                  "empty; give KEY=WORKSPACE_NAME or KEY"));
            if (!keysGiven)
                options.apiKeys.clear();
            keysGiven = true;
            const auto known = options.workspaceOf(key);
            if (known && known->uid != SandboxAccount::workspace(name).uid)
                return fail(error, QStringLiteral("--api-key: a key belongs to exactly one "
                                                  "workspace; one key was given for two"));
            options.addKey(key, name);
        } else if (option == QLatin1String("--tier")) {
            if (!RateLimiter::tier(value))
                return fail(error,
                            QStringLiteral("--tier: '%1' is not one of %2")
                                .arg(value, RateLimiter::tierNames().join(QLatin1String(", "))));
            options.tier = value.toLower();
        } else if (option == QLatin1String("--clock")) {
            if (value == QLatin1String("real"))
                options.clockMode = SandboxClock::Mode::Real;
            else if (value == QLatin1String("manual"))
                options.clockMode = SandboxClock::Mode::Manual;
            else
                return fail(error,
                            QStringLiteral("--clock: '%1' is not real or manual").arg(value));
        } else if (option == QLatin1String("--clock-start")) {
            const QDateTime start = JsonFields::parseTimestamp(value);
            if (!start.isValid())
                return fail(
                    error,
                    QStringLiteral("--clock-start: '%1' is not an ISO-8601 instant").arg(value));
            options.clockStartMs = start.toMSecsSinceEpoch();
        } else if (option == QLatin1String("--time-scale")) {
            bool ok = false;
            options.timeScale = value.toDouble(&ok);
            if (!ok || options.timeScale <= 0 || options.timeScale > 100000)
                return fail(
                    error, QStringLiteral("--time-scale: '%1' is not a number above 0").arg(value));
        } else if (option == QLatin1String("--seed")) {
            bool ok = false;
            options.seed = value.toULongLong(&ok);
            if (!ok)
                return fail(error, QStringLiteral("--seed: '%1' is not a whole number").arg(value));
        } else if (option == QLatin1String("--faults")) {
            QString faultError;
            if (!FaultInjector::parse(value, 0, &faultError))
                return fail(error, faultError);
            options.faults = value;
        }
    }
    return options;
}
