#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <array>

class DemoDice;
struct ActionSpec;

// What the demo history is made of: realistic inputs (LinkedIn profiles,
// searches, threads), the errors the executor writes for them, and the
// callback receivers of the demo workspace, each with its own health.
namespace DemoSamples {

inline constexpr std::array kFirstNames = {
    "camille", "lucas", "emma",   "hugo",  "chloe", "thomas", "sarah",  "julien", "laura", "maxime",
    "anna",    "felix", "sophie", "jonas", "mia",   "noah",   "olivia", "liam",   "ava",   "ethan",
    "mateo",   "lena",  "paul",   "clara", "nina",  "david",  "elena",  "marco",  "ines",  "omar"};
inline constexpr std::array kLastNames = {
    "martin",  "bernard", "dubois",  "moreau", "laurent",  "schmidt", "muller",  "weber",
    "fischer", "smith",   "johnson", "brown",  "garcia",   "rossi",   "ferrari", "novak",
    "jansen",  "dekker",  "silva",   "santos", "kowalski", "nielsen", "larsen",  "murphy",
    "kelly",   "patel",   "shah",    "cohen",  "lambert",  "fontaine"};
inline constexpr std::array kSearchKeywords = {
    "head of data",      "cto",
    "vp sales",          "growth marketing",
    "product manager",   "talent acquisition",
    "data engineer",     "cfo saas",
    "account executive", "ux designer",
    "devops engineer",   "founder fintech",
    "head of people",    "sales development representative"};
// LinkedIn geo URNs: France, Germany, United Kingdom, United States, Spain,
// Netherlands.
inline constexpr std::array kGeoUrns = {"105015875", "101282230", "101165590",
                                        "103644278", "105646813", "102890719"};
inline constexpr std::array kProducts = {"hubspot-sales-hub", "salesforce-sales-cloud", "notion",
                                         "pipedrive-crm"};
inline constexpr std::array kCompanies = {"acme-robotics", "globex", "initech",
                                          "umbrella-analytics"};
inline constexpr std::array kLeadSources = {"webinar-2026-02", "saastr-europa", "inbound-form",
                                            "referral", "vivatech"};
inline constexpr std::array kOwners = {"camille", "jonas", "sarah", "marco", "ines"};
inline constexpr std::array kSegments = {"smb", "mid-market", "enterprise"};

// An input error in the shape the executor writes it.
struct ErrorSpec
{
    const char *label;
    const char *message;
    int status;
    const char *scope;
};

inline constexpr std::array kProfileErrors = {
    ErrorSpec{"PROFILE_NOT_ACCESSIBLE",
              "This profile is out of reach for the identity (outside its network or restricted)",
              424, "input"},
    ErrorSpec{"STATUS_403", "LinkedIn refused access to this page", 424, "server"},
    ErrorSpec{"LK_ERROR", "LinkedIn answered with an unexpected error", 424, "server"},
    ErrorSpec{"NO_DATA_AVAILABLE", "The platform returned nothing usable for this input", 424,
              "server"},
};
inline constexpr std::array kSearchErrors = {
    ErrorSpec{"LK_ERROR", "LinkedIn answered with an unexpected error", 424, "server"},
    ErrorSpec{"NO_DATA_LOADED", "The search page loaded without its results", 424, "server"},
    ErrorSpec{"API_TIMEOUT_ERROR", "LinkedIn did not answer in time", 424, "server"},
    ErrorSpec{"LK_524", "LinkedIn timed out while loading the search", 424, "server"},
};
inline constexpr std::array kThreadErrors = {
    ErrorSpec{"LK_MISSING_DATA", "The conversation could not be read", 424, "server"},
    ErrorSpec{"NOT_CONNECTED", "The identity is not a participant of this conversation", 424,
              "input"},
    ErrorSpec{"LK_ERROR", "LinkedIn answered with an unexpected error", 424, "server"},
};
inline constexpr std::array kAccountErrors = {
    ErrorSpec{"LK_ERROR", "LinkedIn answered with an unexpected error", 424, "server"},
    ErrorSpec{"LK_524", "LinkedIn timed out", 424, "server"},
    ErrorSpec{"NO_DATA_LOADED", "The page loaded without the expected data", 424, "server"},
};

// How a demo callback receiver answers; each demo URL behaves its own way.
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

inline constexpr std::array kHooks = {
    Hook{"crm-sync", Health::Healthy, "X-Webhook-Secret", "whsec_demo_7f3a9c21"},
    Hook{"prospects", Health::Healthy, nullptr, nullptr},
    Hook{"enrichment", Health::Flaky, "X-Webhook-Secret", "whsec_demo_51be02d4"},
    Hook{"inbox-sync", Health::Healthy, nullptr, nullptr},
    Hook{"hubspot", Health::Healthy, "Authorization", "Bearer demo-hubspot-token"},
    Hook{"event-leads", Health::Healthy, nullptr, nullptr},
    Hook{"crm-enrichment", Health::Flaky, nullptr, nullptr},
    Hook{"legacy-crm", Health::Broken, nullptr, nullptr},
};

QString latin(const char *text);

QString profileHandle(DemoDice &dice);

QString profileUrl(DemoDice &dice);

QString searchUrl(DemoDice &dice, const char *keywords = nullptr, const char *geo = nullptr);

QString threadUrl(DemoDice &dice);

QJsonValue customData(DemoDice &dice, int style);

ErrorSpec failureFor(DemoDice &dice, const ActionSpec &action);

QJsonObject labelled(const QString &label, const QString &message,
                     const QJsonObject &params = QJsonObject());

QJsonObject runErrorOf(const QJsonObject &inputError);

// The callback body's error for a failed input (Executor::failInput).
QJsonObject callbackErrorOf(const QJsonObject &inputError);

// Demo receivers live on the loopback discard port: nothing listens there,
// so a schedule that fires later or a replay from the dashboard fails at
// once on this machine instead of sending anything off it.
QString hookUrl(const Hook &hook);

QJsonObject callbackConfig(const Hook &hook, bool finalOnly);

const Hook *hookOf(const QString &url);

} // namespace DemoSamples
