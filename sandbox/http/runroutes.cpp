#include "sandbox/http/runroutes.h"

#include "core/domain/runstatus.h"
#include "sandbox/executor.h"
#include "sandbox/http/listquery.h"
#include "sandbox/http/outputspagejob.h"
#include "sandbox/http/pagecursor.h"
#include "sandbox/http/pagelink.h"
#include "sandbox/http/router.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxengine.h"
#include "sandbox/store/inputrows.h"
#include "sandbox/store/pagerange.h"
#include "sandbox/store/runrows.h"
#include "sandbox/store/sandboxstore.h"
#include "sandbox/store/storejson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace {

// The values a status filter accepts: every status the contract names.
QStringList runStatusNames()
{
    QStringList names;
    for (const RunStatus status : knownRunStatuses())
        names.append(toApiString(status));
    return names;
}

// A run of another workspace does not exist for the caller (contract 1.2):
// the same 404 as an unknown uid, so a uid tells nothing about another.
std::optional<RunRow> findRun(SandboxEngine &engine, const ApiRequest &request, const QString &uid)
{
    auto run = engine.store().runs().find(uid);
    if (run && !request.owns(run->workspaceUid))
        return std::nullopt;
    return run;
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

// The rows a page request asks for: range.limit is the page size, then
// after the cursor's position, or from the deprecated offset when no cursor
// is given. nullopt and the 400 in `error` when a parameter is bad.
std::optional<PageRange> requestedRange(const ApiRequest &request, const PageCursor &cursors,
                                        const QString &scope, qint64 now, ApiResponse *error)
{
    const auto limit = request.queryInt(QStringLiteral("limit"), 100, 1, 500, error);
    if (!limit)
        return std::nullopt;
    PageRange range;
    range.limit = *limit;
    if (const auto cursor = request.queryValue(QStringLiteral("cursor"))) {
        const auto position = cursors.decode(*cursor, scope, now);
        if (!position) {
            *error = ApiResponse::badParameters(
                QStringLiteral("cursor: unknown or expired cursor; start again without one"));
            return std::nullopt;
        }
        range.afterId = *position;
    } else {
        const auto start = request.queryInt(QStringLiteral("offset"), 0, 0,
                                            std::numeric_limits<int>::max(), error);
        if (!start)
            return std::nullopt;
        range.offset = *start;
    }
    return range;
}

// One page of a run's inputs: cursor pagination with X-Pagination-Next.
ApiResponse inputsPage(SandboxEngine &engine, const ApiRequest &request, const RunRow &run)
{
    const QString what = QStringLiteral("inputs");
    const qint64 now = engine.clock().nowMs();
    ApiResponse error;
    auto range =
        requestedRange(request, engine.cursors(), PageLink::scope(what, run.uid), now, &error);
    if (!range)
        return error;
    const int limit = range->limit;
    // One more than asked: whether it comes back says whether there is a
    // next page.
    range->limit = limit + 1;
    QList<InputRow> rows = engine.store().inputs().page(run.id, *range);
    const bool more = rows.size() > limit;
    if (more)
        rows.removeLast();
    QByteArray items = "[";
    for (const InputRow &input : std::as_const(rows)) {
        if (items.size() > 1)
            items += ',';
        items += QJsonDocument(StoreJson::input(input)).toJson(QJsonDocument::Compact);
    }
    items += ']';
    ApiResponse response = ApiResponse::raw(items);
    if (more)
        response.addHeader("X-Pagination-Next",
                           PageLink::next(request.baseUrl, run.uid, what, limit,
                                          rows.constLast().id, now, engine.cursors()));
    return response;
}

// One page of a run's outputs, checked here and read by the server's
// OutputsPager: outputs are stored as the JSON text they are served as, so
// a page is written out as bytes, never parsed.
ApiResponse outputsPage(SandboxEngine &engine, const ApiRequest &request, const QString &uid)
{
    const auto run = engine.store().runs().findPageOwner(uid);
    if (!run || !request.owns(run->workspaceUid))
        return runNotFound(uid);
    if (run->live)
        return ApiResponse::badParameters(
            QStringLiteral("outputs are not available for live runs; live results "
                           "come back in the live response"));
    OutputsPageJob job;
    job.nowMs = engine.clock().nowMs();
    ApiResponse error;
    const auto range =
        requestedRange(request, engine.cursors(), PageLink::scope(QStringLiteral("outputs"), uid),
                       job.nowMs, &error);
    if (!range)
        return error;
    job.runId = run->id;
    job.runUid = uid;
    job.range = *range;
    job.baseUrl = request.baseUrl;
    job.cursors = engine.cursors();
    return ApiResponse::deferred(std::move(job));
}

ApiResponse operate(SandboxEngine &engine, const ApiRequest &request, const QString &uid,
                    Executor::Outcome (Executor::*operation)(const QString &, QString *))
{
    ApiResponse error;
    if (!request.jsonObject(&error))
        return error;
    if (!findRun(engine, request, uid))
        return runNotFound(uid);
    QString message;
    switch ((engine.executor().*operation)(uid, &message)) {
    case Executor::Outcome::NotFound:
        return runNotFound(uid);
    case Executor::Outcome::NotAllowed:
        return ApiResponse::unprocessable(message);
    case Executor::Outcome::Done:
        break;
    }
    return ApiResponse::json(StoreJson::run(*findRun(engine, request, uid)));
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
               [&engine](const ApiRequest &request, const Router::Arguments &args) {
                   const auto run = findRun(engine, request, args.at(0));
                   return run ? ApiResponse::json(StoreJson::run(*run)) : runNotFound(args.at(0));
               });
    router.add(get, QStringLiteral("runs/{uid}/status"),
               [&engine](const ApiRequest &request, const Router::Arguments &args) {
                   const auto run = findRun(engine, request, args.at(0));
                   return run ? ApiResponse::json(StoreJson::runStatus(*run))
                              : runNotFound(args.at(0));
               });
    router.add(get, QStringLiteral("runs/{uid}/inputs"),
               [&engine](const ApiRequest &request, const Router::Arguments &args) {
                   const auto run = findRun(engine, request, args.at(0));
                   return run ? inputsPage(engine, request, *run) : runNotFound(args.at(0));
               });
    router.add(get, QStringLiteral("runs/{uid}/outputs"),
               [&engine](const ApiRequest &request, const Router::Arguments &args) {
                   return outputsPage(engine, request, args.at(0));
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
