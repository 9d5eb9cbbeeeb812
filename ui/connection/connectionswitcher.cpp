#include "ui/connection/connectionswitcher.h"

#include "models/connection/connectionstore.h"

#include <QSignalBlocker>
#include <QStandardItemModel>

ConnectionSwitcher::ConnectionSwitcher(ConnectionStore *store, QWidget *parent)
    : QComboBox(parent)
    , m_store(store)
    , m_shownId(store->selectedId())
{
    setObjectName(QStringLiteral("connectionSwitcher"));
    setToolTip(tr("What Runboard talks to"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    rebuild();

    connect(this, &QComboBox::activated, this, &ConnectionSwitcher::onActivated);
    connect(m_store, &ConnectionStore::profileAdded, this, &ConnectionSwitcher::rebuild);
    connect(m_store, &ConnectionStore::profileChanged, this, &ConnectionSwitcher::rebuild);
    connect(m_store, &ConnectionStore::profileRemoved, this, &ConnectionSwitcher::rebuild);
    connect(m_store, &ConnectionStore::selectionChanged, this, &ConnectionSwitcher::showProfile);
}

ConnectionSwitcher::~ConnectionSwitcher() = default;

QString ConnectionSwitcher::currentProfileId() const
{
    return m_shownId;
}

void ConnectionSwitcher::rebuild()
{
    const QSignalBlocker blocker(this);
    clear();
    const QList<ConnectionProfile> profiles = m_store->profiles();
    for (const ConnectionProfile &profile : profiles) {
        addItem(profile.name, profile.id);
        setItemData(count() - 1, static_cast<int>(Entry::Profile), EntryRole);
        const QString where =
            profile.needsUserKey() ? profile.baseUrl.toString() : tr("The sandbox inside Runboard");
        setItemData(count() - 1, where, Qt::ToolTipRole);
        setItemData(count() - 1, profile.name, NameRole);
        showWorkspaceName(count() - 1);
    }
    insertSeparator(count());
    addItem(tr("Add connection…"));
    setItemData(count() - 1, static_cast<int>(Entry::AddConnection), EntryRole);
    addItem(tr("Edit connections…"));
    setItemData(count() - 1, static_cast<int>(Entry::EditConnections), EntryRole);
    if (!m_store->profile(m_shownId))
        m_shownId = m_store->selectedId();
    showProfile(m_shownId);
}

void ConnectionSwitcher::showProfile(const QString &id)
{
    const int index = findData(id);
    if (index < 0)
        return;
    m_shownId = id;
    {
        const QSignalBlocker blocker(this);
        setCurrentIndex(index);
    }
    // The sandbox has nothing the user could edit.
    const bool editable = m_store->profile(id).value_or(ConnectionProfile()).needsUserKey();
    const int edit = findData(static_cast<int>(Entry::EditConnections), EntryRole);
    if (auto *items = qobject_cast<QStandardItemModel *>(model()); items && edit >= 0)
        items->item(edit)->setEnabled(editable);
}

void ConnectionSwitcher::setWorkspaceName(const QString &profileId, const QString &workspaceName)
{
    m_workspaceNames.insert(profileId, workspaceName);
    showWorkspaceName(findData(profileId));
}

void ConnectionSwitcher::showWorkspaceName(int index)
{
    if (index < 0)
        return;
    QString name = itemData(index, NameRole).toString();
    if (name.isEmpty()) {
        // An entry added from outside (an unsaved connection).
        name = itemText(index);
        setItemData(index, name, NameRole);
    }
    const QString workspace = m_workspaceNames.value(itemData(index).toString());
    setItemText(index,
                workspace.isEmpty()
                    ? name
                    : tr("%1 — %2", "connection name — workspace name").arg(name, workspace));
}

void ConnectionSwitcher::onActivated(int index)
{
    const auto entry = static_cast<Entry>(itemData(index, EntryRole).toInt());
    if (entry == Entry::Profile) {
        const QString id = itemData(index).toString();
        if (id == m_shownId)
            return;
        showProfile(id);
        emit connectionSelected(id);
        return;
    }
    // An action entry is not a place to stay on.
    const QString shown = m_shownId;
    showProfile(shown);
    if (entry == Entry::AddConnection)
        emit addConnectionRequested();
    else
        emit editConnectionRequested(shown);
}
