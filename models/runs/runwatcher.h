#pragma once

#include "core/domain/run.h"
#include "core/domain/statustransition.h"
#include "core/time/clock.h"
#include "core/time/timer.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiReply;
struct ApiResult;
class EdgesClient;
class LocalCache;
class Timeline;

// Follows runs that are not finished through the light status route
// (GET /runs/{uid}/status, contract 3.4): each run is polled on its own
// interval, which grows while nothing changes and snaps back when the
// status moves; the full run is fetched only after a change. Terminal
// runs drop out, and with nothing to follow nothing is polled.
class RunWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWatcher)

public:
    struct Intervals
    {
        int initialMs = 2000;
        int maximumMs = 60000;
        double growth = 1.5;
    };

    explicit RunWatcher(EdgesClient *client, QObject *parent = nullptr);
    ~RunWatcher() override;

    void setIntervals(const Intervals &intervals) { m_intervals = intervals; }
    // With a cache every transition is kept across sessions, and
    // transitions() answers from it.
    void setCache(LocalCache *cache) { m_cache = cache; }
    // What stamps the transitions it observes; the machine's by default.
    void setClock(const Clock *clock) { m_now = clock ? clock : &Clock::system(); }
    // What polls are timed on; the machine's steady time by default.
    void setTimeline(Timeline *timeline);
    // Starts following a run unless it is terminal; records its status.
    void watch(const Run &run);
    void unwatch(const QString &uid);
    bool isWatching(const QString &uid) const { return m_watched.contains(uid); }
    int watchedCount() const { return static_cast<int>(m_watched.size()); }
    bool isPolling() const { return m_timer.isActive() || !m_inFlight.isEmpty(); }
    // Paused: nothing is polled until resumed; the watched runs are kept.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Stops following every run (the view now shows other runs); the
    // transitions seen so far are kept.
    void unwatchAll();
    QList<StatusTransition> transitions(const QString &uid) const;
    // The same for many runs at once; runs with none are absent.
    QHash<QString, QList<StatusTransition>> transitions(const QStringList &uids) const;

signals:
    // The full run after its status changed (or its last poll showed news).
    void runChanged(const Run &run);
    void transitionObserved(const StatusTransition &transition);
    void runFinished(const Run &run);

private:
    struct Watched
    {
        QString statusText;
        int intervalMs = 0;
        qint64 dueAt = 0;
    };

    qint64 steadyMs() const;
    void schedule();
    void pollDue();
    void onStatus(const ApiResult &result, const QString &uid);
    void onRun(const ApiResult &result, const QString &uid);
    void record(const QString &uid, const QString &statusText);

    QPointer<EdgesClient> m_client;
    LocalCache *m_cache = nullptr;
    Intervals m_intervals;
    QHash<QString, Watched> m_watched;
    QHash<QString, QPointer<ApiReply>> m_inFlight;
    QHash<QString, QList<StatusTransition>> m_transitions;
    // When polls are due: steady time, whatever "now" says.
    Timer m_timer;
    const Clock *m_now = &Clock::system();
    bool m_paused = false;
};
