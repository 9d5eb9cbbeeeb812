#pragma once

#include "models/connection/connectionprofile.h"

#include <QList>
#include <QObject>

#include <optional>

class QSettings;

// The connections the user can pick from and the one picked, kept in the
// "connections" group of the settings. The built-in "Sandbox" and "Edges
// production" are always offered; the user's own come after them. API keys
// are written here only for a profile whose key storage is SettingsFile.
class ConnectionStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStore)

public:
    static inline const QString SandboxId = QStringLiteral("sandbox");
    static inline const QString ProductionId = QStringLiteral("production");
    static inline const QUrl ProductionUrl = QUrl(QStringLiteral("https://api.edges.run/v1"));

    // `settings` must outlive the store.
    explicit ConnectionStore(QSettings *settings, QObject *parent = nullptr);
    ~ConnectionStore() override;

    // Built-ins first, then the user's in the order they were added.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &id) const;
    // The sandbox when nothing (or something since removed) was selected.
    QString selectedId() const { return m_selectedId; }
    ConnectionProfile selected() const;
    void select(const QString &id);

    // Adds the profile (a new id when it has none) or replaces the one with
    // its id, and returns the id. The built-ins keep their kind and URL; only
    // their tier, and production's key storage, can change. Moving a profile
    // away from SettingsFile erases its key from the file.
    QString save(ConnectionProfile profile);
    // Custom profiles only; the selection falls back to the sandbox.
    bool remove(const QString &id);

    // The key of a SettingsFile profile, in plain text in the settings file.
    // Refused (false) for any other kind of storage.
    QString settingsFileKey(const QString &id) const;
    bool setSettingsFileKey(const QString &id, const QString &key);
    void removeSettingsFileKey(const QString &id);

    // The file the settings live in, for the warning next to SettingsFile.
    QString settingsFilePath() const;

signals:
    void profileAdded(const QString &id);
    void profileChanged(const QString &id);
    void profileRemoved(const QString &id);
    void selectionChanged(const QString &id);

private:
    static QList<ConnectionProfile> builtIns();
    int indexOf(const QString &id) const;
    void load();
    void write(const ConnectionProfile &profile);
    void writeOrder();
    QString groupOf(const QString &id) const;

    QSettings *m_settings;
    QList<ConnectionProfile> m_profiles;
    QString m_selectedId;
};
