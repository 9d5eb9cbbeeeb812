#include "models/runs/runwatcher.h"

#include "core/domain/jsonfields.h"
#include "core/time/timeline.h"
#include "models/cache/localcache.h"
#include "models/client/edgesclient.h"

#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <utility>

RunWatcher::RunWatcher(EdgesClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &Timer::timeout, this, &RunWatcher::pollDue);
}

RunWatcher::~RunWatcher()
{
    for (const QPointer<ApiReply> &reply : std::as_const(m_inFlight)) {
        if (reply)
            reply->cancel();
    }
}

void RunWatcher::watch(const Run &run)
{
    if (run.uid.isEmpty())
        return;
    record(run.uid, run.statusText);
    if (isTerminal(run.status)) {
        unwatch(run.uid);
        return;
    }
    if (m_watched.contains(run.uid))
        return;
    m_watched.insert(run.uid,
                     {run.statusText, m_intervals.initialMs, steadyMs() + m_intervals.initialMs});
    schedule();
}

void RunWatcher::setTimeline(Timeline *timeline)
{
    // Due times move to the new timeline, each as far ahead as it was.
    const qint64 before = steadyMs();
    m_timer.setTimeline(timeline);
    const qint64 shift = steadyMs() - before;
    for (Watched &watched : m_watched)
        watched.dueAt += shift;
    schedule();
}

void RunWatcher::unwatch(const QString &uid)
{
    m_watched.remove(uid);
    if (const QPointer<ApiReply> reply = m_inFlight.take(uid); reply)
        reply->cancel();
    schedule();
}

void RunWatcher::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused) {
        // Taken first: a cancelled reply finishes at once and its handler
        // must not find itself still in flight.
        const auto inFlight = std::exchange(m_inFlight, {});
        for (const QPointer<ApiReply> &reply : inFlight) {
            if (reply)
                reply->cancel();
        }
        m_timer.stop();
        return;
    }
    // Resuming polls everything at once: the pause may have been long.
    const qint64 now = steadyMs();
    for (Watched &watched : m_watched) {
        watched.intervalMs = m_intervals.initialMs;
        watched.dueAt = now;
    }
    schedule();
}

void RunWatcher::unwatchAll()
{
    const QStringList uids = m_watched.keys();
    for (const QString &uid : uids)
        unwatch(uid);
}

QList<StatusTransition> RunWatcher::transitions(const QString &uid) const
{
    return m_cache ? m_cache->transitions(uid) : m_transitions.value(uid);
}

QHash<QString, QList<StatusTransition>> RunWatcher::transitions(const QStringList &uids) const
{
    if (m_cache)
        return m_cache->transitions(uids);
    QHash<QString, QList<StatusTransition>> found;
    for (const QString &uid : uids) {
        if (const auto it = m_transitions.constFind(uid); it != m_transitions.cend())
            found.insert(uid, *it);
    }
    return found;
}

void RunWatcher::record(const QString &uid, const QString &statusText)
{
    QList<StatusTransition> &list = m_transitions[uid];
    if (list.isEmpty() && m_cache) {
        // Seen in an earlier session: carry on from what was recorded.
        const QList<StatusTransition> earlier = m_cache->transitions(uid);
        if (!earlier.isEmpty())
            list.append(earlier.last());
    }
    if (!list.isEmpty() && list.last().statusText == statusText)
        return;
    StatusTransition transition{uid, runStatusFromApi(statusText), statusText, m_now->now()};
    list.append(transition);
    if (m_cache)
        m_cache->recordTransition(transition);
    emit transitionObserved(transition);
}

qint64 RunWatcher::steadyMs() const
{
    return m_timer.timeline()->elapsedMs();
}

void RunWatcher::schedule()
{
    if (m_paused) {
        m_timer.stop();
        return;
    }
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
        if (!m_inFlight.contains(it.key()))
            earliest = std::min(earliest, it->dueAt);
    }
    if (earliest == std::numeric_limits<qint64>::max()) {
        m_timer.stop();
        return;
    }
    m_timer.start(static_cast<int>(std::max<qint64>(0, earliest - steadyMs())));
}

void RunWatcher::pollDue()
{
    if (!m_client)
        return;
    const qint64 now = steadyMs();
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
        if (it->dueAt > now || m_inFlight.contains(it.key()))
            continue;
        const QString uid = it.key();
        // A superseded call is cancelled, so only the one in flight answers.
        m_inFlight.insert(uid, m_client->runStatus(uid)->then(
                                   this, [this, uid](const ApiResult &r) { onStatus(r, uid); }));
    }
    schedule();
}

void RunWatcher::onStatus(const ApiResult &result, const QString &uid)
{
    m_inFlight.remove(uid);
    auto watched = m_watched.find(uid);
    if (watched == m_watched.end())
        return;
    if (result.error.kind == ApiError::Kind::Http && result.httpStatus == 404) {
        // The run is gone (90-day retention, or a reset sandbox).
        m_watched.erase(watched);
        schedule();
        return;
    }
    // A reply without a readable status tells nothing: not a change.
    QString statusText = JsonFields::string(result.json.toObject(), QLatin1String("status"));
    if (!result.succeeded() || statusText.isEmpty())
        statusText = watched->statusText;
    if (result.succeeded() && statusText != watched->statusText) {
        // Moving again: look often. Fetch the whole run for the news.
        watched->statusText = statusText;
        watched->intervalMs = m_intervals.initialMs;
        record(uid, statusText);
        m_inFlight.insert(uid, m_client->getRun(uid)->then(
                                   this, [this, uid](const ApiResult &r) { onRun(r, uid); }));
    } else {
        watched->intervalMs = std::min(m_intervals.maximumMs,
                                       static_cast<int>(watched->intervalMs * m_intervals.growth));
    }
    watched->dueAt = steadyMs() + watched->intervalMs;
    schedule();
}

void RunWatcher::onRun(const ApiResult &result, const QString &uid)
{
    m_inFlight.remove(uid);
    if (!result.succeeded()) {
        schedule();
        return;
    }
    const Run run = Run::fromJson(result.json.toObject());
    emit runChanged(run);
    if (isTerminal(run.status)) {
        m_watched.remove(uid);
        emit runFinished(run);
    }
    schedule();
}
