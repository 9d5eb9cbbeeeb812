#include "models/session/session.h"

#include "core/domain/runoperationplan.h"
#include "models/cache/localcache.h"
#include "models/callbacks/callbackservice.h"
#include "models/callbacks/callbacksmodel.h"
#include "models/client/curlcommand.h"
#include "models/client/edgesclient.h"
#include "models/export/runslistexport.h"
#include "models/identities/identitiesmodel.h"
#include "models/inputs/runinputsmodel.h"
#include "models/launch/launchservice.h"
#include "models/live/livequery.h"
#include "models/outputs/runoutputsmodel.h"
#include "models/runs/bulkoperationrunner.h"
#include "models/runs/runsmodel.h"
#include "models/runs/runwatcher.h"
#include "models/schedules/scheduleservice.h"
#include "models/schedules/schedulesmodel.h"
#include "models/session/connectionhealth.h"
#include "models/session/refreshcadence.h"
#include "models/session/workspaceinfo.h"

Session::Session(QNetworkAccessManager *network, const ConnectionSettings &settings,
                 ApiKeyProvider key, QObject *parent)
    : QObject(parent)
    , m_client(new EdgesClient(network, settings, std::move(key), this))
    , m_health(new ConnectionHealth(&m_clock, this))
    , m_runs(new RunsModel(m_client, this))
    , m_watcher(new RunWatcher(m_client, this))
    , m_schedules(new SchedulesModel(m_client, this))
    , m_scheduleService(new ScheduleService(m_client, this))
    , m_runInputs(new RunInputsModel(m_client, this))
    , m_runOutputs(new RunOutputsModel(m_client, this))
    , m_runCallbacks(new CallbacksModel(m_client, this))
    , m_callbackService(new CallbackService(m_client, this))
    , m_identities(new IdentitiesModel(m_client, this))
    , m_workspace(new WorkspaceInfo(m_client, this))
    , m_launchService(new LaunchService(m_client, this))
    , m_liveQuery(new LiveQuery(m_client, this))
    , m_runsRefresh(new RefreshCadence(
          kRunsRefreshMs, [this] { m_runs->refresh(); }, this))
    , m_schedulesRefresh(new RefreshCadence(
          kSchedulesRefreshMs,
          [this] {
              if (!m_schedules->isLoading())
                  m_schedules->refresh();
          },
          this))
{
    m_watcher->setClock(&m_clock);
    // Followed runs change in the table as the watcher sees them.
    connect(m_watcher, &RunWatcher::runChanged, m_runs, &RunsModel::updateRun);
    // Another filter shows other runs: the old ones need no more polling.
    connect(m_runs, &QAbstractItemModel::modelAboutToBeReset, m_watcher, &RunWatcher::unwatchAll);

    connect(m_client, &EdgesClient::attemptEnded, m_health, &ConnectionHealth::observe);
    // While the server does not answer, the health's probes reload what the
    // window shows; the first good answer reloads the rest.
    connect(m_health, &ConnectionHealth::probeRequested, this, &Session::reload);
    connect(m_health, &ConnectionHealth::recovered, this, &Session::reload);
}

Session::~Session()
{
    // The models and services go first, while the client they cancel their
    // calls through, the cache they write to and the clock they read are
    // all still there (members would go before QObject deletes children).
    const QList<QObject *> children = this->children();
    for (QObject *child : children) {
        if (child != m_client)
            delete child;
    }
}

const ConnectionSettings &Session::settings() const
{
    return m_client->settings();
}

void Session::setCache(std::unique_ptr<LocalCache> cache)
{
    m_cache = std::move(cache);
    LocalCache *raw = m_cache.get();
    m_runs->setCache(raw);
    m_watcher->setCache(raw);
    m_schedules->setCache(raw);
}

BulkOperationRunner *Session::newBulkOperation(const RunOperationPlan &plan, QObject *parent)
{
    return new BulkOperationRunner(m_client, plan, parent);
}

OutputExport *Session::newOutputExport(const OutputExport::Request &request, QObject *parent)
{
    return new OutputExport(m_client, request, parent);
}

RecordsExport *Session::newRunsListExport(const RecordsExport::Request &request,
                                          const ListParameters &query, QObject *parent)
{
    return new RunsListExport(m_client, request, query, parent);
}

QUrl Session::urlOf(const EdgesRequest &request) const
{
    return m_client->urlOf(request);
}

QString Session::curlCommand(const EdgesRequest &request) const
{
    return CurlCommand::build(request, m_client->urlOf(request));
}

void Session::setTimeline(Timeline *timeline)
{
    m_runsRefresh->setTimeline(timeline);
    m_schedulesRefresh->setTimeline(timeline);
    m_watcher->setTimeline(timeline);
}

void Session::reload()
{
    // Nobody would see the fresh lists: the first look gets them instead.
    if (!m_shown) {
        m_runsRefresh->owe();
        m_schedulesRefresh->owe();
        return;
    }
    // Even paused: a reload is the user's or the recovery's, not the clock's.
    m_runsRefresh->refreshNow();
    m_schedulesRefresh->refreshNow();
}

void Session::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    m_watcher->setPaused(paused);
    if (!paused)
        m_runsRefresh->owe();
    m_runsRefresh->setEnabled(m_shown && !m_paused);
}

void Session::setShown(bool shown)
{
    if (m_shown == shown)
        return;
    m_shown = shown;
    m_runsRefresh->setEnabled(m_shown && !m_paused);
    m_schedulesRefresh->setEnabled(m_shown);
}
