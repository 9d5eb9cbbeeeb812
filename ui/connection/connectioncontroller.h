#pragma once

#include "models/connection/apikeystore.h"
#include "models/connection/connectionstore.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
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
    // The sandbox started inside this process: the built-in "Sandbox"
    // profile points at it.
    struct Embedded
    {
        QUrl baseUrl;
        QString key;
        QString tier;
    };

    ConnectionController(QSettings *settings, Embedded embedded, QObject *parent = nullptr);
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

    // A connection in use: its session, and the window that shows it,
    // which goes first.
    struct Open
    {
        std::unique_ptr<Session> session;
        std::unique_ptr<MainWindow> window;
    };

    QSettings *m_settings;
    Embedded m_embedded;
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
};
