#pragma once

#include "core/domain/identity.h"
#include "core/launch/identitymode.h"
#include "core/launch/inputdraft.h"
#include "core/launch/launchcallback.h"
#include "core/launch/launchmode.h"
#include "core/launch/launchproblem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct ActionSpec;

// Everything the launch dialog or `runboard launch` gathers for
// POST /actions/{action}/run/{live|async|schedule} (contract 2.2-2.5):
// checked before anything is sent, with every problem named where the user
// typed it, then turned into the exact body. Fields a mode does not have
// (a name or callback in live mode, cron in async mode) are not sent.
struct LaunchDraft
{
    QString action;
    LaunchMode mode = LaunchMode::Async;
    QString name;
    // For an action without input fields none are needed: the body then
    // carries one empty input (contract 2.3).
    QList<InputDraft> inputs;
    // Only what the user set; the service applies its defaults to the rest.
    QJsonObject parameters;
    IdentityMode identityMode = IdentityMode::Unset;
    // The chosen identities in order, with their type (incremental sync
    // needs an engagement identity).
    QList<Identity> identities;
    std::optional<LaunchCallback> callback;
    // Schedule mode: a cron read in `timezone` (the service reads UTC when
    // it is empty), a one-shot instant, both (the recurrence starts no
    // earlier than the instant), or neither (it runs at once).
    QString cron;
    QString timezone;
    QDateTime scheduleAt;

    // How much of the inputs validate() looks at: every input, or only
    // their count, for a caller whose input table checks each row itself
    // as it changes (a dialog holding 100,000 rows, rechecked per keystroke
    // in its other fields).
    enum class InputChecks
    {
        EachInput,
        CountOnly,
    };
    // What keeps the launch from being sent (errors) and what the user
    // should know first (warnings). With a valid `now`, a schedule_at in
    // the past is one of them.
    QList<LaunchProblem> validate(const QDateTime &now = {},
                                  InputChecks checks = InputChecks::EachInput) const;
    // The request body.
    QJsonObject toJson() const;
    // What the launch costs relative to the action's price (managed: 1.5).
    double creditMultiplier() const { return ::creditMultiplier(identityMode); }

    // Why parameters.sync_mode "incremental" cannot be chosen (contract
    // 6.3): the action does not support it, live mode, or no engagement
    // identity among those chosen; nullopt when it can.
    static std::optional<QString> incrementalRefusal(const ActionSpec &action, LaunchMode mode,
                                                     const QList<Identity> &identities);
};
