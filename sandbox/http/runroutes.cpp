#include "sandbox/http/runroutes.h"

#include "core/domain/runstatus.h"
#include "sandbox/executor.h"
#include "sandbox/http/listquery.h"
#include "sandbox/http/pagecursor.h"
#include "sandbox/http/router.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxengine.h"
#include "sandbox/store/inputrows.h"
#include "sandbox/store/outputrows.h"
#include "sandbox/store/pagerange.h"
#include "sandbox/store/runrows.h"
#include "sandbox/store/sandboxstore.h"
#include "sandbox/store/storejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace {

// The values a status filter accepts: every status the contract names.
QStringList runStatusNames()
{
    QStringList names;
    for (const RunStatus status : knownRunStatuses())
        names.append(toApiString(status));
    return names;
}

std::optional<RunRow> findRun(SandboxEngine &engine, const QString &uid)
{
    return engine.store().runs().find(uid);
}

ApiResponse runNotFound(const QString &uid)
{
    return ApiResponse::notFound(QStringLiteral("run %1 does not exist").arg(uid));
}

ApiResponse listRuns(SandboxEngine &engine, const ApiRequest &request)
{
    ListQuery query(request);
    query.filter(QStringLiteral("status"), QStringLiteral("status"), runStatusNames());
    query.filter(QStringLiteral("action_name"), QStringLiteral("action_name"));
    query.filter(QStringLiteral("execution_mode"), QStringLiteral("execution_mode"),
                 {QStringLiteral("LIVE"), QStringLiteral("ASYNC")});
    query.filter(QStringLiteral("uid"), QStringLiteral("uid"));
    query.filter(QStringLiteral("user_uid"), QStringLiteral("user_uid"));
    query.filter(QStringLiteral("scheduled_run_uid"), QStringLiteral("scheduled_run_uid"));
    // The sandbox runs no flows, so no run belongs to a flow run.
    if (!request.queryList(QStringLiteral("flow_run_id")).isEmpty())
        query.matchNothing();
    query.sort(
        {QStringLiteral("created_at"), QStringLiteral("status"), QStringLiteral("updated_at")}, 10);
    query.page(10, 100);
    if (query.error())
        return *query.error();
    QJsonArray runs;
    for (const RunRow &row : engine.store().runs().list(query.result()))
        runs.append(StoreJson::run(row));
    return ApiResponse::json(runs);
}

// One page of a run's inputs or outputs: cursor pagination with
// X-Pagination-Next, or the deprecated offset when no cursor is given.
ApiResponse pageOf(SandboxEngine &engine, const ApiRequest &request, const RunRow &run,
                   const QString &what)
{
    ApiResponse error;
    const auto limit = request.queryInt(QStringLiteral("limit"), 100, 1, 500, &error);
    if (!limit)
        return error;
    const QString &uid = run.uid;
    const QString scope = what + QLatin1Char(':') + uid;
    const qint64 now = engine.clock().nowMs();
    // One more than asked: whether it comes back says whether there is a
    // next page.
    PageRange range;
    range.limit = *limit + 1;
    if (const auto cursor = request.queryValue(QStringLiteral("cursor"))) {
        const auto position = PageCursor::decode(*cursor, scope, now);
        if (!position)
            return ApiResponse::badParameters(
                QStringLiteral("cursor: unknown or expired cursor; start again without one"));
        range.afterId = *position;
    } else {
        const auto start = request.queryInt(QStringLiteral("offset"), 0, 0,
                                            std::numeric_limits<int>::max(), &error);
        if (!start)
            return error;
        range.offset = *start;
    }
    // Outputs are stored as the JSON text they are served as, so a page is
    // written out without parsing each item again.
    QList<QPair<qint64, QByteArray>> rows;
    if (what == QLatin1String("inputs")) {
        for (const InputRow &input : engine.store().inputs().page(run.id, range))
            rows.append(
                {input.id, QJsonDocument(StoreJson::input(input)).toJson(QJsonDocument::Compact)});
    } else {
        for (const OutputRow &output : engine.store().outputs().page(run.id, range))
            rows.append({output.id, output.data.toUtf8()});
    }
    const bool more = rows.size() > *limit;
    if (more)
        rows.removeLast();
    QByteArray items = "[";
    for (const auto &[id, item] : std::as_const(rows)) {
        if (items.size() > 1)
            items += ',';
        items += item;
    }
    items += ']';
    const qint64 lastId = rows.isEmpty() ? 0 : rows.constLast().first;
    ApiResponse response = ApiResponse::raw(items);
    if (more) {
        QUrlQuery next;
        next.addQueryItem(QStringLiteral("limit"), QString::number(*limit));
        next.addQueryItem(QStringLiteral("cursor"), PageCursor::encode(scope, lastId, now));
        QUrl url(request.baseUrl + QStringLiteral("/runs/") + uid + QLatin1Char('/') + what);
        url.setQuery(next);
        response.addHeader("X-Pagination-Next", url.toEncoded());
    }
    return response;
}

ApiResponse operate(SandboxEngine &engine, const ApiRequest &request, const QString &uid,
                    Executor::Outcome (Executor::*operation)(const QString &, QString *))
{
    ApiResponse error;
    if (!request.jsonObject(&error))
        return error;
    QString message;
    switch ((engine.executor().*operation)(uid, &message)) {
    case Executor::Outcome::NotFound:
        return runNotFound(uid);
    case Executor::Outcome::NotAllowed:
        return ApiResponse::unprocessable(message);
    case Executor::Outcome::Done:
        break;
    }
    return ApiResponse::json(StoreJson::run(*findRun(engine, uid)));
}

} // namespace

void addRunRoutes(Router &router, SandboxEngine &engine)
{
    const QString get = QStringLiteral("GET");
    const QString post = QStringLiteral("POST");
    router.add(get, QStringLiteral("runs"),
               [&engine](const ApiRequest &request, const Router::Arguments &) {
                   return listRuns(engine, request);
               });
    router.add(get, QStringLiteral("runs/{uid}"),
               [&engine](const ApiRequest &, const Router::Arguments &args) {
                   const auto run = findRun(engine, args.at(0));
                   return run ? ApiResponse::json(StoreJson::run(*run)) : runNotFound(args.at(0));
               });
    router.add(get, QStringLiteral("runs/{uid}/status"),
               [&engine](const ApiRequest &, const Router::Arguments &args) {
                   const auto run = findRun(engine, args.at(0));
                   return run ? ApiResponse::json(StoreJson::runStatus(*run))
                              : runNotFound(args.at(0));
               });
    router.add(get, QStringLiteral("runs/{uid}/inputs"),
               [&engine](const ApiRequest &request, const Router::Arguments &args) {
                   const auto run = findRun(engine, args.at(0));
                   return run ? pageOf(engine, request, *run, QStringLiteral("inputs"))
                              : runNotFound(args.at(0));
               });
    router.add(get, QStringLiteral("runs/{uid}/outputs"),
               [&engine](const ApiRequest &request, const Router::Arguments &args) {
                   const auto run = findRun(engine, args.at(0));
                   if (!run)
                       return runNotFound(args.at(0));
                   if (run->executionMode == QLatin1String("LIVE"))
                       return ApiResponse::badParameters(
                           QStringLiteral("outputs are not available for live runs; live results "
                                          "come back in the live response"));
                   return pageOf(engine, request, *run, QStringLiteral("outputs"));
               });
    router.add(post, QStringLiteral("runs/{uid}/resume"),
               [&engine](const ApiRequest &request, const Router::Arguments &args) {
                   return operate(engine, request, args.at(0), &Executor::resume);
               });
    router.add(post, QStringLiteral("runs/{uid}/continue"),
               [&engine](const ApiRequest &request, const Router::Arguments &args) {
                   return operate(engine, request, args.at(0), &Executor::continueRun);
               });
    router.add(post, QStringLiteral("runs/{uid}/cancel"),
               [&engine](const ApiRequest &request, const Router::Arguments &args) {
                   return operate(engine, request, args.at(0), &Executor::cancel);
               });
}
