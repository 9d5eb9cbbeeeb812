#include "models/connection/connectionstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QUuid>

namespace {

const QString Group = QStringLiteral("connections");
const QString SelectedKey = QStringLiteral("connections/selected");
const QString OrderKey = QStringLiteral("connections/order");
const QString NameKey = QStringLiteral("name");
const QString BaseUrlKey = QStringLiteral("baseUrl");
const QString TierKey = QStringLiteral("tier");
const QString KindKey = QStringLiteral("kind");
const QString KeyStorageKey = QStringLiteral("keyStorage");
const QString ApiKeyKey = QStringLiteral("apiKey");

// An id becomes a settings group name: nothing that would nest or escape.
bool isUsableId(const QString &id)
{
    return !id.isEmpty() && !id.contains(QLatin1Char('/')) && !id.contains(QLatin1Char('\\'));
}

} // namespace

ConnectionStore::ConnectionStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    load();
}

ConnectionStore::~ConnectionStore() = default;

QList<ConnectionProfile> ConnectionStore::builtIns()
{
    ConnectionProfile sandbox;
    sandbox.id = SandboxId;
    sandbox.name = QCoreApplication::translate("ConnectionStore", "Sandbox");
    sandbox.kind = ConnectionProfile::Kind::EmbeddedSandbox;
    // The engine holds its own key; nothing to keep between runs.
    sandbox.keyStorage = ConnectionProfile::KeyStorage::Session;

    ConnectionProfile production;
    production.id = ProductionId;
    production.name = QCoreApplication::translate("ConnectionStore", "Edges production");
    production.baseUrl = ProductionUrl;
    production.kind = ConnectionProfile::Kind::Production;
    return {sandbox, production};
}

QString ConnectionStore::groupOf(const QString &id) const
{
    return Group + QLatin1String("/profiles/") + id + QLatin1Char('/');
}

void ConnectionStore::load()
{
    m_profiles = builtIns();

    ConnectionProfile &production = m_profiles[indexOf(ProductionId)];
    const QString productionGroup = groupOf(ProductionId);
    production.tier = m_settings->value(productionGroup + TierKey, production.tier).toString();
    production.keyStorage = ConnectionProfile::keyStorageFromName(
                                m_settings->value(productionGroup + KeyStorageKey).toString())
                                .value_or(production.keyStorage);

    const QStringList order = m_settings->value(OrderKey).toStringList();
    for (const QString &id : order) {
        if (!isUsableId(id) || indexOf(id) >= 0)
            continue;
        const QString group = groupOf(id);
        ConnectionProfile profile;
        profile.id = id;
        profile.name = m_settings->value(group + NameKey, id).toString();
        profile.baseUrl = QUrl(m_settings->value(group + BaseUrlKey).toString());
        profile.tier = m_settings->value(group + TierKey, profile.tier).toString();
        profile.keyStorage = ConnectionProfile::keyStorageFromName(
                                 m_settings->value(group + KeyStorageKey).toString())
                                 .value_or(profile.keyStorage);
        m_profiles.append(profile);
    }

    m_selectedId = m_settings->value(SelectedKey).toString();
    if (indexOf(m_selectedId) < 0)
        m_selectedId = SandboxId;
}

int ConnectionStore::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QList<ConnectionProfile> ConnectionStore::profiles() const
{
    return m_profiles;
}

std::optional<ConnectionProfile> ConnectionStore::profile(const QString &id) const
{
    const int index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

ConnectionProfile ConnectionStore::selected() const
{
    return m_profiles.at(indexOf(m_selectedId));
}

void ConnectionStore::select(const QString &id)
{
    if (indexOf(id) < 0 || id == m_selectedId)
        return;
    m_selectedId = id;
    m_settings->setValue(SelectedKey, id);
    m_settings->sync();
    emit selectionChanged(id);
}

QString ConnectionStore::save(ConnectionProfile profile)
{
    if (profile.id == SandboxId)
        return SandboxId;
    if (profile.id == ProductionId) {
        const ConnectionProfile fixed = builtIns().at(1);
        profile.name = fixed.name;
        profile.baseUrl = fixed.baseUrl;
        profile.kind = fixed.kind;
    } else {
        profile.kind = ConnectionProfile::Kind::Custom;
        profile.baseUrl = ConnectionProfile::normalizedBaseUrl(profile.baseUrl);
        if (!isUsableId(profile.id))
            profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    const int index = indexOf(profile.id);
    if (index >= 0)
        m_profiles[index] = profile;
    else
        m_profiles.append(profile);
    write(profile);
    if (index < 0)
        writeOrder();
    m_settings->sync();
    if (index >= 0)
        emit profileChanged(profile.id);
    else
        emit profileAdded(profile.id);
    return profile.id;
}

void ConnectionStore::write(const ConnectionProfile &profile)
{
    const QString group = groupOf(profile.id);
    if (profile.kind == ConnectionProfile::Kind::Custom) {
        m_settings->setValue(group + NameKey, profile.name);
        m_settings->setValue(group + BaseUrlKey, profile.baseUrl.toString());
        m_settings->setValue(group + KindKey, ConnectionProfile::kindName(profile.kind));
    }
    m_settings->setValue(group + TierKey, profile.tier);
    m_settings->setValue(group + KeyStorageKey,
                         ConnectionProfile::keyStorageName(profile.keyStorage));
    if (profile.keyStorage != ConnectionProfile::KeyStorage::SettingsFile)
        m_settings->remove(group + ApiKeyKey);
}

void ConnectionStore::writeOrder()
{
    QStringList order;
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        if (profile.kind == ConnectionProfile::Kind::Custom)
            order.append(profile.id);
    }
    m_settings->setValue(OrderKey, order);
}

bool ConnectionStore::remove(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0 || m_profiles.at(index).kind != ConnectionProfile::Kind::Custom)
        return false;
    m_profiles.removeAt(index);
    m_settings->remove(groupOf(id).chopped(1));
    writeOrder();
    const bool wasSelected = m_selectedId == id;
    if (wasSelected) {
        m_selectedId = SandboxId;
        m_settings->setValue(SelectedKey, m_selectedId);
    }
    m_settings->sync();
    emit profileRemoved(id);
    if (wasSelected)
        emit selectionChanged(m_selectedId);
    return true;
}

QString ConnectionStore::settingsFileKey(const QString &id) const
{
    const int index = indexOf(id);
    if (index < 0 || m_profiles.at(index).keyStorage != ConnectionProfile::KeyStorage::SettingsFile)
        return {};
    return m_settings->value(groupOf(id) + ApiKeyKey).toString();
}

bool ConnectionStore::setSettingsFileKey(const QString &id, const QString &key)
{
    const int index = indexOf(id);
    if (index < 0 || m_profiles.at(index).keyStorage != ConnectionProfile::KeyStorage::SettingsFile)
        return false;
    m_settings->setValue(groupOf(id) + ApiKeyKey, key);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return false;
    // A key in plain text: nobody but the user reads the file. QSettings
    // rewrites it through QSaveFile, which keeps these permissions.
    return QFile::setPermissions(m_settings->fileName(),
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void ConnectionStore::removeSettingsFileKey(const QString &id)
{
    if (!isUsableId(id))
        return;
    m_settings->remove(groupOf(id) + ApiKeyKey);
    m_settings->sync();
}

QString ConnectionStore::settingsFilePath() const
{
    return m_settings->fileName();
}
