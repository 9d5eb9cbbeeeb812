#pragma once

#include "core/cron/cronpreset.h"

#include <QWidget>

class CronValueGrid;
class QComboBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

// The row of presets above the cron fields: a common schedule and only the
// parameters it needs ("Weekly" shows the days and a time). It edits a
// CronPreset; what the preset writes into the fields is core's.
class CronPresetBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CronPresetBar)

public:
    explicit CronPresetBar(QWidget *parent = nullptr);

    CronPreset preset() const;
    // Shows the preset, without presetEdited().
    void setPreset(const CronPreset &preset);

signals:
    void presetEdited();

private:
    void showParameters();
    void onEdited();

    QComboBox *m_kind;
    QLabel *m_everyLabel;
    QSpinBox *m_every;
    QLabel *m_minuteLabel;
    QSpinBox *m_minute;
    QLabel *m_dayLabel;
    QSpinBox *m_day;
    QLabel *m_weekdaysLabel;
    CronValueGrid *m_weekdays;
    QLabel *m_timeLabel;
    QTimeEdit *m_time;
    bool m_setting = false;
};
