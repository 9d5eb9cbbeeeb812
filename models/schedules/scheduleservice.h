#pragma once

#include "core/domain/schedule.h"
#include "core/domain/schedulestatus.h"
#include "models/client/apierror.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class ApiReply;
class ScheduleBulkRunner;
class EdgesClient;
struct ApiResult;

// The schedule calls a window makes besides listing (contract 4.4 and 4.2):
// pause, resume, cancel or update one schedule, and fetch one by uid. It
// checks an operation against the schedule's status first, runs one
// operation at a time, and states each outcome as a fact with the parsed
// schedule or the error, so widgets neither build routes nor read JSON.
class ScheduleService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleService)

public:
    explicit ScheduleService(EdgesClient *client, QObject *parent = nullptr);
    ~ScheduleService() override;

    // An operation (or a bulk one) is on its way.
    bool isBusy() const;
    // Starts `operation` on `schedule`. False, and nothing sent, while
    // another runs or when the schedule's status does not allow it (a
    // shortcut can fire while a table still shows an older status).
    bool manage(const Schedule &schedule, ScheduleOperation operation,
                const QJsonObject &update = {});
    // Pauses, resumes or cancels several schedules one after the other
    // (not started yet: connect, then start()); the runner is the
    // service's. Null while a single operation or another bulk one runs.
    ScheduleBulkRunner *manageMany(const QList<Schedule> &schedules, ScheduleOperation operation);
    // Asks for one schedule; answers with fetched() or fetchFailed().
    void fetch(const QString &uid);

    // The API's word for an operation ("pause").
    static QString apiName(ScheduleOperation operation);
    // Why an operation failed, for a sentence that names the schedule: the
    // server's message with its HTTP status, and a hint where this server's
    // manage route may not be the contract's (404, 405).
    static QString explain(const ApiError &error);

signals:
    void managed(ScheduleOperation operation, const Schedule &updated);
    void manageFailed(ScheduleOperation operation, const Schedule &schedule, const ApiError &error);
    void fetched(const Schedule &schedule);
    void fetchFailed(const QString &uid, const ApiError &error);

private:
    EdgesClient *m_client;
    QPointer<ApiReply> m_operation;
    QPointer<ScheduleBulkRunner> m_bulk;
    QHash<QString, QPointer<ApiReply>> m_fetches;
};
