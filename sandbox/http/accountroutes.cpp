#include "sandbox/http/accountroutes.h"

#include "core/domain/actioncatalogue.h"
#include "sandbox/actionslugs.h"
#include "sandbox/http/router.h"
#include "sandbox/identityregistry.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxengine.h"
#include "sandbox/store/inputrows.h"
#include "sandbox/store/sandboxstore.h"

#include <QJsonArray>

namespace {

// The workspace exists "since" this instant.
constexpr qint64 kWorkspaceCreatedMs = 1735689600000LL;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

ApiResponse identityAnswer(std::variant<IdentityRegistry::Identity, ApiResponse> result)
{
    if (auto *error = std::get_if<ApiResponse>(&result))
        return *error;
    return ApiResponse::json(
        IdentityRegistry::toJson(std::get<IdentityRegistry::Identity>(result)));
}

// The 24-hour Smart Limits of contract 1.7 for the families the catalogue
// has; own-account extractions have none (they cost no credits).
std::optional<int> dailyLimit(const QString &action)
{
    if (action == ActionSlugs::ExtractPeople)
        return 80;
    if (action == ActionSlugs::SearchPeople)
        return 2000;
    if (action == ActionSlugs::ExtractContact)
        return 250;
    return std::nullopt;
}

ApiResponse limits(SandboxEngine &engine, const QString &identityUid, const QString &action)
{
    if (!engine.identities().find(identityUid))
        return ApiResponse::notFound(QStringLiteral("identity %1 does not exist").arg(identityUid));
    if (!ActionCatalogue::find(action))
        return ApiResponse::notFound(QStringLiteral("action '%1' does not exist").arg(action));
    const qint64 now = engine.clock().nowMs();
    // Every input processed for this identity and action in the last day.
    const qint64 used =
        engine.store().inputs().countStartedSince(identityUid, action, now - kDayMs);
    const auto limit = dailyLimit(action);
    return ApiResponse::json(QJsonObject{
        {QStringLiteral("identity_uid"), identityUid},
        {QStringLiteral("action_slug"), action},
        {QStringLiteral("period"), QStringLiteral("24h")},
        {QStringLiteral("limit"), limit ? QJsonValue(*limit) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("used"), used},
        {QStringLiteral("remaining"),
         limit ? QJsonValue(std::max<qint64>(0, *limit - used)) : QJsonValue(QJsonValue::Null)},
    });
}

} // namespace

void addAccountRoutes(Router &router, SandboxEngine &engine)
{
    router.add(QStringLiteral("GET"), QStringLiteral("identities"),
               [&engine](const ApiRequest &request, const Router::Arguments &) {
                   QJsonArray identities;
                   const auto matching = engine.identities().list(
                       request.queryValue(QStringLiteral("query")).value_or(QString()));
                   for (const IdentityRegistry::Identity &identity : matching)
                       identities.append(IdentityRegistry::toJson(identity));
                   return ApiResponse::json(identities);
               });
    router.add(QStringLiteral("POST"), QStringLiteral("identities"),
               [&engine](const ApiRequest &request, const Router::Arguments &) {
                   ApiResponse error;
                   const auto body = request.jsonObject(&error);
                   if (!body)
                       return error;
                   return identityAnswer(engine.identities().create(*body, engine.clock().nowMs()));
               });
    router.add(QStringLiteral("PUT"), QStringLiteral("identities/{uid}"),
               [&engine](const ApiRequest &request, const Router::Arguments &args) {
                   ApiResponse error;
                   const auto body = request.jsonObject(&error);
                   if (!body)
                       return error;
                   return identityAnswer(
                       engine.identities().update(args.at(0), *body, engine.clock().nowMs()));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("identities/{uid}/actions/{action}/limits"),
               [&engine](const ApiRequest &, const Router::Arguments &args) {
                   return limits(engine, args.at(0), args.at(1));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("workspaces"),
               [](const ApiRequest &request, const Router::Arguments &) {
                   return ApiResponse::json(SandboxAccount::workspacesJson(
                       {request.workspaceUid, request.workspaceName}, kWorkspaceCreatedMs));
               });
}
