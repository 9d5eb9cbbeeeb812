#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <optional>

struct ActionSpec;
class FieldMessage;
class QComboBox;
class QFormLayout;

// The chosen action's parameters (contract 2.3), typed from the catalogue:
// integers as spin boxes within the contract's range, booleans and
// sync_mode as choices. Each starts at "default", which sends nothing, so
// the service applies its own; only what the user set is in parameters().
class ParametersForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParametersForm)

public:
    explicit ParametersForm(QWidget *parent = nullptr);

    void setAction(const ActionSpec *action);
    QJsonObject parameters() const;
    void setParameters(const QJsonObject &parameters);
    // Why incremental sync cannot be chosen now (contract 6.3); the choice
    // is disabled with that reason. nullopt enables it.
    void setIncrementalRefusal(const std::optional<QString> &reason);
    // The message under a parameter ("parameters.max_results"), or null.
    FieldMessage *messageFor(const QString &field) const;

signals:
    void changed();

private:
    QFormLayout *m_form;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, FieldMessage *> m_messages;
    QComboBox *m_syncMode = nullptr;
};
