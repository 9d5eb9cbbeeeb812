#include "ui/live/livequeryform.h"

#include "core/domain/actioncatalogue.h"
#include "models/identities/identitiesmodel.h"
#include "ui/common/fieldmessage.h"
#include "ui/launch/inputeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The tab bar, the editor's tool bar, a header and one row, with room for
// the count and a message: the results below keep most of the page.
constexpr int kEditorLines = 14;

} // namespace

LiveQueryForm::LiveQueryForm(IdentitiesModel *identities, QWidget *parent)
    : QWidget(parent)
    , m_identities(identities)
    , m_actionCombo(new QComboBox(this))
    , m_identityCombo(new QComboBox(this))
    , m_identityError(new FieldMessage(m_identityCombo, this))
    , m_input(new InputEditor(this))
    , m_noInputNote(new QLabel(this))
    , m_inputError(new FieldMessage(m_input, this))
{
    m_actionCombo->setObjectName(QStringLiteral("liveActionCombo"));
    m_actionCombo->setAccessibleName(tr("Action"));
    m_identityCombo->setObjectName(QStringLiteral("liveIdentityCombo"));
    m_identityCombo->setAccessibleName(tr("Identity"));
    m_identityError->setObjectName(QStringLiteral("liveIdentityErrorLabel"));
    m_input->setObjectName(QStringLiteral("liveInputEditor"));
    m_noInputNote->setObjectName(QStringLiteral("liveNoInputNote"));
    m_noInputNote->setWordWrap(true);
    m_inputError->setObjectName(QStringLiteral("liveInputErrorLabel"));

    // Every action of the catalogue has a live route (contract section 7).
    for (const ActionSpec &spec : ActionCatalogue::actions())
        m_actionCombo->addItem(spec.title + QStringLiteral(" — ") + spec.slug, spec.slug);

    // Live mode: one input, refused with the limit's reason when there are
    // more. The custom_data column stays: contract 2.2 takes
    // `input.custom_data` in a live body, and body() sends the row as that
    // one `input` object (InputDraft::toJson puts custom_data inside it).
    m_input->setMode(LaunchMode::Live);
    m_input->setMaximumHeight(m_input->fontMetrics().height() * kEditorLines);

    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identityCombo, 1);
    identityRow->addWidget(m_identityError, 1);
    auto *inputColumn = new QVBoxLayout;
    inputColumn->addWidget(m_input);
    inputColumn->addWidget(m_noInputNote);
    inputColumn->addWidget(m_inputError);
    auto *form = new QFormLayout(this);
    // The page's own layout gives the margins.
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Action:"), m_actionCombo);
    // Rows holding layouts get no buddy on their own: the mnemonic needs one.
    auto *identityLabel = new QLabel(tr("&Identity:"), this);
    identityLabel->setBuddy(m_identityCombo);
    form->addRow(identityLabel, identityRow);
    auto *inputLabel = new QLabel(tr("In&put:"), this);
    inputLabel->setBuddy(m_input);
    form->addRow(inputLabel, inputColumn);

    connect(m_actionCombo, &QComboBox::currentIndexChanged, this, &LiveQueryForm::onActionChanged);
    connect(m_identityCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_identityError->clearMessage(); });
    connect(m_input, &InputEditor::changed, m_inputError, &FieldMessage::clearMessage);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_identities, signal, this, &LiveQueryForm::rebuildIdentities);
    connect(m_identities, &QAbstractItemModel::dataChanged, this,
            &LiveQueryForm::rebuildIdentities);
    connect(m_identities, &QAbstractItemModel::modelReset, this, &LiveQueryForm::rebuildIdentities);
    // Without the list only the default identity can be picked: say why.
    connect(m_identities, &IdentitiesModel::loadFailed, this, [this](const ApiError &error) {
        m_identityError->showMessage(tr("Could not load the identities: %1").arg(error.message()));
    });

    rebuildIdentities();
    onActionChanged();
}

void LiveQueryForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Identities are needed once the form is looked at, not before.
    if (m_identities->rowCount() == 0 && !m_identities->isLoading())
        m_identities->refresh();
}

QString LiveQueryForm::action() const
{
    return m_actionCombo->currentData().toString();
}

void LiveQueryForm::setAction(const QString &slug)
{
    if (const int index = m_actionCombo->findData(slug); index >= 0)
        m_actionCombo->setCurrentIndex(index);
}

void LiveQueryForm::setActionEnabled(bool enabled)
{
    m_actionCombo->setEnabled(enabled);
}

const ActionSpec *LiveQueryForm::currentSpec() const
{
    return ActionCatalogue::find(action());
}

void LiveQueryForm::onActionChanged()
{
    const ActionSpec *spec = currentSpec();
    if (!spec)
        return;
    // Values of fields both actions take stay; an untouched editor gets
    // the new action's empty row.
    const bool untouched = inputUntouched();
    m_input->setAction(*spec);
    if (untouched)
        fillTemplate();
    m_noInputNote->setText(
        tr("%1 takes no input: press Run (custom_data alone may be given).").arg(spec->title));
    m_noInputNote->setVisible(!spec->takesInput());
    m_identityError->clearMessage();
    m_inputError->clearMessage();
}

bool LiveQueryForm::inputUntouched()
{
    const QList<InputDraft> inputs = m_input->inputs();
    return std::all_of(inputs.cbegin(), inputs.cend(),
                       [](const InputDraft &input) { return input.isEmpty(); });
}

void LiveQueryForm::rebuildIdentities()
{
    const QString current = m_identityCombo->currentData().toString();
    const QSignalBlocker blocker(m_identityCombo);
    m_identityCombo->clear();
    m_identityCombo->addItem(tr("Automatic (no identity named)"), QString());
    for (int row = 0; row < m_identities->rowCount(); ++row) {
        const QModelIndex name = m_identities->index(row, IdentitiesModel::NameColumn);
        const QString type =
            m_identities->index(row, IdentitiesModel::TypeColumn).data().toString();
        m_identityCombo->addItem(tr("%1 (%2)").arg(name.data().toString(), type),
                                 name.data(int(IdentitiesModel::Role::Uid)));
    }
    m_identityCombo->setCurrentIndex(std::max(0, m_identityCombo->findData(current)));
}

void LiveQueryForm::fillTemplate()
{
    const ActionSpec *spec = currentSpec();
    if (!spec)
        return;
    // One row whose cells are the form's fields; an action without input
    // fields is sent without `input` (contract 2.2), so it gets no row.
    m_input->setInputs(spec->takesInput() ? QList<InputDraft>{InputDraft{}} : QList<InputDraft>{});
    m_inputError->clearMessage();
}

void LiveQueryForm::setRequest(const QString &slug, const QJsonObject &body)
{
    setAction(slug);
    const QJsonValue input = body.value(QStringLiteral("input"));
    m_input->setInputs(input.isObject() ? QList<InputDraft>{InputDraft::fromJson(input.toObject())}
                                        : QList<InputDraft>{});
    const QString identity = body.value(QStringLiteral("identity_ids")).toArray().at(0).toString();
    m_identityCombo->setCurrentIndex(std::max(m_identityCombo->findData(identity), 0));
}

std::optional<QJsonObject> LiveQueryForm::body()
{
    const ActionSpec *spec = currentSpec();
    if (!spec)
        return std::nullopt;
    QString reason;
    const bool inputReady = m_input->canLaunch(&reason);
    // A JSON error is already shown under the text, where it is fixed.
    m_inputError->showMessage(m_input->hasJsonError() ? QString() : reason);
    const QString identity = m_identityCombo->currentData().toString();
    const bool identityMissing =
        spec->identityRule == ActionSpec::IdentityRule::ExactlyOneOwnAccount && identity.isEmpty();
    m_identityError->showMessage(
        identityMissing
            ? tr("%1 reads one identity's own account: choose an identity").arg(spec->title)
            : QString());
    if (!inputReady) {
        m_input->focusFirstProblem();
        return std::nullopt;
    }
    if (identityMissing) {
        m_identityCombo->setFocus();
        return std::nullopt;
    }
    // canLaunch holds live mode to one input at most.
    const InputDraft input = m_input->inputs().value(0);
    QJsonObject body;
    // Contract 2.2: leave `input` out for actions that take none.
    if (spec->takesInput() || !input.isEmpty())
        body.insert(QStringLiteral("input"), input.toJson());
    if (!identity.isEmpty())
        body.insert(QStringLiteral("identity_ids"), QJsonArray{identity});
    return body;
}
