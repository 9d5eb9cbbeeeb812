#include "models/schedules/schedulebulkrunner.h"

#include "models/client/apireply.h"
#include "models/client/edgesclient.h"
#include "models/schedules/scheduleservice.h"

ScheduleBulkRunner::ScheduleBulkRunner(EdgesClient *client, QList<Schedule> schedules,
                                       ScheduleOperation operation, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_schedules(std::move(schedules))
    , m_operation(operation)
{}

ScheduleBulkRunner::~ScheduleBulkRunner()
{
    if (m_reply)
        m_reply->cancel();
}

QString ScheduleBulkRunner::participle(ScheduleOperation operation)
{
    switch (operation) {
    case ScheduleOperation::Pause:
        return tr("paused");
    case ScheduleOperation::Resume:
        return tr("resumed");
    case ScheduleOperation::Cancel:
        return tr("cancelled");
    case ScheduleOperation::Update:
        return tr("updated");
    }
    return {};
}

QList<Schedule> ScheduleBulkRunner::eligible(const QList<Schedule> &schedules,
                                             ScheduleOperation operation)
{
    QList<Schedule> allowed;
    for (const Schedule &schedule : schedules) {
        if (allowedOperations(schedule.status).testFlag(operation))
            allowed.append(schedule);
    }
    return allowed;
}

void ScheduleBulkRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    sendNext();
}

void ScheduleBulkRunner::report(const Outcome &outcome)
{
    m_outcomes.append(outcome);
    emit outcomeReady(outcome);
}

void ScheduleBulkRunner::sendNext()
{
    while (m_next < m_schedules.size()) {
        const Schedule schedule = m_schedules.at(m_next++);
        if (!allowedOperations(schedule.status).testFlag(m_operation)) {
            report({schedule, Outcome::Kind::Skipped,
                    tr("it is %1, which cannot be %2")
                        .arg(QString(toApiString(schedule.status)), participle(m_operation))});
            continue;
        }
        if (!m_client) {
            report({schedule, Outcome::Kind::Failed, tr("not connected")});
            continue;
        }
        m_reply = m_client->manageSchedule(schedule.uid, ScheduleService::apiName(m_operation), {})
                      ->then(this, [this, schedule](const ApiResult &result) {
                          m_reply = nullptr;
                          if (result.succeeded()) {
                              const Schedule updated = Schedule::fromJson(result.json.toObject());
                              emit scheduleUpdated(updated);
                              report({updated, Outcome::Kind::Done, {}});
                          } else {
                              report({schedule, Outcome::Kind::Failed,
                                      ScheduleService::explain(result.error)});
                          }
                          sendNext();
                      });
        return;
    }
    m_done = true;
    emit finished();
}
