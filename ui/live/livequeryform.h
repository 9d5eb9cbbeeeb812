#pragma once

#include <QJsonObject>
#include <QWidget>

#include <optional>

class FieldMessage;
class IdentitiesModel;
class InputEditor;
class QComboBox;
class QLabel;
struct ActionSpec;

// What a live query asks: the action, the identity to run it as, and its
// one input, typed in the shared InputEditor (one row whose cells are the
// action's input fields, or the same input as JSON). It checks them
// against the action's catalogue entry and shows what is wrong next to the
// field concerned.
class LiveQueryForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveQueryForm)

public:
    // Offers the identities of `identities`, loading them when first shown.
    explicit LiveQueryForm(IdentitiesModel *identities, QWidget *parent = nullptr);

    // The selected action's slug; setAction selects one from the catalogue.
    QString action() const;
    void setAction(const QString &slug);
    // The action cannot be changed while its query runs.
    void setActionEnabled(bool enabled);
    // The body of a live call, or nullopt after showing what is wrong.
    std::optional<QJsonObject> body();
    // One empty row to type the action's input fields into; no row for an
    // action without input fields.
    void fillTemplate();
    // Shows a body sent before (from the history): its action, its input
    // in the editor and its identity.
    void setRequest(const QString &slug, const QJsonObject &body);

protected:
    void showEvent(QShowEvent *event) override;

private:
    const ActionSpec *currentSpec() const;
    void onActionChanged();
    void rebuildIdentities();
    // Whether the editor holds nothing the user typed: only empty rows.
    bool inputUntouched();

    IdentitiesModel *m_identities;
    QComboBox *m_actionCombo;
    QComboBox *m_identityCombo;
    FieldMessage *m_identityError;
    InputEditor *m_input;
    QLabel *m_noInputNote;
    FieldMessage *m_inputError;
};
