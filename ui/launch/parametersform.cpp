#include "ui/launch/parametersform.h"

#include "core/domain/actioncatalogue.h"
#include "core/domain/actionspec.h"
#include "ui/common/fieldmessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {

// The spin boxes' value for "not set": below the contract's range.
constexpr int kUnset = -1;

} // namespace

ParametersForm::ParametersForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("parametersForm"));
    m_form->setContentsMargins(0, 0, 0, 0);
}

void ParametersForm::setAction(const ActionSpec *action)
{
    const QJsonObject kept = parameters();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_messages.clear();
    m_syncMode = nullptr;
    if (!action)
        return;
    if (action->parameters.isEmpty())
        m_form->addRow(new QLabel(tr("This action takes no parameters."), this));
    for (const ActionSpec::Parameter &parameter : action->parameters) {
        QWidget *editor = nullptr;
        const QString defaultText =
            parameter.defaultValue.isUndefined()
                ? tr("default")
                : tr("default (%1)").arg(parameter.defaultValue.toVariant().toString());
        switch (parameter.type) {
        case ActionSpec::Parameter::Type::Integer: {
            auto *spin = new QSpinBox(this);
            spin->setRange(kUnset, ActionCatalogue::kMaximumMaxResults);
            spin->setSpecialValueText(defaultText);
            spin->setValue(kUnset);
            spin->setToolTip(tr("0 to %1; leave at default to let the service choose")
                                 .arg(ActionCatalogue::kMaximumMaxResults));
            connect(spin, &QSpinBox::valueChanged, this, &ParametersForm::changed);
            editor = spin;
            break;
        }
        case ActionSpec::Parameter::Type::Boolean: {
            auto *choice = new QComboBox(this);
            choice->addItem(defaultText, QVariant());
            choice->addItem(tr("yes"), true);
            choice->addItem(tr("no"), false);
            connect(choice, &QComboBox::currentIndexChanged, this, &ParametersForm::changed);
            editor = choice;
            break;
        }
        case ActionSpec::Parameter::Type::SyncMode: {
            auto *choice = new QComboBox(this);
            choice->addItem(defaultText, QVariant());
            choice->addItem(tr("full"), QStringLiteral("full"));
            choice->addItem(tr("incremental"), QStringLiteral("incremental"));
            connect(choice, &QComboBox::currentIndexChanged, this, &ParametersForm::changed);
            m_syncMode = choice;
            editor = choice;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("parameter_") + parameter.name);
        editor->setAccessibleName(parameter.name);
        auto *message = new FieldMessage(editor, this);
        auto *column = new QVBoxLayout;
        column->addWidget(editor);
        column->addWidget(message);
        auto *label = new QLabel(parameter.name + QLatin1Char(':'), this);
        label->setBuddy(editor);
        m_form->addRow(label, column);
        m_editors.insert(parameter.name, editor);
        m_messages.insert(QStringLiteral("parameters.") + parameter.name, message);
    }
    setParameters(kept);
}

QJsonObject ParametersForm::parameters() const
{
    QJsonObject parameters;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (const auto *spin = qobject_cast<const QSpinBox *>(it.value())) {
            if (spin->value() != kUnset)
                parameters.insert(it.key(), spin->value());
        } else if (const auto *choice = qobject_cast<const QComboBox *>(it.value())) {
            const QVariant value = choice->currentData();
            if (value.isValid())
                parameters.insert(it.key(), QJsonValue::fromVariant(value));
        }
    }
    return parameters;
}

void ParametersForm::setParameters(const QJsonObject &parameters)
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QJsonValue value = parameters.value(it.key());
        if (auto *spin = qobject_cast<QSpinBox *>(it.value())) {
            spin->setValue(value.isDouble() ? value.toInt() : kUnset);
        } else if (auto *choice = qobject_cast<QComboBox *>(it.value())) {
            const int index = value.isUndefined() ? 0 : choice->findData(value.toVariant());
            choice->setCurrentIndex(std::max(index, 0));
        }
    }
}

void ParametersForm::setIncrementalRefusal(const std::optional<QString> &reason)
{
    if (!m_syncMode)
        return;
    const int incremental = m_syncMode->findData(QStringLiteral("incremental"));
    auto *items = qobject_cast<QStandardItemModel *>(m_syncMode->model());
    if (items && incremental >= 0) {
        QStandardItem *item = items->item(incremental);
        item->setEnabled(!reason);
        item->setToolTip(reason.value_or(QString()));
    }
    if (reason && m_syncMode->currentIndex() == incremental)
        m_syncMode->setCurrentIndex(0);
    m_syncMode->setToolTip(reason ? tr("Incremental sync: %1").arg(*reason) : QString());
}

FieldMessage *ParametersForm::messageFor(const QString &field) const
{
    return m_messages.value(field);
}
