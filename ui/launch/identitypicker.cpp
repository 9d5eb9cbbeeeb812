#include "ui/launch/identitypicker.h"

#include "models/identities/identitiesmodel.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/keyboardnavigation.h"

#include <QComboBox>
#include <QListWidget>
#include <QVBoxLayout>

IdentityPicker::IdentityPicker(IdentitiesModel *identities, QWidget *parent)
    : QWidget(parent)
    , m_model(identities)
    , m_mode(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_modeMessage(new FieldMessage(m_mode, this))
    , m_identitiesMessage(new FieldMessage(m_list, this))
{
    setObjectName(QStringLiteral("identityPicker"));
    m_mode->setObjectName(QStringLiteral("launchIdentityMode"));
    m_mode->setAccessibleName(tr("Identity mode"));
    m_mode->setAccessibleDescription(tr("How the service chooses the identities (identity_mode)"));
    m_mode->addItem(tr("Default (not sent)"), static_cast<int>(IdentityMode::Unset));
    m_mode->addItem(tr("Direct: exactly the identities ticked"),
                    static_cast<int>(IdentityMode::Direct));
    m_mode->addItem(tr("Auto: any connected identity (or among those ticked)"),
                    static_cast<int>(IdentityMode::Auto));
    m_mode->addItem(tr("Managed: Edges' own accounts, 1.5× credits"),
                    static_cast<int>(IdentityMode::Managed));
    m_list->setObjectName(QStringLiteral("launchIdentityList"));
    m_list->setAccessibleName(tr("Identities"));
    m_list->setMaximumHeight(fontMetrics().height() * 7);
    KeyboardNavigation::letTabLeave(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    layout->addWidget(m_modeMessage);
    layout->addWidget(m_list);
    layout->addWidget(m_identitiesMessage);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &IdentityPicker::changed);
    connect(m_list, &QListWidget::itemChanged, this, &IdentityPicker::changed);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &IdentityPicker::rebuild);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IdentityPicker::rebuild);
    connect(m_model, &IdentitiesModel::loadingChanged, this, &IdentityPicker::rebuild);
    // The list's own note says why it is empty: the message under it is
    // the launch rules' (LaunchDialog shows them there).
    connect(m_model, &IdentitiesModel::loadFailed, this, &IdentityPicker::rebuild);
    rebuild();
}

void IdentityPicker::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_model->rowCount() == 0 && !m_model->isLoading())
        m_model->refresh();
}

IdentityMode IdentityPicker::mode() const
{
    return static_cast<IdentityMode>(m_mode->currentData().toInt());
}

QList<Identity> IdentityPicker::identities() const
{
    QList<Identity> chosen;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const int row = m_model->rowOfUid(item->data(Qt::UserRole).toString());
        if (row >= 0)
            chosen.append(m_model->identityAt(m_model->index(row, 0)));
    }
    return chosen;
}

void IdentityPicker::setSelection(IdentityMode mode, const QStringList &uids)
{
    m_mode->setCurrentIndex(std::max(m_mode->findData(static_cast<int>(mode)), 0));
    m_wanted = uids;
    rebuild();
}

void IdentityPicker::rebuild()
{
    QStringList ticked = m_wanted;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->flags() & Qt::ItemIsUserCheckable &&
            m_list->item(i)->checkState() == Qt::Checked)
            ticked.append(m_list->item(i)->data(Qt::UserRole).toString());
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Identity &identity = m_model->identityAt(m_model->index(row, 0));
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(identity.name.isEmpty() ? identity.uid : identity.name,
                              identity.type),
            m_list);
        item->setData(Qt::UserRole, identity.uid);
        item->setToolTip(identity.uid);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(ticked.contains(identity.uid) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_model->rowCount() == 0) {
        // Say why the list is empty instead of showing nothing.
        // After a failed load the workspace may well have identities.
        const QString text = m_model->isLoading() ? tr("Loading the identities…")
                             : m_model->lastLoadError().isError()
                                 ? tr("Could not load the identities: %1. Open the dialog "
                                      "again to retry.")
                                       .arg(m_model->lastLoadError().message())
                                 : tr("No identities in this workspace");
        auto *note = new QListWidgetItem(text, m_list);
        note->setFlags(Qt::NoItemFlags);
    }
    if (m_model->rowCount() > 0)
        m_wanted.clear();
    emit changed();
}
