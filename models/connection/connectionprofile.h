#pragma once

#include "models/client/connectionsettings.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// One place Runboard can talk to: the embedded sandbox, the Edges service,
// or a server the user added. It never holds the API key itself, only where
// the key is kept, so a profile can be copied, compared and printed freely.
struct ConnectionProfile final
{
    enum class Kind
    {
        // The engine inside the app: its URL and key come from the engine.
        EmbeddedSandbox,
        // https://api.edges.run/v1 (contract 1.1).
        Production,
        Custom,
    };

    enum class KeyStorage
    {
        // The system's secret service, through QtKeychain.
        Keychain,
        // Memory only: asked for again after a restart.
        Session,
        // Plain text in the settings file, only when the user chose it.
        SettingsFile,
    };

    QString id;
    QString name;
    QUrl baseUrl;
    QString tier = QStringLiteral("silver");
    Kind kind = Kind::Custom;
    KeyStorage keyStorage = KeyStorage::Keychain;

    bool needsUserKey() const { return kind != Kind::EmbeddedSandbox; }
    // What EdgesClient needs besides the key; for the embedded sandbox the
    // URL is empty until the app fills in the engine's.
    ConnectionSettings settings() const;

    // Empty when `url` may carry an API key; else why not, in one sentence.
    // Plain http is allowed to this machine only, so a key never crosses a
    // network unencrypted.
    static QString baseUrlProblem(const QUrl &url);
    // Drops a trailing slash: EdgesClient appends "/runs" to the path.
    static QUrl normalizedBaseUrl(const QUrl &url);

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    static QString keyStorageName(KeyStorage storage);
    static std::optional<KeyStorage> keyStorageFromName(QStringView name);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};
Q_DECLARE_METATYPE(ConnectionProfile)
