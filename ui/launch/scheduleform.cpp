#include "ui/launch/scheduleform.h"

#include "core/cron/crondescription.h"
#include "core/cron/cronschedule.h"
#include "core/time/ianazone.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/timedisplay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>
#include <QVBoxLayout>

ScheduleForm::ScheduleForm(QWidget *parent)
    : QWidget(parent)
    , m_cron(new QLineEdit(this))
    , m_zone(new QComboBox(this))
    , m_once(new QCheckBox(tr("Not before a given time"), this))
    , m_at(new QDateTimeEdit(this))
    , m_meaning(new QLabel(this))
    , m_cronMessage(new FieldMessage(m_cron, this))
    , m_zoneMessage(new FieldMessage(m_zone, this))
    , m_atMessage(new FieldMessage(m_at, this))
{
    setObjectName(QStringLiteral("scheduleForm"));
    m_cron->setObjectName(QStringLiteral("launchCron"));
    m_cron->setPlaceholderText(tr("minute hour day-of-month month day-of-week, e.g. 0 8 * * 1"));
    m_cron->setAccessibleName(tr("Cron expression"));
    m_zone->setObjectName(QStringLiteral("launchTimezone"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    // The names the launch check and the service take; Qt's own list
    // adds "UTC+05:30" and the like, which they refuse.
    m_zone->addItems(IanaZone::names());
    m_zone->setCurrentText(QString::fromLatin1(QTimeZone::systemTimeZoneId()));
    m_once->setObjectName(QStringLiteral("launchOnceCheck"));
    m_at->setObjectName(QStringLiteral("launchScheduleAt"));
    m_at->setAccessibleName(tr("Start time"));
    m_at->setCalendarPopup(true);
    m_at->setTimeSpec(Qt::UTC);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_at->setDateTime(QDateTime::currentDateTimeUtc().addSecs(3600));
    m_at->setEnabled(false);
    m_meaning->setObjectName(QStringLiteral("launchCronMeaning"));
    m_meaning->setWordWrap(true);
    m_meaning->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *cronColumn = new QVBoxLayout;
    cronColumn->addWidget(m_cron);
    cronColumn->addWidget(m_cronMessage);
    // Rows holding layouts get no buddy on their own: the mnemonics and a
    // screen reader need one.
    auto *cronLabel = new QLabel(tr("C&ron:"), this);
    cronLabel->setBuddy(m_cron);
    form->addRow(cronLabel, cronColumn);
    auto *zoneColumn = new QVBoxLayout;
    zoneColumn->addWidget(m_zone);
    zoneColumn->addWidget(m_zoneMessage);
    auto *zoneLabel = new QLabel(tr("Time &zone:"), this);
    zoneLabel->setBuddy(m_zone);
    form->addRow(zoneLabel, zoneColumn);
    auto *atColumn = new QVBoxLayout;
    atColumn->addWidget(m_once);
    atColumn->addWidget(m_at);
    atColumn->addWidget(m_atMessage);
    form->addRow(tr("Start:"), atColumn);
    form->addRow(tr("Fires:"), m_meaning);

    connect(m_cron, &QLineEdit::textChanged, this, &ScheduleForm::update);
    connect(m_zone, &QComboBox::currentTextChanged, this, &ScheduleForm::update);
    connect(m_once, &QCheckBox::toggled, m_at, &QWidget::setEnabled);
    connect(m_once, &QCheckBox::toggled, this, &ScheduleForm::update);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &ScheduleForm::update);
    update();
}

QString ScheduleForm::cron() const
{
    return m_cron->text().trimmed();
}

QString ScheduleForm::timezone() const
{
    return m_zone->currentText().trimmed();
}

QDateTime ScheduleForm::scheduleAt() const
{
    return m_once->isChecked() ? m_at->dateTime().toUTC() : QDateTime();
}

QList<QDateTime> ScheduleForm::nextFireTimes() const
{
    if (cron().isEmpty())
        return {};
    const auto parsed = CronExpression::parse(cron());
    if (!std::holds_alternative<CronExpression>(parsed) || !IanaZone::isKnown(timezone()))
        return {};
    QDateTime after = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    if (scheduleAt().isValid() && scheduleAt() > after)
        after = scheduleAt().addSecs(-1);
    return CronSchedule(std::get<CronExpression>(parsed), QTimeZone(timezone().toLatin1()))
        .next(after, 5);
}

void ScheduleForm::update()
{
    const TimeDisplay *display = TimeDisplay::instance();
    if (cron().isEmpty()) {
        m_cronMessage->clearMessage();
        m_meaning->setText(scheduleAt().isValid()
                               ? tr("once, at %1").arg(display->format(scheduleAt()))
                               : tr("once, as soon as the schedule is created"));
        emit changed();
        return;
    }
    const auto parsed = CronExpression::parse(cron());
    if (const auto *error = std::get_if<CronError>(&parsed)) {
        m_cronMessage->showMessage(error->message());
        m_meaning->clear();
        emit changed();
        return;
    }
    m_cronMessage->clearMessage();
    const QList<QDateTime> next = nextFireTimes();
    QStringList times;
    for (const QDateTime &time : next)
        times.append(display->format(time));
    QString text = describeCron(std::get<CronExpression>(parsed));
    if (!IanaZone::isKnown(timezone()))
        text += QLatin1Char('\n') + tr("(unknown time zone)");
    else if (next.isEmpty())
        text += QLatin1Char('\n') + tr("This expression never fires.");
    else
        text += QLatin1Char('\n') + tr("Next: %1").arg(times.join(QStringLiteral(", ")));
    m_meaning->setText(text);
    emit changed();
}

FieldMessage *ScheduleForm::messageFor(const QString &field) const
{
    if (field == QLatin1String("cron"))
        return m_cronMessage;
    if (field == QLatin1String("timezone"))
        return m_zoneMessage;
    if (field == QLatin1String("schedule_at"))
        return m_atMessage;
    return nullptr;
}
