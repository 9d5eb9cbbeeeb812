#pragma once

#include "models/client/edgesrequest.h"
#include "models/client/listparameters.h"

#include <QJsonObject>
#include <QString>

// Every route of the contract as the request EdgesClient sends for it: path
// segments percent-encoded, the rate-limit family, and whether it may be
// repeated. The client sends exactly these, so a "copy as curl" built from
// one is the call the dashboard makes.
class EdgesRoutes final
{
public:
    EdgesRoutes() = delete;

    // Runs (contract section 3).
    static EdgesRequest listRuns(const ListParameters &parameters);
    static EdgesRequest getRun(const QString &uid);
    static EdgesRequest runStatus(const QString &uid);
    // First page of a run's inputs or outputs; later pages: followNext().
    static EdgesRequest runInputs(const QString &uid, int limit = 100);
    static EdgesRequest runOutputs(const QString &uid, int limit = 100);
    static EdgesRequest resumeRun(const QString &uid);
    static EdgesRequest continueRun(const QString &uid);
    static EdgesRequest cancelRun(const QString &uid);
    // Any X-Pagination-Next URL of a GET route.
    static EdgesRequest followNext(const QUrl &next, RouteFamily family = RouteFamily::Runs);

    // Launches (section 2).
    static EdgesRequest runLive(const QString &action, const QJsonObject &body);
    // The next live page: the same body POSTed to X-Pagination-Next.
    static EdgesRequest runLiveNext(const QUrl &next, const QJsonObject &body);
    static EdgesRequest runAsync(const QString &action, const QJsonObject &body);
    static EdgesRequest runSchedule(const QString &action, const QJsonObject &body);

    // Schedules (section 4).
    static EdgesRequest listSchedules(const ListParameters &parameters);
    static EdgesRequest getSchedule(const QString &uid);
    // action: pause, resume, cancel, delete or update (body only for update).
    static EdgesRequest manageSchedule(const QString &uid, const QString &action,
                                       const QJsonObject &body = {});

    // Callbacks (section 5).
    static EdgesRequest listCallbacks(const ListParameters &parameters);
    static EdgesRequest getCallback(const QString &uid);
    static EdgesRequest replayCallback(const QString &uid);

    // Identities and workspaces (section 9).
    static EdgesRequest identities(const QString &query = {});
    static EdgesRequest createIdentity(const QJsonObject &body);
    static EdgesRequest updateIdentity(const QString &uid, const QJsonObject &body);
    static EdgesRequest identityLimits(const QString &uid, const QString &action);
    static EdgesRequest workspaces();

private:
    static EdgesRequest post(const QString &path, const QJsonObject &body, RouteFamily family,
                             bool idempotent, bool creates);
    static EdgesRequest get(const QString &path, RouteFamily family, const QUrlQuery &query = {});
};
