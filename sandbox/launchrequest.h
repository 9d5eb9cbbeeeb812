#pragma once

#include "core/launch/inputlimits.h"
#include "sandbox/http/apiresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

struct ActionSpec;
class IdentityRegistry;

// A launch body (contract sections 2.2-2.5) checked against the action
// and the mode, with defaults filled in. Every rejection is a 400 whose
// message names the offending field.
struct LaunchRequest
{
    enum class Mode
    {
        Live,
        Async,
        Schedule,
    };

    static constexpr int kMaxAsyncInputs = InputLimits::kAsync;
    static constexpr int kMaxScheduleInputs = InputLimits::kSchedule;

    const ActionSpec *action = nullptr;
    Mode mode = Mode::Async;
    // Each input without its custom_data, and the custom_data (object or null).
    QList<QJsonObject> inputs;
    QList<QJsonValue> customData;
    // As launched, with max_results and sync_mode defaults filled in.
    QJsonObject parameters;
    QString identityUid;
    QString identityMode;
    // {url, headers, on} or empty.
    QJsonObject callback;
    QString name;
    QString cron;
    QString timezone;
    std::optional<qint64> scheduleAtMs;

    bool isIncremental() const;
    int maxResults() const;
    // The same readings of a stored run's parameters, so the executor and
    // the launch checks cannot disagree on defaults.
    static bool isIncremental(const QJsonObject &params);
    static int maxResults(const QJsonObject &params);

    static std::variant<LaunchRequest, ApiResponse> parse(const ActionSpec &action, Mode mode,
                                                          const QJsonObject &body,
                                                          const IdentityRegistry &identities);
    // The stored form of a schedule's launch configuration, and back.
    QJsonObject toConfig() const;
    static std::optional<LaunchRequest> fromConfig(const QJsonObject &config);
};
