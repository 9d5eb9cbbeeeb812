#include "models/connection/apikeystore.h"

#include "models/connection/connectionstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcConnection, "runboard.models.connection", QtInfoMsg)

namespace {

// Read by probeKeychain() and never written.
const QString ProbeEntry = QStringLiteral("runboard-keychain-probe");

} // namespace

ApiKeyStore::ApiKeyStore(ConnectionStore *connections, QObject *parent)
    : ApiKeyStore(connections, DefaultService, parent)
{}

ApiKeyStore::ApiKeyStore(ConnectionStore *connections, const QString &service, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_service(service)
{}

ApiKeyStore::~ApiKeyStore() = default;

void ApiKeyStore::later(std::function<void()> action)
{
    // Every answer comes after the call returns, whatever the storage, so
    // callers connect once and need not care which path was taken.
    QMetaObject::invokeMethod(this, std::move(action), Qt::QueuedConnection);
}

void ApiKeyStore::reportMemory(const QString &profileId)
{
    later([this, profileId] {
        if (hasKey(profileId))
            emit keyLoaded(profileId);
        else
            emit keyMissing(profileId);
    });
}

ApiKeyStore::Outcome ApiKeyStore::outcomeOf(const QKeychain::Job *job)
{
    Outcome outcome = Outcome::Failed;
    switch (job->error()) {
    case QKeychain::NoError:
        outcome = Outcome::Done;
        break;
    case QKeychain::EntryNotFound:
        outcome = Outcome::NotFound;
        break;
    // Without a D-Bus session or a Secret Service, the Linux backends
    // answer OtherError at once rather than NoBackendAvailable.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        outcome = Outcome::Unavailable;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
        outcome = Outcome::Failed;
        break;
    }
    m_availability =
        outcome == Outcome::Unavailable ? Availability::Unavailable : Availability::Available;
    return outcome;
}

QString ApiKeyStore::reasonOf(const QKeychain::Job *job) const
{
    QString reason;
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        reason = tr("No key is stored in the keychain for this connection");
        break;
    case QKeychain::NoBackendAvailable:
        reason = tr("No system keychain is available");
        break;
    case QKeychain::NotImplemented:
        reason = tr("The system keychain is not supported on this platform");
        break;
    case QKeychain::OtherError:
        reason = tr("The system keychain did not answer (is a Secret Service such as "
                    "GNOME Keyring or KWallet running?)");
        break;
    case QKeychain::AccessDeniedByUser:
        reason = tr("Access to the keychain was refused");
        break;
    case QKeychain::AccessDenied:
        reason = tr("The keychain denied access");
        break;
    case QKeychain::CouldNotDeleteEntry:
        reason = tr("The key could not be deleted from the keychain");
        break;
    }
    // The backend's own words, which name the service and entry at most.
    const QString detail = job->errorString();
    if (!detail.isEmpty() && detail != QLatin1String("Unknown error"))
        reason += QLatin1String(": ") + detail;
    return reason;
}

void ApiKeyStore::startJob(QKeychain::Job *job, const QString &profileId,
                           std::function<void(Outcome, const QString &reason)> done)
{
    // Never QtKeychain's insecure fallback: a plain-text copy is only made
    // through SettingsFile, after the user read the warning.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(profileId);
    connect(job, &QKeychain::Job::finished, this,
            [this, done = std::move(done)](QKeychain::Job *finished) {
                const Outcome outcome = outcomeOf(finished);
                const QString reason = reasonOf(finished);
                if (outcome == Outcome::Unavailable || outcome == Outcome::Failed)
                    qCInfo(lcConnection) << "keychain:" << reason;
                done(outcome, reason);
            });
    job->start();
}

void ApiKeyStore::probeKeychain()
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    startJob(job, ProbeEntry, [this](Outcome outcome, const QString &reason) {
        if (outcome == Outcome::Unavailable)
            emit keychainUnavailable(QString(), reason);
        else
            emit keychainAvailable();
    });
}

void ApiKeyStore::load(const ConnectionProfile &profile)
{
    const QString id = profile.id;
    switch (profile.keyStorage) {
    case ConnectionProfile::KeyStorage::Session:
        reportMemory(id);
        return;
    case ConnectionProfile::KeyStorage::SettingsFile: {
        const QString stored = m_connections->settingsFileKey(id);
        if (!stored.isEmpty())
            keep(id, stored);
        reportMemory(id);
        return;
    }
    case ConnectionProfile::KeyStorage::Keychain:
        break;
    }
    if (!profile.needsUserKey()) {
        reportMemory(id);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    startJob(job, id, [this, id, job](Outcome outcome, const QString &reason) {
        switch (outcome) {
        case Outcome::Done:
            m_keys.insert(id, job->textData());
            emit keyLoaded(id);
            break;
        case Outcome::NotFound:
            emit keyMissing(id);
            break;
        case Outcome::Unavailable:
            emit keychainUnavailable(id, reason);
            break;
        case Outcome::Failed:
            emit failed(id, reason);
            break;
        }
    });
}

void ApiKeyStore::save(const ConnectionProfile &profile, const QString &key)
{
    const QString id = profile.id;
    // Leaving the settings file for the session is safe at once; leaving it
    // for the keychain only once the keychain holds the key.
    if (profile.keyStorage == ConnectionProfile::KeyStorage::Session)
        m_connections->removeSettingsFileKey(id);
    // A key the user moved out of the keychain should not stay behind there.
    if (profile.keyStorage != ConnectionProfile::KeyStorage::Keychain &&
        m_availability == Availability::Available) {
        auto *erase = new QKeychain::DeletePasswordJob(m_service);
        startJob(erase, id, [](Outcome, const QString &) {});
    }

    switch (profile.keyStorage) {
    case ConnectionProfile::KeyStorage::Session:
        keep(id, key);
        later([this, id] { emit keySaved(id); });
        return;
    case ConnectionProfile::KeyStorage::SettingsFile:
        if (m_connections->setSettingsFileKey(id, key)) {
            keep(id, key);
            later([this, id] { emit keySaved(id); });
        } else {
            later([this, id] {
                emit failed(id, tr("The key could not be written to the settings "
                                   "file (save the connection first)"));
            });
        }
        return;
    case ConnectionProfile::KeyStorage::Keychain:
        break;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(key);
    startJob(job, id, [this, id, key](Outcome outcome, const QString &reason) {
        switch (outcome) {
        case Outcome::Done:
            m_connections->removeSettingsFileKey(id);
            keep(id, key);
            emit keySaved(id);
            break;
        case Outcome::NotFound:
        case Outcome::Failed:
            emit failed(id, reason);
            break;
        case Outcome::Unavailable:
            emit keychainUnavailable(id, reason);
            break;
        }
    });
}

void ApiKeyStore::remove(const QString &profileId)
{
    forget(profileId);
    m_connections->removeSettingsFileKey(profileId);
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    startJob(job, profileId, [this, profileId](Outcome outcome, const QString &reason) {
        // An unreachable keychain holds nothing this app can erase now.
        if (outcome == Outcome::Failed)
            emit failed(profileId, reason);
        else
            emit keyRemoved(profileId);
    });
}

void ApiKeyStore::keep(const QString &profileId, const QString &key)
{
    m_keys.insert(profileId, key);
}

void ApiKeyStore::forget(const QString &profileId)
{
    m_keys.remove(profileId);
}

ApiKeyProvider ApiKeyStore::provider(const QString &profileId) const
{
    return [store = QPointer<const ApiKeyStore>(this), profileId] {
        return store ? store->key(profileId) : QString();
    };
}
