#include "sandbox/demosimulator.h"

#include "core/domain/actioncatalogue.h"
#include "core/domain/runstatus.h"
#include "sandbox/actionslugs.h"
#include "sandbox/demodice.h"
#include "sandbox/demotime.h"
#include "sandbox/incrementalsource.h"
#include "sandbox/launchrequest.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/store/storejson.h"
#include "sandbox/syntheticdata.h"

#include <QDateTime>
#include <QUrl>

using namespace DemoSamples;
using namespace DemoTime;

DemoSimulator::DemoSimulator(DemoDice &dice, const SyntheticData &data,
                             const IncrementalSource &sources, qint64 now, const DemoIds &ids,
                             const Executor::Settings &executor)
    : m_dice(dice)
    , m_data(data)
    , m_sources(sources)
    , m_now(now)
    , m_ids(ids)
    , m_executor(executor)
{}

void DemoSimulator::simulate(PlannedRun &run)
{
    if (run.isLive())
        simulateLive(run);
    else if (run.isIncremental())
        simulateIncremental(run);
    else
        simulateAsync(run);
}

qint64 DemoSimulator::targetOf(const PlannedRun &run, const InputPlan &plan) const
{
    if (!run.action->returnsList())
        return 1;
    return std::min<qint64>(m_data.availableResults(*run.action, plan.data),
                            LaunchRequest::maxResults(run.parameters));
}

QJsonObject DemoSimulator::inputError(const ErrorSpec &spec)
{
    return QJsonObject{{QStringLiteral("has_failed"), true},
                       {QStringLiteral("label"), latin(spec.label)},
                       {QStringLiteral("message"), latin(spec.message)},
                       {QStringLiteral("scope"), latin(spec.scope)},
                       {QStringLiteral("error_ref"), m_ids.errorRef()},
                       {QStringLiteral("status_code"), spec.status},
                       {QStringLiteral("params"), QJsonObject()},
                       {QStringLiteral("validation_errors"), QJsonArray()}};
}

// The executor's own rule, so the history leaves exactly the inputs
// active that the engine would still work on.
bool DemoSimulator::isActiveInput(const QString &status)
{
    return Executor::isActive(runStatusFromApi(status));
}

void DemoSimulator::initStates(PlannedRun &run, const QString &status)
{
    run.states.clear();
    for (qsizetype i = 0; i < run.inputs.size(); ++i) {
        InputState state;
        state.status = status;
        state.updatedAt = run.createdAt;
        run.states.append(state);
    }
    run.status = status;
    run.updatedAt = run.createdAt;
}

void DemoSimulator::deliver(PlannedRun &run, qint64 at, int input, const QJsonValue &error,
                            const QJsonArray &results, const QString &status)
{
    if (run.callback.isEmpty())
        return;
    const bool final = status != QLatin1String("RUNNING");
    if (run.callback.value(QStringLiteral("on")) == QLatin1String("final") && !final)
        return;
    run.deliveries.append(Delivery{at, input, error, results, status});
}

void DemoSimulator::cancel(PlannedRun &run, qint64 at)
{
    run.status = QStringLiteral("STOPPED");
    run.finishedAt = at;
    run.postponedUntil = -1;
    run.dueAt = -1;
    run.updatedAt = at;
    for (InputState &state : run.states) {
        if (isActiveInput(state.status)) {
            state.status = QStringLiteral("STOPPED");
            state.updatedAt = at;
        }
    }
}

// The next step of a running run at t + pageMs; false when the run stops
// before it (cancelled, or the step lies after now: left RUNNING, due).
bool DemoSimulator::nextStep(PlannedRun &run, qint64 &t, int &steps)
{
    if (run.cancelAfter > 0 && steps == run.cancelAfter) {
        cancel(run, t + run.cancelDelay);
        return false;
    }
    t += run.pageMs;
    if (t > m_now) {
        run.status = QStringLiteral("RUNNING");
        run.dueAt = t;
        return false;
    }
    ++steps;
    run.updatedAt = t;
    return true;
}

void DemoSimulator::beginInput(InputState &state, qint64 t)
{
    if (state.status != QLatin1String("RUNNING")) {
        state.status = QStringLiteral("RUNNING");
        if (state.startedAt < 0)
            state.startedAt = t;
        ++state.attempts;
    }
    state.updatedAt = t;
}

void DemoSimulator::simulateLive(PlannedRun &run)
{
    run.status = QStringLiteral("SUCCEEDED");
    run.startedAt = run.createdAt;
    run.finishedAt = run.createdAt + m_dice.span(700, 4500);
    run.updatedAt = run.finishedAt;
    const InputPlan &plan = run.inputs.first();
    if (run.liveNoResult) {
        run.lastInfo = labelled(QStringLiteral("NO_RESULT"), QStringLiteral("Nothing was found"));
        return;
    }
    run.outputCount = run.action->returnsList()
                          ? std::min<qint64>(targetOf(run, plan), run.action->livePageSize)
                          : 1;
}

void DemoSimulator::simulateInvalid(PlannedRun &run)
{
    const ActionSpec &action = *run.action;
    const QString field = action.inputFields.value(0);
    const bool search = action.slug == ActionSlugs::SearchPeople;
    for (InputPlan &plan : run.inputs) {
        const QString url = search ? QString(QStringLiteral("https://www.linkedin.com/sales/search/"
                                                            "people?query=(keywords%3A") +
                                             QString::fromLatin1(QUrl::toPercentEncoding(
                                                 latin(m_dice.pick(kSearchKeywords)))) +
                                             QLatin1Char(')'))
                                   : QString(QStringLiteral("https://www.linkedin.com/company/") +
                                             latin(m_dice.pick(kCompanies)) + QLatin1Char('/'));
        plan.data = QJsonObject{{field, url}};
    }
    const QString message =
        search ? QStringLiteral("linkedin_people_search_url must be a LinkedIn people search "
                                "URL; Sales Navigator searches are not accepted by %1")
                     .arg(action.slug)
               : QStringLiteral("linkedin_profile_url must be a profile URL (/in/...); company "
                                "pages are not accepted by %1")
                     .arg(action.slug);
    const qint64 at = run.createdAt + m_dice.span(300, 2500);
    initStates(run, QStringLiteral("FAILED"));
    for (InputState &state : run.states) {
        QJsonObject error = inputError(ErrorSpec{"BAD_INPUT", "", 400, "input"});
        error.insert(QStringLiteral("message"), message);
        error.insert(QStringLiteral("validation_errors"),
                     QJsonArray{QJsonObject{{QStringLiteral("field"), field},
                                            {QStringLiteral("message"), message}}});
        state.error = error;
        state.finishedAt = at;
        state.updatedAt = at;
    }
    run.status = QStringLiteral("INVALID");
    run.lastError =
        labelled(QStringLiteral("BAD_INPUT"),
                 (run.inputs.size() == 1
                      ? QStringLiteral("The input was rejected: ")
                      : QStringLiteral("All %1 inputs were rejected: ").arg(run.inputs.size())) +
                     message);
    run.finishedAt = at;
    run.updatedAt = at;
}

void DemoSimulator::finish(PlannedRun &run, qint64 t)
{
    int succeeded = 0;
    for (const InputState &state : run.states)
        succeeded += state.status == QLatin1String("SUCCEEDED") ? 1 : 0;
    const qsizetype total = run.states.size();
    run.status = succeeded == total ? QStringLiteral("SUCCEEDED")
                 : succeeded > 0    ? QStringLiteral("PARTIAL_SUCCEEDED")
                                    : QStringLiteral("FAILED");
    if (succeeded == total)
        run.lastError = QJsonObject();
    run.finishedAt = t;
    run.dueAt = -1;
    run.updatedAt = t;
    deliver(run, t, -1, QJsonValue(QJsonValue::Null), {}, run.status);
}

// Fetches the input's next page at t (Executor::fetchPage); true once
// the input is done.
bool DemoSimulator::fetchPage(PlannedRun &run, int index, qint64 t)
{
    InputState &state = run.states[index];
    const InputPlan &plan = run.inputs[index];
    if (state.target < 0)
        state.target = targetOf(run, plan);
    const int pageSize = run.action->returnsList() ? run.action->livePageSize : 1;
    const qint64 count =
        std::max<qint64>(0, std::min<qint64>(pageSize, state.target - state.fetched));
    const QDateTime extractedAt = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    QJsonArray results;
    for (qint64 k = 0; k < count; ++k) {
        const QJsonObject item = m_data.result(*run.action, plan.data, run.parameters,
                                               static_cast<int>(state.fetched + k), extractedAt);
        state.outputs.append(item);
        results.append(item);
    }
    state.fetched += count;
    state.outputCount += static_cast<int>(count);
    run.outputCount += count;
    const bool done = state.fetched >= state.target;
    if (done) {
        state.status = QStringLiteral("SUCCEEDED");
        state.finishedAt = t;
    }
    state.updatedAt = t;
    if (count > 0 || done)
        deliver(run, t, index, QJsonValue(QJsonValue::Null), results, QStringLiteral("RUNNING"));
    return done;
}

void DemoSimulator::simulateAsync(PlannedRun &run)
{
    if (run.fate == Fate::Invalid) {
        simulateInvalid(run);
        return;
    }
    if (run.fate == Fate::Created) {
        initStates(run, QStringLiteral("CREATED"));
        run.dueAt = m_now;
        return;
    }
    // Created, then queued at once (a schedule's run goes SCHEDULED first).
    initStates(run, QStringLiteral("QUEUED"));
    const qint64 start = run.createdAt + run.queueMs;
    if (run.cancelAfter == 0) {
        cancel(run, run.createdAt + run.cancelDelay);
        return;
    }
    if (start > m_now) {
        // Waiting for a slot: due now so the engine starts it.
        run.dueAt = m_now;
        return;
    }
    run.status = QStringLiteral("RUNNING");
    run.startedAt = start;
    run.updatedAt = start;
    qint64 t = start;
    int steps = 0;
    for (int i = 0; i < run.inputs.size(); ++i) {
        const InputPlan &plan = run.inputs[i];
        InputState &state = run.states[i];
        // Transient failures: retried after retryDelayMs (Executor::retryLater).
        for (int r = 0; r < plan.retries; ++r) {
            if (!nextStep(run, t, steps))
                return;
            beginInput(state, t);
            state.status = QStringLiteral("SCHEDULED");
            ++state.retryCount;
            ++run.retryCount;
            run.status = QStringLiteral("SCHEDULED");
            run.postponedUntil = t + m_executor.retryDelayMs;
            run.lastError = labelled(QStringLiteral("PROXY_ERROR"),
                                     QStringLiteral("A network or proxy failure; retried "
                                                    "automatically"));
            if (run.postponedUntil > m_now) {
                run.dueAt = run.postponedUntil;
                return;
            }
            t = run.postponedUntil;
            run.status = QStringLiteral("RUNNING");
            run.postponedUntil = -1;
            state.status = QStringLiteral("QUEUED");
            state.updatedAt = t;
            run.updatedAt = t;
        }
        if (!nextStep(run, t, steps))
            return;
        beginInput(state, t);
        switch (plan.step) {
        case Step::Postpone: {
            // A limit was reached: the run waits for it to reset.
            state.status = QStringLiteral("SCHEDULED");
            run.status = QStringLiteral("SCHEDULED");
            run.postponedUntil = t + run.postponeMs;
            run.lastError = labelled(
                QStringLiteral("LIMIT_REACHED"),
                QStringLiteral("The identity reached its people-search limit; the run waits "
                               "for the limit to reset"),
                QJsonObject{
                    {QStringLiteral("appendix"),
                     QStringLiteral("Resets at %1").arg(StoreJson::isoTime(run.postponedUntil))}});
            run.dueAt = run.postponedUntil;
            return;
        }
        case Step::BlockAccount:
        case Step::BlockInput: {
            const bool account = plan.step == Step::BlockAccount;
            const SandboxAccount::Identity *identity = SandboxAccount::identity(run.identityUid);
            QJsonObject error =
                inputError(account ? ErrorSpec{"NO_VALID_ACCOUNT_CONFIGURED", "", 424, "auth"}
                                   : ErrorSpec{"BAD_INPUT", "", 400, "input"});
            error.insert(QStringLiteral("message"),
                         account
                             ? QStringLiteral("The identity %1 has no valid LinkedIn session; "
                                              "reconnect it, then resume the run")
                                   .arg(identity ? identity->name : QStringLiteral("in use"))
                             : QStringLiteral("This input can never be processed by %1 (a product "
                                              "page is not a profile); fix it, then resume the run")
                                   .arg(run.action->slug));
            state.status = QStringLiteral("BLOCKED");
            state.error = error;
            run.status = QStringLiteral("BLOCKED");
            run.lastError = runErrorOf(error);
            run.dueAt = -1;
            return;
        }
        case Step::Fail: {
            const QJsonObject error = inputError(plan.error);
            state.status = QStringLiteral("FAILED");
            state.error = error;
            state.finishedAt = t;
            run.lastError = runErrorOf(error);
            deliver(run, t, i, callbackErrorOf(error), {}, QStringLiteral("RUNNING"));
            continue;
        }
        case Step::NoResult:
            state.status = QStringLiteral("SUCCEEDED");
            state.finishedAt = t;
            run.noResultInput = i;
            deliver(run, t, i, QJsonValue(QJsonValue::Null), {}, QStringLiteral("RUNNING"));
            continue;
        case Step::Normal:
            break;
        }
        while (!fetchPage(run, i, t)) {
            if (!nextStep(run, t, steps))
                return;
        }
    }
    if (!nextStep(run, t, steps))
        return;
    finish(run, t);
}

// One input, one iteration per entry of run.iterations (Executor's
// startQueued / fetchPage / finish for sync_mode incremental).
void DemoSimulator::simulateIncremental(PlannedRun &run)
{
    initStates(run, QStringLiteral("QUEUED"));
    InputState &state = run.states.first();
    const QString action = run.action->slug;
    const qint64 maxResults = LaunchRequest::maxResults(run.parameters);
    const int pageSize = run.action->livePageSize;
    for (qsizetype j = 0; j < run.iterations.size(); ++j) {
        const qint64 firedAt = run.iterations.at(j);
        const qint64 start = firedAt + (j == 0 ? run.queueMs : m_dice.span(100, 3 * kSecond));
        if (j > 0) {
            // startIteration: everything back to SCHEDULED, then queued.
            run.finishedAt = -1;
            run.lastError = QJsonObject();
            state.status = QStringLiteral("QUEUED");
            state.target = -1;
            state.fetched = 0;
            state.attempts = 0;
            state.finishedAt = -1;
            state.updatedAt = firedAt;
            run.updatedAt = firedAt;
        }
        if (start > m_now) {
            run.status = QStringLiteral("QUEUED");
            run.dueAt = m_now;
            return;
        }
        run.status = QStringLiteral("RUNNING");
        if (run.startedAt < 0)
            run.startedAt = start;
        const qint64 top = m_sources.size(action, run.identityUid, start) - 1;
        run.iterationTop = top;
        qint64 t = start;
        int steps = 0;
        if (!nextStep(run, t, steps))
            return;
        beginInput(state, t);
        const qint64 fresh = top - run.highWater;
        state.target = std::min(fresh, maxResults);
        for (;;) {
            const qint64 count =
                std::max<qint64>(0, std::min<qint64>(pageSize, state.target - state.fetched));
            const QDateTime now = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
            QJsonArray results;
            for (qint64 k = 0; k < count; ++k) {
                const qint64 source = top - (state.fetched + k);
                const QJsonObject item = m_data.sourceItem(
                    *run.action, run.identityUid, source,
                    QDateTime::fromMSecsSinceEpoch(m_sources.createdAt(source, t), Qt::UTC), now);
                state.outputs.append(item);
                results.append(item);
            }
            state.fetched += count;
            state.outputCount += static_cast<int>(count);
            run.outputCount += count;
            const bool done = state.fetched >= state.target;
            state.updatedAt = t;
            if (done) {
                state.status = QStringLiteral("SUCCEEDED");
                state.finishedAt = t;
            }
            if (count > 0 || done)
                deliver(run, t, 0, QJsonValue(QJsonValue::Null), results,
                        QStringLiteral("RUNNING"));
            if (done)
                break;
            if (!nextStep(run, t, steps))
                return;
        }
        if (!nextStep(run, t, steps))
            return;
        const qint64 previous = run.highWater;
        const qint64 lost = previous >= 0 ? std::max<qint64>(0, fresh - maxResults) : 0;
        run.highWater = top;
        run.iterationTop = -1;
        run.syncedAt = t;
        if (lost > 0) {
            run.lastInfo = labelled(
                QStringLiteral("MAX_RESULTS_REACHED"),
                QStringLiteral("%1 new items were found but max_results is %2: the %3 oldest "
                               "new items were not fetched and are lost")
                    .arg(fresh)
                    .arg(maxResults)
                    .arg(lost),
                QJsonObject{{QStringLiteral("new_items"), fresh},
                            {QStringLiteral("max_results"), maxResults},
                            {QStringLiteral("lost_items"), lost}});
        }
        finish(run, t);
    }
}
