#pragma once

#include <QJsonObject>
#include <QWidget>

#include <optional>

class FieldMessage;
class IdentitiesModel;
class QComboBox;
class QLabel;
class QPlainTextEdit;
struct ActionSpec;

// What a live query asks: the action, the identity to run it as, and its
// input as JSON. It checks them against the action's catalogue entry and
// shows what is wrong next to the field concerned.
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
    // Puts the action's input fields in the input, with empty values.
    void fillTemplate();
    // Shows a body sent before (from the history): its action, its input
    // as text and its identity.
    void setRequest(const QString &slug, const QJsonObject &body);

protected:
    void showEvent(QShowEvent *event) override;

private:
    const ActionSpec *currentSpec() const;
    void onActionChanged();
    void rebuildIdentities();
    void setInputError(const QString &text);

    IdentitiesModel *m_identities;
    QComboBox *m_actionCombo;
    QComboBox *m_identityCombo;
    FieldMessage *m_identityError;
    QPlainTextEdit *m_input;
    FieldMessage *m_inputError;
    QString m_templateShown;
};
