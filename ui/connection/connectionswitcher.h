#pragma once

#include <QComboBox>
#include <QHash>

class ConnectionStore;

// The toolbar's connection picker: every profile of the ConnectionStore,
// then "Add connection…" and "Edit connections…". It follows the store's
// selection and reports the user's picks; the window decides what a pick
// means (a new client) and opens the dialogs.
class ConnectionSwitcher final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSwitcher)

public:
    // What an entry stands for, in Qt::UserRole + 1; profiles hold their id
    // in Qt::UserRole.
    enum class Entry
    {
        Profile,
        AddConnection,
        EditConnections,
    };
    static constexpr int EntryRole = Qt::UserRole + 1;
    // A profile's own name, without the workspace the text may add.
    static constexpr int NameRole = Qt::UserRole + 2;

    // `store` must outlive the switcher.
    explicit ConnectionSwitcher(ConnectionStore *store, QWidget *parent = nullptr);
    ~ConnectionSwitcher() override;

    // The profile shown, which is the store's selection unless the window
    // has not (yet) followed a pick.
    QString currentProfileId() const;

    // Shows that profile as current without announcing it (a switch that
    // failed goes back to the connection in use).
    void showProfile(const QString &id);

    // The workspace the profile's key belongs to, as the server named it:
    // the entry reads "Sandbox — Acme workspace" from then on.
    void setWorkspaceName(const QString &profileId, const QString &workspaceName);

signals:
    void connectionSelected(const QString &profileId);
    void addConnectionRequested();
    // For the profile shown; never for the embedded sandbox.
    void editConnectionRequested(const QString &profileId);

private:
    void rebuild();
    void showWorkspaceName(int index);
    void onActivated(int index);

    ConnectionStore *m_store;
    QString m_shownId;
    // By profile id: what the server said each key's workspace is called.
    QHash<QString, QString> m_workspaceNames;
};
