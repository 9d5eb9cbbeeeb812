#include "sandbox/demoplanner.h"

#include "core/cron/cronexpression.h"
#include "core/cron/cronschedule.h"
#include "core/domain/actioncatalogue.h"
#include "sandbox/actionslugs.h"
#include "sandbox/demotime.h"
#include "sandbox/launchrequest.h"
#include "sandbox/sandboxaccount.h"
#include "sandbox/store/storejson.h"
#include "sandbox/syntheticdata.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

using namespace DemoSamples;
using namespace DemoTime;

namespace {

constexpr qint64 kWindowMs = 30 * kDay;

std::optional<qint64> nullableTime(qint64 ms)
{
    return ms < 0 ? std::nullopt : std::optional<qint64>(ms);
}

std::optional<QString> nullableText(const QJsonObject &object)
{
    return StoreJson::optionalText(object);
}

std::optional<QString> nullableString(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

const ActionSpec &actionOf(QLatin1String slug)
{
    return *ActionCatalogue::find(QString(slug));
}

bool ownAccount(const ActionSpec &action)
{
    return action.identityRule == ActionSpec::IdentityRule::ExactlyOneOwnAccount;
}

} // namespace

DemoPlanner::DemoPlanner(const SyntheticData &data, const IncrementalSource &sources, qint64 now,
                         DemoIds ids, DemoWorkspace workspace, const Executor::Settings &executor,
                         const CallbackDispatcher::Settings &callbacks)
    : m_data(data)
    , m_sources(sources)
    , m_now(now)
    , m_windowStart(now - kWindowMs + 10 * kMinute)
    , m_ids(std::move(ids))
    , m_executor(executor)
    , m_maxRetryMessage(
          QStringLiteral("Gave up after %1 retries").arg(executor.maxRetries).toLatin1())
    , m_dice(data.seed(), workspace.small ? 1 : 0)
    , m_simulator(m_dice, data, sources, now, m_ids, executor)
    , m_callbacks(data.seed() + (workspace.small ? 1 : 0), now, m_ids, callbacks.retryDelaysMs,
                  workspace.owner.workspaceUid)
    , m_standard(SandboxAccount::identities().at(0).uid)
    , m_engagement(SandboxAccount::identities().at(1).uid)
    , m_workspace(std::move(workspace))
{}

DemoPlan DemoPlanner::plan()
{
    if (m_workspace.small) {
        planSmall();
    } else {
        planSchedules();
        planRuns();
    }
    std::stable_sort(m_runs.begin(), m_runs.end(), [](const PlannedRun &a, const PlannedRun &b) {
        return a.createdAt < b.createdAt;
    });
    DemoPlan plan;
    plan.runs.reserve(m_runs.size());
    for (PlannedRun &run : m_runs) {
        m_simulator.simulate(run);
        plan.runs.push_back(rowsOf(run));
    }
    plan.replays = m_callbacks.replays();
    for (const PlannedSchedule &schedule : m_schedules)
        plan.schedules.append(scheduleRow(schedule));
    return plan;
}

PlannedRun &DemoPlanner::newRun(Fate fate, const ActionSpec &action, qint64 createdAt)
{
    PlannedRun run;
    run.stream = static_cast<int>(m_runs.size()) + 1;
    run.fate = fate;
    run.action = &action;
    run.createdAt = createdAt;
    run.pageMs = m_dice.span(2500, 9000);
    run.queueMs = m_dice.chance(0.1) ? m_dice.span(30 * kSecond, 6 * kMinute)
                                     : m_dice.span(400, 15 * kSecond);
    m_runs.push_back(std::move(run));
    return m_runs.back();
}

// A creation time in the window, with more on weekdays and office hours
// (read in Paris winter time, where the demo workspace sits).
qint64 DemoPlanner::drawTime(qint64 from, qint64 to)
{
    for (;;) {
        const qint64 t = m_dice.span(from, to);
        const qint64 local = t + kHour;
        const qint64 days = local >= 0 ? local / kDay : (local - kDay + 1) / kDay;
        const int dayOfWeek = static_cast<int>(((days % 7) + 7 + 3) % 7) + 1; // 1 = Monday
        const int hour = static_cast<int>((local - days * kDay) / kHour);
        double weight = dayOfWeek >= 6 ? 0.22 : 1.0;
        if (hour >= 8 && hour < 19)
            weight *= 1.0;
        else if (hour >= 7 && hour < 22)
            weight *= 0.3;
        else
            weight *= 0.05;
        if (m_dice.chance(weight))
            return t;
    }
}

QJsonObject DemoPlanner::defaults(const ActionSpec &action) const
{
    QJsonObject parameters;
    for (const ActionSpec::Parameter &parameter : action.parameters)
        parameters.insert(parameter.name, parameter.defaultValue);
    return parameters;
}

int DemoPlanner::inputCount(const ActionSpec &action, Fate fate)
{
    if (!action.takesInput())
        return 1;
    int count = 1;
    if (action.slug == ActionSlugs::Messages)
        count = m_dice.between(1, 5);
    else if (action.slug == ActionSlugs::SearchPeople)
        count = m_dice.weighted({5, 3, 2, 1}) + 1;
    else
        count = m_dice.chance(0.7) ? m_dice.between(1, 8) : m_dice.between(9, 20);
    if (fate == Fate::Partial || fate == Fate::Stopped)
        count = std::max(count, 2);
    if (fate == Fate::Running)
        count = std::max(count, 3);
    if (fate == Fate::Failed || fate == Fate::Live)
        count = std::min(count, fate == Fate::Live ? 1 : 3);
    return count;
}

QJsonObject DemoPlanner::inputFor(const ActionSpec &action)
{
    if (action.slug == ActionSlugs::SearchPeople)
        return {{QStringLiteral("linkedin_people_search_url"), searchUrl(m_dice)}};
    if (action.slug == ActionSlugs::Messages)
        return {{QStringLiteral("linkedin_thread_url"), threadUrl(m_dice)}};
    if (action.takesInput())
        return {{QStringLiteral("linkedin_profile_url"), profileUrl(m_dice)}};
    return {};
}

int DemoPlanner::maxResultsFor(const ActionSpec &action, int inputs)
{
    if (!action.returnsList())
        return 0;
    if (action.slug == ActionSlugs::Messages)
        return inputs * 20 <= 100 && m_dice.chance(0.6) ? 20 : 10;
    if (!action.takesInput())
        return m_dice.pick(std::array{25, 50, 50, 100});
    std::vector<int> choices;
    for (const int value : {10, 20, 25, 50, 100}) {
        if (value * inputs <= 100)
            choices.push_back(value);
    }
    return m_dice.pick(choices);
}

QJsonObject DemoPlanner::parametersFor(const ActionSpec &action, int inputs, bool incremental)
{
    QJsonObject parameters = defaults(action);
    if (action.returnsList())
        parameters.insert(QStringLiteral("max_results"),
                          incremental ? 50 : maxResultsFor(action, inputs));
    if (incremental)
        parameters.insert(QStringLiteral("sync_mode"), QStringLiteral("incremental"));
    if (action.slug == ActionSlugs::Conversations)
        parameters.insert(QStringLiteral("read"), !m_dice.chance(0.15));
    if (action.slug == ActionSlugs::SearchPeople)
        parameters.insert(QStringLiteral("only_extract_unique_profile"), m_dice.chance(0.25));
    if (action.slug == ActionSlugs::ExtractPeople) {
        parameters.insert(QStringLiteral("sections"), m_dice.chance(0.6));
        parameters.insert(QStringLiteral("experiences"), m_dice.chance(0.5));
        parameters.insert(QStringLiteral("skills"), m_dice.chance(0.3));
        parameters.insert(QStringLiteral("highlights"), m_dice.chance(0.3));
    }
    return parameters;
}

QString DemoPlanner::identityFor(const ActionSpec &action, bool incremental)
{
    if (incremental)
        return m_engagement;
    if (ownAccount(action))
        return m_dice.chance(0.6) ? m_engagement : m_standard;
    if (action.slug == ActionSlugs::ExtractContact)
        return m_dice.chance(0.7) ? m_standard : QString();
    return m_dice.chance(0.5) ? m_standard : QString();
}

QString DemoPlanner::nameFor(const ActionSpec &action)
{
    if (m_dice.chance(0.18))
        return {};
    static const std::array searches = {
        "Head of Data - France",    "VP Sales DACH",          "Growth marketers Paris",
        "Product managers fintech", "Talent acquisition UK",  "Founders - fintech Europe",
        "ABM - Series B CFOs",      "DevOps hiring managers", "Account executives Benelux"};
    static const std::array people = {"Enrich trade-show leads",      "SaaStr attendees enrichment",
                                      "Enrich inbound MQLs",          "ABM account mapping",
                                      "Candidate profiles - backend", "Webinar signups profiles"};
    static const std::array contacts = {"CRM contact enrichment", "Email finder - webinar leads",
                                        "Partner contacts refresh", "Event follow-up emails"};
    static const std::array messages = {"Inbox export - open deals", "Thread archive for CRM",
                                        "Candidate conversations"};
    static const std::array connections = {"Network export", "Connections backup",
                                           "Connections to CRM"};
    static const std::array conversations = {"Inbox snapshot", "Unread conversations triage"};
    static const std::array viewers = {"Profile viewers follow-up", "Who viewed my profile"};
    if (action.slug == ActionSlugs::SearchPeople)
        return latin(m_dice.pick(searches));
    if (action.slug == ActionSlugs::ExtractPeople)
        return latin(m_dice.pick(people));
    if (action.slug == ActionSlugs::ExtractContact)
        return latin(m_dice.pick(contacts));
    if (action.slug == ActionSlugs::Messages)
        return latin(m_dice.pick(messages));
    if (action.slug == ActionSlugs::Connections)
        return latin(m_dice.pick(connections));
    if (action.slug == ActionSlugs::Conversations)
        return latin(m_dice.pick(conversations));
    return latin(m_dice.pick(viewers));
}

// Steps that SyntheticData decides from the input's content win over the
// plan, so resuming or relaunching the input behaves as the history says.
void DemoPlanner::applyOutcome(const ActionSpec &action, InputPlan &plan)
{
    switch (m_data.outcome(action, plan.data)) {
    case SyntheticData::InputOutcome::Blocked:
        plan.step = Step::BlockInput;
        break;
    case SyntheticData::InputOutcome::NoResult:
        plan.step = Step::NoResult;
        break;
    case SyntheticData::InputOutcome::Unusable:
        plan.step = Step::Fail;
        plan.error =
            ErrorSpec{"NO_DATA_AVAILABLE", "The platform returned nothing usable for this input",
                      424, "server"};
        break;
    case SyntheticData::InputOutcome::Transient:
        plan.retries = std::max(plan.retries, 2);
        break;
    case SyntheticData::InputOutcome::Normal:
        break;
    }
}

qint64 DemoPlanner::pagesOf(const PlannedRun &run, const InputPlan &plan) const
{
    if (plan.step != Step::Normal)
        return 1;
    if (!run.action->returnsList())
        return 1;
    const qint64 target = m_simulator.targetOf(run, plan);
    return std::max<qint64>(1, (target + run.action->livePageSize - 1) / run.action->livePageSize);
}

// How many steps the run takes to process every input (without the
// final one that settles its status).
qint64 DemoPlanner::stepsOf(const PlannedRun &run) const
{
    qint64 steps = 0;
    for (const InputPlan &plan : run.inputs)
        steps += plan.retries + pagesOf(run, plan);
    return steps;
}

// Fills inputs, parameters, identity, name and callback of a run that no
// schedule spawned, and decides what happens to each input.
void DemoPlanner::configure(PlannedRun &run, bool allowCallback)
{
    const ActionSpec &action = *run.action;
    const bool incremental =
        run.fate == Fate::Succeeded && action.supportsIncremental && m_dice.chance(0.35);
    const int count = incremental ? 1 : inputCount(action, run.fate);
    run.parameters = parametersFor(action, count, incremental);
    run.identityUid = identityFor(action, incremental);
    if (!run.isLive())
        run.name = nameFor(action);
    const int customStyle = !action.takesInput() || m_dice.chance(0.65) ? 0 : m_dice.between(1, 3);
    for (int i = 0; i < count; ++i) {
        InputPlan plan;
        plan.data = inputFor(action);
        plan.custom = customData(m_dice, customStyle);
        run.inputs.append(plan);
    }
    if (incremental) {
        qint64 at = run.createdAt;
        run.iterations.append(at);
        const int continues = m_dice.between(0, 3);
        for (int i = 0; i < continues; ++i) {
            at += m_dice.span(kDay, 5 * kDay);
            if (at > m_now - 2 * kHour)
                break;
            run.iterations.append(at);
        }
    }
    if (allowCallback && !run.isLive() && m_dice.chance(0.45)) {
        const int hook = m_dice.weighted({40, 20, 25, 0, 0, 0, 0, 5});
        run.callback = callbackConfig(kHooks[static_cast<std::size_t>(hook)], m_dice.chance(0.25));
    }
    decideSteps(run);
}

void DemoPlanner::decideSteps(PlannedRun &run)
{
    const ActionSpec &action = *run.action;
    const int count = static_cast<int>(run.inputs.size());
    for (InputPlan &plan : run.inputs)
        applyOutcome(action, plan);
    switch (run.fate) {
    case Fate::Succeeded:
        if (!run.isIncremental() && m_dice.chance(0.12))
            run.inputs[m_dice.between(0, count - 1)].retries = m_dice.between(1, 2);
        if (!run.isIncremental() && action.takesInput() && action.slug != ActionSlugs::Messages &&
            m_dice.chance(0.08))
            run.inputs[m_dice.between(0, count - 1)].step = Step::NoResult;
        break;
    case Fate::Live:
        if (action.takesInput() && m_dice.chance(0.06))
            run.liveNoResult = true;
        break;
    case Fate::Partial: {
        const int failures = m_dice.between(1, std::max(1, count / 3));
        for (int i = 0; i < failures; ++i) {
            InputPlan &plan = run.inputs[m_dice.between(0, count - 1)];
            plan.step = Step::Fail;
            plan.error = failureFor(m_dice, action);
        }
        // At least one input must succeed.
        bool anySuccess = false;
        for (const InputPlan &plan : run.inputs)
            anySuccess = anySuccess || plan.step != Step::Fail;
        if (!anySuccess)
            run.inputs.first().step = Step::Normal;
        // A retried input before the first failure, so the run's last
        // error stays the failure (a later retry would overwrite it).
        int firstFailure = 0;
        while (firstFailure < count && run.inputs[firstFailure].step != Step::Fail)
            ++firstFailure;
        if (firstFailure > 0 && m_dice.chance(0.2))
            run.inputs[m_dice.between(0, firstFailure - 1)].retries = 1;
        break;
    }
    case Fate::Failed:
        for (InputPlan &plan : run.inputs) {
            plan.step = Step::Fail;
            plan.error = failureFor(m_dice, action);
        }
        break;
    case Fate::BlockedAccount: {
        InputPlan &plan = run.inputs.first();
        plan.step = Step::BlockAccount;
        break;
    }
    case Fate::BlockedInput: {
        InputPlan &plan = run.inputs[m_dice.between(0, count - 1)];
        const QString url = QStringLiteral("https://www.linkedin.com/products/") +
                            latin(m_dice.pick(kProducts)) + QLatin1Char('/');
        plan.data = QJsonObject{{action.inputFields.first(), url}};
        plan.step = Step::BlockInput;
        break;
    }
    case Fate::Scheduled:
        if (action.slug == ActionSlugs::SearchPeople) {
            run.inputs.first().step = Step::Postpone;
            run.postponeMs = m_dice.span(2 * kHour, 5 * kHour);
        } else {
            run.inputs.first().retries = 1;
        }
        break;
    case Fate::Invalid:
    case Fate::Stopped:
    case Fate::Running:
    case Fate::Queued:
    case Fate::Created:
        break;
    }
}

void DemoPlanner::addHistorical(Fate fate, int count, std::initializer_list<int> weights)
{
    const std::array<const ActionSpec *, 7> all = {
        &actionOf(ActionSlugs::SearchPeople),   &actionOf(ActionSlugs::ExtractPeople),
        &actionOf(ActionSlugs::ExtractContact), &actionOf(ActionSlugs::Messages),
        &actionOf(ActionSlugs::Connections),    &actionOf(ActionSlugs::Conversations),
        &actionOf(ActionSlugs::Viewers)};
    for (int i = 0; i < count; ++i) {
        const ActionSpec &action = *all[static_cast<std::size_t>(m_dice.weighted(weights))];
        PlannedRun &run = newRun(fate, action, historicalTime());
        configure(run, fate != Fate::Live && fate != Fate::Invalid);
    }
}

void DemoPlanner::planSmall()
{
    addHistorical(Fate::Succeeded, 16, {40, 30, 30, 0, 0, 0, 0});
    addHistorical(Fate::Partial, 3, {40, 40, 20, 0, 0, 0, 0});
    addHistorical(Fate::Failed, 2, {1, 1, 1, 0, 0, 0, 0});
    addHistorical(Fate::Live, 5, {50, 30, 20, 0, 0, 0, 0});

    const qint64 createdAt =
        std::max(m_windowStart, (m_now - 20 * kDay) / kDay * kDay + 10 * kHour);
    PlannedSchedule &s =
        addSchedule(QStringLiteral("Weekly founders search"), actionOf(ActionSlugs::SearchPeople),
                    QStringLiteral("0 10 * * 2"), QStringLiteral("Europe/London"), createdAt);
    s.identityUid = m_standard;
    s.parameters.insert(QStringLiteral("max_results"), 20);
    InputPlan plan;
    plan.data = QJsonObject{
        {QStringLiteral("linkedin_people_search_url"), searchUrl(m_dice, "founder", "101165590")}};
    s.inputs.append(plan);
    const QList<qint64> times = firings(s, s.createdAt, m_now);
    finishSchedule(s, times, 0);
    spawnEach(static_cast<int>(m_schedules.size()) - 1, times, {4, 1, 0});
}

void DemoPlanner::planRuns()
{
    const ActionSpec &connections = actionOf(ActionSlugs::Connections);
    const ActionSpec &messages = actionOf(ActionSlugs::Messages);
    const ActionSpec &search = actionOf(ActionSlugs::SearchPeople);
    const ActionSpec &people = actionOf(ActionSlugs::ExtractPeople);
    const ActionSpec &contact = actionOf(ActionSlugs::ExtractContact);

    addHistorical(Fate::Succeeded, 150, {24, 24, 18, 12, 8, 7, 7});
    addHistorical(Fate::Partial, 38, {30, 40, 20, 10, 0, 0, 0});
    addHistorical(Fate::Failed, 22, {25, 20, 15, 10, 10, 10, 10});
    addHistorical(Fate::Live, 42, {25, 30, 25, 5, 5, 5, 5});
    addHistorical(Fate::Invalid, 3, {2, 1, 0, 0, 0, 0, 0});

    // One failed run that exhausted its automatic retries.
    {
        PlannedRun &run = newRun(Fate::Failed, connections, historicalTime());
        configure(run, false);
        run.inputs.first().retries = m_executor.maxRetries;
        run.inputs.first().error =
            ErrorSpec{"API_MAX_RETRY", m_maxRetryMessage.constData(), 424, "server"};
    }

    // Blocked: two identity problems, two unprocessable inputs.
    for (const ActionSpec *action : {&messages, &connections}) {
        PlannedRun &run = newRun(Fate::BlockedAccount, *action, historicalTime());
        configure(run, true);
    }
    for (const ActionSpec *action : {&people, &contact}) {
        PlannedRun &run = newRun(Fate::BlockedInput, *action, historicalTime());
        configure(run, true);
    }

    // Stopped: three cancelled mid-run, two while still queued.
    for (const ActionSpec *action : {&search, &people, &contact, &search, &people}) {
        PlannedRun &run = newRun(Fate::Stopped, *action, historicalTime());
        configure(run, true);
        const qint64 steps = stepsOf(run);
        if (m_runs.size() % 2 == 0 && steps >= 2) {
            run.cancelAfter = static_cast<int>(m_dice.span(1, steps));
            run.cancelDelay = m_dice.span(0, run.pageMs - 1);
        } else {
            run.cancelAfter = 0;
            run.queueMs = m_dice.span(20 * kMinute, 50 * kMinute);
            run.cancelDelay = m_dice.span(2 * kMinute, run.queueMs);
        }
    }

    // Active runs near now, without callbacks: the engine really moves
    // them on, and the demo's receivers are not reachable.
    for (const ActionSpec *action : {&search, &people, &contact, &messages}) {
        PlannedRun &run = newRun(Fate::Running, *action, 0);
        configure(run, false);
        const qint64 steps = stepsOf(run);
        const qint64 done =
            std::clamp<qint64>(m_dice.span(1, steps), 1, std::max<qint64>(1, steps - 1));
        run.createdAt = m_now - run.queueMs - done * run.pageMs - m_dice.span(0, run.pageMs - 1);
    }
    for (const ActionSpec *action : {&people, &search, &contact}) {
        PlannedRun &run =
            newRun(Fate::Queued, *action, m_now - m_dice.span(5 * kSecond, 2 * kMinute));
        configure(run, false);
        run.queueMs = m_now - run.createdAt + 10 * kMinute;
    }
    for (const ActionSpec *action : {&contact, &search}) {
        PlannedRun &run = newRun(Fate::Scheduled, *action, 0);
        configure(run, false);
        const qint64 waited = action == &search ? m_dice.span(2 * kMinute, 40 * kMinute)
                                                : m_dice.span(3 * kSecond, 45 * kSecond);
        run.createdAt = m_now - run.queueMs - run.pageMs - waited;
    }
    for (const ActionSpec *action : {&people, &connections}) {
        PlannedRun &run =
            newRun(Fate::Created, *action, m_now - m_dice.span(1 * kSecond, 20 * kSecond));
        configure(run, false);
    }
}

std::optional<qint64> DemoPlanner::nextFire(const QString &cron, const QString &timezone,
                                            qint64 after) const
{
    auto parsed = CronExpression::parse(cron);
    if (!std::holds_alternative<CronExpression>(parsed))
        return std::nullopt;
    const CronSchedule schedule(std::get<CronExpression>(std::move(parsed)),
                                QTimeZone(timezone.toUtf8()));
    const auto next = schedule.next(QDateTime::fromMSecsSinceEpoch(after, Qt::UTC));
    if (!next)
        return std::nullopt;
    return next->toMSecsSinceEpoch();
}

QList<qint64> DemoPlanner::firings(const PlannedSchedule &schedule, qint64 from, qint64 until) const
{
    QList<qint64> times;
    qint64 after = from;
    for (;;) {
        const auto next = nextFire(schedule.cron, schedule.timezone, after);
        if (!next || *next > until)
            break;
        times.append(*next);
        after = *next;
    }
    return times;
}

PlannedSchedule &DemoPlanner::addSchedule(const QString &name, const ActionSpec &action,
                                          const QString &cron, const QString &timezone,
                                          qint64 createdAt)
{
    PlannedSchedule schedule;
    schedule.uid = m_ids.uids(1).constFirst();
    schedule.name = name;
    schedule.action = &action;
    schedule.status = QStringLiteral("ACTIVE");
    schedule.cron = cron;
    schedule.timezone = timezone;
    schedule.createdAt = createdAt;
    schedule.updatedAt = createdAt;
    schedule.parameters = defaults(action);
    m_schedules.push_back(std::move(schedule));
    return m_schedules.back();
}

PlannedRun &DemoPlanner::spawn(int scheduleIndex, Fate fate, qint64 firedAt)
{
    const PlannedSchedule &schedule = m_schedules[static_cast<std::size_t>(scheduleIndex)];
    PlannedRun &run = newRun(fate, *schedule.action, firedAt);
    run.queueMs = m_dice.span(200, 4 * kSecond);
    run.schedule = scheduleIndex;
    run.name = schedule.name;
    run.parameters = schedule.parameters;
    run.callback = schedule.callback;
    run.identityUid = schedule.identityUid;
    run.inputs = schedule.inputs;
    return run;
}

// An incremental schedule keeps one run and starts its next iteration
// at every firing (contract 6.3).
// An incremental schedule on the engagement identity, one input, that
// fired until now and keeps one run going.
void DemoPlanner::addIncrementalSchedule(const QString &name, const ActionSpec &action,
                                         const QString &cron, const QString &timezone,
                                         qint64 createdAt, int maxResults,
                                         const QJsonObject &callback)
{
    PlannedSchedule &s = addSchedule(name, action, cron, timezone, createdAt);
    s.identityUid = m_engagement;
    s.parameters.insert(QStringLiteral("max_results"), maxResults);
    s.parameters.insert(QStringLiteral("sync_mode"), QStringLiteral("incremental"));
    s.callback = callback;
    s.inputs.append(InputPlan{});
    const QList<qint64> times = firings(s, s.createdAt, m_now);
    finishSchedule(s, times, 0);
    spawnIncremental(static_cast<int>(m_schedules.size()) - 1, times);
}

void DemoPlanner::spawnIncremental(int scheduleIndex, const QList<qint64> &times)
{
    if (times.isEmpty())
        return;
    PlannedRun &run = spawn(scheduleIndex, Fate::Succeeded, times.first());
    run.iterations = times;
    for (InputPlan &plan : run.inputs)
        applyOutcome(*run.action, plan);
}

void DemoPlanner::spawnEach(int scheduleIndex, const QList<qint64> &times,
                            std::initializer_list<int> fates)
{
    for (const qint64 at : times) {
        const int pick = m_dice.weighted(fates);
        const Fate fate = pick == 0 ? Fate::Succeeded : pick == 1 ? Fate::Partial : Fate::Failed;
        PlannedRun &run = spawn(scheduleIndex, fate, at);
        decideSteps(run);
    }
}

void DemoPlanner::finishSchedule(PlannedSchedule &schedule, const QList<qint64> &times,
                                 qint64 endedAt)
{
    if (!times.isEmpty()) {
        schedule.lastExecuted = times.last();
        schedule.updatedAt = times.last();
    }
    if (schedule.status == QLatin1String("ACTIVE")) {
        schedule.next =
            nextFire(schedule.cron, schedule.timezone, std::max(m_now, schedule.createdAt))
                .value_or(-1);
    } else {
        schedule.updatedAt = std::max(schedule.updatedAt, endedAt);
    }
}

void DemoPlanner::planSchedules()
{
    const QString paris = QStringLiteral("Europe/Paris");
    const QString newYork = QStringLiteral("America/New_York");
    const auto dayAligned = [&](qint64 daysAgo, qint64 hourUtc) {
        const qint64 day = (m_now - daysAgo * kDay) / kDay * kDay;
        return std::max(m_windowStart, day + hourUtc * kHour + m_dice.span(0, 40 * kMinute));
    };

    // Daily, incremental: the inbox every morning.
    addIncrementalSchedule(QStringLiteral("Inbox sync"), actionOf(ActionSlugs::Conversations),
                           QStringLiteral("0 7 * * *"), paris, dayAligned(14, 15), 20,
                           callbackConfig(kHooks[3], false));
    // Weekdays, incremental, small max_results: Monday's iteration finds
    // the weekend's connections and loses the oldest (MAX_RESULTS_REACHED).
    addIncrementalSchedule(QStringLiteral("New connections to HubSpot"),
                           actionOf(ActionSlugs::Connections), QStringLiteral("30 8 * * 1-5"),
                           newYork, dayAligned(19, 16), 10, callbackConfig(kHooks[4], true));
    // Weekly search.
    {
        PlannedSchedule &s =
            addSchedule(QStringLiteral("Weekly CTO search"), actionOf(ActionSlugs::SearchPeople),
                        QStringLiteral("0 8 * * 1"), paris, dayAligned(29, 9));
        s.identityUid = m_standard;
        s.parameters.insert(QStringLiteral("max_results"), 50);
        s.callback = callbackConfig(kHooks[1], false);
        for (const char *geo : {"105015875", "101282230"}) {
            InputPlan plan;
            plan.data = QJsonObject{
                {QStringLiteral("linkedin_people_search_url"), searchUrl(m_dice, "cto", geo)}};
            plan.custom = QJsonObject{{QStringLiteral("list"), QStringLiteral("cto-weekly")}};
            s.inputs.append(plan);
        }
        const QList<qint64> times = firings(s, s.createdAt, m_now);
        finishSchedule(s, times, 0);
        spawnEach(static_cast<int>(m_schedules.size()) - 1, times, {5, 1, 0});
    }
    // Daily, paused a week ago.
    {
        const qint64 pausedAt = dayAligned(8, 13);
        PlannedSchedule &s =
            addSchedule(QStringLiteral("Profile viewers daily"), actionOf(ActionSlugs::Viewers),
                        QStringLiteral("0 9 * * *"), QStringLiteral("UTC"), dayAligned(26, 10));
        s.identityUid = m_engagement;
        s.parameters.insert(QStringLiteral("max_results"), 25);
        s.parameters.insert(QStringLiteral("sync_mode"), QStringLiteral("incremental"));
        s.inputs.append(InputPlan{});
        s.status = QStringLiteral("PAUSED");
        const QList<qint64> times = firings(s, s.createdAt, pausedAt);
        finishSchedule(s, times, pausedAt);
        spawnIncremental(static_cast<int>(m_schedules.size()) - 1, times);
    }
    // Monthly enrichment (may not have fired within the window yet).
    {
        PlannedSchedule &s = addSchedule(QStringLiteral("Monthly CRM enrichment"),
                                         actionOf(ActionSlugs::ExtractContact),
                                         QStringLiteral("0 6 1 * *"), paris, dayAligned(29, 14));
        s.identityUid = m_standard;
        s.callback = callbackConfig(kHooks[6], false);
        for (int i = 0; i < 12; ++i) {
            InputPlan plan;
            plan.data = QJsonObject{{QStringLiteral("linkedin_profile_url"), profileUrl(m_dice)}};
            plan.custom = customData(m_dice, 1);
            s.inputs.append(plan);
        }
        const QList<qint64> times = firings(s, s.createdAt, m_now);
        finishSchedule(s, times, 0);
        spawnEach(static_cast<int>(m_schedules.size()) - 1, times, {1, 0, 0});
    }
    // One-shot, already fired.
    {
        const qint64 at = dayAligned(12, 8) / kMinute * kMinute;
        PlannedSchedule &s = addSchedule(QStringLiteral("Conference leads (one-off)"),
                                         actionOf(ActionSlugs::ExtractPeople), QString(), paris,
                                         std::max(m_windowStart, at - 2 * kDay));
        s.identityUid = m_standard;
        s.parameters.insert(QStringLiteral("sections"), true);
        s.parameters.insert(QStringLiteral("experiences"), true);
        s.callback = callbackConfig(kHooks[5], false);
        for (int i = 0; i < 15; ++i) {
            InputPlan plan;
            plan.data = QJsonObject{{QStringLiteral("linkedin_profile_url"), profileUrl(m_dice)}};
            plan.custom = customData(m_dice, 2);
            s.inputs.append(plan);
        }
        s.scheduleAt = at;
        s.status = QStringLiteral("COMPLETED");
        finishSchedule(s, {at}, at);
        spawnEach(static_cast<int>(m_schedules.size()) - 1, {at}, {0, 1, 0});
    }
    // Weekdays, cancelled: its receiver answered 404 to every delivery.
    {
        const qint64 cancelledAt = dayAligned(17, 15);
        PlannedSchedule &s = addSchedule(QStringLiteral("SDR prospect search (old CRM)"),
                                         actionOf(ActionSlugs::SearchPeople),
                                         QStringLiteral("0 9 * * 1-5"), paris, dayAligned(28, 13));
        s.identityUid = m_standard;
        s.parameters.insert(QStringLiteral("max_results"), 25);
        s.callback = callbackConfig(kHooks[7], false);
        for (const char *keywords : {"sales development representative", "account executive"}) {
            InputPlan plan;
            plan.data = QJsonObject{{QStringLiteral("linkedin_people_search_url"),
                                     searchUrl(m_dice, keywords, "105015875")}};
            s.inputs.append(plan);
        }
        s.status = QStringLiteral("CANCELLED");
        const QList<qint64> times = firings(s, s.createdAt, cancelledAt);
        finishSchedule(s, times, cancelledAt);
        spawnEach(static_cast<int>(m_schedules.size()) - 1, times, {6, 1, 1});
    }
}

DemoPlan::Run DemoPlanner::rowsOf(PlannedRun &run)
{
    DemoPlan::Run rows;
    const QString uid = m_ids.uids(1).constFirst();
    const QString workspace = m_workspace.owner.workspaceUid;
    const PlannedSchedule *schedule =
        run.schedule >= 0 ? &m_schedules[static_cast<std::size_t>(run.schedule)] : nullptr;
    const QStringList inputUids = m_ids.uids(static_cast<int>(run.states.size()));
    if (run.noResultInput >= 0) {
        run.lastInfo = labelled(
            QStringLiteral("NO_RESULT"),
            QStringLiteral("Nothing was found for one input; it counts as a success with no "
                           "results"),
            QJsonObject{{QStringLiteral("input_uid"), inputUids.at(run.noResultInput)}});
    }
    rows.row = RunRow{0,
                      uid,
                      workspace,
                      m_workspace.owner.userUid,
                      nullableString(run.name),
                      ActionCatalogue::actionId(run.action->slug),
                      run.action->slug,
                      run.isLive() ? QStringLiteral("LIVE") : QStringLiteral("ASYNC"),
                      run.status,
                      StoreJson::text(run.parameters),
                      nullableString(run.identityUid),
                      nullableText(run.callback),
                      schedule ? std::optional(schedule->uid) : std::nullopt,
                      schedule ? std::optional(schedule->name) : std::nullopt,
                      run.retryCount,
                      run.outputCount,
                      nullableText(run.lastError),
                      nullableText(run.lastInfo),
                      nullableTime(run.postponedUntil),
                      nullableTime(run.startedAt),
                      nullableTime(run.finishedAt),
                      nullableTime(run.syncedAt),
                      run.createdAt,
                      run.updatedAt,
                      nullableTime(run.dueAt),
                      run.highWater,
                      nullableTime(run.iterationTop)};
    if (schedule)
        m_schedules[static_cast<std::size_t>(run.schedule)].lastRunUid = uid;

    for (qsizetype i = 0; i < run.states.size(); ++i) {
        const InputState &state = run.states.at(i);
        const InputPlan &plan = run.inputs.at(i);
        DemoPlan::Input input;
        input.row =
            InputRow{0,
                     0,
                     i,
                     inputUids.at(i),
                     state.status,
                     StoreJson::text(plan.data),
                     plan.custom.isObject() ? std::optional(StoreJson::text(plan.custom.toObject()))
                                            : std::nullopt,
                     nullableText(state.error),
                     state.outputCount,
                     state.retryCount,
                     state.attempts,
                     nullableTime(state.target),
                     state.fetched,
                     nullableTime(state.startedAt),
                     nullableTime(state.finishedAt),
                     run.createdAt,
                     state.updatedAt};
        for (const QJsonObject &item : state.outputs)
            input.outputs.append(StoreJson::text(item));
        rows.inputs.append(input);
    }
    rows.callbacks = m_callbacks.deliveries(run, uid);
    return rows;
}

ScheduleRow DemoPlanner::scheduleRow(const PlannedSchedule &schedule) const
{
    QJsonArray inputs;
    for (const InputPlan &plan : schedule.inputs) {
        QJsonObject input = plan.data;
        if (plan.custom.isObject())
            input.insert(QStringLiteral("custom_data"), plan.custom);
        inputs.append(input);
    }
    // LaunchRequest::toConfig's shape, so the scheduler can fire it.
    const QJsonObject config{{QStringLiteral("action"), schedule.action->slug},
                             {QStringLiteral("inputs"), inputs},
                             {QStringLiteral("parameters"), schedule.parameters},
                             {QStringLiteral("identity_uid"), schedule.identityUid},
                             {QStringLiteral("identity_mode"), schedule.identityUid.isEmpty()
                                                                   ? QStringLiteral("auto")
                                                                   : QStringLiteral("direct")},
                             {QStringLiteral("callback"), schedule.callback},
                             {QStringLiteral("name"), schedule.name}};
    return ScheduleRow{0,
                       schedule.uid,
                       m_workspace.owner.workspaceUid,
                       m_workspace.owner.userUid,
                       schedule.name,
                       ActionCatalogue::actionId(schedule.action->slug),
                       schedule.action->slug,
                       schedule.status,
                       nullableString(schedule.cron),
                       schedule.timezone,
                       nullableTime(schedule.scheduleAt),
                       nullableTime(schedule.next),
                       nullableTime(schedule.lastExecuted),
                       std::nullopt,
                       StoreJson::text(config),
                       nullableString(schedule.lastRunUid),
                       schedule.createdAt,
                       schedule.updatedAt};
}

qint64 DemoPlanner::historicalTime()
{
    return drawTime(m_windowStart, m_now - 3 * kHour);
}
