#include "ui/launch/scheduleform.h"

#include "core/cron/cronschedule.h"
#include "core/time/ianazone.h"
#include "models/common/localeformat.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/timedisplay.h"
#include "ui/common/zonepicker.h"
#include "ui/cron/croneditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

QDateTimeEdit *wallTimeEdit(const char *name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    // A wall time without a zone of its own: the form reads it in the
    // chosen zone (QDateTimeEdit of Qt 6.4 knows no IANA zones).
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(LocaleFormat::dateTimePattern(LocaleFormat::Seconds::Hide));
    return edit;
}

} // namespace

ScheduleForm::ScheduleForm(QWidget *parent)
    : QWidget(parent)
    , m_recurring(new QRadioButton(tr("&Repeats"), this))
    , m_once(new QRadioButton(tr("&Once"), this))
    , m_zone(new ZonePicker(this))
    , m_cron(new CronEditor(this))
    , m_notBefore(new QCheckBox(tr("Not &before"), this))
    , m_notBeforeAt(wallTimeEdit("launchNotBeforeAt", tr("Not before"), this))
    , m_at(wallTimeEdit("launchScheduleAt", tr("Fires at"), this))
    , m_meaning(new QLabel(this))
    , m_atMessage(new FieldMessage(m_at, this))
    , m_recurringPart(new QWidget(this))
    , m_oncePart(new QWidget(this))
{
    setObjectName(QStringLiteral("scheduleForm"));
    m_recurring->setObjectName(QStringLiteral("launchRecurring"));
    m_once->setObjectName(QStringLiteral("launchOnce"));
    m_recurring->setChecked(true);
    auto *kind = new QButtonGroup(this);
    kind->addButton(m_recurring);
    kind->addButton(m_once);
    m_zone->setObjectName(QStringLiteral("launchTimezone"));
    m_cron->setObjectName(QStringLiteral("launchCronEditor"));
    m_cron->setExpression(QStringLiteral("0 9 * * 1-5"));
    m_notBefore->setObjectName(QStringLiteral("launchNotBeforeCheck"));
    m_notBeforeAt->setEnabled(false);
    m_meaning->setObjectName(QStringLiteral("launchCronMeaning"));
    m_meaning->setWordWrap(true);
    m_meaning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QDateTime inAnHour = QDateTime::currentDateTimeUtc().addSecs(3600);
    for (QDateTimeEdit *edit : {m_notBeforeAt, m_at})
        edit->setDateTime(QDateTime(inAnHour.date(), QTime(inAnHour.time().hour(), 0), Qt::UTC));

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_recurring);
    kindRow->addWidget(m_once);
    kindRow->addStretch(1);

    auto *recurring = new QVBoxLayout(m_recurringPart);
    recurring->setContentsMargins(0, 0, 0, 0);
    recurring->addWidget(m_cron);
    auto *notBefore = new QHBoxLayout;
    notBefore->addWidget(m_notBefore);
    notBefore->addWidget(m_notBeforeAt);
    notBefore->addStretch(1);
    recurring->addLayout(notBefore);
    auto *once = new QFormLayout(m_oncePart);
    once->setContentsMargins(0, 0, 0, 0);
    auto *atColumn = new QVBoxLayout;
    atColumn->addWidget(m_at);
    atColumn->addWidget(m_atMessage);
    auto *atLabel = new QLabel(tr("Fires &at:"), m_oncePart);
    atLabel->setBuddy(m_at);
    once->addRow(atLabel, atColumn);
    m_oncePart->hide();

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Kind:"), kindRow);
    auto *zoneLabel = new QLabel(tr("Time &zone:"), this);
    zoneLabel->setBuddy(m_zone->comboBox());
    form->addRow(zoneLabel, m_zone);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_recurringPart);
    layout->addWidget(m_oncePart);
    layout->addWidget(m_meaning);

    connect(m_recurring, &QRadioButton::toggled, this, [this](bool recurring) {
        m_recurringPart->setVisible(recurring);
        m_oncePart->setVisible(!recurring);
        update();
    });
    connect(m_zone, &ZonePicker::changed, this, [this] {
        m_cron->setScheduleZone(m_zone->zone());
        update();
    });
    connect(m_cron, &CronEditor::changed, this, &ScheduleForm::update);
    connect(m_notBefore, &QCheckBox::toggled, m_notBeforeAt, &QWidget::setEnabled);
    connect(m_notBefore, &QCheckBox::toggled, this, &ScheduleForm::update);
    for (QDateTimeEdit *edit : {m_notBeforeAt, m_at})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &ScheduleForm::update);
    m_cron->setScheduleZone(m_zone->zone());
    update();
}

bool ScheduleForm::isRecurring() const
{
    return m_recurring->isChecked();
}

void ScheduleForm::setRecurring(bool recurring)
{
    (recurring ? m_recurring : m_once)->setChecked(true);
}

QString ScheduleForm::cron() const
{
    return isRecurring() ? m_cron->expression() : QString();
}

void ScheduleForm::setCron(const QString &cron)
{
    m_cron->setExpression(cron);
    update();
}

QString ScheduleForm::timezone() const
{
    return m_zone->zoneName();
}

QDateTime ScheduleForm::wallTime(const QDateTimeEdit *edit) const
{
    const QDateTime shown = edit->dateTime();
    return QDateTime(shown.date(), shown.time(), m_zone->zone()).toUTC();
}

QDateTime ScheduleForm::scheduleAt() const
{
    if (!isRecurring())
        return wallTime(m_at);
    return m_notBefore->isChecked() ? wallTime(m_notBeforeAt) : QDateTime();
}

void ScheduleForm::setNow(const QDateTime &now)
{
    if (now == m_now)
        return;
    m_now = now;
    m_cron->refreshFireTimes();
}

QList<QDateTime> ScheduleForm::nextFireTimes() const
{
    if (!isRecurring())
        return {scheduleAt()};
    const auto parsed = CronExpression::parse(cron());
    if (!std::holds_alternative<CronExpression>(parsed) || !m_zone->isValid())
        return {};
    QDateTime after = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    if (scheduleAt().isValid() && scheduleAt() > after)
        after = scheduleAt().addSecs(-1);
    return CronSchedule(std::get<CronExpression>(parsed), m_zone->zone()).next(after, 5);
}

void ScheduleForm::update()
{
    // The cron editor shows its own meaning and fire times; this line says
    // what the whole form comes to.
    const TimeDisplay *display = TimeDisplay::instance();
    QString text;
    if (!isRecurring()) {
        text = tr("Fires once, at %1.").arg(display->format(scheduleAt()));
    } else if (m_cron->isValid() && m_zone->isValid()) {
        const QList<QDateTime> next = nextFireTimes();
        text = next.isEmpty() ? QString() : tr("Next: %1").arg(display->format(next.constFirst()));
        if (scheduleAt().isValid())
            text += QLatin1Char(' ') + tr("(not before %1)").arg(display->format(scheduleAt()));
    }
    m_meaning->setText(text);
    m_meaning->setVisible(!text.isEmpty());
    emit changed();
}

FieldMessage *ScheduleForm::messageFor(const QString &field) const
{
    if (field == QLatin1String("cron"))
        return m_cron->messageFor(QStringLiteral("cron"));
    if (field == QLatin1String("timezone"))
        return m_zone->message();
    if (field == QLatin1String("schedule_at"))
        return m_atMessage;
    return nullptr;
}
