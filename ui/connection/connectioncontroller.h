#pragma once

#include "models/connection/apikeystore.h"
#include "models/connection/connectionstore.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class ConnectionSwitcher;
class MainWindow;
class QNetworkAccessManager;
class QSettings;
class Session;

// Which server the dashboard talks to, and switching between them. It owns
// the profiles, the keys and, for the selected connection, one Session (the
// client, the local cache, the models) and the main window that shows it.
// Switching saves the window's layout and replaces both: a new session with
// the profile's key (loaded from where the profile keeps it, asking the
// user when it is missing) and a new window in the same place, so no model
// ever mixes two servers' runs.
class ConnectionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionController)

public:
    // Where the sandbox inside this process listens: the built-in
    // "Sandbox" profile points at it.
    struct Embedded
    {
        QUrl baseUrl;
        QString key;
        QString tier;
    };
    // The sandbox runs only while its connection is in use: started when
    // the Sandbox profile is opened, stopped once the user switched away
    // and its session is gone. start() returns the running engine's
    // address when it already runs; on failure it explains in *error.
    struct EmbeddedSandbox
    {
        std::function<std::optional<Embedded>(QString *error)> start;
        std::function<void()> stop;
    };

    ConnectionController(QSettings *settings, EmbeddedSandbox sandbox, QObject *parent = nullptr);
    ~ConnectionController() override;

    // Opens the selected connection (the sandbox when none was chosen).
    void start();
    // Saves the window's settings and the selection; call before quitting.
    void saveSettings();
    // Without a cache, tests keep the user's data directory untouched.
    void setUsesCache(bool uses) { m_usesCache = uses; }

    ConnectionStore *store() { return &m_store; }
    ApiKeyStore *keys() { return &m_keys; }
    MainWindow *window() const { return m_open.window.get(); }
    Session *session() const { return m_open.session.get(); }
    QString currentId() const { return m_currentId; }
    // A key is being asked for (the keychain answers later).
    bool isWaitingForKey() const { return !m_pendingId.isEmpty(); }

    // Opens a profile: at once when its key is at hand, otherwise after
    // the key store answered. On failure the current window stays.
    void open(const QString &profileId);
    // Opens a connection that is not saved (runboard --base-url): the key
    // stays in memory, the store and its selection are left alone.
    void openUnsaved(const ConnectionProfile &profile, const QString &key);

signals:
    // A new window replaced the old one (the old one is being deleted).
    void windowChanged(MainWindow *window);
    // Opening a profile did not work; the reason in words.
    void openFailed(const QString &profileId, const QString &reason);

private:
    void build(const ConnectionProfile &profile);
    void onKeyLoaded(const QString &profileId);
    void onKeyProblem(const QString &profileId, const QString &reason);
    void editConnection(const QString &profileId);
    void addConnection();
    void showProblem(const QString &reason);
    void retireOpen();
    void stopUnusedSandbox();

    // A connection in use: its session, and the window that shows it,
    // which goes first.
    struct Open
    {
        std::unique_ptr<Session> session;
        std::unique_ptr<MainWindow> window;
    };

    QSettings *m_settings;
    EmbeddedSandbox m_sandbox;
    // Declared first, so it goes last: every session's client uses it.
    std::unique_ptr<QNetworkAccessManager> m_network;
    ConnectionStore m_store;
    ApiKeyStore m_keys;
    Open m_open;
    // Replaced connections, gone once the event loop runs again: the switch
    // may come from a signal of the window being replaced.
    std::vector<Open> m_retired;
    QPointer<ConnectionSwitcher> m_switcher;
    QString m_currentId;
    QString m_pendingId;
    bool m_usesCache = true;
    bool m_sandboxRunning = false;
};
