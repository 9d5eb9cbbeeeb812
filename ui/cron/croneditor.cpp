#include "ui/cron/croneditor.h"

#include "core/cron/crondescription.h"
#include "core/cron/cronexpression.h"
#include "core/cron/cronneverfires.h"
#include "core/cron/cronpreset.h"
#include "core/cron/cronschedule.h"
#include "core/cron/firetimenotes.h"
#include "core/time/clock.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/timedisplay.h"
#include "ui/cron/cronfieldeditor.h"
#include "ui/cron/cronfiretimesview.h"
#include "ui/cron/cronpresetbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {

constexpr int kFireTimes = 10;

constexpr std::array<CronFieldKind, 5> kKinds = {CronFieldKind::Minute, CronFieldKind::Hour,
                                                 CronFieldKind::DayOfMonth, CronFieldKind::Month,
                                                 CronFieldKind::DayOfWeek};

std::array<CronFieldEditor *, 5> fieldEditors(QWidget *parent)
{
    std::array<CronFieldEditor *, 5> editors{};
    for (std::size_t i = 0; i < kKinds.size(); ++i)
        editors[i] = new CronFieldEditor(kKinds[i], parent);
    return editors;
}

} // namespace

CronEditor::CronEditor(QWidget *parent)
    : QWidget(parent)
    , m_presets(new CronPresetBar(this))
    , m_fields(fieldEditors(this))
    , m_fieldsNote(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_textMessage(new FieldMessage(m_text, this))
    , m_description(new QLabel(this))
    , m_fireTimesLabel(new QLabel(tr("Next fire &times:"), this))
    , m_fireTimes(new CronFireTimesView(this))
    , m_clock(&Clock::system())
{
    setObjectName(QStringLiteral("cronEditor"));
    m_fieldsNote->setObjectName(QStringLiteral("cronFieldsNote"));
    m_fieldsNote->setWordWrap(true);
    m_fieldsNote->hide();
    m_text->setObjectName(QStringLiteral("cronExpression"));
    m_text->setAccessibleName(tr("Cron expression"));
    m_text->setPlaceholderText(tr("minute hour day-of-month month day-of-week"));
    m_textMessage->setObjectName(QStringLiteral("cronExpressionMessage"));
    m_description->setObjectName(QStringLiteral("cronDescription"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *fieldsColumn = new QVBoxLayout;
    fieldsColumn->addWidget(m_fieldsNote);
    for (CronFieldEditor *field : m_fields)
        fieldsColumn->addWidget(field);
    fieldsColumn->addStretch();
    auto *textLabel = new QLabel(tr("E&xpression:"), this);
    textLabel->setBuddy(m_text);
    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(textLabel);
    textColumn->addWidget(m_text);
    textColumn->addWidget(m_textMessage);
    textColumn->addStretch();
    auto *sides = new QHBoxLayout;
    sides->addLayout(fieldsColumn, 3);
    sides->addLayout(textColumn, 2);
    auto *descriptionLabel = new QLabel(tr("Fires:"), this);
    descriptionLabel->setBuddy(m_description);
    auto *description = new QHBoxLayout;
    description->addWidget(descriptionLabel, 0, Qt::AlignTop);
    description->addWidget(m_description, 1);
    m_fireTimesLabel->setBuddy(m_fireTimes);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_presets);
    layout->addLayout(sides);
    layout->addLayout(description);
    layout->addWidget(m_fireTimesLabel);
    layout->addWidget(m_fireTimes, 1);

    connect(m_text, &QLineEdit::textEdited, this, &CronEditor::onTextEdited);
    connect(m_presets, &CronPresetBar::presetEdited, this, &CronEditor::onPresetEdited);
    for (CronFieldEditor *field : m_fields) {
        connect(field, &CronFieldEditor::specEdited, this, [this, field] { onFieldEdited(field); });
    }
    connect(TimeDisplay::instance(), &TimeDisplay::zoneChanged, this, [this] {
        if (!m_displayZone)
            refreshFireTimes();
    });
    setExpression(QStringLiteral("0 9 * * *"));
}

QString CronEditor::expression() const
{
    return m_text->text().trimmed();
}

void CronEditor::setExpression(const QString &expression)
{
    m_text->setText(expression);
    m_fieldProblem.reset();
    readText();
    validate();
}

void CronEditor::setScheduleZone(const QTimeZone &zone)
{
    m_scheduleZone = zone;
    refreshFireTimes();
}

void CronEditor::setDisplayZone(const QTimeZone &zone)
{
    m_displayZone = zone;
    refreshFireTimes();
}

void CronEditor::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
    refreshFireTimes();
}

void CronEditor::refreshFireTimes()
{
    validate();
}

void CronEditor::setFireTimesShown(bool shown)
{
    m_fireTimesLabel->setVisible(shown);
    m_fireTimes->setVisible(shown);
}

FieldMessage *CronEditor::messageFor(const QString &field) const
{
    if (field == QLatin1String("cron") || field == QLatin1String("expression"))
        return m_textMessage;
    for (CronFieldEditor *editor : m_fields) {
        if (CronField::name(editor->kind()) == field)
            return editor->message();
    }
    return nullptr;
}

void CronEditor::onTextEdited()
{
    m_fieldProblem.reset();
    readText();
    validate();
    emit changed();
}

void CronEditor::onFieldEdited(CronFieldEditor *editor)
{
    m_model.setField(editor->spec());
    m_fieldProblem = m_model.problem();
    // The text cannot hold an empty set: it keeps the last expression, and
    // the editor is invalid until the set has a value.
    if (!m_fieldProblem)
        m_text->setText(m_model.toExpression());
    m_presets->setPreset(CronPreset::detect(m_model));
    validate();
    emit changed();
}

void CronEditor::onPresetEdited()
{
    // Custom writes nothing: the fields stay as they are, to be edited.
    const auto model = m_presets->preset().toModel();
    if (!model)
        return;
    m_model = *model;
    // Not detected again: choosing Monday to Friday in "Weekly" must not
    // turn the preset into "Weekdays" under the user's hands.
    for (CronFieldEditor *field : m_fields)
        field->setSpec(m_model.field(field->kind()));
    m_fieldProblem = m_model.problem();
    if (!m_fieldProblem)
        m_text->setText(m_model.toExpression());
    validate();
    emit changed();
}

void CronEditor::readText()
{
    const auto parsed = CronExpression::parse(m_text->text());
    // An invalid text leaves the fields as they were: its error shows
    // under the field it names.
    const auto *expression = std::get_if<CronExpression>(&parsed);
    if (!expression)
        return;
    CronError why;
    if (auto model = CronEditModel::fromExpression(*expression, &why)) {
        m_model = *model;
        showModel();
        setFieldsShown(true);
        return;
    }
    // Each field that can be shown still is, the others as their text.
    const QStringList texts = expression->text().split(QLatin1Char(' '));
    for (std::size_t i = 0; i < kKinds.size(); ++i) {
        const QString text = texts.value(static_cast<qsizetype>(i));
        if (auto spec = CronFieldSpec::fromField(expression->field(kKinds[i]), text))
            m_fields[i]->setSpec(*spec);
        else
            m_fields[i]->showAsText(text);
    }
    m_presets->setPreset(CronPreset());
    m_fieldsNote->setText(tr("%1. The expression is kept as typed; the fields come back when "
                             "it is one they can show.")
                              .arg(why.message()));
    setFieldsShown(false);
}

void CronEditor::showModel()
{
    for (CronFieldEditor *field : m_fields)
        field->setSpec(m_model.field(field->kind()));
    m_presets->setPreset(CronPreset::detect(m_model));
}

void CronEditor::setFieldsShown(bool shown)
{
    m_presets->setEnabled(shown);
    for (CronFieldEditor *field : m_fields)
        field->setEnabled(shown);
    m_fieldsNote->setVisible(!shown);
}

void CronEditor::validate()
{
    m_problem.clear();
    m_textMessage->clearMessage();
    for (CronFieldEditor *field : m_fields)
        field->message()->clearMessage();
    m_description->clear();
    m_fireTimes->clearFireTimes();

    if (m_fieldProblem) {
        showProblem(*m_fieldProblem);
        return;
    }
    const auto parsed = CronExpression::parse(m_text->text());
    if (const auto *error = std::get_if<CronError>(&parsed)) {
        showProblem(*error);
        return;
    }
    const auto &expression = std::get<CronExpression>(parsed);
    m_description->setText(describeCron(expression));
    if (const auto never = cronNeverFiresError(expression)) {
        showProblem(*never);
        return;
    }
    if (!m_scheduleZone.isValid())
        return;
    const QList<FireTimeNotes::FireTime> fires =
        FireTimeNotes(CronSchedule(expression, m_scheduleZone)).next(m_clock->now(), kFireTimes);
    m_fireTimes->showFireTimes(fires, m_scheduleZone,
                               m_displayZone.value_or(TimeDisplay::instance()->zone()));
}

void CronEditor::showProblem(const CronError &error)
{
    m_problem = error.message();
    FieldMessage *underField = messageFor(error.field);
    if (underField && underField != m_textMessage)
        underField->showMessage(m_problem);
    // The text is the expression that is wrong, whichever field it names;
    // a field problem the text does not hold yet stays with its field.
    if (!m_fieldProblem)
        m_textMessage->showMessage(m_problem);
}
