#include "demohistory.h"

#include "actionslugs.h"
#include "cron/cronexpression.h"
#include "cron/cronschedule.h"
#include "domain/actioncatalogue.h"
#include "domain/runstatus.h"
#include "executor.h"
#include "incrementalsource.h"
#include "launchrequest.h"
#include "sandboxaccount.h"
#include "sandboxclock.h"
#include "store/callbackrows.h"
#include "store/inputrows.h"
#include "store/outputrows.h"
#include "store/runrows.h"
#include "store/sandboxstore.h"
#include "store/schedulerows.h"
#include "store/storejson.h"
#include "syntheticdata.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <vector>

// How the history is made: every run is first *planned* (action, inputs,
// parameters, what happens to each input, when it was created), then
// *simulated* step by step the way the Executor would have moved it (one
// page per step, retries, blocks, cancels, incremental iterations), up to
// now. A run whose steps reach past now is left active, with due_at at its
// next step, exactly as the engine would hold it. The results of each step
// come from SyntheticData, so outputs, counts and callbacks agree with what
// the engine produces for the same inputs.

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWindowMs = 30 * kDay;
// Executor::Settings::retryDelayMs and maxRetries.
constexpr qint64 kRetryDelayMs = kMinute;
constexpr int kMaxRetries = 10;
// The dispatcher's default automatic retry delays.
constexpr std::array<qint64, 3> kCallbackRetryMs = {5 * kSecond, 30 * kSecond, 120 * kSecond};

// ---------------------------------------------------------------------------
// Choices: a QRandomGenerator seeded from the sandbox seed and a stream
// number, never the global generator.

class Dice
{
public:
    Dice(quint64 seed, quint32 stream)
    {
        const std::array<quint32, 4> words = {
            static_cast<quint32>(seed), static_cast<quint32>(seed >> 32), stream, 0x64656d6fU};
        m_rng = QRandomGenerator(words.data(), static_cast<qsizetype>(words.size()));
    }

    // Inclusive bounds.
    int between(int low, int high)
    {
        return low + static_cast<int>(m_rng.bounded(static_cast<quint32>(high - low + 1)));
    }
    // [low, high)
    qint64 span(qint64 low, qint64 high)
    {
        if (high <= low)
            return low;
        return low + static_cast<qint64>(m_rng.generateDouble() * static_cast<double>(high - low));
    }
    bool chance(double probability) { return m_rng.generateDouble() < probability; }
    template <typename List>
    auto pick(const List &list)
    {
        return list[static_cast<std::size_t>(between(0, static_cast<int>(std::size(list)) - 1))];
    }
    // An index drawn with the given weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (const int weight : weights)
            total += weight;
        int draw = between(0, total - 1);
        int index = 0;
        for (const int weight : weights) {
            if (draw < weight)
                return index;
            draw -= weight;
            ++index;
        }
        return index - 1;
    }
    QByteArray bytes(int count)
    {
        QByteArray out(count, Qt::Uninitialized);
        for (int i = 0; i < count; ++i)
            out[i] = static_cast<char>(m_rng.bounded(256U));
        return out;
    }

private:
    QRandomGenerator m_rng;
};

// ---------------------------------------------------------------------------
// Realistic inputs.

const std::array kFirstNames = {
    "camille", "lucas", "emma",   "hugo",  "chloe", "thomas", "sarah",  "julien", "laura", "maxime",
    "anna",    "felix", "sophie", "jonas", "mia",   "noah",   "olivia", "liam",   "ava",   "ethan",
    "mateo",   "lena",  "paul",   "clara", "nina",  "david",  "elena",  "marco",  "ines",  "omar"};
const std::array kLastNames = {"martin", "bernard", "dubois",   "moreau",  "laurent", "schmidt",
                               "muller", "weber",   "fischer",  "smith",   "johnson", "brown",
                               "garcia", "rossi",   "ferrari",  "novak",   "jansen",  "dekker",
                               "silva",  "santos",  "kowalski", "nielsen", "larsen",  "murphy",
                               "kelly",  "patel",   "shah",     "cohen",   "lambert", "fontaine"};
const std::array kSearchKeywords = {"head of data",      "cto",
                                    "vp sales",          "growth marketing",
                                    "product manager",   "talent acquisition",
                                    "data engineer",     "cfo saas",
                                    "account executive", "ux designer",
                                    "devops engineer",   "founder fintech",
                                    "head of people",    "sales development representative"};
// LinkedIn geo URNs: France, Germany, United Kingdom, United States, Spain,
// Netherlands.
const std::array kGeoUrns = {"105015875", "101282230", "101165590",
                             "103644278", "105646813", "102890719"};
const std::array kProducts = {"hubspot-sales-hub", "salesforce-sales-cloud", "notion",
                              "pipedrive-crm"};
const std::array kCompanies = {"acme-robotics", "globex", "initech", "umbrella-analytics"};
const std::array kLeadSources = {"webinar-2026-02", "saastr-europa", "inbound-form", "referral",
                                 "vivatech"};
const std::array kOwners = {"camille", "jonas", "sarah", "marco", "ines"};
const std::array kSegments = {"smb", "mid-market", "enterprise"};

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

QString profileHandle(Dice &dice)
{
    const QString first = latin(dice.pick(kFirstNames));
    const QString last = latin(dice.pick(kLastNames));
    switch (dice.weighted({6, 3, 1})) {
    case 0:
        return first + QLatin1Char('-') + last + QLatin1Char('-') +
               QString::number(dice.between(0x1000000, 0xfffffff), 16);
    case 1:
        return first + QLatin1Char('-') + last;
    default:
        return first + QLatin1Char('-') + last + QLatin1Char('-') +
               QString::number(dice.between(10000000, 99999999));
    }
}

QString profileUrl(Dice &dice)
{
    return QStringLiteral("https://www.linkedin.com/in/") + profileHandle(dice) + QLatin1Char('/');
}

QString searchUrl(Dice &dice, const char *keywords = nullptr, const char *geo = nullptr)
{
    const QByteArray words =
        keywords ? QByteArray(keywords) : QByteArray(dice.pick(kSearchKeywords));
    QString url = QStringLiteral("https://www.linkedin.com/search/results/people/?keywords=") +
                  QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(words))) +
                  QStringLiteral("&geoUrn=%5B%22") + latin(geo ? geo : dice.pick(kGeoUrns)) +
                  QStringLiteral("%22%5D");
    if (dice.chance(0.3))
        url += QStringLiteral("&network=%5B%22S%22%2C%22O%22%5D");
    return url + QStringLiteral("&origin=FACETED_SEARCH");
}

QString threadUrl(Dice &dice)
{
    const QString conversation = QUuid::fromRfc4122(dice.bytes(16)).toString(QUuid::WithoutBraces) +
                                 QStringLiteral("_0") + QString::number(dice.between(10, 99));
    return QStringLiteral("https://www.linkedin.com/messaging/thread/2-") +
           QString::fromLatin1(conversation.toLatin1().toBase64(QByteArray::Base64UrlEncoding)) +
           QLatin1Char('/');
}

QJsonValue customData(Dice &dice, int style)
{
    switch (style) {
    case 1:
        return QJsonObject{
            {QStringLiteral("crm_id"), QStringLiteral("HS-%1").arg(dice.between(100000, 999999))}};
    case 2:
        return QJsonObject{{QStringLiteral("lead_source"), latin(dice.pick(kLeadSources))},
                           {QStringLiteral("owner"), latin(dice.pick(kOwners))}};
    case 3:
        return QJsonObject{
            {QStringLiteral("account_id"),
             QStringLiteral("0015g0000%1")
                 .arg(QString::number(dice.between(0x100000, 0xffffff), 16).toUpper())},
            {QStringLiteral("segment"), latin(dice.pick(kSegments))}};
    default:
        return QJsonValue(QJsonValue::Null);
    }
}

// ---------------------------------------------------------------------------
// Errors, in the shapes the executor writes.

struct ErrorSpec
{
    const char *label;
    const char *message;
    int status;
    const char *scope;
};

const std::array kProfileErrors = {
    ErrorSpec{"PROFILE_NOT_ACCESSIBLE",
              "This profile is out of reach for the identity (outside its network or restricted)",
              424, "input"},
    ErrorSpec{"STATUS_403", "LinkedIn refused access to this page", 424, "server"},
    ErrorSpec{"LK_ERROR", "LinkedIn answered with an unexpected error", 424, "server"},
    ErrorSpec{"NO_DATA_AVAILABLE", "The platform returned nothing usable for this input", 424,
              "server"},
};
const std::array kSearchErrors = {
    ErrorSpec{"LK_ERROR", "LinkedIn answered with an unexpected error", 424, "server"},
    ErrorSpec{"NO_DATA_LOADED", "The search page loaded without its results", 424, "server"},
    ErrorSpec{"API_TIMEOUT_ERROR", "LinkedIn did not answer in time", 424, "server"},
    ErrorSpec{"LK_524", "LinkedIn timed out while loading the search", 424, "server"},
};
const std::array kThreadErrors = {
    ErrorSpec{"LK_MISSING_DATA", "The conversation could not be read", 424, "server"},
    ErrorSpec{"NOT_CONNECTED", "The identity is not a participant of this conversation", 424,
              "input"},
    ErrorSpec{"LK_ERROR", "LinkedIn answered with an unexpected error", 424, "server"},
};
const std::array kAccountErrors = {
    ErrorSpec{"LK_ERROR", "LinkedIn answered with an unexpected error", 424, "server"},
    ErrorSpec{"LK_524", "LinkedIn timed out", 424, "server"},
    ErrorSpec{"NO_DATA_LOADED", "The page loaded without the expected data", 424, "server"},
};

ErrorSpec failureFor(Dice &dice, const ActionSpec &action)
{
    if (action.slug == ActionSlugs::SearchPeople)
        return dice.pick(kSearchErrors);
    if (action.slug == ActionSlugs::ExtractPeople || action.slug == ActionSlugs::ExtractContact)
        return dice.pick(kProfileErrors);
    if (action.slug == ActionSlugs::Messages)
        return dice.pick(kThreadErrors);
    return dice.pick(kAccountErrors);
}

QJsonObject labelled(const QString &label, const QString &message,
                     const QJsonObject &params = QJsonObject())
{
    return QJsonObject{{QStringLiteral("label"), label},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("params"), params}};
}

QJsonObject runErrorOf(const QJsonObject &inputError)
{
    return labelled(inputError.value(QStringLiteral("label")).toString(),
                    inputError.value(QStringLiteral("message")).toString(),
                    inputError.value(QStringLiteral("params")).toObject());
}

// The callback body's error for a failed input (Executor::failInput).
QJsonObject callbackErrorOf(const QJsonObject &inputError)
{
    return QJsonObject{
        {QStringLiteral("error_label"), inputError.value(QStringLiteral("label"))},
        {QStringLiteral("error_scope"), inputError.value(QStringLiteral("scope"))},
        {QStringLiteral("error_ref"), inputError.value(QStringLiteral("error_ref"))},
        {QStringLiteral("message"), inputError.value(QStringLiteral("message"))},
        {QStringLiteral("status_code"), inputError.value(QStringLiteral("status_code"))},
        {QStringLiteral("params"), QJsonObject()}};
}

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

// ---------------------------------------------------------------------------
// Callback receivers. Each demo URL behaves its own way.

enum class Health
{
    Healthy,
    Flaky,
    Broken,
};

struct Hook
{
    const char *path;
    Health health;
    const char *headerName;
    const char *headerValue;
};

const std::array kHooks = {
    Hook{"crm-sync", Health::Healthy, "X-Webhook-Secret", "whsec_demo_7f3a9c21"},
    Hook{"prospects", Health::Healthy, nullptr, nullptr},
    Hook{"enrichment", Health::Flaky, "X-Webhook-Secret", "whsec_demo_51be02d4"},
    Hook{"inbox-sync", Health::Healthy, nullptr, nullptr},
    Hook{"hubspot", Health::Healthy, "Authorization", "Bearer demo-hubspot-token"},
    Hook{"event-leads", Health::Healthy, nullptr, nullptr},
    Hook{"crm-enrichment", Health::Flaky, nullptr, nullptr},
    Hook{"legacy-crm", Health::Broken, nullptr, nullptr},
};

// Demo receivers live on the loopback discard port: nothing listens there,
// so a schedule that fires later or a replay from the dashboard fails at
// once on this machine instead of sending anything off it.
QString hookUrl(const Hook &hook)
{
    return QStringLiteral("http://127.0.0.1:9/edges/") + latin(hook.path);
}

QJsonObject callbackConfig(const Hook &hook, bool finalOnly)
{
    QJsonObject headers;
    if (hook.headerName)
        headers.insert(latin(hook.headerName), latin(hook.headerValue));
    return QJsonObject{
        {QStringLiteral("url"), hookUrl(hook)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("on"), finalOnly ? QStringLiteral("final") : QStringLiteral("all")}};
}

const Hook *hookOf(const QString &url)
{
    for (const Hook &hook : kHooks) {
        if (hookUrl(hook) == url)
            return &hook;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------
// Plans and simulated state.

enum class Fate
{
    Succeeded,
    Partial,
    Failed,
    Live,
    BlockedAccount,
    BlockedInput,
    Stopped,
    Invalid,
    Running,
    Queued,
    Scheduled,
    Created,
};

enum class Step
{
    Normal,
    NoResult,
    Fail,
    Postpone,
    BlockAccount,
    BlockInput,
};

struct InputPlan
{
    QJsonObject data;
    QJsonValue custom = QJsonValue(QJsonValue::Null);
    Step step = Step::Normal;
    // Transient failures (PROXY_ERROR) before the input's real attempt.
    int retries = 0;
    ErrorSpec error{};
};

struct InputState
{
    QString status;
    QJsonObject error;
    int outputCount = 0;
    int retryCount = 0;
    int attempts = 0;
    qint64 target = -1;
    qint64 fetched = 0;
    qint64 startedAt = -1;
    qint64 finishedAt = -1;
    qint64 updatedAt = 0;
    QList<QJsonObject> outputs;
};

struct Delivery
{
    qint64 at = 0;
    int input = -1;
    QJsonValue error = QJsonValue(QJsonValue::Null);
    QJsonArray results;
    QString status;
};

struct Run
{
    int stream = 0;
    Fate fate = Fate::Succeeded;
    const ActionSpec *action = nullptr;
    qint64 createdAt = 0;
    qint64 queueMs = 0;
    qint64 pageMs = 0;
    QString name;
    int schedule = -1;
    QJsonObject parameters;
    QJsonObject callback;
    QString identityUid;
    QList<InputPlan> inputs;
    // Incremental runs: when each iteration started (the first is the launch).
    QList<qint64> iterations;
    // Stopped runs: cancelled after this many steps (0: while still queued).
    int cancelAfter = -1;
    qint64 cancelDelay = 0;
    qint64 postponeMs = 0;

    QString status;
    int retryCount = 0;
    QJsonObject lastError;
    QJsonObject lastInfo;
    int noResultInput = -1;
    bool liveNoResult = false;
    qint64 postponedUntil = -1;
    qint64 startedAt = -1;
    qint64 finishedAt = -1;
    qint64 syncedAt = -1;
    qint64 updatedAt = 0;
    qint64 dueAt = -1;
    qint64 highWater = -1;
    qint64 iterationTop = -1;
    qint64 outputCount = 0;
    QList<InputState> states;
    QList<Delivery> deliveries;

    bool isLive() const { return fate == Fate::Live; }
    bool isIncremental() const { return !iterations.isEmpty(); }
};

struct Schedule
{
    QString uid;
    QString name;
    const ActionSpec *action = nullptr;
    QString status;
    QString cron;
    QString timezone;
    qint64 scheduleAt = -1;
    qint64 next = -1;
    qint64 lastExecuted = -1;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QJsonObject parameters;
    QJsonObject callback;
    QString identityUid;
    QList<InputPlan> inputs;
    QString lastRunUid;
};

struct FailedCallback
{
    QString uid;
    QString refUid;
    QString runUid;
    QString batchUid;
    QString url;
    QString headers;
    QString payload;
    qint64 updatedAt = 0;
    Health health = Health::Healthy;
};

const ActionSpec &actionOf(QLatin1String slug)
{
    return *ActionCatalogue::find(QString(slug));
}

bool ownAccount(const ActionSpec &action)
{
    return action.identityRule == ActionSpec::IdentityRule::ExactlyOneOwnAccount;
}

// ---------------------------------------------------------------------------

class Builder
{
public:
    Builder(SandboxStore &store, const SyntheticData &data, qint64 now)
        : m_store(store)
        , m_data(data)
        , m_now(now)
        , m_windowStart(now - kWindowMs + 10 * kMinute)
        , m_dice(data.seed(), 0)
        , m_sources(store)
        , m_standard(SandboxAccount::identities().at(0).uid)
        , m_engagement(SandboxAccount::identities().at(1).uid)
        , m_user(SandboxAccount::userUid(QStringLiteral("sandbox")))
    {}

    void build()
    {
        planSchedules();
        planRuns();
        std::stable_sort(m_runs.begin(), m_runs.end(),
                         [](const Run &a, const Run &b) { return a.createdAt < b.createdAt; });
        for (Run &run : m_runs) {
            if (run.isLive())
                simulateLive(run);
            else if (run.isIncremental())
                simulateIncremental(run);
            else
                simulate(run);
            insert(run);
        }
        insertReplays();
        insertSchedules();
    }

private:
    // --- planning --------------------------------------------------------

    Run &newRun(Fate fate, const ActionSpec &action, qint64 createdAt)
    {
        Run run;
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
    qint64 drawTime(qint64 from, qint64 to)
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

    qint64 historicalTime() { return drawTime(m_windowStart, m_now - 3 * kHour); }

    QJsonObject defaults(const ActionSpec &action) const
    {
        QJsonObject parameters;
        for (const ActionSpec::Parameter &parameter : action.parameters)
            parameters.insert(parameter.name, parameter.defaultValue);
        return parameters;
    }

    int inputCount(const ActionSpec &action, Fate fate)
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

    QJsonObject inputFor(const ActionSpec &action)
    {
        if (action.slug == ActionSlugs::SearchPeople)
            return {{QStringLiteral("linkedin_people_search_url"), searchUrl(m_dice)}};
        if (action.slug == ActionSlugs::Messages)
            return {{QStringLiteral("linkedin_thread_url"), threadUrl(m_dice)}};
        if (action.takesInput())
            return {{QStringLiteral("linkedin_profile_url"), profileUrl(m_dice)}};
        return {};
    }

    int maxResultsFor(const ActionSpec &action, int inputs)
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

    QJsonObject parametersFor(const ActionSpec &action, int inputs, bool incremental)
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

    QString identityFor(const ActionSpec &action, bool incremental)
    {
        if (incremental)
            return m_engagement;
        if (ownAccount(action))
            return m_dice.chance(0.6) ? m_engagement : m_standard;
        if (action.slug == ActionSlugs::ExtractContact)
            return m_dice.chance(0.7) ? m_standard : QString();
        return m_dice.chance(0.5) ? m_standard : QString();
    }

    QString nameFor(const ActionSpec &action)
    {
        if (m_dice.chance(0.18))
            return {};
        static const std::array searches = {
            "Head of Data - France",    "VP Sales DACH",          "Growth marketers Paris",
            "Product managers fintech", "Talent acquisition UK",  "Founders - fintech Europe",
            "ABM - Series B CFOs",      "DevOps hiring managers", "Account executives Benelux"};
        static const std::array people = {
            "Enrich trade-show leads", "SaaStr attendees enrichment",  "Enrich inbound MQLs",
            "ABM account mapping",     "Candidate profiles - backend", "Webinar signups profiles"};
        static const std::array contacts = {"CRM contact enrichment",
                                            "Email finder - webinar leads",
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
    void applyOutcome(const ActionSpec &action, InputPlan &plan)
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
                ErrorSpec{"NO_DATA_AVAILABLE",
                          "The platform returned nothing usable for this input", 424, "server"};
            break;
        case SyntheticData::InputOutcome::Transient:
            plan.retries = std::max(plan.retries, 2);
            break;
        case SyntheticData::InputOutcome::Normal:
            break;
        }
    }

    qint64 targetOf(const Run &run, const InputPlan &plan) const
    {
        if (!run.action->returnsList())
            return 1;
        return std::min<qint64>(m_data.availableResults(*run.action, plan.data),
                                LaunchRequest::maxResults(run.parameters));
    }

    qint64 pagesOf(const Run &run, const InputPlan &plan) const
    {
        if (plan.step != Step::Normal)
            return 1;
        if (!run.action->returnsList())
            return 1;
        const qint64 target = targetOf(run, plan);
        return std::max<qint64>(1,
                                (target + run.action->livePageSize - 1) / run.action->livePageSize);
    }

    // How many steps the run takes to process every input (without the
    // final one that settles its status).
    qint64 stepsOf(const Run &run) const
    {
        qint64 steps = 0;
        for (const InputPlan &plan : run.inputs)
            steps += plan.retries + pagesOf(run, plan);
        return steps;
    }

    // Fills inputs, parameters, identity, name and callback of a run that no
    // schedule spawned, and decides what happens to each input.
    void configure(Run &run, bool allowCallback)
    {
        const ActionSpec &action = *run.action;
        const bool incremental =
            run.fate == Fate::Succeeded && action.supportsIncremental && m_dice.chance(0.35);
        const int count = incremental ? 1 : inputCount(action, run.fate);
        run.parameters = parametersFor(action, count, incremental);
        run.identityUid = identityFor(action, incremental);
        if (!run.isLive())
            run.name = nameFor(action);
        const int customStyle =
            !action.takesInput() || m_dice.chance(0.65) ? 0 : m_dice.between(1, 3);
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
            run.callback =
                callbackConfig(kHooks[static_cast<std::size_t>(hook)], m_dice.chance(0.25));
        }
        decideSteps(run);
    }

    void decideSteps(Run &run)
    {
        const ActionSpec &action = *run.action;
        const int count = static_cast<int>(run.inputs.size());
        for (InputPlan &plan : run.inputs)
            applyOutcome(action, plan);
        switch (run.fate) {
        case Fate::Succeeded:
            if (!run.isIncremental() && m_dice.chance(0.12))
                run.inputs[m_dice.between(0, count - 1)].retries = m_dice.between(1, 2);
            if (!run.isIncremental() && action.takesInput() &&
                action.slug != ActionSlugs::Messages && m_dice.chance(0.08))
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

    void planRuns()
    {
        const ActionSpec &connections = actionOf(ActionSlugs::Connections);
        const ActionSpec &messages = actionOf(ActionSlugs::Messages);
        const ActionSpec &viewers = actionOf(ActionSlugs::Viewers);
        const ActionSpec &conversations = actionOf(ActionSlugs::Conversations);
        const ActionSpec &search = actionOf(ActionSlugs::SearchPeople);
        const ActionSpec &people = actionOf(ActionSlugs::ExtractPeople);
        const ActionSpec &contact = actionOf(ActionSlugs::ExtractContact);
        const std::array<const ActionSpec *, 7> all = {
            &search, &people, &contact, &messages, &connections, &conversations, &viewers};

        const auto historical = [&](Fate fate, int count, std::initializer_list<int> weights) {
            for (int i = 0; i < count; ++i) {
                const ActionSpec &action = *all[static_cast<std::size_t>(m_dice.weighted(weights))];
                Run &run = newRun(fate, action, historicalTime());
                configure(run, fate != Fate::Live && fate != Fate::Invalid);
            }
        };
        historical(Fate::Succeeded, 150, {24, 24, 18, 12, 8, 7, 7});
        historical(Fate::Partial, 38, {30, 40, 20, 10, 0, 0, 0});
        historical(Fate::Failed, 22, {25, 20, 15, 10, 10, 10, 10});
        historical(Fate::Live, 42, {25, 30, 25, 5, 5, 5, 5});
        historical(Fate::Invalid, 3, {2, 1, 0, 0, 0, 0, 0});

        // One failed run that exhausted its automatic retries.
        {
            Run &run = newRun(Fate::Failed, connections, historicalTime());
            configure(run, false);
            run.inputs.first().retries = kMaxRetries;
            run.inputs.first().error =
                ErrorSpec{"API_MAX_RETRY", "Gave up after 10 retries", 424, "server"};
        }

        // Blocked: two identity problems, two unprocessable inputs.
        for (const ActionSpec *action : {&messages, &connections}) {
            Run &run = newRun(Fate::BlockedAccount, *action, historicalTime());
            configure(run, true);
        }
        for (const ActionSpec *action : {&people, &contact}) {
            Run &run = newRun(Fate::BlockedInput, *action, historicalTime());
            configure(run, true);
        }

        // Stopped: three cancelled mid-run, two while still queued.
        for (const ActionSpec *action : {&search, &people, &contact, &search, &people}) {
            Run &run = newRun(Fate::Stopped, *action, historicalTime());
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
            Run &run = newRun(Fate::Running, *action, 0);
            configure(run, false);
            const qint64 steps = stepsOf(run);
            const qint64 done =
                std::clamp<qint64>(m_dice.span(1, steps), 1, std::max<qint64>(1, steps - 1));
            run.createdAt =
                m_now - run.queueMs - done * run.pageMs - m_dice.span(0, run.pageMs - 1);
        }
        for (const ActionSpec *action : {&people, &search, &contact}) {
            Run &run = newRun(Fate::Queued, *action, m_now - m_dice.span(5 * kSecond, 2 * kMinute));
            configure(run, false);
            run.queueMs = m_now - run.createdAt + 10 * kMinute;
        }
        for (const ActionSpec *action : {&contact, &search}) {
            Run &run = newRun(Fate::Scheduled, *action, 0);
            configure(run, false);
            const qint64 waited = action == &search ? m_dice.span(2 * kMinute, 40 * kMinute)
                                                    : m_dice.span(3 * kSecond, 45 * kSecond);
            run.createdAt = m_now - run.queueMs - run.pageMs - waited;
        }
        for (const ActionSpec *action : {&people, &connections}) {
            Run &run =
                newRun(Fate::Created, *action, m_now - m_dice.span(1 * kSecond, 20 * kSecond));
            configure(run, false);
        }
    }

    // --- schedules -------------------------------------------------------

    std::optional<qint64> nextFire(const QString &cron, const QString &timezone, qint64 after) const
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

    QList<qint64> firings(const Schedule &schedule, qint64 from, qint64 until) const
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

    Schedule &addSchedule(const QString &name, const ActionSpec &action, const QString &cron,
                          const QString &timezone, qint64 createdAt)
    {
        Schedule schedule;
        schedule.uid = m_store.newUid();
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

    Run &spawn(int scheduleIndex, Fate fate, qint64 firedAt)
    {
        const Schedule &schedule = m_schedules[static_cast<std::size_t>(scheduleIndex)];
        Run &run = newRun(fate, *schedule.action, firedAt);
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
    void addIncrementalSchedule(const QString &name, const ActionSpec &action, const QString &cron,
                                const QString &timezone, qint64 createdAt, int maxResults,
                                const QJsonObject &callback)
    {
        Schedule &s = addSchedule(name, action, cron, timezone, createdAt);
        s.identityUid = m_engagement;
        s.parameters.insert(QStringLiteral("max_results"), maxResults);
        s.parameters.insert(QStringLiteral("sync_mode"), QStringLiteral("incremental"));
        s.callback = callback;
        s.inputs.append(InputPlan{});
        const QList<qint64> times = firings(s, s.createdAt, m_now);
        finishSchedule(s, times, 0);
        spawnIncremental(static_cast<int>(m_schedules.size()) - 1, times);
    }

    void spawnIncremental(int scheduleIndex, const QList<qint64> &times)
    {
        if (times.isEmpty())
            return;
        Run &run = spawn(scheduleIndex, Fate::Succeeded, times.first());
        run.iterations = times;
        for (InputPlan &plan : run.inputs)
            applyOutcome(*run.action, plan);
    }

    void spawnEach(int scheduleIndex, const QList<qint64> &times, std::initializer_list<int> fates)
    {
        for (const qint64 at : times) {
            const int pick = m_dice.weighted(fates);
            const Fate fate = pick == 0   ? Fate::Succeeded
                              : pick == 1 ? Fate::Partial
                                          : Fate::Failed;
            Run &run = spawn(scheduleIndex, fate, at);
            decideSteps(run);
        }
    }

    void finishSchedule(Schedule &schedule, const QList<qint64> &times, qint64 endedAt)
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

    void planSchedules()
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
            Schedule &s = addSchedule(QStringLiteral("Weekly CTO search"),
                                      actionOf(ActionSlugs::SearchPeople),
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
            Schedule &s =
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
            Schedule &s = addSchedule(QStringLiteral("Monthly CRM enrichment"),
                                      actionOf(ActionSlugs::ExtractContact),
                                      QStringLiteral("0 6 1 * *"), paris, dayAligned(29, 14));
            s.identityUid = m_standard;
            s.callback = callbackConfig(kHooks[6], false);
            for (int i = 0; i < 12; ++i) {
                InputPlan plan;
                plan.data =
                    QJsonObject{{QStringLiteral("linkedin_profile_url"), profileUrl(m_dice)}};
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
            Schedule &s = addSchedule(QStringLiteral("Conference leads (one-off)"),
                                      actionOf(ActionSlugs::ExtractPeople), QString(), paris,
                                      std::max(m_windowStart, at - 2 * kDay));
            s.identityUid = m_standard;
            s.parameters.insert(QStringLiteral("sections"), true);
            s.parameters.insert(QStringLiteral("experiences"), true);
            s.callback = callbackConfig(kHooks[5], false);
            for (int i = 0; i < 15; ++i) {
                InputPlan plan;
                plan.data =
                    QJsonObject{{QStringLiteral("linkedin_profile_url"), profileUrl(m_dice)}};
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
            Schedule &s = addSchedule(QStringLiteral("SDR prospect search (old CRM)"),
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

    // --- simulation ------------------------------------------------------

    QJsonObject inputError(const ErrorSpec &spec)
    {
        return QJsonObject{{QStringLiteral("has_failed"), true},
                           {QStringLiteral("label"), latin(spec.label)},
                           {QStringLiteral("message"), latin(spec.message)},
                           {QStringLiteral("scope"), latin(spec.scope)},
                           {QStringLiteral("error_ref"), m_store.newErrorRef()},
                           {QStringLiteral("status_code"), spec.status},
                           {QStringLiteral("params"), QJsonObject()},
                           {QStringLiteral("validation_errors"), QJsonArray()}};
    }

    // The executor's own rule, so the history leaves exactly the inputs
    // active that the engine would still work on.
    static bool isActiveInput(const QString &status)
    {
        return Executor::isActive(runStatusFromApi(status));
    }

    void initStates(Run &run, const QString &status)
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

    void deliver(Run &run, qint64 at, int input, const QJsonValue &error, const QJsonArray &results,
                 const QString &status)
    {
        if (run.callback.isEmpty())
            return;
        const bool final = status != QLatin1String("RUNNING");
        if (run.callback.value(QStringLiteral("on")) == QLatin1String("final") && !final)
            return;
        run.deliveries.append(Delivery{at, input, error, results, status});
    }

    void cancel(Run &run, qint64 at)
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
    bool nextStep(Run &run, qint64 &t, int &steps)
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

    static void beginInput(InputState &state, qint64 t)
    {
        if (state.status != QLatin1String("RUNNING")) {
            state.status = QStringLiteral("RUNNING");
            if (state.startedAt < 0)
                state.startedAt = t;
            ++state.attempts;
        }
        state.updatedAt = t;
    }

    void simulateLive(Run &run)
    {
        run.status = QStringLiteral("SUCCEEDED");
        run.startedAt = run.createdAt;
        run.finishedAt = run.createdAt + m_dice.span(700, 4500);
        run.updatedAt = run.finishedAt;
        const InputPlan &plan = run.inputs.first();
        if (run.liveNoResult) {
            run.lastInfo =
                labelled(QStringLiteral("NO_RESULT"), QStringLiteral("Nothing was found"));
            return;
        }
        run.outputCount = run.action->returnsList()
                              ? std::min<qint64>(targetOf(run, plan), run.action->livePageSize)
                              : 1;
    }

    void simulateInvalid(Run &run)
    {
        const ActionSpec &action = *run.action;
        const QString field = action.inputFields.value(0);
        const bool search = action.slug == ActionSlugs::SearchPeople;
        for (InputPlan &plan : run.inputs) {
            const QString url =
                search ? QString(QStringLiteral("https://www.linkedin.com/sales/search/"
                                                "people?query=(keywords%3A") +
                                 QString::fromLatin1(
                                     QUrl::toPercentEncoding(latin(m_dice.pick(kSearchKeywords)))) +
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
        run.lastError = labelled(
            QStringLiteral("BAD_INPUT"),
            (run.inputs.size() == 1
                 ? QStringLiteral("The input was rejected: ")
                 : QStringLiteral("All %1 inputs were rejected: ").arg(run.inputs.size())) +
                message);
        run.finishedAt = at;
        run.updatedAt = at;
    }

    void finish(Run &run, qint64 t)
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
    bool fetchPage(Run &run, int index, qint64 t)
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
            const QJsonObject item =
                m_data.result(*run.action, plan.data, run.parameters,
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
            deliver(run, t, index, QJsonValue(QJsonValue::Null), results,
                    QStringLiteral("RUNNING"));
        return done;
    }

    void simulate(Run &run)
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
                run.postponedUntil = t + kRetryDelayMs;
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
                    QJsonObject{{QStringLiteral("appendix"),
                                 QStringLiteral("Resets at %1")
                                     .arg(StoreJson::isoTime(run.postponedUntil))}});
                run.dueAt = run.postponedUntil;
                return;
            }
            case Step::BlockAccount:
            case Step::BlockInput: {
                const bool account = plan.step == Step::BlockAccount;
                const SandboxAccount::Identity *identity =
                    SandboxAccount::identity(run.identityUid);
                QJsonObject error =
                    inputError(account ? ErrorSpec{"NO_VALID_ACCOUNT_CONFIGURED", "", 424, "auth"}
                                       : ErrorSpec{"BAD_INPUT", "", 400, "input"});
                error.insert(
                    QStringLiteral("message"),
                    account ? QStringLiteral("The identity %1 has no valid LinkedIn session; "
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
    void simulateIncremental(Run &run)
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
                        QDateTime::fromMSecsSinceEpoch(m_sources.createdAt(source, t), Qt::UTC),
                        now);
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

    // --- storage ---------------------------------------------------------

    void insert(Run &run)
    {
        const QString uid = m_store.newUid();
        const QString workspace = SandboxAccount::workspaceUid();
        const Schedule *schedule =
            run.schedule >= 0 ? &m_schedules[static_cast<std::size_t>(run.schedule)] : nullptr;
        const QStringList inputUids = m_store.newUids(static_cast<int>(run.states.size()));
        if (run.noResultInput >= 0) {
            run.lastInfo = labelled(
                QStringLiteral("NO_RESULT"),
                QStringLiteral("Nothing was found for one input; it counts as a success with no "
                               "results"),
                QJsonObject{{QStringLiteral("input_uid"), inputUids.at(run.noResultInput)}});
        }
        const qint64 runId = m_store.runs().insert(
            RunRow{0,
                   uid,
                   workspace,
                   m_user,
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
                   nullableTime(run.iterationTop)});
        if (schedule)
            m_schedules[static_cast<std::size_t>(run.schedule)].lastRunUid = uid;

        for (qsizetype i = 0; i < run.states.size(); ++i) {
            const InputState &state = run.states.at(i);
            const InputPlan &plan = run.inputs.at(i);
            const qint64 inputId = m_store.inputs().insert(InputRow{
                0, runId, i, inputUids.at(i), state.status, StoreJson::text(plan.data),
                plan.custom.isObject() ? std::optional(StoreJson::text(plan.custom.toObject()))
                                       : std::nullopt,
                nullableText(state.error), state.outputCount, state.retryCount, state.attempts,
                nullableTime(state.target), state.fetched, nullableTime(state.startedAt),
                nullableTime(state.finishedAt), run.createdAt, state.updatedAt});
            for (const QJsonObject &item : state.outputs)
                m_store.outputs().insert(runId, inputId, StoreJson::text(item));
            m_totalOutputs += state.outputs.size();
        }
        insertDeliveries(run, uid);
    }

    // The demo's receivers: mostly fine, one flaky, one gone (404), and a
    // five-hour network outage nine days ago.
    void insertDeliveries(const Run &run, const QString &runUid)
    {
        if (run.deliveries.isEmpty())
            return;
        Dice dice(m_data.seed(), 100000U + static_cast<quint32>(run.stream));
        const QString url = run.callback.value(QStringLiteral("url")).toString();
        const Hook *hook = hookOf(url);
        const Health health = hook ? hook->health : Health::Healthy;
        const QString headers =
            StoreJson::text(run.callback.value(QStringLiteral("headers")).toObject());
        const qint64 outageStart = (m_now - 9 * kDay) / kDay * kDay + 13 * kHour;
        const qint64 outageEnd = outageStart + 5 * kHour;
        for (const Delivery &delivery : run.deliveries) {
            const QStringList uids = m_store.newUids(3);
            const InputPlan *plan = delivery.input >= 0 ? &run.inputs.at(delivery.input) : nullptr;
            const QJsonObject payload{
                {QStringLiteral("callback_ref_uid"), uids.at(1)},
                {QStringLiteral("run"), QJsonObject{{QStringLiteral("run_uid"), runUid},
                                                    {QStringLiteral("batch_uid"), uids.at(2)},
                                                    {QStringLiteral("status"), delivery.status}}},
                {QStringLiteral("input"),
                 plan ? QJsonValue(plan->data) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("custom_data"), plan ? plan->custom : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("error"), delivery.error},
                {QStringLiteral("results"), delivery.results},
            };
            // Deliveries of the last few minutes may not have settled their
            // retries yet: they are shown as delivered.
            const bool recent = delivery.at > m_now - 10 * kMinute;
            int httpStatus = 200;
            int retries = 0;
            bool failed = false;
            if (!recent && delivery.at >= outageStart && delivery.at < outageEnd) {
                httpStatus = 0;
                failed = true;
            } else if (!recent && health == Health::Broken) {
                httpStatus = 404;
                failed = true;
            } else if (!recent && health == Health::Flaky && dice.chance(0.22)) {
                httpStatus = dice.chance(0.6) ? 502 : 500;
                failed = true;
            } else if (dice.chance(health == Health::Flaky ? 0.12 : 0.03)) {
                retries = dice.between(1, 2);
            }
            qint64 elapsed = dice.span(80, 900);
            QJsonObject response;
            QJsonObject error;
            if (failed) {
                retries = static_cast<int>(kCallbackRetryMs.size());
                for (const qint64 delay : kCallbackRetryMs)
                    elapsed += delay;
                if (httpStatus == 404)
                    response = {{QStringLiteral("error"), QStringLiteral("Not Found")},
                                {QStringLiteral("path"), QStringLiteral("/edges/legacy-crm")}};
                else if (httpStatus == 502)
                    response = {{QStringLiteral("body"),
                                 QStringLiteral("<html><head><title>502 Bad Gateway</title></head>"
                                                "<body>502 Bad Gateway</body></html>")}};
                else if (httpStatus == 500)
                    response = {{QStringLiteral("error"), QStringLiteral("internal_error")}};
                error = QJsonObject{
                    {QStringLiteral("message"),
                     httpStatus > 0
                         ? QStringLiteral("The receiver answered HTTP %1").arg(httpStatus)
                         : QStringLiteral(
                               "The receiver could not be reached: Connection timed out")},
                    {QStringLiteral("error_label"), QStringLiteral("CALLBACK_FAILED")},
                    {QStringLiteral("error_scope"), QStringLiteral("server")},
                    {QStringLiteral("status_code"), httpStatus},
                    {QStringLiteral("params"), QJsonObject()},
                    {QStringLiteral("error_ref"), m_store.newErrorRef()}};
            } else {
                for (int r = 0; r < retries; ++r)
                    elapsed += kCallbackRetryMs.at(static_cast<std::size_t>(r));
                response = hook && QLatin1String(hook->path) == QLatin1String("hubspot")
                               ? QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")}}
                               : QJsonObject{{QStringLiteral("ok"), true}};
            }
            const qint64 updated = std::min(m_now, delivery.at + elapsed);
            const QString payloadText = StoreJson::text(payload);
            m_store.callbacks().insert(CallbackRow{
                0, uids.at(0), std::nullopt, uids.at(1), runUid, SandboxAccount::workspaceUid(),
                uids.at(2), url, headers, payloadText,
                failed ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS"), retries,
                httpStatus > 0 ? std::optional<qint64>(httpStatus) : std::nullopt,
                nullableText(response), nullableText(error), std::nullopt, delivery.at, updated});
            if (failed && updated < m_now - 3 * kDay) {
                m_failedCallbacks.push_back(FailedCallback{uids.at(0), uids.at(1), runUid,
                                                           uids.at(2), url, headers, payloadText,
                                                           updated, health});
            }
        }
    }

    // Two manual replays: one of a flaky receiver's failure (delivered), one
    // to the gone receiver (failed again; replays are not retried).
    void insertReplays()
    {
        for (const Health wanted : {Health::Flaky, Health::Broken}) {
            const auto found = std::find_if(
                m_failedCallbacks.begin(), m_failedCallbacks.end(),
                [wanted](const FailedCallback &callback) { return callback.health == wanted; });
            if (found == m_failedCallbacks.end())
                continue;
            Dice dice(m_data.seed(), 200000U + static_cast<quint32>(wanted));
            const qint64 at = found->updatedAt + dice.span(2 * kHour, 2 * kDay);
            const bool delivered = wanted == Health::Flaky;
            const QJsonObject response =
                delivered
                    ? QJsonObject{{QStringLiteral("ok"), true}}
                    : QJsonObject{{QStringLiteral("error"), QStringLiteral("Not Found")},
                                  {QStringLiteral("path"), QStringLiteral("/edges/legacy-crm")}};
            const QJsonObject error =
                delivered ? QJsonObject()
                          : QJsonObject{
                                {QStringLiteral("message"),
                                 QStringLiteral("The receiver answered HTTP 404")},
                                {QStringLiteral("error_label"), QStringLiteral("CALLBACK_FAILED")},
                                {QStringLiteral("error_scope"), QStringLiteral("server")},
                                {QStringLiteral("status_code"), 404},
                                {QStringLiteral("params"), QJsonObject()},
                                {QStringLiteral("error_ref"), m_store.newErrorRef()}};
            m_store.callbacks().insert(CallbackRow{
                0, m_store.newUid(), found->uid, found->refUid, found->runUid,
                SandboxAccount::workspaceUid(), found->batchUid, found->url, found->headers,
                found->payload, delivered ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED"), 0,
                delivered ? 200 : 404, StoreJson::text(response), nullableText(error), std::nullopt,
                at, at + dice.span(90, 700)});
        }
    }

    void insertSchedules()
    {
        for (const Schedule &schedule : m_schedules) {
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
                                     {QStringLiteral("identity_mode"),
                                      schedule.identityUid.isEmpty() ? QStringLiteral("auto")
                                                                     : QStringLiteral("direct")},
                                     {QStringLiteral("callback"), schedule.callback},
                                     {QStringLiteral("name"), schedule.name}};
            m_store.schedules().insert(ScheduleRow{
                0, schedule.uid, SandboxAccount::workspaceUid(), m_user, schedule.name,
                ActionCatalogue::actionId(schedule.action->slug), schedule.action->slug,
                schedule.status, nullableString(schedule.cron), schedule.timezone,
                nullableTime(schedule.scheduleAt), nullableTime(schedule.next),
                nullableTime(schedule.lastExecuted), std::nullopt, StoreJson::text(config),
                nullableString(schedule.lastRunUid), schedule.createdAt, schedule.updatedAt});
        }
    }

    SandboxStore &m_store;
    const SyntheticData &m_data;
    const qint64 m_now;
    const qint64 m_windowStart;
    Dice m_dice;
    IncrementalSource m_sources;
    const QString m_standard;
    const QString m_engagement;
    const QString m_user;
    std::vector<Run> m_runs;
    std::vector<Schedule> m_schedules;
    std::vector<FailedCallback> m_failedCallbacks;
    qint64 m_totalOutputs = 0;
};

} // namespace

DemoHistory::DemoHistory(SandboxStore &store, SandboxClock &clock, const SyntheticData &data)
    : m_store(store)
    , m_clock(clock)
    , m_data(data)
{}

void DemoHistory::fill()
{
    m_store.begin();
    Builder(m_store, m_data, m_clock.nowMs()).build();
    m_store.commit();
}
