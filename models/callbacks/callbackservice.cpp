#include "models/callbacks/callbackservice.h"

#include "models/client/apireply.h"
#include "models/client/edgesclient.h"

CallbackService::CallbackService(EdgesClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

CallbackService::~CallbackService()
{
    if (m_pending)
        m_pending->cancel();
}

bool CallbackService::replay(const QString &callbackUid)
{
    if (isBusy() || !m_client || callbackUid.isEmpty())
        return false;
    m_pending = m_client->replayCallback(callbackUid)
                    ->then(this, [this, callbackUid](const ApiResult &result) {
                        m_pending = nullptr;
                        if (result.succeeded())
                            emit replayed(callbackUid, Callback::fromJson(result.json.toObject()));
                        else
                            emit replayFailed(callbackUid, result.error);
                        emit busyChanged(false);
                    });
    emit busyChanged(true);
    return true;
}

void CallbackService::cancel()
{
    if (ApiReply *pending = m_pending) {
        m_pending = nullptr;
        pending->cancel();
        emit busyChanged(false);
    }
}
