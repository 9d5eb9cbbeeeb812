#pragma once

#include "core/time/clock.h"
#include "models/client/connectionsettings.h"
#include "models/client/listparameters.h"
#include "models/export/outputexport.h"
#include "models/export/recordsexport.h"

#include <QObject>

#include <memory>

class BulkOperationRunner;
class CallbackService;
class CallbacksModel;
class ConnectionHealth;
class EdgesClient;
class IdentitiesModel;
class WorkspaceInfo;
class LaunchService;
class LiveQuery;
class LocalCache;
class QNetworkAccessManager;
class RefreshCadence;
class RunInputsModel;
class RunOutputsModel;
class RunWatcher;
class RunsModel;
class ScheduleService;
class SchedulesModel;
class Timeline;
struct EdgesRequest;
struct RunOperationPlan;

// Everything one connection needs, with one owner: the client, the local
// cache, the item models and services the window shows and acts through,
// the refresh timers, and the clock that says "now". Widgets are given a
// Session (or the parts of it they need) and never the client; switching
// connection replaces the session, so nothing mixes two servers' runs.
// Deleting it cancels every call still on its way.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    static constexpr int kRunsRefreshMs = 15000;
    static constexpr int kSchedulesRefreshMs = 60000;

    Session(QNetworkAccessManager *network, const ConnectionSettings &settings, ApiKeyProvider key,
            QObject *parent = nullptr);
    ~Session() override;

    // Transitions and last pages kept across restarts; set before the
    // models load. The session keeps it until it goes.
    void setCache(std::unique_ptr<LocalCache> cache);
    LocalCache *cache() const { return m_cache.get(); }

    // For models and services; widgets use those instead.
    EdgesClient *client() const { return m_client; }
    const ConnectionSettings &settings() const;

    Clock *clock() { return &m_clock; }
    // Whether the server answers, and when it will be asked again.
    ConnectionHealth *health() const { return m_health; }
    QDateTime now() const { return m_clock.now(); }

    RunsModel *runs() const { return m_runs; }
    RunWatcher *watcher() const { return m_watcher; }
    SchedulesModel *schedules() const { return m_schedules; }
    ScheduleService *scheduleService() const { return m_scheduleService; }
    // The run detail's inputs, outputs and callback deliveries.
    RunInputsModel *runInputs() const { return m_runInputs; }
    RunOutputsModel *runOutputs() const { return m_runOutputs; }
    CallbacksModel *runCallbacks() const { return m_runCallbacks; }
    CallbackService *callbackService() const { return m_callbackService; }
    IdentitiesModel *identities() const { return m_identities; }
    // The key's workspace, by name (loaded when asked).
    WorkspaceInfo *workspace() const { return m_workspace; }
    LaunchService *launchService() const { return m_launchService; }
    LiveQuery *liveQuery() const { return m_liveQuery; }

    // Cancel, resume or continue many runs: a runner, not started yet,
    // that belongs to `parent`.
    BulkOperationRunner *newBulkOperation(const RunOperationPlan &plan, QObject *parent);
    // Exports runs' outputs to a file: a job, not started yet, that belongs
    // to `parent`.
    OutputExport *newOutputExport(const OutputExport::Request &request, QObject *parent);
    // Every run of a list query (all pages) to a file.
    RecordsExport *newRunsListExport(const RecordsExport::Request &request,
                                     const ListParameters &query, QObject *parent);
    // Where a request goes on this connection, and the curl command that
    // sends it there.
    QUrl urlOf(const EdgesRequest &request) const;
    QString curlCommand(const EdgesRequest &request) const;

    // Steady time for the refreshes and the watcher's polls: the machine's
    // unless a test gives a manual one, which must outlive the session. Set
    // before anything is watched; the intervals under way start over.
    void setTimeline(Timeline *timeline);

    // Pausing stops the runs' refresh and the watcher's polls; resuming
    // refreshes at once (hidden: as soon as shown).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Whether anyone can see the lists: the window is on screen, not
    // minimised, not hidden in the tray. Hidden, neither list is refreshed
    // (not even to reload after a recovery) and an idle session sends
    // nothing at all; the watcher still follows active runs, so a run that
    // ends reaches the tray. Shown again, a list whose interval passed (or
    // whose reload was missed) refreshes at once. Shown by default, for a
    // session no window shows.
    void setShown(bool shown);
    bool isShown() const { return m_shown; }
    // Reloads the runs and schedules lists (each only when not loading);
    // hidden, owes them the reload until shown.
    void reload();

private:
    EdgesClient *m_client;
    std::unique_ptr<LocalCache> m_cache;
    Clock m_clock;
    ConnectionHealth *m_health;
    RunsModel *m_runs;
    RunWatcher *m_watcher;
    SchedulesModel *m_schedules;
    ScheduleService *m_scheduleService;
    RunInputsModel *m_runInputs;
    RunOutputsModel *m_runOutputs;
    CallbacksModel *m_runCallbacks;
    CallbackService *m_callbackService;
    IdentitiesModel *m_identities;
    WorkspaceInfo *m_workspace;
    LaunchService *m_launchService;
    LiveQuery *m_liveQuery;
    RefreshCadence *m_runsRefresh;
    RefreshCadence *m_schedulesRefresh;
    bool m_paused = false;
    bool m_shown = true;
};
