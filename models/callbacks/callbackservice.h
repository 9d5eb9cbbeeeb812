#pragma once

#include "core/domain/callback.h"
#include "models/client/apierror.h"

#include <QObject>
#include <QPointer>

class ApiReply;
class EdgesClient;

// Replaying a callback delivery (contract 5.7), one at a time: the answer
// comes back as the new delivery or the error, never as JSON.
class CallbackService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackService)

public:
    explicit CallbackService(EdgesClient *client, QObject *parent = nullptr);
    ~CallbackService() override;

    bool isBusy() const { return !m_pending.isNull(); }
    // False, and nothing sent, while another replay is on its way.
    bool replay(const QString &callbackUid);
    // Forgets the replay on its way: its answer is not reported.
    void cancel();

signals:
    void replayed(const QString &callbackUid, const Callback &replay);
    void replayFailed(const QString &callbackUid, const ApiError &error);
    // A replay ended, whichever way (also when cancelled).
    void busyChanged(bool busy);

private:
    EdgesClient *m_client;
    QPointer<ApiReply> m_pending;
};
