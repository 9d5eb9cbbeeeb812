#pragma once

#include "core/domain/schedule.h"
#include "core/schedules/scheduleedit.h"

#include <QDialog>

class Clock;
class CronEditor;
class FieldMessage;
class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimeZone;
class ScheduleChangeView;
class ScheduleService;
class ZonePicker;
struct ApiError;

// "Edit schedule…" (contract 4.4 `update`): the name, the cron (not for a
// one-shot), the zone and the start of one schedule, with the before →
// after of what Save will change shown live beside them. Save sends only
// the changed fields through the ScheduleService and stays off, saying
// why next to it, while the cron or the zone is invalid or nothing
// changed. While the answer is awaited the dialog cannot be closed; a
// refusal is shown at the field the server names and everything typed
// stays. A cancelled or completed schedule opens read-only, with why.
class EditScheduleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditScheduleDialog)

public:
    // `clock` is "now" for the fire times; the machine's when null.
    EditScheduleDialog(const Schedule &schedule, ScheduleService *service, const Clock *clock,
                       QWidget *parent = nullptr);
    ~EditScheduleDialog() override;

    const Schedule &schedule() const { return m_schedule; }
    // A terminal schedule's: nothing can be changed (4.4).
    bool isReadOnly() const { return m_readOnly; }
    // The schedule as the fields now make it.
    ScheduleEdit edit() const;
    bool isWaiting() const { return m_waiting; }

    void reject() override;

signals:
    // The server took the change; `updated` is its answer.
    void scheduleSaved(const Schedule &updated);

private:
    void buildForm();
    // The before → after, the start's note and whether Save may be pressed,
    // after any edit.
    void showChange();
    void save();
    void onManaged(ScheduleOperation operation, const Schedule &updated);
    void onManageFailed(ScheduleOperation operation, const Schedule &schedule,
                        const ApiError &error);
    void setWaiting(bool waiting);
    // Why Save is off; empty when it may be pressed.
    QString saveBlocker() const;
    FieldMessage *messageFor(const QString &field) const;
    // The start's edit shows its instant as a wall time in the chosen zone.
    void showStart();
    void showStartZone();
    void onStartEdited();
    QTimeZone chosenZone() const;

    const Schedule m_schedule;
    const ScheduleEdit m_before;
    ScheduleService *m_service;
    const Clock *m_clock;
    const bool m_readOnly;
    bool m_waiting = false;
    // The start, as an instant: a zone change re-expresses it rather than
    // moving it.
    QDateTime m_start;
    // The wall time typed last does not exist in the zone.
    bool m_startInGap = false;

    QLabel *m_readOnlyNote;
    QWidget *m_inputs;
    QLineEdit *m_name = nullptr;
    FieldMessage *m_nameMessage = nullptr;
    CronEditor *m_cron = nullptr;
    ZonePicker *m_zone = nullptr;
    QCheckBox *m_startSet = nullptr;
    QDateTimeEdit *m_startEdit = nullptr;
    QLabel *m_startZone = nullptr;
    QLabel *m_startNote = nullptr;
    FieldMessage *m_startMessage = nullptr;
    ScheduleChangeView *m_changes;
    QLabel *m_message;
    QLabel *m_saveNote;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save = nullptr;
};
