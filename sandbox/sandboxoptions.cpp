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
        "usage: runboard-sandbox [--listen 127.0.0.1:PORT] [--db FILE] [--api-key KEY]...\n"
        "                        [--tier NAME] [--clock real|manual] [--clock-start INSTANT]\n"
        "                        [--time-scale X] [--seed N] [--faults SPEC] [--demo]\n");
}

QString SandboxOptions::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                        QLatin1String("/runboard");
    QDir().mkpath(dir);
    return dir + QLatin1String("/sandbox.sqlite");
}

std::optional<SandboxOptions> SandboxOptions::parse(const QStringList &arguments, QString *error,
                                                    bool *helpRequested)
{
    SandboxOptions options;
    bool keysGiven = false;
    *helpRequested = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &option = arguments.at(i);
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            *helpRequested = true;
            return options;
        }
        if (option == QLatin1String("--demo")) {
            options.demo = true;
            continue;
        }
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
            if (value.isEmpty())
                return fail(error, QStringLiteral("--api-key: a key cannot be empty"));
            if (!keysGiven)
                options.apiKeys.clear();
            keysGiven = true;
            options.apiKeys.append(value);
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
        } else {
            return fail(error, QStringLiteral("%1: unknown option").arg(option));
        }
    }
    return options;
}
