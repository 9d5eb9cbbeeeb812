#include "sandbox/http/actionroutes.h"

#include "core/domain/actioncatalogue.h"
#include "sandbox/executor.h"
#include "sandbox/http/pagecursor.h"
#include "sandbox/http/router.h"
#include "sandbox/launchrequest.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxengine.h"
#include "sandbox/scheduler.h"
#include "sandbox/store/runrows.h"
#include "sandbox/store/sandboxstore.h"
#include "sandbox/store/storejson.h"
#include "sandbox/syntheticdata.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace {

using Mode = LaunchRequest::Mode;

SandboxAccount::Owner ownerOf(const ApiRequest &request)
{
    return {request.workspaceUid, request.userUid};
}

std::variant<LaunchRequest, ApiResponse>
parseLaunch(SandboxEngine &engine, const ApiRequest &request, const QString &slug, Mode mode)
{
    const ActionSpec *action = ActionCatalogue::find(slug);
    if (!action)
        return ApiResponse::notFound(QStringLiteral("action '%1' does not exist").arg(slug));
    ApiResponse error;
    const auto body = request.jsonObject(&error);
    if (!body)
        return error;
    return LaunchRequest::parse(*action, mode, *body, engine.identities());
}

// The live endpoint answers the action's output directly, one page at a
// time; the next page is the same POST sent to X-Pagination-Next.
ApiResponse runLive(SandboxEngine &engine, const ApiRequest &request, const LaunchRequest &launch)
{
    const ActionSpec &action = *launch.action;
    const QJsonObject &input = launch.inputs.first();
    const qint64 now = engine.clock().nowMs();
    // A live cursor is good for the same query by the same workspace only.
    const QString scope =
        QStringLiteral("live:") + request.workspaceUid + QLatin1Char(':') + action.slug +
        QLatin1Char(':') +
        QString::fromLatin1(
            QCryptographicHash::hash(request.body, QCryptographicHash::Sha1).toHex());

    qint64 page = 0;
    if (const auto cursor = request.queryValue(QStringLiteral("cursor"))) {
        const auto position = engine.cursors().decode(*cursor, scope, now);
        if (!position)
            return ApiResponse::badParameters(
                QStringLiteral("cursor: unknown or expired cursor; send the request again without "
                               "one"));
        page = *position;
    } else if (request.queryValue(QStringLiteral("page"))) {
        ApiResponse error;
        const auto number = request.queryInt(QStringLiteral("page"), 1, 1, 1000000, &error);
        if (!number)
            return error;
        page = *number - 1;
    }

    const SyntheticData &data = engine.data();
    switch (data.outcome(action, input)) {
    case SyntheticData::InputOutcome::Blocked:
        return ApiResponse::error(424, QStringLiteral("STATUS_403"), QStringLiteral("server"),
                                  QStringLiteral("The platform refused this input: a product page "
                                                 "is not a profile"));
    case SyntheticData::InputOutcome::Unusable:
        return ApiResponse::error(424, QStringLiteral("NO_DATA_AVAILABLE"),
                                  QStringLiteral("server"),
                                  QStringLiteral("The platform returned nothing usable for this "
                                                 "input"));
    case SyntheticData::InputOutcome::Transient:
        return ApiResponse::error(424, QStringLiteral("PROXY_ERROR"), QStringLiteral("server"),
                                  QStringLiteral("A network or proxy failure; try again"));
    case SyntheticData::InputOutcome::NoResult:
        engine.executor().recordLiveRun(
            launch, ownerOf(request), 0,
            QJsonObject{{QStringLiteral("label"), QStringLiteral("NO_RESULT")},
                        {QStringLiteral("message"), QStringLiteral("Nothing was found")},
                        {QStringLiteral("params"), QJsonObject()}});
        return ApiResponse::json(action.returnsList() ? QJsonValue(QJsonArray())
                                                      : QJsonValue(QJsonObject()));
    case SyntheticData::InputOutcome::Normal:
        break;
    }

    const QDateTime extractedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    if (!action.returnsList()) {
        engine.executor().recordLiveRun(launch, ownerOf(request), 1, QJsonValue());
        return ApiResponse::json(data.result(action, input, launch.parameters, 0, extractedAt));
    }
    const qint64 total =
        std::min<qint64>(data.availableResults(action, input), launch.maxResults());
    // A page past the end is empty; checked before multiplying, so that no
    // page number (a signed cursor's or ?page=) can overflow.
    const qint64 first = page >= (total + action.livePageSize - 1) / action.livePageSize
                             ? total
                             : page * action.livePageSize;
    const qint64 last = std::min<qint64>(total, first + action.livePageSize);
    QJsonArray results;
    for (qint64 index = first; index < last; ++index)
        results.append(
            data.result(action, input, launch.parameters, static_cast<int>(index), extractedAt));
    engine.executor().recordLiveRun(launch, ownerOf(request), static_cast<int>(results.size()),
                                    QJsonValue());
    ApiResponse response = ApiResponse::json(results);
    if (last < total) {
        QUrl next(request.baseUrl + QStringLiteral("/actions/") + action.slug +
                  QStringLiteral("/run/live"));
        next.setQuery(QStringLiteral("cursor=") + engine.cursors().encode(scope, page + 1, now));
        response.addHeader("X-Pagination-Next", next.toEncoded());
    }
    return response;
}

ApiResponse runAsync(SandboxEngine &engine, const ApiRequest &request, const LaunchRequest &launch)
{
    const QString uid = engine.executor().createRun(launch, ownerOf(request));
    const QJsonObject full = StoreJson::run(*engine.store().runs().find(uid));
    return ApiResponse::json(QJsonObject{
        {QStringLiteral("run_id"), full.value(QStringLiteral("id"))},
        {QStringLiteral("run_uid"), uid},
        {QStringLiteral("workspace_uid"), full.value(QStringLiteral("workspace_uid"))},
        {QStringLiteral("user_uid"), full.value(QStringLiteral("user_uid"))},
        {QStringLiteral("action_name"), full.value(QStringLiteral("action_name"))},
        {QStringLiteral("status"), QStringLiteral("pending")},
        {QStringLiteral("postponed_until"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_at"), full.value(QStringLiteral("created_at"))},
        {QStringLiteral("updated_at"), full.value(QStringLiteral("updated_at"))},
        {QStringLiteral("synced_at"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("name"), full.value(QStringLiteral("name"))},
    });
}

Router::Handler handler(SandboxEngine &engine, Mode mode)
{
    return [&engine, mode](const ApiRequest &request, const Router::Arguments &args) {
        auto parsed = parseLaunch(engine, request, args.at(0), mode);
        if (auto *error = std::get_if<ApiResponse>(&parsed))
            return *error;
        const LaunchRequest &launch = std::get<LaunchRequest>(parsed);
        switch (mode) {
        case Mode::Live:
            return runLive(engine, request, launch);
        case Mode::Async:
            return runAsync(engine, request, launch);
        case Mode::Schedule:
            break;
        }
        return ApiResponse::json(engine.scheduler().create(launch, ownerOf(request)));
    };
}

} // namespace

void addActionRoutes(Router &router, SandboxEngine &engine)
{
    const QString post = QStringLiteral("POST");
    router.add(post, QStringLiteral("actions/{action}/run/live"), handler(engine, Mode::Live));
    router.add(post, QStringLiteral("actions/{action}/run/async"), handler(engine, Mode::Async));
    router.add(post, QStringLiteral("actions/{action}/run/schedule"),
               handler(engine, Mode::Schedule));
    // The older paths the guides still show (contract 2.1).
    router.add(post, QStringLiteral("actions/{action}/async"), handler(engine, Mode::Async));
    router.add(post, QStringLiteral("actions/{action}/schedule"), handler(engine, Mode::Schedule));
}
