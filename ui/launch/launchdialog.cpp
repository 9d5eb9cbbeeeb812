#include "ui/launch/launchdialog.h"

#include "core/domain/actionspec.h"
#include "core/domain/run.h"
#include "core/launch/inputlimits.h"
#include "core/launch/launchrefusal.h"
#include "models/client/apierror.h"
#include "models/identities/identitiesmodel.h"
#include "models/launch/launchservice.h"
#include "models/session/session.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/timedisplay.h"
#include "ui/cron/croneditor.h"
#include "ui/launch/actionpicker.h"
#include "ui/launch/callbackform.h"
#include "ui/launch/counttext.h"
#include "ui/launch/identitypicker.h"
#include "ui/launch/inputeditor.h"
#include "ui/launch/parametersform.h"
#include "ui/launch/scheduleform.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

// How many problems the dialog lists at once; the count says the rest.
constexpr int kProblemsListed = 6;

QLabel *wrapping(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LaunchDialog::LaunchDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_picker(new ActionPicker(this))
    , m_async(new QRadioButton(tr("&Async run"), this))
    , m_schedule(new QRadioButton(tr("&Schedule"), this))
    , m_name(new QLineEdit(this))
    , m_nameMessage(new FieldMessage(m_name, this))
    , m_inputs(new InputEditor(this))
    , m_inputsMessage(new FieldMessage(m_inputs, this))
    , m_parameters(new ParametersForm(this))
    , m_identity(new IdentityPicker(session->identities(), this))
    , m_callback(new CallbackForm(this))
    , m_scheduleBox(new QGroupBox(tr("When"), this))
    , m_scheduleForm(new ScheduleForm(this))
    , m_message(wrapping(this, QStringLiteral("launchMessage")))
    , m_summary(wrapping(this, QStringLiteral("launchSummary")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_launch(m_buttons->addButton(tr("&Launch"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("launchDialog"));
    setWindowTitle(tr("New run"));
    m_async->setObjectName(QStringLiteral("launchModeAsync"));
    m_schedule->setObjectName(QStringLiteral("launchModeSchedule"));
    m_async->setChecked(true);
    m_name->setObjectName(QStringLiteral("launchName"));
    m_name->setMaxLength(255);
    m_name->setPlaceholderText(tr("optional, shown as the run's name"));
    m_inputs->setObjectName(QStringLiteral("launchInputEditor"));
    // Room for a dozen rows: the inputs are most of what a launch is.
    m_inputs->setMinimumHeight(m_inputs->fontMetrics().height() * 22);
    m_inputsMessage->setObjectName(QStringLiteral("launchInputsMessage"));
    m_launch->setObjectName(QStringLiteral("launchButton"));
    m_launch->setDefault(true);
    m_message->hide();
    m_scheduleForm->cronEditor()->setClock(session->clock());
    buildLayout();

    const auto changed = [this] {
        m_refusal.clear();
        revalidate(Changed::OtherFields);
    };
    const auto inputsChanged = [this] {
        m_refusal.clear();
        revalidate(Changed::Inputs);
    };
    connect(m_picker, &ActionPicker::actionChanged, this, &LaunchDialog::onActionChanged);
    connect(m_async, &QRadioButton::toggled, this, [this, inputsChanged] {
        m_scheduleBox->setVisible(m_schedule->isChecked());
        setWindowTitle(m_schedule->isChecked() ? tr("New schedule") : tr("New run"));
        inputsChanged();
    });
    connect(m_name, &QLineEdit::textChanged, this, changed);
    connect(m_inputs, &InputEditor::changed, this, inputsChanged);
    connect(m_parameters, &ParametersForm::changed, this, changed);
    connect(m_identity, &IdentityPicker::changed, this, changed);
    connect(m_callback, &CallbackForm::changed, this, changed);
    connect(m_scheduleForm, &ScheduleForm::changed, this, changed);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LaunchDialog::launch);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    LaunchService *service = session->launchService();
    connect(service, &LaunchService::launched, this, [this](LaunchMode mode, const QString &uid) {
        setBusy(false);
        emit launched(mode, uid);
        accept();
    });
    connect(service, &LaunchService::refused, this, &LaunchDialog::onRefused);
    connect(service, &LaunchService::uncertain, this, &LaunchDialog::onUncertain);
    connect(service, &LaunchService::recentFound, this, [this](const QList<Run> &runs) {
        QStringList lines;
        for (const Run &run : runs)
            lines.append(
                tr("%1 created %2 (%3)")
                    .arg(run.uid, TimeDisplay::instance()->format(run.createdAt), run.statusText));
        m_message->setText(
            m_message->text() + QStringLiteral("\n") +
            (runs.isEmpty()
                 ? tr("No run named “%1” was created since; launching again is "
                      "probably safe.")
                       .arg(m_name->text())
                 : tr("Created since under this name:\n%1").arg(lines.join(QLatin1Char('\n')))));
    });
    connect(service, &LaunchService::recentFailed, this, [this](const ApiError &error) {
        m_message->setText(m_message->text() + QStringLiteral("\n") +
                           tr("The runs list could not be read either (%1): look for a run "
                              "named “%2” before launching again.")
                               .arg(error.message(), m_name->text()));
    });
    connect(service, &LaunchService::inputsFetched, this,
            [this](const QString &uid, const QList<InputDraft> &inputs) {
                if (uid != m_fillingFrom)
                    return;
                m_fillingFrom.clear();
                m_message->hide();
                setInputs(inputs);
            });
    connect(service, &LaunchService::inputsFailed, this,
            [this](const QString &uid, const ApiError &error) {
                if (uid != m_fillingFrom)
                    return;
                m_fillingFrom.clear();
                m_message->setText(tr("Could not fetch the run's inputs: %1").arg(error.message()));
                m_message->show();
            });

    onActionChanged();
    m_scheduleBox->hide();
    resize(1000, 760);
}

LaunchDialog::~LaunchDialog() = default;

void LaunchDialog::buildLayout()
{
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_async);
    modeRow->addWidget(m_schedule);
    modeRow->addStretch(1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Mode:"), modeRow);
    auto *nameColumn = new QVBoxLayout;
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameMessage);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameColumn);
    auto *inputsColumn = new QVBoxLayout;
    inputsColumn->addWidget(m_inputs, 1);
    inputsColumn->addWidget(m_inputsMessage);
    auto *inputsLabel = new QLabel(tr("&Inputs:"), this);
    inputsLabel->setBuddy(m_inputs);
    form->addRow(inputsLabel, inputsColumn);

    auto *scheduleLayout = new QVBoxLayout(m_scheduleBox);
    scheduleLayout->addWidget(m_scheduleForm);
    auto *parametersBox = new QGroupBox(tr("Parameters"), this);
    (new QVBoxLayout(parametersBox))->addWidget(m_parameters);
    auto *identityBox = new QGroupBox(tr("Identity"), this);
    (new QVBoxLayout(identityBox))->addWidget(m_identity);
    auto *callbackBox = new QGroupBox(tr("Callback"), this);
    (new QVBoxLayout(callbackBox))->addWidget(m_callback);

    auto *fields = new QWidget(this);
    auto *column = new QVBoxLayout(fields);
    column->addLayout(form);
    column->addWidget(m_scheduleBox);
    column->addWidget(parametersBox);
    column->addWidget(identityBox);
    column->addWidget(callbackBox);
    column->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Its fields take the focus; the area itself is only the page.
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_picker);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    // Reading order: the action first, then the form top to bottom.
    setTabOrder(m_picker->searchField(), m_async);
}

void LaunchDialog::setAction(const QString &slug)
{
    m_picker->setAction(slug);
}

void LaunchDialog::setMode(LaunchMode mode)
{
    (mode == LaunchMode::Schedule ? m_schedule : m_async)->setChecked(true);
}

void LaunchDialog::setInputs(const QList<InputDraft> &inputs)
{
    m_inputs->setInputs(inputs);
}

void LaunchDialog::fillFrom(const Run &run)
{
    setWindowTitle(tr("Launch like “%1”").arg(run.name.isEmpty() ? run.uid : run.name));
    setAction(run.actionName);
    setMode(LaunchMode::Async);
    m_name->setText(run.name);
    m_parameters->setParameters(run.parameters);
    m_fillingFrom = run.uid;
    m_message->setText(tr("Fetching the inputs of run %1…").arg(run.uid));
    m_message->show();
    m_session->launchService()->fetchInputs(run.uid);
}

void LaunchDialog::onActionChanged()
{
    m_parameters->setAction(m_picker->action());
    if (const ActionSpec *action = m_picker->action())
        m_inputs->setAction(*action);
    m_refusal.clear();
    revalidate();
}

LaunchDraft LaunchDialog::draft() const
{
    LaunchDraft draft;
    if (const ActionSpec *action = m_picker->action())
        draft.action = action->slug;
    draft.mode = m_schedule->isChecked() ? LaunchMode::Schedule : LaunchMode::Async;
    draft.name = m_name->text();
    draft.inputs = m_currentInputs;
    draft.parameters = m_parameters->parameters();
    draft.identityMode = m_identity->mode();
    draft.identities = m_identity->identities();
    draft.callback = m_callback->callback();
    if (draft.mode == LaunchMode::Schedule) {
        draft.cron = m_scheduleForm->cron();
        draft.timezone = m_scheduleForm->timezone();
        draft.scheduleAt = m_scheduleForm->scheduleAt();
    }
    return draft;
}

bool LaunchDialog::canLaunch() const
{
    return !m_busy && m_picker->action() && m_inputsReady && m_fillingFrom.isEmpty() &&
           !LaunchProblem::anyError(m_checked);
}

void LaunchDialog::revalidate(Changed changed)
{
    if (changed == Changed::Inputs) {
        const LaunchMode mode = m_schedule->isChecked() ? LaunchMode::Schedule : LaunchMode::Async;
        m_inputs->setMode(mode);
        m_currentInputs = m_inputs->inputs();
        // The editor says itself why its inputs cannot go (count, limit,
        // rows with problems, JSON that does not read).
        m_inputsReady = m_inputs->canLaunch();
    }
    const LaunchDraft current = draft();
    m_scheduleForm->setNow(m_session->now());
    // Each row was checked by the editor's model when it changed.
    m_checked = m_picker->action()
                    ? current.validate(m_session->now(), LaunchDraft::InputChecks::CountOnly)
                    : QList<LaunchProblem>();
    // The server's refusal is shown where it belongs but does not block a
    // second try: the user may know the cause is gone.
    m_problems = m_checked + m_refusal;
    if (const ActionSpec *action = m_picker->action())
        m_parameters->setIncrementalRefusal(
            LaunchDraft::incrementalRefusal(*action, current.mode, current.identities));
    showProblems();
    updateSummary(current);
    m_launch->setEnabled(canLaunch());
}

FieldMessage *LaunchDialog::messageFor(const LaunchProblem &problem) const
{
    if (problem.input >= 0 || problem.field == QLatin1String("inputs"))
        return m_inputsMessage;
    if (problem.field == QLatin1String("name"))
        return m_nameMessage;
    if (problem.field == QLatin1String("identity_ids"))
        return m_identity->identitiesMessage();
    if (problem.field == QLatin1String("identity_mode"))
        return m_identity->modeMessage();
    if (FieldMessage *message = m_parameters->messageFor(problem.field))
        return message;
    if (FieldMessage *message = m_callback->messageFor(problem.field))
        return message;
    return m_scheduleForm->messageFor(problem.field);
}

void LaunchDialog::showProblems()
{
    QHash<FieldMessage *, QStringList> byField;
    QStringList general;
    for (const LaunchProblem &problem : std::as_const(m_problems)) {
        const QString text =
            problem.isError() ? problem.message() : tr("Note: %1").arg(problem.message());
        // An input's own problems are marked on its row by the editor, and
        // the inputs as a whole are counted under it.
        if (problem.input >= 0 || problem.field == QLatin1String("inputs"))
            continue;
        if (FieldMessage *message = messageFor(problem))
            byField[message].append(text);
        else
            general.append(text);
    }
    // The editor's own messages (JSON errors, table notes) are its own.
    QList<FieldMessage *> all = findChildren<FieldMessage *>();
    all.removeIf([this](FieldMessage *message) { return m_inputs->isAncestorOf(message); });
    for (FieldMessage *message : all) {
        QStringList lines = byField.value(message);
        const qsizetype more = lines.size() - kProblemsListed;
        if (more > 0) {
            lines = lines.mid(0, kProblemsListed);
            lines.append(tr("… and %1 more").arg(more));
        }
        // The cron field checks itself as it is typed; keep its own words.
        if (message == m_scheduleForm->messageFor(QStringLiteral("cron")) && lines.isEmpty())
            continue;
        message->showMessage(lines.join(QLatin1Char('\n')));
    }
    if (!m_busy && m_sentAt.isNull()) {
        m_message->setText(general.join(QLatin1Char('\n')));
        m_message->setVisible(!general.isEmpty() || !m_fillingFrom.isEmpty());
    }
}

void LaunchDialog::updateSummary(const LaunchDraft &current)
{
    const ActionSpec *action = m_picker->action();
    if (!action) {
        m_summary->setText(tr("Choose an action."));
        return;
    }
    QStringList parts;
    parts.append(current.mode == LaunchMode::Schedule ? tr("Schedule of %1").arg(action->title)
                                                      : tr("Async run of %1").arg(action->title));
    // An action without input fields is sent one empty input (2.3).
    if (current.inputs.isEmpty() && !action->takesInput())
        parts.append(tr("1 empty input"));
    else
        parts.append(
            CountText::of(current.inputs.size(), QT_TRANSLATE_N_NOOP("CountText", "%Ln input(s)")));
    const QList<Identity> identities = current.identities;
    QStringList names;
    for (const Identity &identity : identities)
        names.append(identity.name.isEmpty() ? identity.uid : identity.name);
    parts.append(names.isEmpty() ? tr("identity: %1")
                                       .arg(current.identityMode == IdentityMode::Managed
                                                ? tr("managed (1.5× credits)")
                                                : tr("chosen by the service"))
                                 : tr("identity: %1").arg(names.join(QStringLiteral(", "))));
    parts.append(current.callback ? tr("callback: %1").arg(current.callback->url)
                                  : tr("no callback"));
    QString text = parts.join(QStringLiteral(" · "));
    if (current.mode == LaunchMode::Schedule) {
        QStringList times;
        for (const QDateTime &time : m_scheduleForm->nextFireTimes())
            times.append(TimeDisplay::instance()->format(time));
        if (!times.isEmpty())
            text += QLatin1Char('\n') + tr("Fires next: %1").arg(times.join(QStringLiteral(", ")));
    }
    m_summary->setText(text);
}

void LaunchDialog::launch()
{
    revalidate();
    if (!canLaunch())
        return;
    const LaunchDraft current = draft();
    m_sentAt = m_session->now();
    setBusy(true);
    if (!m_session->launchService()->launch(current.mode, current.action, current.toJson())) {
        setBusy(false);
        m_message->setText(tr("Another launch is still on its way."));
        m_message->show();
    }
}

void LaunchDialog::reject()
{
    if (m_busy) {
        m_message->setText(tr("A launch is on its way: wait for its answer (or whether it is "
                              "known at all) before closing."));
        m_message->show();
        return;
    }
    QDialog::reject();
}

void LaunchDialog::onRefused(const ApiError &error)
{
    setBusy(false);
    m_sentAt = {};
    if (error.kind == ApiError::Kind::Http) {
        const LaunchProblem problem = LaunchRefusal::problemFrom(error.body);
        m_refusal = {problem};
        // An input's refusal selects its row and cell in the editor.
        if (problem.input >= 0)
            m_inputs->showProblem(problem);
    }
    revalidate();
    m_message->setText(
        error.kind == ApiError::Kind::Http
            ? tr("The server refused the launch (nothing was created): %1").arg(error.message())
            : tr("The launch did not reach the server (nothing was created): %1")
                  .arg(error.message()));
    m_message->show();
}

void LaunchDialog::onUncertain(const ApiError &error)
{
    setBusy(false);
    // The client's words already say the outcome is unknown and why.
    m_message->setText(tr("%1. It was not sent again.").arg(error.message()));
    m_message->show();
    m_launch->setText(tr("Launch &again"));
    m_session->launchService()->findRecent(m_name->text(), m_sentAt.addSecs(-60));
    m_sentAt = {};
}

void LaunchDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_launch->setEnabled(canLaunch());
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setEnabled(!busy);
    if (busy) {
        m_message->setText(tr("Launching…"));
        m_message->show();
    }
}
