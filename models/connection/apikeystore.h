#pragma once

#include "models/client/connectionsettings.h"
#include "models/connection/connectionprofile.h"

#include <QHash>
#include <QObject>

class ConnectionStore;

namespace QKeychain {
class Job;
}

// Where API keys are fetched from and put away: the system keychain
// (QtKeychain, service "Runboard"), memory for this session, or the settings
// file when the user chose it. Every operation answers later with a signal
// naming the profile, never the key; a loaded key stays in memory only until
// forget() and is handed to EdgesClient through provider().
class ApiKeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyStore)

public:
    enum class Availability
    {
        Unknown,
        Available,
        // No Secret Service / KWallet / platform store answered.
        Unavailable,
    };

    static inline const QString DefaultService = QStringLiteral("Runboard");

    // `connections` keeps SettingsFile keys and must outlive the store.
    // Tests pass their own `service` so they never touch the user's entries.
    explicit ApiKeyStore(ConnectionStore *connections, QObject *parent = nullptr);
    ApiKeyStore(ConnectionStore *connections, const QString &service, QObject *parent = nullptr);
    ~ApiKeyStore() override;

    Availability keychainAvailability() const { return m_availability; }
    // Asks the keychain for an entry that does not exist, to learn whether
    // it answers at all: keychainAvailable() or keychainUnavailable({}, …).
    void probeKeychain();

    // From where the profile keeps it into memory: keyLoaded, keyMissing,
    // keychainUnavailable or failed.
    void load(const ConnectionProfile &profile);
    // Where the profile says, and into memory: keySaved, keychainUnavailable
    // or failed. Leaving the keychain also erases the entry there.
    void save(const ConnectionProfile &profile, const QString &key);
    // Erases the key from the keychain, the settings file and memory.
    void remove(const QString &profileId);

    // Memory only, e.g. the embedded sandbox's own key.
    void keep(const QString &profileId, const QString &key);
    void forget(const QString &profileId);
    bool hasKey(const QString &profileId) const { return m_keys.contains(profileId); }
    QString key(const QString &profileId) const { return m_keys.value(profileId); }
    // Reads the key in memory at each request, so a key loaded or changed
    // later reaches a client built earlier; empty once the store is gone.
    ApiKeyProvider provider(const QString &profileId) const;

signals:
    void keyLoaded(const QString &profileId);
    void keyMissing(const QString &profileId);
    void keySaved(const QString &profileId);
    void keyRemoved(const QString &profileId);
    // profileId is empty for probeKeychain().
    void keychainUnavailable(const QString &profileId, const QString &reason);
    void keychainAvailable();
    void failed(const QString &profileId, const QString &reason);

private:
    enum class Outcome
    {
        Done,
        NotFound,
        Unavailable,
        Failed,
    };

    Outcome outcomeOf(const QKeychain::Job *job);
    QString reasonOf(const QKeychain::Job *job) const;
    void startJob(QKeychain::Job *job, const QString &profileId,
                  std::function<void(Outcome, const QString &reason)> done);
    void later(std::function<void()> action);
    // keyLoaded or keyMissing, from what memory holds.
    void reportMemory(const QString &profileId);

    ConnectionStore *m_connections;
    QString m_service;
    Availability m_availability = Availability::Unknown;
    QHash<QString, QString> m_keys;
};
