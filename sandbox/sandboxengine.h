#pragma once

#include "sandbox/http/pagecursor.h"
#include "sandbox/sandboxoptions.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class CallbackDispatcher;
class Executor;
class FaultInjector;
class IdentityRegistry;
class QNetworkAccessManager;
class RateLimiter;
class SandboxClock;
class SandboxServer;
class SandboxStore;
class Scheduler;
class SyntheticData;

// The local Edges engine: store, clock, executor, scheduler, callback
// dispatcher and HTTP server wired together. It can be embedded (the
// dashboard, the tests: port 0) or run by runboard-sandbox's main.
// Timed work is a discrete-event loop over the store: whatever is due
// (schedule firings, run steps, callback attempts) is processed in time
// order, driven by a timer on a real clock and by advance() on a manual one.
class SandboxEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxEngine)

public:
    static std::unique_ptr<SandboxEngine> create(const SandboxOptions &options, QString *error);
    ~SandboxEngine() override;

    // Starts listening; false and a message when the address is taken.
    bool listen(QString *error);
    quint16 port() const;
    // "http://127.0.0.1:PORT/v1"
    QString baseUrl() const;
    // Every HTTP route, "METHOD /v1/runs/{uid}" and "METHOD /_sandbox/...".
    QStringList routes() const;

    const SandboxOptions &options() const { return m_options; }
    SandboxClock &clock() { return *m_clock; }
    SandboxStore &store() { return *m_store; }
    Executor &executor() { return *m_executor; }
    Scheduler &scheduler() { return *m_scheduler; }
    CallbackDispatcher &callbacks() { return *m_callbacks; }
    const SyntheticData &data() const { return *m_data; }
    RateLimiter &rateLimiter() { return *m_rateLimiter; }
    const IdentityRegistry &identities() const { return *m_identities; }
    FaultInjector &faults() { return *m_faults; }
    // Signs and checks the cursors of X-Pagination-Next.
    const PageCursor &cursors() const { return m_cursors; }

    // Manual clock: processes everything due up to now + ms, in time order,
    // moving the clock to each event as it goes. On a real clock it only
    // processes what is due now.
    void advance(qint64 milliseconds);
    // Processes whatever is due now and re-arms the timer (real clock).
    void wake();
    bool setFaults(const QString &spec, QString *error);
    void reset();
    // Fills the store with a realistic history (the admin demo call).
    void fillDemo();
    // Every /v1 request received, by route ("GET runs/{uid}/status"; the
    // method and path when no route matches), refused ones included: the
    // honest count of a client's traffic, for GET /_sandbox/requests.
    void countRequest(const QString &route) { ++m_requestCounts[route]; }
    const QHash<QString, qint64> &requestCounts() const { return m_requestCounts; }

private:
    explicit SandboxEngine(const SandboxOptions &options);
    std::optional<qint64> nextDue() const;
    void processUntil(qint64 targetMs);
    void arm();

    SandboxOptions m_options;
    std::unique_ptr<SandboxClock> m_clock;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SyntheticData> m_data;
    std::unique_ptr<IdentityRegistry> m_identities;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CallbackDispatcher> m_callbacks;
    std::unique_ptr<Executor> m_executor;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<SandboxServer> m_server;
    PageCursor m_cursors;
    QTimer m_timer;
    QHash<QString, qint64> m_requestCounts;
    bool m_processing = false;
};
