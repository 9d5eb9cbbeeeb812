#include "sandbox/http/adminroutes.h"

#include "core/domain/actioncatalogue.h"
#include "sandbox/executor.h"
#include "sandbox/http/router.h"
#include "sandbox/identityregistry.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxengine.h"
#include "sandbox/store/storejson.h"

namespace {

QJsonObject clockJson(SandboxEngine &engine)
{
    return QJsonObject{{QStringLiteral("now"), StoreJson::isoTime(engine.clock().nowMs())},
                       {QStringLiteral("mode"), engine.clock().mode() == SandboxClock::Mode::Manual
                                                    ? QStringLiteral("manual")
                                                    : QStringLiteral("real")}};
}

} // namespace

void addAdminRoutes(Router &router, SandboxEngine &engine)
{
    router.add(QStringLiteral("GET"), QStringLiteral("clock"),
               [&engine](const ApiRequest &, const Router::Arguments &) {
                   return ApiResponse::json(clockJson(engine));
               });
    router.add(QStringLiteral("POST"), QStringLiteral("clock/advance"),
               [&engine](const ApiRequest &request, const Router::Arguments &) {
                   ApiResponse error;
                   const auto body = request.jsonObject(&error);
                   if (!body)
                       return error;
                   const QJsonValue seconds = body->value(QStringLiteral("seconds"));
                   if (!seconds.isDouble() || seconds.toDouble() < 0 ||
                       seconds.toDouble() > 366.0 * 24 * 3600)
                       return ApiResponse::badInput(
                           QStringLiteral("seconds must be a number from 0 to 31622400"));
                   if (engine.clock().mode() != SandboxClock::Mode::Manual)
                       return ApiResponse::unprocessable(
                           QStringLiteral("the clock is real; start with --clock manual to move "
                                          "time by hand"));
                   engine.advance(static_cast<qint64>(seconds.toDouble() * 1000));
                   return ApiResponse::json(clockJson(engine));
               });
    router.add(QStringLiteral("POST"), QStringLiteral("sources/grow"),
               [&engine](const ApiRequest &request, const Router::Arguments &) {
                   ApiResponse error;
                   const auto body = request.jsonObject(&error);
                   if (!body)
                       return error;
                   const QString action = body->value(QStringLiteral("action")).toString();
                   const ActionSpec *spec = ActionCatalogue::find(action);
                   if (!spec || !spec->supportsIncremental)
                       return ApiResponse::badInput(
                           QStringLiteral("action: '%1' is not an incremental action").arg(action));
                   const QString identity = body->value(QStringLiteral("identity_uid")).toString();
                   if (!engine.identities().find(identity))
                       return ApiResponse::badInput(
                           QStringLiteral("identity_uid: unknown identity '%1'").arg(identity));
                   const QJsonValue count = body->value(QStringLiteral("count"));
                   if (!count.isDouble() || count.toInt(-1) < 1 || count.toInt() > 1000000)
                       return ApiResponse::badInput(
                           QStringLiteral("count must be a whole number from 1 to 1000000"));
                   engine.executor().sources().grow(action, identity, count.toInt());
                   return ApiResponse::json(QJsonObject{
                       {QStringLiteral("size"), engine.executor().sources().size(
                                                    action, identity, engine.clock().nowMs())}});
               });
    router.add(QStringLiteral("POST"), QStringLiteral("faults"),
               [&engine](const ApiRequest &request, const Router::Arguments &) {
                   ApiResponse error;
                   const auto body = request.jsonObject(&error);
                   if (!body)
                       return error;
                   // Not toString(): it would read {"spec": 5} as "" and clear
                   // every fault.
                   const QJsonValue spec = body->value(QStringLiteral("spec"));
                   if (!spec.isString())
                       return ApiResponse::badInput(
                           QStringLiteral("faults: spec must be a string such as "
                                          "\"500=0.1,drop=0.01\" (empty clears them)"));
                   QString message;
                   if (!engine.setFaults(spec.toString(), &message))
                       return ApiResponse::badInput(message);
                   return ApiResponse::json(
                       QJsonObject{{QStringLiteral("spec"), body->value(QStringLiteral("spec"))}});
               });
    router.add(QStringLiteral("POST"), QStringLiteral("reset"),
               [&engine](const ApiRequest &, const Router::Arguments &) {
                   engine.reset();
                   return ApiResponse::json(QJsonObject{{QStringLiteral("reset"), true}});
               });
    router.add(QStringLiteral("GET"), QStringLiteral("requests"),
               [&engine](const ApiRequest &, const Router::Arguments &) {
                   QJsonObject counts;
                   const QHash<QString, qint64> &seen = engine.requestCounts();
                   for (auto it = seen.cbegin(); it != seen.cend(); ++it)
                       counts.insert(it.key(), it.value());
                   return ApiResponse::json(counts);
               });
    router.add(QStringLiteral("POST"), QStringLiteral("demo"),
               [&engine](const ApiRequest &, const Router::Arguments &) {
                   engine.fillDemo();
                   return ApiResponse::json(QJsonObject{{QStringLiteral("demo"), true}});
               });
}
