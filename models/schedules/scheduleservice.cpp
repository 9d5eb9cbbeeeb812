#include "models/schedules/scheduleservice.h"

#include "models/client/apireply.h"
#include "models/client/edgesclient.h"
#include "models/schedules/schedulebulkrunner.h"

ScheduleService::ScheduleService(EdgesClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ScheduleService::~ScheduleService()
{
    if (m_operation)
        m_operation->cancel();
    for (const QPointer<ApiReply> &reply : std::as_const(m_fetches)) {
        if (reply)
            reply->cancel();
    }
}

QString ScheduleService::apiName(ScheduleOperation operation)
{
    switch (operation) {
    case ScheduleOperation::Pause:
        return QStringLiteral("pause");
    case ScheduleOperation::Resume:
        return QStringLiteral("resume");
    case ScheduleOperation::Cancel:
        return QStringLiteral("cancel");
    case ScheduleOperation::Update:
        return QStringLiteral("update");
    }
    return {};
}

QString ScheduleService::explain(const ApiError &error)
{
    QString text = error.message();
    if (error.httpStatus > 0) {
        text += QStringLiteral(" (HTTP %1").arg(error.httpStatus);
        if (!error.body.label.isEmpty())
            text += QLatin1Char(' ') + error.body.label;
        text += QLatin1Char(')');
    }
    // Contract 4.4: the manage route is an assumption; a server that does
    // not know it is reported, never worked around.
    if (error.httpStatus == 404 || error.httpStatus == 405)
        text += tr(". This server's manage endpoint may differ from the contract's.");
    return text;
}

bool ScheduleService::isBusy() const
{
    return !m_operation.isNull() || (m_bulk && !m_bulk->isDone());
}

ScheduleBulkRunner *ScheduleService::manageMany(const QList<Schedule> &schedules,
                                                ScheduleOperation operation)
{
    if (isBusy() || !m_client)
        return nullptr;
    if (m_bulk)
        m_bulk->deleteLater();
    m_bulk = new ScheduleBulkRunner(m_client, schedules, operation, this);
    return m_bulk;
}

bool ScheduleService::manage(const Schedule &schedule, ScheduleOperation operation,
                             const QJsonObject &update)
{
    if (isBusy() || !m_client || schedule.uid.isEmpty() ||
        !allowedOperations(schedule.status).testFlag(operation))
        return false;
    ApiReply *reply =
        m_client->manageSchedule(schedule.uid, apiName(operation),
                                 operation == ScheduleOperation::Update ? update : QJsonObject());
    m_operation = reply->then(this, [this, operation, schedule](const ApiResult &result) {
        m_operation = nullptr;
        if (result.succeeded())
            emit managed(operation, Schedule::fromJson(result.json.toObject()));
        else
            emit manageFailed(operation, schedule, result.error);
    });
    return true;
}

void ScheduleService::fetch(const QString &uid)
{
    if (!m_client || uid.isEmpty() || m_fetches.value(uid))
        return;
    m_fetches.insert(uid, m_client->getSchedule(uid)->then(this, [this, uid](const ApiResult &r) {
        m_fetches.remove(uid);
        if (r.succeeded())
            emit fetched(Schedule::fromJson(r.json.toObject()));
        else
            emit fetchFailed(uid, r.error);
    }));
}
