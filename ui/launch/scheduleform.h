#pragma once

#include <QDateTime>
#include <QWidget>

class CronEditor;
class FieldMessage;
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QRadioButton;
class ZonePicker;

// When a schedule launch fires (contract 2.4): a recurrence (the visual
// cron editor, read in an IANA zone, optionally no earlier than a given
// time) or once at a date and time in a chosen zone. The zone comes first,
// since both read their times in it.
class ScheduleForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleForm)

public:
    explicit ScheduleForm(QWidget *parent = nullptr);

    bool isRecurring() const;
    void setRecurring(bool recurring);
    // Empty for a one-shot.
    QString cron() const;
    void setCron(const QString &cron);
    QString timezone() const;
    // Invalid when a recurrence has no start time.
    QDateTime scheduleAt() const;
    void setNow(const QDateTime &now);
    // The next five fire times (UTC), empty while the cron is invalid; a
    // one-shot's one time.
    QList<QDateTime> nextFireTimes() const;
    FieldMessage *messageFor(const QString &field) const;
    CronEditor *cronEditor() const { return m_cron; }

signals:
    void changed();

private:
    void update();
    // The time of `edit` read as a wall time in the chosen zone.
    QDateTime wallTime(const QDateTimeEdit *edit) const;

    QRadioButton *m_recurring;
    QRadioButton *m_once;
    ZonePicker *m_zone;
    CronEditor *m_cron;
    QCheckBox *m_notBefore;
    QDateTimeEdit *m_notBeforeAt;
    QDateTimeEdit *m_at;
    QLabel *m_meaning;
    FieldMessage *m_atMessage;
    QWidget *m_recurringPart;
    QWidget *m_oncePart;
    QDateTime m_now;
};
