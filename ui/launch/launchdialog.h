#pragma once

#include "core/launch/inputdraft.h"
#include "core/launch/launchdraft.h"
#include "core/launch/launchmode.h"

#include <QDateTime>
#include <QDialog>

struct ApiError;
struct Run;
class ActionPicker;
class CallbackForm;
class FieldMessage;
class IdentityPicker;
class InputEditor;
class ParametersForm;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class ScheduleForm;
class Session;

// New run… and Launch like this one: an async run or a schedule of any
// catalogue action, with its inputs, parameters, identities and callback.
// Everything is checked as it is typed (LaunchDraft) and each problem is
// shown under the field it is about; Launch stays disabled while any is
// an error. A refusal from the server is shown the same way and the dialog
// keeps what the user typed. A launch whose answer was lost is not sent
// again blindly: the dialog says the outcome is unknown, lists the runs
// created since under that name, and offers to launch again.
class LaunchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchDialog)

public:
    explicit LaunchDialog(Session *session, QWidget *parent = nullptr);
    ~LaunchDialog() override;

    // Fills the dialog from a run: its action, name and parameters now, its
    // inputs once fetched (GET /runs/{uid}/inputs).
    void fillFrom(const Run &run);
    void setAction(const QString &slug);
    void setMode(LaunchMode mode);
    void setInputs(const QList<InputDraft> &inputs);
    // What would be sent now.
    LaunchDraft draft() const;
    InputEditor *inputEditor() const { return m_inputs; }
    // The problems shown now (errors and warnings).
    const QList<LaunchProblem> &problems() const { return m_problems; }
    bool canLaunch() const;
    // Sends the launch (the Launch button).
    void launch();
    // Cancel and Escape; refused while a launch is on its way, whose
    // answer only this dialog would hear.
    void reject() override;

signals:
    // The server accepted it: the run's or the schedule's uid.
    void launched(LaunchMode mode, const QString &uid);

private:
    void buildLayout();
    // What changed: the inputs (or what their checks depend on: the action,
    // the mode) are read again from the editor; anything else rechecks the
    // rest of the draft without copying the inputs.
    enum class Changed
    {
        Inputs,
        OtherFields,
    };
    void revalidate(Changed changed = Changed::Inputs);
    void showProblems();
    void updateSummary(const LaunchDraft &current);
    void onActionChanged();
    void onRefused(const ApiError &error);
    void onUncertain(const ApiError &error);
    void setBusy(bool busy);
    FieldMessage *messageFor(const LaunchProblem &problem) const;

    Session *m_session;
    ActionPicker *m_picker;
    QRadioButton *m_async;
    QRadioButton *m_schedule;
    QLineEdit *m_name;
    FieldMessage *m_nameMessage;
    InputEditor *m_inputs;
    FieldMessage *m_inputsMessage;
    ParametersForm *m_parameters;
    IdentityPicker *m_identity;
    CallbackForm *m_callback;
    QGroupBox *m_scheduleBox;
    ScheduleForm *m_scheduleForm;
    QLabel *m_message;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_launch;
    QList<LaunchProblem> m_problems;
    // What the draft's own check found (the refusal aside).
    QList<LaunchProblem> m_checked;
    // Problems the server named, shown until the user changes something.
    QList<LaunchProblem> m_refusal;
    // The editor's inputs as last read, and whether they can be sent.
    QList<InputDraft> m_currentInputs;
    bool m_inputsReady = false;
    QString m_fillingFrom;
    QDateTime m_sentAt;
    bool m_busy = false;
};
