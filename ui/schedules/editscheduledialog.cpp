#include "ui/schedules/editscheduledialog.h"

#include "core/launch/launchrefusal.h"
#include "core/time/clock.h"
#include "core/time/ianazone.h"
#include "models/client/apierror.h"
#include "models/common/localeformat.h"
#include "models/schedules/scheduleservice.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/zonepicker.h"
#include "ui/cron/croneditor.h"
#include "ui/schedules/schedulechangeview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

// The contract's limit for a schedule's name (4.2).
constexpr int kNameLength = 255;

QString nameOf(const Schedule &schedule)
{
    return schedule.name.isEmpty() ? schedule.uid : schedule.name;
}

QString readOnlyReason(const Schedule &schedule)
{
    switch (schedule.status) {
    case ScheduleStatus::Cancelled:
        return EditScheduleDialog::tr("A cancelled schedule cannot be changed (contract 4.4).");
    case ScheduleStatus::Completed:
        return EditScheduleDialog::tr("A completed schedule cannot be changed (contract 4.4).");
    default:
        return EditScheduleDialog::tr("A schedule in status %1 cannot be changed (contract 4.4).")
            .arg(schedule.statusText);
    }
}

// A start on the hour nobody has to correct by the minute.
QDateTime nextHour(const QDateTime &now)
{
    const QDateTime utc = now.toUTC();
    return QDateTime(utc.date(), QTime(utc.time().hour(), 0), Qt::UTC).addSecs(3600);
}

QLabel *noteLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A field over its message, for a form row.
QVBoxLayout *column(QWidget *field, QWidget *message)
{
    auto *layout = new QVBoxLayout;
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return layout;
}

} // namespace

EditScheduleDialog::EditScheduleDialog(const Schedule &schedule, ScheduleService *service,
                                       const Clock *clock, QWidget *parent)
    : QDialog(parent)
    , m_schedule(schedule)
    , m_before(ScheduleEdit::of(schedule))
    , m_service(service)
    , m_clock(clock ? clock : &Clock::system())
    , m_readOnly(!allowedOperations(schedule.status).testFlag(ScheduleOperation::Update))
    , m_start(m_before.scheduleAt.isValid() ? m_before.scheduleAt : nextHour(m_clock->now()))
    , m_readOnlyNote(noteLabel("editScheduleReadOnlyNote", this))
    , m_inputs(new QWidget(this))
    , m_changes(new ScheduleChangeView)
    , m_message(noteLabel("editScheduleMessage", this))
    , m_saveNote(noteLabel("editScheduleSaveNote", this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("editScheduleDialog"));
    setWindowTitle(m_readOnly ? tr("Schedule “%1” (read-only)").arg(nameOf(schedule))
                              : tr("Edit schedule “%1”").arg(nameOf(schedule)));
    m_inputs->setObjectName(QStringLiteral("editScheduleInputs"));
    buildForm();

    auto *changesBox = new QGroupBox(tr("Before → after"), this);
    changesBox->setObjectName(QStringLiteral("editScheduleChangesBox"));
    auto *changesLayout = new QVBoxLayout(changesBox);
    changesLayout->addWidget(m_changes);
    // Nothing can change: the disabled fields show the schedule as it is.
    changesBox->setVisible(!m_readOnly);
    if (schedule.status == ScheduleStatus::Paused)
        m_changes->setNote(tr("Paused: these are the times it would fire once resumed; saving "
                              "does not resume it."));

    m_readOnlyNote->setText(m_readOnly ? readOnlyReason(schedule) : QString());
    m_readOnlyNote->setVisible(m_readOnly);
    QFont bold = m_readOnlyNote->font();
    bold.setBold(true);
    m_readOnlyNote->setFont(bold);
    m_message->hide();

    m_buttons->setObjectName(QStringLiteral("editScheduleButtons"));
    if (m_readOnly) {
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        m_inputs->setEnabled(false);
    } else {
        m_buttons->setStandardButtons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        m_save = m_buttons->button(QDialogButtonBox::Save);
        m_save->setObjectName(QStringLiteral("editScheduleSaveButton"));
        m_save->setDefault(true);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditScheduleDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The form takes what the before → after, at its own width, leaves;
    // extra height goes under the form, not between its rows.
    auto *form = new QVBoxLayout;
    form->addWidget(m_inputs);
    form->addStretch(1);
    auto *sides = new QHBoxLayout;
    sides->setSpacing(12);
    sides->addLayout(form, 1);
    sides->addWidget(changesBox, 0);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_saveNote, 1);
    bottom->addWidget(m_buttons, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(sides, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    connect(m_service, &ScheduleService::managed, this, &EditScheduleDialog::onManaged);
    connect(m_service, &ScheduleService::manageFailed, this, &EditScheduleDialog::onManageFailed);
    showChange();
}

EditScheduleDialog::~EditScheduleDialog() = default;

void EditScheduleDialog::buildForm()
{
    auto *form = new QFormLayout(m_inputs);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit(m_schedule.name, m_inputs);
    m_name->setObjectName(QStringLiteral("editScheduleName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(kNameLength);
    m_name->setPlaceholderText(tr("No name"));
    m_nameMessage = new FieldMessage(m_name, m_inputs);
    m_nameMessage->setObjectName(QStringLiteral("editScheduleNameMessage"));
    auto *nameLabel = new QLabel(tr("&Name:"), m_inputs);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, column(m_name, m_nameMessage));

    if (m_before.isOneShot()) {
        auto *once = noteLabel("editScheduleOneShotNote", m_inputs);
        once->setText(tr("None: a one-shot schedule fires once, at its start."));
        form->addRow(tr("Recurrence:"), once);
    } else {
        m_cron = new CronEditor(m_inputs);
        m_cron->setClock(m_clock);
        // The before → after lists them, next to those the schedule has.
        m_cron->setFireTimesShown(false);
        m_cron->setExpression(m_schedule.cron);
        // Under its title, across the form: the editor is the widest part
        // of the dialog, and a label column beside it would make it wider.
        form->addRow(new QLabel(tr("Recurrence:"), m_inputs));
        form->addRow(m_cron);
    }

    m_zone = new ZonePicker(m_inputs);
    m_zone->setZoneName(m_schedule.timezone);
    auto *zoneLabel = new QLabel(tr("Time &zone:"), m_inputs);
    zoneLabel->setBuddy(m_zone->comboBox());
    // The label is not the combo box's sibling, so a screen reader would
    // name the box by its value alone.
    m_zone->comboBox()->setAccessibleDescription(tr("The time zone the schedule fires in"));
    form->addRow(zoneLabel, m_zone);

    m_startSet =
        new QCheckBox(m_before.isOneShot() ? tr("&Fires at") : tr("No &earlier than"), m_inputs);
    m_startSet->setObjectName(QStringLiteral("editScheduleStartSet"));
    m_startSet->setChecked(m_before.scheduleAt.isValid());
    m_startEdit = new QDateTimeEdit(m_inputs);
    m_startEdit->setObjectName(QStringLiteral("editScheduleStart"));
    m_startEdit->setAccessibleName(m_before.isOneShot() ? tr("Fire time") : tr("Start time"));
    m_startEdit->setCalendarPopup(true);
    // The edit holds a wall time of the chosen zone, which Qt 6.4's
    // QDateTimeEdit cannot be given: labelled UTC, it is at least never
    // moved by the machine's own daylight saving.
    m_startEdit->setTimeSpec(Qt::UTC);
    m_startEdit->setDisplayFormat(QLatin1String("ddd ") +
                                  LocaleFormat::dateTimePattern(LocaleFormat::Seconds::Hide));
    m_startEdit->setEnabled(m_startSet->isChecked());
    m_startZone = noteLabel("editScheduleStartZone", m_inputs);
    m_startNote = noteLabel("editScheduleStartNote", m_inputs);
    m_startMessage = new FieldMessage(m_startEdit, m_inputs);
    m_startMessage->setObjectName(QStringLiteral("editScheduleStartMessage"));
    auto *startLine = new QHBoxLayout;
    startLine->addWidget(m_startSet);
    startLine->addWidget(m_startEdit);
    startLine->addWidget(m_startZone, 1);
    auto *startColumn = new QVBoxLayout;
    startColumn->setSpacing(2);
    startColumn->addLayout(startLine);
    startColumn->addWidget(m_startNote);
    startColumn->addWidget(m_startMessage);
    form->addRow(tr("Start:"), startColumn);
    showStart();

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameMessage->clearMessage();
        showChange();
    });
    if (m_cron)
        connect(m_cron, &CronEditor::changed, this, &EditScheduleDialog::showChange);
    connect(m_zone, &ZonePicker::changed, this, [this] {
        showStart();
        showChange();
    });
    connect(m_startSet, &QCheckBox::toggled, this, [this](bool on) {
        m_startEdit->setEnabled(on);
        // Back to the last time that exists.
        showStart();
        showChange();
    });
    connect(m_startEdit, &QDateTimeEdit::dateTimeChanged, this, &EditScheduleDialog::onStartEdited);
}

ScheduleEdit EditScheduleDialog::edit() const
{
    ScheduleEdit after;
    after.name = m_name->text();
    after.cron = m_cron ? m_cron->expression() : QString();
    after.timezone = m_zone->zoneName();
    if (m_startSet->isChecked())
        after.scheduleAt = m_start;
    return after;
}

QTimeZone EditScheduleDialog::chosenZone() const
{
    if (m_zone->isValid())
        return m_zone->zone();
    // While the typed name is no zone, the schedule's own.
    return IanaZone::isKnown(m_before.timezone) ? QTimeZone(m_before.timezone.toUtf8())
                                                : QTimeZone::utc();
}

void EditScheduleDialog::showStart()
{
    const QDateTime wall = m_start.toTimeZone(chosenZone());
    {
        const QSignalBlocker blocker(m_startEdit);
        m_startEdit->setDateTime(QDateTime(wall.date(), wall.time(), Qt::UTC));
    }
    m_startInGap = false;
    m_startMessage->clearMessage();
    showStartZone();
    if (m_cron)
        m_cron->setScheduleZone(chosenZone());
}

void EditScheduleDialog::showStartZone()
{
    const QTimeZone zone = chosenZone();
    m_startZone->setText(
        QStringLiteral("%1 (%2)").arg(QString::fromUtf8(zone.id()), zone.abbreviation(m_start)));
}

void EditScheduleDialog::onStartEdited()
{
    const QDateTime typed(m_startEdit->date(), m_startEdit->time(), chosenZone());
    // A wall time the clocks skip (spring forward) is no instant at all;
    // the start keeps its last one until the typed time exists.
    m_startInGap = !typed.isValid();
    if (m_startInGap) {
        m_startMessage->showMessage(
            tr("%1 does not exist in %2: the clocks skip it for daylight saving.")
                .arg(LocaleFormat::dateTime(m_startEdit->dateTime(), LocaleFormat::Seconds::Hide),
                     QString::fromUtf8(chosenZone().id())));
    } else {
        m_start = typed.toUTC();
        m_startMessage->clearMessage();
    }
    showStartZone();
    showChange();
}

void EditScheduleDialog::showChange()
{
    const QDateTime now = m_clock->now();
    const ScheduleEdit after = edit();
    m_changes->showChange(m_before, after, now);

    QString startNote;
    if (!m_startSet->isChecked())
        startNote = m_before.isOneShot()
                        ? tr("Unchecked, the time stays as the server has it (a paused one-shot "
                             "does not show it).")
                        : tr("Unchecked, the start stays as the server has it (a schedule as "
                             "listed does not show it).");
    else if (m_start <= now && m_start != m_before.scheduleAt)
        startNote = m_before.isOneShot()
                        ? tr("This time has passed: the schedule fires at once.")
                        : tr("This time has passed: the schedule fires from now on.");
    // Read-only and unchecked, a time in the edit would look like data.
    const bool startShown = !m_readOnly || m_startSet->isChecked();
    m_startEdit->setVisible(startShown);
    m_startZone->setVisible(startShown);
    if (!startShown)
        startNote = tr("As the server has it (a schedule as listed does not show it).");
    m_startNote->setText(startNote);
    m_startNote->setVisible(!startNote.isEmpty());

    const QString blocker = saveBlocker();
    // While waiting, the message above says so already.
    m_saveNote->setText(m_waiting ? QString() : blocker);
    if (m_save)
        m_save->setEnabled(blocker.isEmpty());
}

QString EditScheduleDialog::saveBlocker() const
{
    if (m_readOnly)
        return {};
    if (m_waiting)
        return tr("Waiting for the server's answer…");
    if (m_cron && !m_cron->isValid())
        return tr("Save is off: the cron expression is not valid (%1).").arg(m_cron->problem());
    if (!m_zone->isValid())
        return tr("Save is off: “%1” is not a time zone.").arg(m_zone->zoneName());
    if (m_startSet->isChecked() && m_startInGap)
        return tr("Save is off: the start is a time the clocks skip.");
    if (!edit().changesFrom(m_before))
        return tr("Save is off: nothing has changed yet.");
    return {};
}

FieldMessage *EditScheduleDialog::messageFor(const QString &field) const
{
    if (field == ScheduleEdit::apiName(ScheduleEdit::Field::Name))
        return m_nameMessage;
    if (field == ScheduleEdit::apiName(ScheduleEdit::Field::Cron))
        return m_cron ? m_cron->messageFor(field) : nullptr;
    if (field == ScheduleEdit::apiName(ScheduleEdit::Field::Timezone))
        return m_zone->message();
    if (field == ScheduleEdit::apiName(ScheduleEdit::Field::ScheduleAt))
        return m_startMessage;
    return nullptr;
}

void EditScheduleDialog::save()
{
    if (m_readOnly || !saveBlocker().isEmpty())
        return;
    // A refusal shown before is answered again by this try.
    for (const QString &field : {QStringLiteral("name"), QStringLiteral("cron"),
                                 QStringLiteral("timezone"), QStringLiteral("schedule_at")}) {
        if (FieldMessage *message = messageFor(field))
            message->clearMessage();
    }
    if (!m_service->manage(m_schedule, ScheduleOperation::Update, edit().updateBody(m_before))) {
        m_message->setText(tr("Another change to a schedule is on its way: save again once it "
                              "is answered."));
        m_message->show();
        return;
    }
    setWaiting(true);
}

void EditScheduleDialog::setWaiting(bool waiting)
{
    m_waiting = waiting;
    m_inputs->setEnabled(!waiting);
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setEnabled(!waiting);
    m_message->setText(waiting ? tr("Saving the changes…") : QString());
    m_message->setVisible(waiting);
    showChange();
}

void EditScheduleDialog::reject()
{
    if (m_waiting) {
        m_message->setText(tr("Saving: wait for the server's answer before closing. Closing "
                              "would not take the change back."));
        m_message->show();
        return;
    }
    QDialog::reject();
}

void EditScheduleDialog::onManaged(ScheduleOperation operation, const Schedule &updated)
{
    if (!m_waiting || operation != ScheduleOperation::Update || updated.uid != m_schedule.uid)
        return;
    m_waiting = false;
    emit scheduleSaved(updated);
    accept();
}

void EditScheduleDialog::onManageFailed(ScheduleOperation operation, const Schedule &schedule,
                                        const ApiError &error)
{
    if (!m_waiting || operation != ScheduleOperation::Update || schedule.uid != m_schedule.uid)
        return;
    setWaiting(false);
    if (error.kind != ApiError::Kind::Http) {
        // The update sets values, so sending it again is harmless.
        m_message->setText(tr("The change got no answer (%1): it may or may not have been "
                              "saved. Save sends it again.")
                               .arg(ScheduleService::explain(error)));
        m_message->show();
        return;
    }
    const LaunchProblem problem = LaunchRefusal::problemFrom(error.body);
    if (FieldMessage *message = messageFor(problem.field)) {
        message->showMessage(problem.message());
        if (QWidget *field = message->field())
            field->setFocus(Qt::OtherFocusReason);
    }
    m_message->setText(tr("The server refused the change, so nothing was saved: %1")
                           .arg(ScheduleService::explain(error)));
    m_message->show();
}
