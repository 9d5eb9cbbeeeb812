#pragma once

#include "core/domain/runoperationplan.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiReply;
struct ApiResult;
class EdgesClient;

// Sends one resume, continue or cancel per eligible run of a plan, a few at
// a time (the client paces them within the tier), and reports each run's
// outcome as it arrives. Nothing is sent for the runs the plan skipped.
class BulkOperationRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkOperationRunner)

public:
    struct Outcome
    {
        Run run;
        bool succeeded = false;
        // The run as the server returned it, or the server's message.
        QString message;
    };

    static constexpr int kInFlight = 4;

    BulkOperationRunner(EdgesClient *client, RunOperationPlan plan, QObject *parent = nullptr);
    ~BulkOperationRunner() override;

    const RunOperationPlan &plan() const { return m_plan; }
    void start();
    // Stops sending; runs already sent keep their outcome.
    void stop();
    bool isRunning() const { return m_started && !m_done; }
    int doneCount() const { return static_cast<int>(m_outcomes.size()); }
    const QList<Outcome> &outcomes() const { return m_outcomes; }

signals:
    void outcomeReady(const BulkOperationRunner::Outcome &outcome);
    // The server's copy of a run that changed, for the views to merge.
    void runUpdated(const Run &run);
    void finished();

private:
    void sendNext();
    void onReply(const ApiResult &result, const Run &run);
    void finishIfDone();

    QPointer<EdgesClient> m_client;
    RunOperationPlan m_plan;
    int m_next = 0;
    int m_inFlight = 0;
    bool m_started = false;
    bool m_stopped = false;
    bool m_done = false;
    QList<Outcome> m_outcomes;
    QList<QPointer<ApiReply>> m_replies;
};
