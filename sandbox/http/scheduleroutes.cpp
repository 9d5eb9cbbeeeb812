#include "sandbox/http/scheduleroutes.h"

#include "sandbox/http/listquery.h"
#include "sandbox/http/router.h"
#include "sandbox/sandboxengine.h"
#include "sandbox/scheduler.h"
#include "sandbox/store/sandboxstore.h"
#include "sandbox/store/schedulerows.h"
#include "sandbox/store/storejson.h"

#include <QJsonArray>

void addScheduleRoutes(Router &router, SandboxEngine &engine)
{
    router.add(QStringLiteral("GET"), QStringLiteral("schedules"),
               [&engine](const ApiRequest &request, const Router::Arguments &) {
                   ListQuery query(request);
                   query.filter(QStringLiteral("uid"), QStringLiteral("uid"));
                   query.filter(QStringLiteral("status"), QStringLiteral("status"),
                                {QStringLiteral("ACTIVE"), QStringLiteral("PAUSED"),
                                 QStringLiteral("CANCELLED"), QStringLiteral("COMPLETED")});
                   query.filter(QStringLiteral("user_uid"), QStringLiteral("user_uid"));
                   query.filter(QStringLiteral("action_name"), QStringLiteral("action_name"));
                   query.sort({QStringLiteral("created_at"), QStringLiteral("updated_at"),
                               QStringLiteral("next_execution_at"), QStringLiteral("status")},
                              10);
                   query.page(10, 100);
                   if (query.error())
                       return *query.error();
                   QJsonArray schedules;
                   for (const ScheduleRow &row : engine.store().schedules().list(query.result()))
                       schedules.append(StoreJson::schedule(row));
                   return ApiResponse::json(schedules);
               });
    router.add(QStringLiteral("GET"), QStringLiteral("schedules/{uid}"),
               [&engine](const ApiRequest &request, const Router::Arguments &args) {
                   const auto row = engine.store().schedules().find(args.at(0));
                   if (!row || !request.owns(row->workspaceUid))
                       return ApiResponse::notFound(
                           QStringLiteral("schedule %1 does not exist").arg(args.at(0)));
                   return ApiResponse::json(StoreJson::schedule(*row));
               });
    router.add(QStringLiteral("POST"), QStringLiteral("schedules/{uid}/{action}"),
               [&engine](const ApiRequest &request, const Router::Arguments &args) {
                   ApiResponse error;
                   const auto body = request.jsonObject(&error);
                   if (!body)
                       return error;
                   return engine.scheduler().manage(args.at(0), request.workspaceUid, args.at(1),
                                                    *body);
               });
}
