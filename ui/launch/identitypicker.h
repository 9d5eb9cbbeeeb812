#pragma once

#include "core/domain/identity.h"
#include "core/launch/identitymode.h"

#include <QWidget>

class FieldMessage;
class IdentitiesModel;
class QComboBox;
class QListWidget;

// Who a launch runs as (contract 2.5): identity_mode and the identities
// from GET /identities, each shown with its type. Managed mode says what it
// costs (1.5x credits).
class IdentityPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityPicker)

public:
    explicit IdentityPicker(IdentitiesModel *identities, QWidget *parent = nullptr);

    IdentityMode mode() const;
    // The ticked identities, in the list's order.
    QList<Identity> identities() const;
    void setSelection(IdentityMode mode, const QStringList &uids);
    FieldMessage *modeMessage() const { return m_modeMessage; }
    FieldMessage *identitiesMessage() const { return m_identitiesMessage; }

signals:
    void changed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();

    IdentitiesModel *m_model;
    QComboBox *m_mode;
    QListWidget *m_list;
    FieldMessage *m_modeMessage;
    FieldMessage *m_identitiesMessage;
    QStringList m_wanted;
};
