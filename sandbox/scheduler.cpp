#include "sandbox/scheduler.h"

#include "core/cron/cronexpression.h"
#include "core/cron/cronschedule.h"
#include "core/domain/actioncatalogue.h"
#include "core/domain/jsonfields.h"
#include "core/domain/runstatus.h"
#include "core/domain/schedulestatus.h"
#include "sandbox/executor.h"
#include "sandbox/launchrequest.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/store/sandboxstore.h"
#include "sandbox/store/storejson.h"

#include <QTimeZone>

namespace {

// A run the executor still works on is "still running" for the skip rule
// of 4.5; a BLOCKED one is not, so a schedule fires past it.
bool isActiveRun(const QString &status)
{
    return Executor::isActive(runStatusFromApi(status));
}

QVariant optionalTime(std::optional<qint64> ms)
{
    return ms ? QVariant(*ms) : QVariant();
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

QJsonObject Scheduler::create(const LaunchRequest &request, const QString &userUid)
{
    const qint64 now = m_clock.nowMs();
    const QString uid = m_store.newUid();
    const auto next = nextExecution(request.cron, request.timezone, request.scheduleAtMs, now);
    m_store.exec(
        QStringLiteral("INSERT INTO schedules(uid, workspace_uid, user_uid, name, action_id, "
                       "action_name, status, cron, timezone, schedule_at, "
                       "next_execution_at, config, created_at, updated_at) VALUES(?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {uid, SandboxAccount::workspaceUid(), userUid,
         request.name.isEmpty() ? QVariant() : request.name,
         ActionCatalogue::actionId(request.action->slug), request.action->slug,
         next ? QStringLiteral("ACTIVE") : QStringLiteral("COMPLETED"),
         request.cron.isEmpty() ? QVariant() : request.cron, request.timezone,
         optionalTime(request.scheduleAtMs), optionalTime(next),
         StoreJson::text(request.toConfig()), now, now});
    const QSqlRecord row =
        *m_store.row(QStringLiteral("SELECT * FROM schedules WHERE uid = ?"), {uid});
    return QJsonObject{
        {QStringLiteral("schedule_uid"), uid},
        {QStringLiteral("status"), row.value(QStringLiteral("status")).toString()},
        {QStringLiteral("cron"), StoreJson::schedule(row).value(QStringLiteral("cron"))},
        {QStringLiteral("timezone"), request.timezone},
        {QStringLiteral("next_execution_at"), StoreJson::time(optionalTime(next))},
        {QStringLiteral("created_at"), StoreJson::isoTime(now)}};
}

std::optional<qint64> Scheduler::nextDue() const
{
    const QVariant due = m_store.scalar(
        QStringLiteral("SELECT MIN(next_execution_at) FROM schedules WHERE status = 'ACTIVE'"));
    if (due.isNull())
        return std::nullopt;
    return due.toLongLong();
}

void Scheduler::processDue(qint64 nowMs)
{
    const auto schedule = m_store.row(QStringLiteral("SELECT * FROM schedules WHERE status = "
                                                     "'ACTIVE' AND next_execution_at <= ? ORDER BY "
                                                     "next_execution_at, id LIMIT 1"),
                                      {nowMs});
    if (!schedule)
        return;
    m_store.begin();
    fire(*schedule, nowMs);
    m_store.commit();
}

void Scheduler::fire(const QSqlRecord &schedule, qint64 now)
{
    const QString uid = schedule.value(QStringLiteral("uid")).toString();
    const qint64 firedAt = schedule.value(QStringLiteral("next_execution_at")).toLongLong();
    const QString lastRun = schedule.value(QStringLiteral("last_run_uid")).toString();
    const auto request = LaunchRequest::fromConfig(
        StoreJson::json(schedule.value(QStringLiteral("config"))).toObject());

    const QString lastStatus =
        lastRun.isEmpty()
            ? QString()
            : m_store.scalar(QStringLiteral("SELECT status FROM runs WHERE uid = ?"), {lastRun})
                  .toString();
    const bool skip = isActiveRun(lastStatus);
    QString runUid = lastRun;
    if (!skip && request) {
        if (request->isIncremental() && !lastRun.isEmpty()) {
            m_executor.startIteration(lastRun);
        } else {
            runUid = m_executor.createRun(*request,
                                          schedule.value(QStringLiteral("user_uid")).toString(),
                                          {uid, schedule.value(QStringLiteral("name")).toString()});
        }
    }

    const QString cron = schedule.value(QStringLiteral("cron")).toString();
    const auto next =
        cron.isEmpty() ? std::nullopt
                       : nextExecution(cron, schedule.value(QStringLiteral("timezone")).toString(),
                                       std::nullopt, std::max(now, firedAt));
    m_store.exec(
        QStringLiteral("UPDATE schedules SET status = ?, next_execution_at = ?, "
                       "last_executed_at = COALESCE(?, last_executed_at), last_run_uid = ?, "
                       "updated_at = ? WHERE uid = ?"),
        {next ? QStringLiteral("ACTIVE") : QStringLiteral("COMPLETED"), optionalTime(next),
         skip ? QVariant() : QVariant(firedAt), runUid.isEmpty() ? QVariant() : runUid, now, uid});
}

ApiResponse Scheduler::manage(const QString &uid, const QString &action, const QJsonObject &body)
{
    static const QStringList actions = {QStringLiteral("pause"), QStringLiteral("resume"),
                                        QStringLiteral("cancel"), QStringLiteral("delete"),
                                        QStringLiteral("update")};
    if (!actions.contains(action))
        return ApiResponse::badInput(QStringLiteral("'%1' is not a schedule action; use one of %2")
                                         .arg(action, actions.join(QLatin1String(", "))));
    const auto schedule =
        m_store.row(QStringLiteral("SELECT * FROM schedules WHERE uid = ?"), {uid});
    if (!schedule)
        return ApiResponse::notFound(QStringLiteral("schedule %1 does not exist").arg(uid));
    const QString status = schedule->value(QStringLiteral("status")).toString();
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
        const QVariant at = schedule->value(QStringLiteral("schedule_at"));
        next =
            nextExecution(schedule->value(QStringLiteral("cron")).toString(),
                          schedule->value(QStringLiteral("timezone")).toString(),
                          at.isNull() ? std::nullopt : std::optional<qint64>(at.toLongLong()), now);
        if (!next)
            newStatus = QStringLiteral("COMPLETED");
    }
    m_store.exec(
        QStringLiteral("UPDATE schedules SET status = ?, next_execution_at = ?, updated_at "
                       "= ? WHERE uid = ?"),
        {newStatus, optionalTime(next), now, uid});
    return ApiResponse::json(StoreJson::schedule(
        *m_store.row(QStringLiteral("SELECT * FROM schedules WHERE uid = ?"), {uid})));
}

ApiResponse Scheduler::update(const QSqlRecord &schedule, const QJsonObject &body)
{
    const QString uid = schedule.value(QStringLiteral("uid")).toString();
    QString cron = schedule.value(QStringLiteral("cron")).toString();
    QString timezone = schedule.value(QStringLiteral("timezone")).toString();
    QVariant name = schedule.value(QStringLiteral("name"));
    QVariant scheduleAt = schedule.value(QStringLiteral("schedule_at"));
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
            if (!value.isString() || !QTimeZone(value.toString().toUtf8()).isValid())
                return ApiResponse::badInput(QStringLiteral("timezone: '%1' is not a known IANA "
                                                            "time zone")
                                                 .arg(value.toString()));
            timezone = value.toString();
        } else if (key == QLatin1String("name")) {
            if (!value.isNull() && (!value.isString() || value.toString().size() > 255))
                return ApiResponse::badInput(QStringLiteral("name must be a string of at most 255 "
                                                            "characters or null"));
            name = value.isNull() ? QVariant() : QVariant(value.toString());
        } else if (key == QLatin1String("schedule_at")) {
            const QDateTime at = JsonFields::parseTimestamp(value.toString());
            if (!value.isNull() && !at.isValid())
                return ApiResponse::badInput(QStringLiteral("schedule_at must be an ISO-8601 "
                                                            "date-time or null"));
            scheduleAt = value.isNull() ? QVariant() : QVariant(at.toMSecsSinceEpoch());
        } else {
            return ApiResponse::badInput(
                QStringLiteral("update: unknown property '%1'; allowed: cron, timezone, name, "
                               "schedule_at")
                    .arg(key));
        }
    }
    const qint64 now = m_clock.nowMs();
    const bool active =
        schedule.value(QStringLiteral("status")).toString() == QLatin1String("ACTIVE");
    const auto next = nextExecution(
        cron, timezone,
        scheduleAt.isNull() ? std::nullopt : std::optional<qint64>(scheduleAt.toLongLong()), now);
    m_store.exec(
        QStringLiteral("UPDATE schedules SET cron = ?, timezone = ?, name = ?, schedule_at = "
                       "?, next_execution_at = ?, status = ?, updated_at = ? WHERE uid = ?"),
        {cron.isEmpty() ? QVariant() : cron, timezone, name, scheduleAt,
         active ? optionalTime(next) : QVariant(),
         !active ? schedule.value(QStringLiteral("status")).toString()
         : next  ? QStringLiteral("ACTIVE")
                 : QStringLiteral("COMPLETED"),
         now, uid});
    return ApiResponse::json(StoreJson::schedule(
        *m_store.row(QStringLiteral("SELECT * FROM schedules WHERE uid = ?"), {uid})));
}
