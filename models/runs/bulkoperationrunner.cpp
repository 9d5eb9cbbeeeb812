#include "models/runs/bulkoperationrunner.h"

#include "models/client/edgesclient.h"

#include <QJsonObject>

#include <utility>

BulkOperationRunner::BulkOperationRunner(EdgesClient *client, RunOperationPlan plan,
                                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_plan(std::move(plan))
{}

BulkOperationRunner::~BulkOperationRunner()
{
    // A cancelled call reports nothing, so nothing reports or sends from a
    // half-destroyed runner.
    m_stopped = true;
    const auto replies = std::exchange(m_replies, {});
    for (const QPointer<ApiReply> &reply : replies) {
        if (reply)
            reply->cancel();
    }
}

void BulkOperationRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    sendNext();
    finishIfDone();
}

void BulkOperationRunner::stop()
{
    m_stopped = true;
    finishIfDone();
}

void BulkOperationRunner::sendNext()
{
    while (!m_stopped && m_client && m_inFlight < kInFlight && m_next < m_plan.eligible.size()) {
        const Run run = m_plan.eligible.at(m_next++);
        ApiReply *reply = nullptr;
        switch (m_plan.operation) {
        case RunOperation::Resume:
            reply = m_client->resumeRun(run.uid);
            break;
        case RunOperation::Continue:
            reply = m_client->continueRun(run.uid);
            break;
        case RunOperation::Cancel:
            reply = m_client->cancelRun(run.uid);
            break;
        }
        ++m_inFlight;
        m_replies.removeAll(nullptr);
        m_replies.append(
            reply->then(this, [this, run](const ApiResult &result) { onReply(result, run); }));
    }
}

void BulkOperationRunner::onReply(const ApiResult &result, const Run &run)
{
    --m_inFlight;
    Outcome outcome{run, result.succeeded(), {}};
    if (outcome.succeeded) {
        const Run updated = Run::fromJson(result.json.toObject());
        if (!updated.uid.isEmpty()) {
            outcome.run = updated;
            emit runUpdated(updated);
        }
        outcome.message = tr("Now %1").arg(outcome.run.statusText);
    } else {
        outcome.message = result.error.message();
    }
    m_outcomes.append(outcome);
    emit outcomeReady(outcome);
    sendNext();
    finishIfDone();
}

void BulkOperationRunner::finishIfDone()
{
    if (m_done || !m_started || m_inFlight > 0)
        return;
    if (!m_stopped && m_next < m_plan.eligible.size())
        return;
    m_done = true;
    emit finished();
}
