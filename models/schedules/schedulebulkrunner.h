#pragma once

#include "core/domain/schedule.h"
#include "core/domain/schedulestatus.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiReply;
class EdgesClient;

// Pauses, resumes or cancels several schedules, one request after the
// other (contract 4.4 gives no bulk route), each checked against its
// status first: a schedule whose status does not allow the operation is
// reported as skipped and nothing is sent for it. Each outcome is
// reported as it arrives.
class ScheduleBulkRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleBulkRunner)

public:
    struct Outcome
    {
        enum class Kind
        {
            Done,
            Skipped,
            Failed,
        };
        Schedule schedule;
        Kind kind = Kind::Done;
        // Why it was skipped or failed.
        QString reason;
    };

    ScheduleBulkRunner(EdgesClient *client, QList<Schedule> schedules, ScheduleOperation operation,
                       QObject *parent = nullptr);
    ~ScheduleBulkRunner() override;

    // "paused", "resumed", "cancelled", "updated".
    static QString participle(ScheduleOperation operation);
    // The schedules whose status allows the operation.
    static QList<Schedule> eligible(const QList<Schedule> &schedules, ScheduleOperation operation);

    void start();
    bool isRunning() const { return m_started && !m_done; }
    bool isDone() const { return m_done; }
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    ScheduleOperation operation() const { return m_operation; }

signals:
    void outcomeReady(const ScheduleBulkRunner::Outcome &outcome);
    // The server's copy of a schedule it changed.
    void scheduleUpdated(const Schedule &schedule);
    void finished();

private:
    void sendNext();
    void report(const Outcome &outcome);

    QPointer<EdgesClient> m_client;
    QList<Schedule> m_schedules;
    ScheduleOperation m_operation;
    int m_next = 0;
    bool m_started = false;
    bool m_done = false;
    QList<Outcome> m_outcomes;
    QPointer<ApiReply> m_reply;
};
