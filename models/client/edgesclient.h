#pragma once

#include "models/client/apireply.h"
#include "models/client/connectionsettings.h"
#include "models/client/edgesrequest.h"
#include "models/client/listparameters.h"

#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>

#include <memory>

class QNetworkAccessManager;
class RequestBudget;

// The one client of the Edges API, for the real service and the sandbox
// alike. Asynchronous only: each call returns an ApiReply that finishes
// once. It sends the key in X-API-Key and nowhere else, paces every caller
// inside the tier's limits, waits out 429s (Retry-After, or jittered
// backoff), retries 5xx and lost answers for requests that are safe to
// repeat, and reports a launch whose answer was lost as uncertain instead
// of sending it twice.
class EdgesClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EdgesClient)

public:
    EdgesClient(QNetworkAccessManager *network, ConnectionSettings settings, ApiKeyProvider key,
                QObject *parent = nullptr);
    ~EdgesClient() override;

    const ConnectionSettings &settings() const { return m_settings; }
    ApiReply *send(const EdgesRequest &request);
    // Where a request goes: the base URL, its path and its query.
    QUrl urlOf(const EdgesRequest &request) const;

    // Runs (contract section 3).
    ApiReply *listRuns(const ListParameters &parameters);
    ApiReply *getRun(const QString &uid);
    ApiReply *runStatus(const QString &uid);
    // First page of a run's inputs or outputs; later pages: followNext().
    ApiReply *runInputs(const QString &uid, int limit = 100);
    ApiReply *runOutputs(const QString &uid, int limit = 100);
    ApiReply *resumeRun(const QString &uid);
    ApiReply *continueRun(const QString &uid);
    ApiReply *cancelRun(const QString &uid);
    // Any X-Pagination-Next URL of a GET route.
    ApiReply *followNext(const QUrl &next, RouteFamily family = RouteFamily::Runs);

    // Launches (section 2).
    ApiReply *runLive(const QString &action, const QJsonObject &body);
    // The next live page: the same body POSTed to X-Pagination-Next.
    ApiReply *runLiveNext(const QUrl &next, const QJsonObject &body);
    ApiReply *runAsync(const QString &action, const QJsonObject &body);
    ApiReply *runSchedule(const QString &action, const QJsonObject &body);

    // Schedules (section 4).
    ApiReply *listSchedules(const ListParameters &parameters);
    ApiReply *getSchedule(const QString &uid);
    // action: pause, resume, cancel, delete or update (body only for update).
    ApiReply *manageSchedule(const QString &uid, const QString &action,
                             const QJsonObject &body = {});

    // Callbacks (section 5).
    ApiReply *listCallbacks(const ListParameters &parameters);
    ApiReply *getCallback(const QString &uid);
    ApiReply *replayCallback(const QString &uid);

    // Identities and workspaces (section 9).
    ApiReply *identities(const QString &query = {});
    ApiReply *createIdentity(const QJsonObject &body);
    ApiReply *updateIdentity(const QString &uid, const QJsonObject &body);
    ApiReply *identityLimits(const QString &uid, const QString &action);
    ApiReply *workspaces();

signals:
    // One attempt of any call ended: with no error, with an error and a
    // retry due in `retryInMs`, or with an error that ends the call
    // (`retryInMs` -1). Cancelled calls say nothing. What the connection's
    // health is made of, seen as it happens rather than after the retries.
    void attemptEnded(const ApiError &error, qint64 retryInMs);

private:
    struct Call;
    using CallPtr = std::shared_ptr<Call>;

    void attempt(const CallPtr &call);
    void startNetwork(const CallPtr &call);
    void onNetworkFinished(const CallPtr &call);
    void retryOrFail(const CallPtr &call, qint64 delayMs, ApiError error);
    // Ends the call with this attempt's outcome.
    void finish(const CallPtr &call, ApiError error, int status, QJsonValue json, QUrl next);
    qint64 backoffMs(int attempt);

    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
    ApiKeyProvider m_key;
    RequestBudget *m_budget;
    QRandomGenerator m_random;
};
