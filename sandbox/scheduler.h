#pragma once

#include "sandbox/http/apiresponse.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/store/schedulerow.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class Executor;
class SandboxClock;
class SandboxStore;
struct LaunchRequest;

// Schedules (contract sections 2.4 and 4): cron expressions read in an
// IANA zone through the core cron engine, or one-shot times. Each firing
// spawns a run, or starts the next iteration of an incremental schedule's
// run; a firing is skipped while the previous run is still going.
class Scheduler final
{
public:
    Scheduler(SandboxStore &store, SandboxClock &clock, Executor &executor);

    // Stores a schedule and answers the 2.4 creation response.
    QJsonObject create(const LaunchRequest &request, const SandboxAccount::Owner &owner);

    std::optional<qint64> nextDue() const;
    void processDue(qint64 nowMs);

    // POST /schedules/{uid}/{action} (section 4.4) by a member of
    // `workspaceUid`: another workspace's schedule is not found.
    ApiResponse manage(const QString &uid, const QString &workspaceUid, const QString &action,
                       const QJsonObject &body);

private:
    std::optional<qint64> nextExecution(const QString &cron, const QString &timezone,
                                        std::optional<qint64> scheduleAt, qint64 after) const;
    void fire(const ScheduleRow &schedule, qint64 now);
    ApiResponse update(ScheduleRow schedule, const QJsonObject &body);

    SandboxStore &m_store;
    SandboxClock &m_clock;
    Executor &m_executor;
};
