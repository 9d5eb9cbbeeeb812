#include "accountroutes.h"

#include "router.h"
#include "sandboxaccount.h"
#include "sandboxclock.h"
#include "sandboxengine.h"

#include <QJsonArray>

namespace {

// The fixed identities and workspace exist "since" this instant.
constexpr qint64 kAccountCreatedMs = 1735689600000LL;

} // namespace

void addAccountRoutes(Router &router, SandboxEngine &)
{
    router.add(
        QStringLiteral("GET"), QStringLiteral("identities"),
        [](const ApiRequest &request, const Router::Arguments &) {
            const QString query = request.queryValue(QStringLiteral("query")).value_or(QString());
            QJsonArray matching;
            for (const QJsonValue &identity : SandboxAccount::identitiesJson(kAccountCreatedMs)) {
                if (identity.toObject()
                        .value(QStringLiteral("name"))
                        .toString()
                        .contains(query, Qt::CaseInsensitive))
                    matching.append(identity);
            }
            return ApiResponse::json(matching);
        });
    router.add(QStringLiteral("GET"), QStringLiteral("workspaces"),
               [](const ApiRequest &, const Router::Arguments &) {
                   return ApiResponse::json(SandboxAccount::workspacesJson(kAccountCreatedMs));
               });
}
