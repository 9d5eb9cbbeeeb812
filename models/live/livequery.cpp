#include "models/live/livequery.h"

#include "models/client/apireply.h"
#include "models/client/edgesclient.h"
#include "models/client/edgesroutes.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <utility>

namespace {

// A status line counts down in whole seconds; a quarter second keeps it
// from lagging visibly.
constexpr int kTickMs = 250;

} // namespace

LiveQuery::LiveQuery(EdgesClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_pacing.setSingleShot(true);
    // The pause between live calls is a minimum, which a coarse timer
    // could cut short by 5%.
    m_pacing.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(kTickMs);
    connect(&m_pacing, &QTimer::timeout, this, &LiveQuery::send);
    connect(&m_tick, &QTimer::timeout, this, &LiveQuery::progressChanged);
}

LiveQuery::~LiveQuery()
{
    m_pacing.stop();
    m_tick.stop();
    // Its answer must not reach a query that is going away.
    if (m_pending)
        m_pending->cancel();
}

bool LiveQuery::isBusy() const
{
    return m_pacing.isActive() || !m_pending.isNull();
}

void LiveQuery::setPacing(int minMs, int maxMs)
{
    m_pacingMinMs = std::max(0, minMs);
    m_pacingMaxMs = std::max(m_pacingMinMs, maxMs);
    if (m_gapMs > m_pacingMaxMs)
        m_gapMs = m_pacingMaxMs;
}

LiveQuery::Progress LiveQuery::progress() const
{
    Progress progress;
    if (m_pacing.isActive()) {
        progress.stage = Stage::Pausing;
        progress.remainingMs = m_pacing.remainingTime();
        return progress;
    }
    if (!m_pending)
        return progress;
    const int attempts = m_pending->attempts();
    progress.allowedAttempts = m_client->settings().maxRetries + 1;
    // The client waits out a 429 on a timer of the reply's own; while it
    // runs, the previous attempt was refused.
    const QTimer *retry = nullptr;
    const QList<QTimer *> timers =
        m_pending->findChildren<QTimer *>(QString(), Qt::FindDirectChildrenOnly);
    for (const QTimer *timer : timers) {
        if (timer->isActive())
            retry = timer;
    }
    if (retry && attempts > 0) {
        progress.stage = Stage::RetryWait;
        progress.attempt = attempts + 1;
        progress.remainingMs = retry->remainingTime();
    } else if (attempts == 0) {
        progress.stage = Stage::Queued;
    } else {
        progress.stage = Stage::Waiting;
        progress.attempt = attempts;
    }
    return progress;
}

std::optional<EdgesRequest> LiveQuery::lastRequest() const
{
    return m_request;
}

EdgesRequest LiveQuery::firstPageRequest(const QString &slug, const QJsonObject &body)
{
    return EdgesRoutes::runLive(slug, body);
}

EdgesRequest LiveQuery::requestFor(Call call, const QString &slug, const QJsonObject &body) const
{
    return call == Call::Next ? EdgesRoutes::runLiveNext(m_next, body)
                              : EdgesRoutes::runLive(slug, body);
}

void LiveQuery::run(const QString &slug, const QJsonObject &body)
{
    if (isBusy())
        return;
    m_pages = 0;
    m_next.clear();
    m_callAction = slug;
    m_callBody = body;
    start(Call::First);
}

void LiveQuery::nextPage()
{
    if (isBusy() || m_next.isEmpty())
        return;
    start(Call::Next);
}

void LiveQuery::fetchPages(int pages)
{
    if (isBusy() || m_next.isEmpty() || m_walking)
        return;
    m_walking = true;
    m_walkLeft = pages > 0 ? pages - 1 : -1;
    emit walkingChanged(true);
    start(Call::Next);
}

void LiveQuery::start(Call call)
{
    m_call = call;
    m_request = requestFor(call, m_callAction, m_callBody);
    emit callStarted(*m_request, m_callBody);
    // Contract 1.7: live calls one after another, with a random pause.
    const qint64 wait = m_sinceLastCall.isValid() ? m_gapMs - m_sinceLastCall.elapsed() : 0;
    if (wait > 0)
        m_pacing.start(static_cast<int>(wait));
    else
        send();
    m_tick.start();
    emit busyChanged(true);
}

void LiveQuery::send()
{
    ApiReply *reply = m_call == Call::Next ? m_client->runLiveNext(m_next, m_callBody)
                                           : m_client->runLive(m_callAction, m_callBody);
    m_pending = reply->then(this, [this](const ApiResult &result) { onFinished(result); });
    emit progressChanged();
}

void LiveQuery::onFinished(const ApiResult &result)
{
    m_pending = nullptr;
    m_tick.stop();
    m_sinceLastCall.start();
    m_gapMs = m_pacingMaxMs > m_pacingMinMs ? static_cast<int>(QRandomGenerator::global()->bounded(
                                                  m_pacingMinMs, m_pacingMaxMs + 1))
                                            : m_pacingMinMs;
    if (result.succeeded()) {
        m_next = result.nextPage;
        ++m_pages;
    }
    emit callFinished(result);
    emit busyChanged(false);
    if (!m_walking)
        return;
    if (result.succeeded() && !m_next.isEmpty() && m_walkLeft != 0) {
        if (m_walkLeft > 0)
            --m_walkLeft;
        start(Call::Next);
        return;
    }
    m_walking = false;
    emit walkingChanged(false);
}

void LiveQuery::cancel()
{
    if (std::exchange(m_walking, false))
        emit walkingChanged(false);
    if (m_pacing.isActive()) {
        m_pacing.stop();
        m_tick.stop();
        emit cancelledBeforeSending();
        emit busyChanged(false);
        return;
    }
    // A cancelled call reports nothing by itself; the page still hears
    // that this one ended.
    if (ApiReply *pending = m_pending) {
        pending->cancel();
        onFinished(pending->result());
    }
}
