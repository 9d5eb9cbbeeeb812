#include "sandbox/sandboxengine.h"

#include "sandbox/callbackdispatcher.h"
#include "sandbox/demohistory.h"
#include "sandbox/executor.h"
#include "sandbox/faultinjector.h"
#include "sandbox/http/sandboxserver.h"
#include "sandbox/identityregistry.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/scheduler.h"
#include "sandbox/store/runrows.h"
#include "sandbox/store/sandboxstore.h"
#include "sandbox/syntheticdata.h"

#include <QDateTime>
#include <QNetworkAccessManager>

#include <algorithm>

namespace {

// A real-clock timer never waits longer than this, so a scaled clock that
// drifts from the timer's idea of time is caught up with regularly.
constexpr qint64 kMaxTimerMs = 60000;
// A guard against an event that keeps itself due forever.
constexpr int kMaxEventsPerPass = 2000000;

} // namespace

SandboxEngine::SandboxEngine(const SandboxOptions &options)
    : m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SandboxEngine::wake);
}

SandboxEngine::~SandboxEngine()
{
    m_timer.stop();
    // The server goes first so no request reaches a half-destroyed engine.
    m_server.reset();
}

std::unique_ptr<SandboxEngine> SandboxEngine::create(const SandboxOptions &options, QString *error)
{
    const auto tier = RateLimiter::tier(options.tier);
    if (!tier) {
        *error = QStringLiteral("--tier: '%1' is not a known tier").arg(options.tier);
        return nullptr;
    }
    QString faultError;
    auto faults = FaultInjector::parse(options.faults, options.seed, &faultError);
    if (!faults) {
        *error = faultError;
        return nullptr;
    }

    std::unique_ptr<SandboxEngine> engine(new SandboxEngine(options));
    const qint64 start = options.clockStartMs.value_or(QDateTime::currentMSecsSinceEpoch());
    engine->m_clock = std::make_unique<SandboxClock>(options.clockMode, start, options.timeScale);
    const QString path = options.databasePath.isEmpty() ? SandboxOptions::defaultDatabasePath()
                                                        : options.databasePath;
    engine->m_store = SandboxStore::open(path, options.seed, error);
    if (!engine->m_store)
        return nullptr;
    engine->m_data = std::make_unique<SyntheticData>(options.seed);
    engine->m_identities = std::make_unique<IdentityRegistry>(*engine->m_store);
    engine->m_identities->ensureBuiltIns();
    engine->m_network = std::make_unique<QNetworkAccessManager>();
    engine->m_callbacks = std::make_unique<CallbackDispatcher>(
        *engine->m_store, *engine->m_clock, *engine->m_network,
        CallbackDispatcher::Settings{options.callbackRetryDelaysMs, options.callbackTimeoutMs, 3});
    Executor::Settings settings;
    settings.concurrency = options.concurrency > 0 ? options.concurrency : tier->concurrency;
    settings.pageDurationMs = options.pageDurationMs;
    engine->m_executor = std::make_unique<Executor>(
        *engine->m_store, *engine->m_clock, *engine->m_data, *engine->m_callbacks, settings);
    engine->m_scheduler =
        std::make_unique<Scheduler>(*engine->m_store, *engine->m_clock, *engine->m_executor);
    engine->m_rateLimiter = std::make_unique<RateLimiter>(*tier);
    engine->m_faults = std::make_unique<FaultInjector>(std::move(*faults));
    engine->m_server = std::make_unique<SandboxServer>(*engine);

    engine->m_executor->recoverAfterRestart();
    engine->m_callbacks->recoverAfterRestart();
    connect(engine->m_callbacks.get(), &CallbackDispatcher::deliveryFinished, engine.get(),
            &SandboxEngine::arm);
    // The demo's second workspace answers to its key on every start, not
    // only on the one that filled the store.
    if (options.demo)
        engine->m_options.addKey(SandboxAccount::demoKey(), SandboxAccount::demoWorkspace().name);
    if (options.demo && engine->m_store->runs().count() == 0)
        engine->fillDemo();
    engine->arm();
    return engine;
}

bool SandboxEngine::listen(QString *error)
{
    return m_server->start(m_options.address, m_options.port, error);
}

quint16 SandboxEngine::port() const
{
    return m_server->port();
}

QStringList SandboxEngine::routes() const
{
    return m_server->routes();
}

QString SandboxEngine::baseUrl() const
{
    QString host = m_options.address.toString();
    if (m_options.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("http://%1:%2/v1").arg(host).arg(port());
}

std::optional<qint64> SandboxEngine::nextDue() const
{
    std::optional<qint64> due;
    for (const auto candidate :
         {m_scheduler->nextDue(), m_executor->nextDue(), m_callbacks->nextDue()}) {
        if (candidate && (!due || *candidate < *due))
            due = candidate;
    }
    return due;
}

void SandboxEngine::processUntil(qint64 targetMs)
{
    if (m_processing)
        return;
    m_processing = true;
    const bool manual = m_clock->mode() == SandboxClock::Mode::Manual;
    for (int i = 0; i < kMaxEventsPerPass; ++i) {
        const auto schedules = m_scheduler->nextDue();
        const auto runs = m_executor->nextDue();
        const auto callbacks = m_callbacks->nextDue();
        std::optional<qint64> due;
        for (const auto candidate : {schedules, runs, callbacks}) {
            if (candidate && (!due || *candidate < *due))
                due = candidate;
        }
        if (!due || *due > targetMs)
            break;
        if (manual)
            m_clock->setNowMs(*due);
        const qint64 now = m_clock->nowMs();
        // On ties schedules fire first (their runs may then start at once),
        // then runs step, then callbacks go out.
        if (schedules == due)
            m_scheduler->processDue(now);
        else if (runs == due)
            m_executor->processDue(now);
        else
            m_callbacks->processDue(now);
    }
    if (manual)
        m_clock->setNowMs(targetMs);
    m_processing = false;
}

void SandboxEngine::advance(qint64 milliseconds)
{
    if (m_clock->mode() == SandboxClock::Mode::Manual)
        processUntil(m_clock->nowMs() + std::max<qint64>(0, milliseconds));
    else
        wake();
}

void SandboxEngine::wake()
{
    if (m_clock->mode() == SandboxClock::Mode::Real)
        processUntil(m_clock->nowMs());
    arm();
}

void SandboxEngine::arm()
{
    if (m_clock->mode() != SandboxClock::Mode::Real)
        return;
    const auto due = nextDue();
    if (!due) {
        m_timer.stop();
        return;
    }
    m_timer.start(static_cast<int>(std::min(kMaxTimerMs, m_clock->realDelayUntil(*due))));
}

bool SandboxEngine::setFaults(const QString &spec, QString *error)
{
    auto faults = FaultInjector::parse(spec, m_options.seed, error);
    if (!faults)
        return false;
    *m_faults = std::move(*faults);
    return true;
}

void SandboxEngine::reset()
{
    m_store->reset();
    m_identities->ensureBuiltIns();
    arm();
}

void SandboxEngine::fillDemo()
{
    m_options.addKey(SandboxAccount::demoKey(), SandboxAccount::demoWorkspace().name);
    DemoHistory(*m_store, *m_clock, *m_data).fill();
    arm();
}
