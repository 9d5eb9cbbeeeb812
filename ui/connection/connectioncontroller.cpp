#include "ui/connection/connectioncontroller.h"

#include "models/cache/localcache.h"
#include "models/session/connectionhealth.h"
#include "models/session/session.h"
#include "models/session/workspaceinfo.h"
#include "ui/connection/connectiondialog.h"
#include "ui/connection/connectionswitcher.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

ConnectionController::ConnectionController(QSettings *settings, EmbeddedSandbox sandbox,
                                           QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_sandbox(std::move(sandbox))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_store(settings)
    , m_keys(&m_store)
{
    connect(&m_keys, &ApiKeyStore::keyLoaded, this, &ConnectionController::onKeyLoaded);
    connect(&m_keys, &ApiKeyStore::keyMissing, this, [this](const QString &id) {
        onKeyProblem(id, tr("No API key is stored for this connection."));
    });
    connect(&m_keys, &ApiKeyStore::keychainUnavailable, this,
            [this](const QString &id, const QString &reason) {
                if (!id.isEmpty())
                    onKeyProblem(id, tr("The system keychain is not available: %1").arg(reason));
            });
    connect(&m_keys, &ApiKeyStore::failed, this, &ConnectionController::onKeyProblem);
}

ConnectionController::~ConnectionController()
{
    // Windows and sessions first: their requests go to the sandbox.
    m_retired.clear();
    m_open.window.reset();
    m_open.session.reset();
    stopUnusedSandbox();
}

void ConnectionController::start()
{
    const QString selected = m_store.selectedId();
    const QString id = selected.isEmpty() ? QString(ConnectionStore::SandboxId) : selected;
    open(id);
    // A profile whose key cannot be had falls back to the sandbox, so the
    // user always gets a window.
    if (!window() && m_pendingId.isEmpty() && id != ConnectionStore::SandboxId)
        open(ConnectionStore::SandboxId);
}

void ConnectionController::saveSettings()
{
    if (window())
        window()->saveSettings(*m_settings);
    m_settings->sync();
}

void ConnectionController::open(const QString &profileId)
{
    const auto profile = m_store.profile(profileId);
    if (!profile) {
        emit openFailed(profileId, tr("There is no connection named “%1”.").arg(profileId));
        return;
    }
    if (!profile->needsUserKey() || m_keys.hasKey(profileId)) {
        build(*profile);
        return;
    }
    m_pendingId = profileId;
    m_keys.load(*profile);
}

void ConnectionController::openUnsaved(const ConnectionProfile &profile, const QString &key)
{
    m_keys.keep(profile.id, key);
    build(profile);
}

void ConnectionController::onKeyLoaded(const QString &profileId)
{
    if (profileId != m_pendingId)
        return;
    m_pendingId.clear();
    if (const auto profile = m_store.profile(profileId))
        build(*profile);
}

void ConnectionController::onKeyProblem(const QString &profileId, const QString &reason)
{
    if (profileId != m_pendingId)
        return;
    m_pendingId.clear();
    emit openFailed(profileId, reason);
    // The switcher shows the connection still in use, so choosing the
    // failed one again retries.
    if (m_switcher)
        m_switcher->showProfile(m_currentId);
    if (!window()) {
        // Nothing open yet (start-up): the sandbox at least works.
        open(ConnectionStore::SandboxId);
        showProblem(reason);
        return;
    }
    showProblem(reason);
    // The key can be typed in now; the switcher shows the old connection.
    editConnection(profileId);
}

void ConnectionController::showProblem(const QString &reason)
{
    if (window())
        window()->statusBar()->showMessage(reason, 15000);
}

void ConnectionController::build(const ConnectionProfile &profile)
{
    ConnectionSettings settings = profile.settings();
    if (profile.kind == ConnectionProfile::Kind::EmbeddedSandbox) {
        QString error;
        const auto embedded = m_sandbox.start ? m_sandbox.start(&error) : std::nullopt;
        if (!embedded) {
            const QString reason = tr("The embedded sandbox did not start: %1").arg(error);
            emit openFailed(profile.id, reason);
            if (m_switcher)
                m_switcher->showProfile(m_currentId);
            showProblem(reason);
            return;
        }
        m_sandboxRunning = true;
        m_keys.keep(ConnectionStore::SandboxId, embedded->key);
        settings.baseUrl = embedded->baseUrl;
        settings.tier = embedded->tier;
    }
    retireOpen();
    m_store.select(profile.id);
    m_currentId = profile.id;

    auto session =
        std::make_unique<Session>(m_network.get(), settings, m_keys.provider(profile.id));
    if (m_usesCache) {
        QString error;
        const QString path = QFileInfo(LocalCache::defaultPath())
                                 .dir()
                                 .filePath(QStringLiteral("cache-%1.sqlite").arg(profile.id));
        if (auto cache = LocalCache::open(path, &error))
            session->setCache(std::move(cache));
    }
    auto window = std::make_unique<MainWindow>(session.get(), profile.name);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->setSettingsScope(profile.id);
    window->restoreSettings(*m_settings);
    window->setSavesOnClose(true);

    auto *switcher = new ConnectionSwitcher(&m_store, window.get());
    m_switcher = switcher;
    if (!m_store.profile(profile.id)) {
        // Unsaved (--base-url): listed first, so the switcher never claims
        // that another connection is in use.
        switcher->insertItem(0, tr("%1 (not saved)").arg(profile.name), profile.id);
        switcher->setItemData(0, static_cast<int>(ConnectionSwitcher::Entry::Profile),
                              ConnectionSwitcher::EntryRole);
        switcher->setItemData(0, profile.baseUrl.toString(), Qt::ToolTipRole);
        switcher->showProfile(profile.id);
    }
    window->setConnectionWidget(switcher);
    // The entry names the key's workspace once the server said which it is
    // (asked again after an outage if the first answer never came).
    WorkspaceInfo *workspace = session->workspace();
    connect(
        workspace, &WorkspaceInfo::nameChanged, switcher,
        [switcher, id = profile.id](const QString &name) { switcher->setWorkspaceName(id, name); });
    connect(session->health(), &ConnectionHealth::recovered, workspace, &WorkspaceInfo::load);
    workspace->load();
    connect(switcher, &ConnectionSwitcher::connectionSelected, this, [this](const QString &id) {
        if (id != m_currentId)
            open(id);
    });
    connect(switcher, &ConnectionSwitcher::addConnectionRequested, this,
            &ConnectionController::addConnection);
    connect(switcher, &ConnectionSwitcher::editConnectionRequested, this,
            &ConnectionController::editConnection);

    connect(window.get(), &MainWindow::addConnectionRequested, this,
            &ConnectionController::addConnection);
    connect(window.get(), &MainWindow::editConnectionRequested, this,
            [this] { editConnection(m_currentId); });

    m_open = {std::move(session), std::move(window)};
    m_open.window->show();
    emit windowChanged(m_open.window.get());
}

void ConnectionController::retireOpen()
{
    MainWindow *old = window();
    if (!old)
        return;
    old->saveSettings(*m_settings);
    old->setSavesOnClose(false);
    old->hide();
    m_retired.push_back(std::move(m_open));
    QTimer::singleShot(0, this, [this] {
        m_retired.clear();
        stopUnusedSandbox();
    });
}

void ConnectionController::stopUnusedSandbox()
{
    const auto current = m_store.profile(m_currentId);
    const bool inUse =
        window() && current && current->kind == ConnectionProfile::Kind::EmbeddedSandbox;
    if (!m_sandboxRunning || inUse || !m_retired.empty())
        return;
    m_sandboxRunning = false;
    if (m_sandbox.stop)
        m_sandbox.stop();
}

void ConnectionController::editConnection(const QString &profileId)
{
    const auto profile = m_store.profile(profileId);
    if (!profile)
        return;
    if (!profile->needsUserKey()) {
        showProblem(tr("The embedded sandbox has nothing to set: it runs inside Runboard."));
        return;
    }
    auto *dialog = new ConnectionDialog(&m_store, &m_keys, m_network.get(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(*profile);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // A changed URL, tier or key needs a new client.
        open(dialog->profile().id);
    });
    dialog->open();
}

void ConnectionController::addConnection()
{
    auto *dialog = new ConnectionDialog(&m_store, &m_keys, m_network.get(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { open(dialog->profile().id); });
    dialog->open();
}
