#include "ui/cron/cronpresetbar.h"

#include "models/common/localeformat.h"
#include "ui/cron/cronvaluegrid.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>

CronPresetBar::CronPresetBar(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_everyLabel(new QLabel(tr("every"), this))
    , m_every(new QSpinBox(this))
    , m_minuteLabel(new QLabel(tr("at minute"), this))
    , m_minute(new QSpinBox(this))
    , m_dayLabel(new QLabel(tr("on day"), this))
    , m_day(new QSpinBox(this))
    , m_weekdaysLabel(new QLabel(tr("on"), this))
    , m_weekdays(new CronValueGrid(CronFieldKind::DayOfWeek, this))
    , m_timeLabel(new QLabel(tr("at"), this))
    , m_time(new QTimeEdit(this))
{
    setObjectName(QStringLiteral("cronPresetBar"));
    // In CronPreset::Kind order.
    m_kind->addItems({tr("Every N minutes"), tr("Hourly"), tr("Daily"), tr("Weekdays"),
                      tr("Weekly"), tr("Monthly"), tr("Custom")});
    m_kind->setObjectName(QStringLiteral("cronPreset"));
    m_kind->setAccessibleName(tr("Preset"));
    m_every->setObjectName(QStringLiteral("cronPresetEvery"));
    m_every->setAccessibleName(tr("Every how many minutes"));
    m_every->setRange(1, 59);
    m_every->setSuffix(tr(" min"));
    m_minute->setObjectName(QStringLiteral("cronPresetMinute"));
    m_minute->setAccessibleName(tr("Minute past the hour"));
    m_minute->setRange(0, 59);
    m_day->setObjectName(QStringLiteral("cronPresetDay"));
    m_day->setAccessibleName(tr("Day of the month"));
    m_day->setRange(1, 31);
    m_weekdays->setObjectName(QStringLiteral("cronPresetDays"));
    m_weekdays->setAccessibleName(tr("Days of the week"));
    m_time->setObjectName(QStringLiteral("cronPresetTime"));
    m_time->setAccessibleName(tr("Time of day"));
    m_time->setDisplayFormat(LocaleFormat::timePattern(LocaleFormat::Seconds::Hide));
    m_everyLabel->setBuddy(m_every);
    m_minuteLabel->setBuddy(m_minute);
    m_dayLabel->setBuddy(m_day);
    m_weekdaysLabel->setBuddy(m_weekdays);
    m_timeLabel->setBuddy(m_time);

    auto *presetLabel = new QLabel(tr("Preset:"), this);
    presetLabel->setBuddy(m_kind);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             presetLabel, m_kind, m_everyLabel, m_every, m_minuteLabel, m_minute, m_dayLabel, m_day,
             m_weekdaysLabel, m_weekdays, m_timeLabel, m_time})
        layout->addWidget(widget);
    layout->addStretch();

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CronPresetBar::onEdited);
    for (QSpinBox *spin : {m_every, m_minute, m_day})
        connect(spin, &QSpinBox::valueChanged, this, &CronPresetBar::onEdited);
    connect(m_weekdays, &CronValueGrid::valuesEdited, this, &CronPresetBar::onEdited);
    connect(m_time, &QTimeEdit::timeChanged, this, &CronPresetBar::onEdited);
    setPreset(CronPreset());
}

CronPreset CronPresetBar::preset() const
{
    CronPreset preset;
    preset.kind = static_cast<CronPreset::Kind>(m_kind->currentIndex());
    preset.everyMinutes = m_every->value();
    preset.minute = preset.kind == CronPreset::Kind::HourlyAtMinute ? m_minute->value()
                                                                    : m_time->time().minute();
    preset.hour = m_time->time().hour();
    preset.dayOfMonth = m_day->value();
    preset.weekdays = m_weekdays->checkedValues();
    return preset;
}

void CronPresetBar::setPreset(const CronPreset &preset)
{
    m_setting = true;
    m_kind->setCurrentIndex(static_cast<int>(preset.kind));
    m_every->setValue(preset.everyMinutes);
    m_minute->setValue(preset.minute);
    m_day->setValue(preset.dayOfMonth);
    m_weekdays->setCheckedValues(preset.weekdays);
    m_time->setTime(QTime(preset.hour, preset.minute));
    m_setting = false;
    showParameters();
}

void CronPresetBar::showParameters()
{
    using Kind = CronPreset::Kind;
    const auto kind = static_cast<Kind>(m_kind->currentIndex());
    const bool atTime = kind == Kind::DailyAt || kind == Kind::WeekdaysAt ||
                        kind == Kind::WeeklyAt || kind == Kind::MonthlyAt;
    const std::initializer_list<std::pair<std::pair<QWidget *, QWidget *>, bool>> shown = {
        {{m_everyLabel, m_every}, kind == Kind::EveryMinutes},
        {{m_minuteLabel, m_minute}, kind == Kind::HourlyAtMinute},
        {{m_dayLabel, m_day}, kind == Kind::MonthlyAt},
        {{m_weekdaysLabel, m_weekdays}, kind == Kind::WeeklyAt},
        {{m_timeLabel, m_time}, atTime},
    };
    for (const auto &[widgets, visible] : shown) {
        widgets.first->setVisible(visible);
        widgets.second->setVisible(visible);
    }
}

void CronPresetBar::onEdited()
{
    showParameters();
    if (!m_setting)
        emit presetEdited();
}
