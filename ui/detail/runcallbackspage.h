#pragma once

#include <QPointer>
#include <QWidget>

class CallbackService;
class CallbacksModel;
class QLabel;
class QPushButton;
class QTableView;

// The Callbacks tab of the run detail: every delivery of the run with its
// status and the receiver's HTTP status, and a Replay button for the
// selected delivery when the contract allows one (5.7: originals only, at
// most three replays each). The outcome of a replay, or the server's
// reason for refusing it, shows next to the button.
class RunCallbacksPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunCallbacksPage)

public:
    RunCallbacksPage(CallbacksModel *model, CallbackService *service, QWidget *parent = nullptr);
    ~RunCallbacksPage() override;

    QTableView *view() const { return m_view; }
    // Forgets the message and any replay in flight (another run is shown).
    void reset();

private:
    void updateButton();
    void onReplayClicked();

    CallbacksModel *m_model;
    QPointer<CallbackService> m_service;
    QTableView *m_view;
    QPushButton *m_replay;
    QPushButton *m_refresh;
    QLabel *m_message;
};
