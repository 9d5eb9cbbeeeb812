#include "models/connection/connectionprofile.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<ConnectionProfile::Kind, const char *>, 3> KindNames = {{
    {ConnectionProfile::Kind::EmbeddedSandbox, "embedded-sandbox"},
    {ConnectionProfile::Kind::Production, "production"},
    {ConnectionProfile::Kind::Custom, "custom"},
}};

constexpr std::array<std::pair<ConnectionProfile::KeyStorage, const char *>, 3> StorageNames = {{
    {ConnectionProfile::KeyStorage::Keychain, "keychain"},
    {ConnectionProfile::KeyStorage::Session, "session"},
    {ConnectionProfile::KeyStorage::SettingsFile, "settings-file"},
}};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QLatin1String(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names,
                            QStringView text)
{
    for (const auto &[value, name] : names) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

bool isThisMachine(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ConnectionSettings ConnectionProfile::settings() const
{
    ConnectionSettings result;
    result.baseUrl = baseUrl;
    result.tier = tier;
    return result;
}

QString ConnectionProfile::baseUrlProblem(const QUrl &url)
{
    if (url.isEmpty())
        return QCoreApplication::translate("ConnectionProfile",
                                           "Enter the base URL, e.g. https://api.edges.run/v1");
    if (!url.isValid() || url.isRelative())
        return QCoreApplication::translate(
            "ConnectionProfile", "Not a valid URL; it should look like https://api.edges.run/v1");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return QCoreApplication::translate("ConnectionProfile", "Use an https:// URL");
    if (url.host().isEmpty())
        return QCoreApplication::translate("ConnectionProfile", "The URL has no host name");
    if (url.hasQuery() || url.hasFragment())
        return QCoreApplication::translate("ConnectionProfile",
                                           "The base URL cannot have a query or a fragment");
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("ConnectionProfile",
                                           "Put the API key in the key field, not in the URL");
    if (scheme == QLatin1String("http") && !isThisMachine(url.host()))
        return QCoreApplication::translate(
            "ConnectionProfile", "Use https:// — over http the key would cross the network "
                                 "unencrypted (http is allowed for localhost only)");
    return {};
}

QUrl ConnectionProfile::normalizedBaseUrl(const QUrl &url)
{
    return url.adjusted(QUrl::StripTrailingSlash);
}

QString ConnectionProfile::kindName(Kind kind)
{
    return nameOf(KindNames, kind);
}

std::optional<ConnectionProfile::Kind> ConnectionProfile::kindFromName(QStringView name)
{
    return valueOf(KindNames, name);
}

QString ConnectionProfile::keyStorageName(KeyStorage storage)
{
    return nameOf(StorageNames, storage);
}

std::optional<ConnectionProfile::KeyStorage> ConnectionProfile::keyStorageFromName(QStringView name)
{
    return valueOf(StorageNames, name);
}
