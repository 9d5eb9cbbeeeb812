#include "sandbox/scheduler.h"

#include "core/cron/cronexpression.h"
#include "core/cron/cronschedule.h"
#include "core/domain/actioncatalogue.h"
#include "core/domain/jsonfields.h"
#include "core/domain/runstatus.h"
#include "core/domain/schedulestatus.h"
#include "core/time/ianazone.h"
#include "sandbox/executor.h"
#include "sandbox/launchrequest.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/store/runrows.h"
#include "sandbox/store/sandboxstore.h"
#include "sandbox/store/schedulerows.h"
#include "sandbox/store/storejson.h"

#include <QTimeZone>

namespace {

// A run the executor still works on is "still running" for the skip rule
// of 4.5; a BLOCKED one is not, so a schedule fires past it.
bool isActiveRun(const QString &status)
{
    return Executor::isActive(runStatusFromApi(status));
}

std::optional<QString> nonEmpty(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

// The status a schedule has after computing its next execution.
QString statusFor(const std::optional<qint64> &next)
{
    return next ? QStringLiteral("ACTIVE") : QStringLiteral("COMPLETED");
}

} // namespace

Scheduler::Scheduler(SandboxStore &store, SandboxClock &clock, Executor &executor)
    : m_store(store)
    , m_clock(clock)
    , m_executor(executor)
{}

std::optional<qint64> Scheduler::nextExecution(const QString &cron, const QString &timezone,
                                               std::optional<qint64> scheduleAt, qint64 after) const
{
    if (cron.isEmpty())
        return std::max(after, scheduleAt.value_or(after));
    auto parsed = CronExpression::parse(cron);
    if (!std::holds_alternative<CronExpression>(parsed))
        return std::nullopt;
    const CronSchedule schedule(std::get<CronExpression>(std::move(parsed)),
                                QTimeZone(timezone.toUtf8()));
    // The recurrence starts no earlier than schedule_at (contract 2.4).
    qint64 from = after;
    if (scheduleAt && *scheduleAt - 1000 > from)
        from = *scheduleAt - 1000;
    const auto next = schedule.next(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC));
    if (!next)
        return std::nullopt;
    return next->toMSecsSinceEpoch();
}

QJsonObject Scheduler::create(const LaunchRequest &request, const SandboxAccount::Owner &owner)
{
    const qint64 now = m_clock.nowMs();
    ScheduleRow row;
    row.uid = m_store.newUid();
    const auto next = nextExecution(request.cron, request.timezone, request.scheduleAtMs, now);
    row.workspaceUid = owner.workspaceUid;
    row.userUid = owner.userUid;
    row.name = nonEmpty(request.name);
    row.actionId = ActionCatalogue::actionId(request.action->slug);
    row.actionName = request.action->slug;
    row.status = statusFor(next);
    row.cron = nonEmpty(request.cron);
    row.timezone = request.timezone;
    row.scheduleAt = request.scheduleAtMs;
    row.nextExecutionAt = next;
    row.config = StoreJson::text(request.toConfig());
    row.createdAt = now;
    row.updatedAt = now;
    m_store.schedules().insert(row);
    return QJsonObject{
        {QStringLiteral("schedule_uid"), row.uid},
        {QStringLiteral("status"), row.status},
        {QStringLiteral("cron"), StoreJson::schedule(row).value(QStringLiteral("cron"))},
        {QStringLiteral("timezone"), request.timezone},
        {QStringLiteral("next_execution_at"), StoreJson::time(next)},
        {QStringLiteral("created_at"), StoreJson::isoTime(now)}};
}

std::optional<qint64> Scheduler::nextDue() const
{
    return m_store.schedules().nextDue();
}

void Scheduler::processDue(qint64 nowMs)
{
    const auto schedule = m_store.schedules().firstDue(nowMs);
    if (!schedule)
        return;
    m_store.begin();
    fire(*schedule, nowMs);
    m_store.commit();
}

void Scheduler::fire(const ScheduleRow &schedule, qint64 now)
{
    const QString &uid = schedule.uid;
    const qint64 firedAt = schedule.nextExecutionAt.value_or(0);
    const QString lastRun = schedule.lastRunUid.value_or(QString());
    const auto request = LaunchRequest::fromConfig(StoreJson::json(schedule.config).toObject());

    const auto last = lastRun.isEmpty() ? std::nullopt : m_store.runs().find(lastRun);
    const bool skip = isActiveRun(last ? last->status : QString());
    QString runUid = lastRun;
    if (!skip && request) {
        if (request->isIncremental() && !lastRun.isEmpty()) {
            m_executor.startIteration(lastRun);
        } else {
            // The spawned run belongs where its schedule does.
            runUid = m_executor.createRun(*request, {schedule.workspaceUid, schedule.userUid},
                                          {uid, schedule.name.value_or(QString())});
        }
    }

    const QString cron = schedule.cron.value_or(QString());
    const auto next = cron.isEmpty() ? std::nullopt
                                     : nextExecution(cron, schedule.timezone, std::nullopt,
                                                     std::max(now, firedAt));
    m_store.schedules().recordFiring(uid, statusFor(next), next,
                                     skip ? std::nullopt : std::optional<qint64>(firedAt),
                                     nonEmpty(runUid), now);
}

ApiResponse Scheduler::manage(const QString &uid, const QString &workspaceUid,
                              const QString &action, const QJsonObject &body)
{
    static const QStringList actions = {QStringLiteral("pause"), QStringLiteral("resume"),
                                        QStringLiteral("cancel"), QStringLiteral("delete"),
                                        QStringLiteral("update")};
    if (!actions.contains(action))
        return ApiResponse::badInput(QStringLiteral("'%1' is not a schedule action; use one of %2")
                                         .arg(action, actions.join(QLatin1String(", "))));
    const auto schedule = m_store.schedules().find(uid);
    if (!schedule || schedule->workspaceUid != workspaceUid)
        return ApiResponse::notFound(QStringLiteral("schedule %1 does not exist").arg(uid));
    const QString status = schedule->status;
    const ScheduleOperations allowed = allowedOperations(scheduleStatusFromApi(status));
    const ScheduleOperation operation =
        action == QLatin1String("pause")    ? ScheduleOperation::Pause
        : action == QLatin1String("resume") ? ScheduleOperation::Resume
        : action == QLatin1String("update") ? ScheduleOperation::Update
                                            : ScheduleOperation::Cancel;
    if (!allowed.testFlag(operation))
        return ApiResponse::unprocessable(
            QStringLiteral("cannot %1 a schedule in status %2").arg(action, status));
    if (operation == ScheduleOperation::Update)
        return update(*schedule, body);
    if (!body.isEmpty())
        return ApiResponse::badInput(QStringLiteral("%1 takes no arguments; send {}").arg(action));

    const qint64 now = m_clock.nowMs();
    QString newStatus = QStringLiteral("CANCELLED");
    std::optional<qint64> next;
    if (operation == ScheduleOperation::Pause) {
        newStatus = QStringLiteral("PAUSED");
    } else if (operation == ScheduleOperation::Resume) {
        newStatus = QStringLiteral("ACTIVE");
        next = nextExecution(schedule->cron.value_or(QString()), schedule->timezone,
                             schedule->scheduleAt, now);
        if (!next)
            newStatus = QStringLiteral("COMPLETED");
    }
    m_store.schedules().setStatus(uid, newStatus, next, now);
    return ApiResponse::json(StoreJson::schedule(*m_store.schedules().find(uid)));
}

ApiResponse Scheduler::update(ScheduleRow schedule, const QJsonObject &body)
{
    QString cron = schedule.cron.value_or(QString());
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("cron")) {
            const auto parsed = CronExpression::parse(value.toString());
            if (!value.isString())
                return ApiResponse::badInput(QStringLiteral("cron must be a string"));
            if (const auto *error = std::get_if<CronError>(&parsed))
                return ApiResponse::badInput(QStringLiteral("cron: ") + error->message());
            if (!std::get<CronExpression>(parsed).canEverMatch())
                return ApiResponse::badInput(
                    QStringLiteral("cron: '%1' never fires (no such date)").arg(value.toString()));
            cron = std::get<CronExpression>(parsed).text();
        } else if (key == QLatin1String("timezone")) {
            if (!value.isString())
                return ApiResponse::badInput(QStringLiteral("timezone must be a string"));
            if (const auto error = IanaZone::check(value.toString()))
                return ApiResponse::badInput(error->message());
            schedule.timezone = value.toString();
        } else if (key == QLatin1String("name")) {
            if (!value.isNull() && (!value.isString() || value.toString().size() > 255))
                return ApiResponse::badInput(QStringLiteral("name must be a string of at most 255 "
                                                            "characters or null"));
            schedule.name = value.isNull() ? std::nullopt : std::optional(value.toString());
        } else if (key == QLatin1String("schedule_at")) {
            const QDateTime at = JsonFields::parseTimestamp(value.toString());
            if (!value.isNull() && !at.isValid())
                return ApiResponse::badInput(QStringLiteral("schedule_at must be an ISO-8601 "
                                                            "date-time or null"));
            schedule.scheduleAt =
                value.isNull() ? std::nullopt : std::optional(at.toMSecsSinceEpoch());
        } else {
            return ApiResponse::badInput(
                QStringLiteral("update: unknown property '%1'; allowed: cron, timezone, name, "
                               "schedule_at")
                    .arg(key));
        }
    }
    const qint64 now = m_clock.nowMs();
    const bool active = schedule.status == QLatin1String("ACTIVE");
    const auto next = nextExecution(cron, schedule.timezone, schedule.scheduleAt, now);
    schedule.cron = nonEmpty(cron);
    schedule.nextExecutionAt = active ? next : std::nullopt;
    if (active)
        schedule.status = statusFor(next);
    m_store.schedules().saveEdit(schedule, now);
    return ApiResponse::json(StoreJson::schedule(*m_store.schedules().find(schedule.uid)));
}
