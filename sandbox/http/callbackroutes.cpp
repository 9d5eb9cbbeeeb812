#include "sandbox/http/callbackroutes.h"

#include "sandbox/callbackdispatcher.h"
#include "sandbox/http/listquery.h"
#include "sandbox/http/router.h"
#include "sandbox/sandboxengine.h"
#include "sandbox/store/callbackrows.h"
#include "sandbox/store/sandboxstore.h"
#include "sandbox/store/storejson.h"

#include <QJsonArray>

namespace {

// Another workspace's callback is not found, like an unknown uid.
std::optional<CallbackRow> findCallback(SandboxEngine &engine, const ApiRequest &request,
                                        const QString &uid)
{
    auto row = engine.store().callbacks().find(uid);
    if (row && !request.owns(row->workspaceUid))
        return std::nullopt;
    return row;
}

ApiResponse callbackNotFound(const QString &uid)
{
    return ApiResponse::notFound(QStringLiteral("callback %1 does not exist").arg(uid));
}

} // namespace

void addCallbackRoutes(Router &router, SandboxEngine &engine)
{
    router.add(QStringLiteral("GET"), QStringLiteral("runs/callbacks"),
               [&engine](const ApiRequest &request, const Router::Arguments &) {
                   ListQuery query(request);
                   query.filter(QStringLiteral("status"), QStringLiteral("status"),
                                {QStringLiteral("PENDING"), QStringLiteral("RUNNING"),
                                 QStringLiteral("FAILED"), QStringLiteral("SUCCESS")});
                   query.filter(QStringLiteral("run_uid"), QStringLiteral("run_uid"));
                   query.sort({QStringLiteral("created_at"), QStringLiteral("status")}, 10);
                   query.page(10, 20);
                   if (query.error())
                       return *query.error();
                   QJsonArray callbacks;
                   for (const CallbackRow &row : engine.store().callbacks().list(query.result()))
                       callbacks.append(StoreJson::callback(row));
                   return ApiResponse::json(callbacks);
               });
    router.add(QStringLiteral("GET"), QStringLiteral("runs/callbacks/{uid}"),
               [&engine](const ApiRequest &request, const Router::Arguments &args) {
                   const auto row = findCallback(engine, request, args.at(0));
                   if (!row)
                       return callbackNotFound(args.at(0));
                   return ApiResponse::json(StoreJson::callback(*row));
               });
    router.add(QStringLiteral("POST"), QStringLiteral("runs/callbacks/{uid}/replay"),
               [&engine](const ApiRequest &request, const Router::Arguments &args) {
                   ApiResponse error;
                   if (!request.jsonObject(&error))
                       return error;
                   if (!findCallback(engine, request, args.at(0)))
                       return callbackNotFound(args.at(0));
                   QString replayUid;
                   switch (engine.callbacks().replay(args.at(0), &replayUid)) {
                   case CallbackDispatcher::ReplayOutcome::NotFound:
                       return callbackNotFound(args.at(0));
                   case CallbackDispatcher::ReplayOutcome::IsReplay:
                       return ApiResponse::unprocessable(
                           QStringLiteral("callback %1 is a replay; only an original callback can "
                                          "be replayed")
                               .arg(args.at(0)));
                   case CallbackDispatcher::ReplayOutcome::TooManyReplays:
                       return ApiResponse::unprocessable(
                           QStringLiteral("callback %1 was already replayed 3 times, the maximum")
                               .arg(args.at(0)));
                   case CallbackDispatcher::ReplayOutcome::Done:
                       break;
                   }
                   return ApiResponse::json(
                       StoreJson::callback(*findCallback(engine, request, replayUid)));
               });
}
