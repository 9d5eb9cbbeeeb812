#pragma once

#include <QDateTime>
#include <QWidget>

class FieldMessage;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

// When a schedule launch fires (contract 2.4): a cron read in a time zone,
// a one-shot instant, or both. The cron is checked by the cron engine as
// it is typed, its error under the field and its meaning and next five fire
// times beside it. (The visual cron editor of the schedules issue will
// take the raw field's place.)
class ScheduleForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleForm)

public:
    explicit ScheduleForm(QWidget *parent = nullptr);

    QString cron() const;
    QString timezone() const;
    // Invalid when no one-shot time is set.
    QDateTime scheduleAt() const;
    void setNow(const QDateTime &now) { m_now = now; }
    // The next five fire times (UTC), empty while the cron is invalid.
    QList<QDateTime> nextFireTimes() const;
    FieldMessage *messageFor(const QString &field) const;

signals:
    void changed();

private:
    void update();

    QLineEdit *m_cron;
    QComboBox *m_zone;
    QCheckBox *m_once;
    QDateTimeEdit *m_at;
    QLabel *m_meaning;
    FieldMessage *m_cronMessage;
    FieldMessage *m_zoneMessage;
    FieldMessage *m_atMessage;
    QDateTime m_now;
};
