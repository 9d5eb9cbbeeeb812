#pragma once

#include "core/cron/croneditmodel.h"

#include <QTimeZone>
#include <QWidget>

#include <array>
#include <optional>

class Clock;
class CronFieldEditor;
class CronFireTimesView;
class CronPresetBar;
class FieldMessage;
class QLabel;
class QLineEdit;

// The visual cron editor: presets, the five fields, and the expression as
// text beside them, each side updating the other; under them, live, the
// expression in English and its next ten fire times in the schedule's zone
// and in the display zone, with what daylight saving does to them.
//
// The text is the value. An expression the fields cannot show (such as
// `1-5,10-20/3`) is kept exactly as typed: the fields say so and step aside
// and the text stays the one to edit. Errors are the cron engine's; each
// shows under the field it names (and under the text), and an expression
// that can never fire is invalid too. While the text is invalid the fields
// keep the last expression they showed; editing one of them writes that
// expression, with the edit, over the text.
class CronEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CronEditor)

public:
    explicit CronEditor(QWidget *parent = nullptr);

    // The expression as typed, without surrounding blanks.
    QString expression() const;
    // Replaces the text and shows it in the fields, without changed().
    void setExpression(const QString &expression);
    bool isValid() const { return m_problem.isEmpty(); }
    // Why it is not valid, naming the field; empty when valid.
    QString problem() const { return m_problem; }

    // The zone the cron is read in; UTC until set.
    void setScheduleZone(const QTimeZone &zone);
    // The zone the fire times are also shown in; the dashboard's display
    // zone (TimeDisplay) until set.
    void setDisplayZone(const QTimeZone &zone);
    // Where "now" comes from for the fire times; the machine's clock until
    // set. The clock must outlive the editor.
    void setClock(const Clock *clock);
    // Recomputes the fire times from the clock's now.
    void refreshFireTimes();
    // Whether the list of the next fire times shows; a dialog that lists
    // them its own way (before and after an edit) hides it. Shown until
    // set.
    void setFireTimesShown(bool shown);

    // "cron" for the expression, or a field's name ("day-of-month"), so a
    // dialog can put a server's refusal where the editor puts its own.
    FieldMessage *messageFor(const QString &field) const;

signals:
    // The expression, its validity or what is shown about it changed by an
    // edit; not emitted by setExpression() or the setters.
    void changed();

private:
    void onTextEdited();
    void onFieldEdited(CronFieldEditor *editor);
    void onPresetEdited();
    void readText();
    void showModel();
    void setFieldsShown(bool shown);
    void validate();
    void showProblem(const CronError &error);

    // Made in this order, which is the Tab order.
    CronPresetBar *m_presets;
    std::array<CronFieldEditor *, 5> m_fields;
    QLabel *m_fieldsNote;
    QLineEdit *m_text;
    FieldMessage *m_textMessage;
    QLabel *m_description;
    QLabel *m_fireTimesLabel;
    CronFireTimesView *m_fireTimes;

    CronEditModel m_model;
    // An edit in the fields the text cannot hold yet (an empty set).
    std::optional<CronError> m_fieldProblem;
    QString m_problem;
    QTimeZone m_scheduleZone = QTimeZone::utc();
    std::optional<QTimeZone> m_displayZone;
    const Clock *m_clock;
};
