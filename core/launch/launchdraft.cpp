#include "core/launch/launchdraft.h"

#include "core/cron/cronexpression.h"
#include "core/cron/cronneverfires.h"
#include "core/domain/actioncatalogue.h"
#include "core/domain/jsonfields.h"
#include "core/launch/inputlimits.h"
#include "core/launch/inputsjson.h"
#include "core/time/ianazone.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <variant>

namespace {

using Severity = LaunchProblem::Severity;
using Rule = ActionSpec::IdentityRule;

// The contract's limits on text fields (2.3, 2.4).
constexpr qsizetype kMaxNameLength = 255;
constexpr qsizetype kMaxCronLength = 256;
constexpr qsizetype kMaxTimezoneLength = 64;

LaunchProblem problem(const QString &field, const QString &reason,
                      Severity severity = Severity::Error)
{
    return LaunchProblem{field, -1, reason, severity};
}

void checkInputs(const LaunchDraft &draft, const ActionSpec &action,
                 LaunchDraft::InputChecks checks, QList<LaunchProblem> &found)
{
    // An action without input fields still sends one (empty) input.
    const qsizetype count =
        action.takesInput() ? draft.inputs.size() : std::max<qsizetype>(1, draft.inputs.size());
    if (const auto reason = InputLimits::problem(draft.mode, count))
        found.append(problem(QStringLiteral("inputs"), *reason));
    if (checks == LaunchDraft::InputChecks::CountOnly)
        return;
    for (qsizetype i = 0; i < draft.inputs.size(); ++i)
        found.append(draft.inputs.at(i).problems(action, i));
}

std::optional<QString> parameterReason(const ActionSpec::Parameter &parameter,
                                       const QJsonValue &value)
{
    switch (parameter.type) {
    case ActionSpec::Parameter::Type::Integer: {
        const double number = value.toDouble(-1);
        if (value.isDouble() && number == std::trunc(number) && number >= 0 &&
            number <= ActionCatalogue::kMaximumMaxResults)
            return std::nullopt;
        return QStringLiteral("must be a whole number from 0 to %1, not %2")
            .arg(ActionCatalogue::kMaximumMaxResults)
            .arg(value.isDouble() ? QString::number(number) : JsonFields::typeName(value));
    }
    case ActionSpec::Parameter::Type::Boolean:
        if (value.isBool())
            return std::nullopt;
        return QStringLiteral("must be true or false, not %1").arg(JsonFields::typeName(value));
    case ActionSpec::Parameter::Type::SyncMode:
        if (value == QLatin1String("full") || value == QLatin1String("incremental"))
            return std::nullopt;
        return QStringLiteral("must be \"full\" or \"incremental\"");
    }
    return std::nullopt;
}

void checkParameters(const LaunchDraft &draft, const ActionSpec &action,
                     QList<LaunchProblem> &found)
{
    for (auto it = draft.parameters.constBegin(); it != draft.parameters.constEnd(); ++it) {
        const QString field = QStringLiteral("parameters.") + it.key();
        const ActionSpec::Parameter *parameter = action.parameter(it.key());
        if (!parameter) {
            found.append(problem(field, QStringLiteral("not a parameter of %1").arg(action.slug)));
            continue;
        }
        if (const auto reason = parameterReason(*parameter, it.value())) {
            found.append(problem(field, *reason));
            continue;
        }
        if (it.value() != QLatin1String("incremental"))
            continue;
        if (const auto refusal =
                LaunchDraft::incrementalRefusal(action, draft.mode, draft.identities))
            found.append(problem(field, *refusal));
    }
}

void checkIdentities(const LaunchDraft &draft, const ActionSpec &action,
                     QList<LaunchProblem> &found)
{
    const QString ids = QStringLiteral("identity_ids");
    const QString mode = QStringLiteral("identity_mode");
    QSet<QString> seen;
    for (const Identity &identity : draft.identities) {
        if (identity.uid.isEmpty())
            found.append(problem(ids, QStringLiteral("an identity without a uid")));
        else if (seen.contains(identity.uid))
            found.append(problem(ids, QStringLiteral("'%1' is chosen twice").arg(identity.uid)));
        seen.insert(identity.uid);
    }
    if (draft.identityMode == IdentityMode::Managed && action.identityRule != Rule::Any) {
        found.append(problem(mode, action.identityRule == Rule::ExactlyOneOwnAccount
                                       ? QStringLiteral("%1 reads the identity's own account, "
                                                        "so it cannot run on managed identities")
                                             .arg(action.slug)
                                       : QStringLiteral("%1 runs on direct or auto identities "
                                                        "only, not managed")
                                             .arg(action.slug)));
    }
    if (action.identityRule == Rule::ExactlyOneOwnAccount && draft.identities.size() != 1) {
        found.append(problem(ids, QStringLiteral("%1 reads the identity's own account: choose "
                                                 "exactly one identity (%2 chosen)")
                                      .arg(action.slug)
                                      .arg(draft.identities.size())));
    } else if (draft.identityMode == IdentityMode::Direct && draft.identities.isEmpty()) {
        found.append(problem(ids, QStringLiteral("direct mode runs on the identities listed: "
                                                 "choose at least one")));
    }
}

void checkSchedule(const LaunchDraft &draft, const QDateTime &now, QList<LaunchProblem> &found)
{
    const QString cron = QStringLiteral("cron");
    if (!draft.cron.isEmpty()) {
        const auto parsed = CronExpression::parse(draft.cron);
        if (draft.cron.size() > kMaxCronLength)
            found.append(
                problem(cron, QStringLiteral("at most %1 characters").arg(kMaxCronLength)));
        else if (const auto *error = std::get_if<CronError>(&parsed))
            found.append(problem(cron, error->message()));
        else if (const auto never = cronNeverFiresError(std::get<CronExpression>(parsed)))
            found.append(problem(cron, never->message()));
        else if (!std::get<CronExpression>(parsed).canEverMatch())
            found.append(problem(cron, QStringLiteral("never fires: no date matches it")));
    }
    const QString zone = QStringLiteral("timezone");
    if (draft.timezone.size() > kMaxTimezoneLength)
        found.append(
            problem(zone, QStringLiteral("at most %1 characters").arg(kMaxTimezoneLength)));
    else if (const auto zoneError =
                 draft.timezone.isEmpty() ? std::nullopt : IanaZone::check(draft.timezone))
        found.append(problem(zone, zoneError->reason));
    else if (draft.timezone.isEmpty() && !draft.cron.isEmpty())
        found.append(problem(zone,
                             QStringLiteral("not given, so the service reads the cron in UTC"),
                             Severity::Warning));
    if (draft.scheduleAt.isValid() && now.isValid() && draft.scheduleAt < now)
        found.append(problem(QStringLiteral("schedule_at"),
                             QStringLiteral("in the past; the contract does not say whether the "
                                            "service then runs it at once or refuses it"),
                             Severity::Warning));
    if (!draft.callback)
        found.append(problem(QStringLiteral("callback"),
                             QStringLiteral("the schedules guide lists a callback as required; "
                                            "the service may refuse a schedule without one"),
                             Severity::Warning));
}

QString timestampText(const QDateTime &instant)
{
    const QDateTime utc = instant.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

} // namespace

QList<LaunchProblem> LaunchDraft::validate(const QDateTime &now, InputChecks checks) const
{
    QList<LaunchProblem> found;
    const ActionSpec *spec = ActionCatalogue::find(action);
    if (!spec) {
        found.append(problem(QStringLiteral("action"),
                             action.isEmpty()
                                 ? QStringLiteral("choose an action")
                                 : QStringLiteral("'%1' is not in the catalogue").arg(action)));
        return found;
    }
    checkInputs(*this, *spec, checks, found);
    checkParameters(*this, *spec, found);
    checkIdentities(*this, *spec, found);
    if (mode == LaunchMode::Live)
        return found;
    if (name.size() > kMaxNameLength)
        found.append(problem(QStringLiteral("name"),
                             QStringLiteral("at most %1 characters (this one has %2)")
                                 .arg(kMaxNameLength)
                                 .arg(name.size())));
    if (callback)
        found.append(callback->problems());
    if (mode == LaunchMode::Schedule)
        checkSchedule(*this, now, found);
    return found;
}

QJsonObject LaunchDraft::toJson() const
{
    const ActionSpec *spec = ActionCatalogue::find(action);
    const bool takesInput = !spec || spec->takesInput();
    QJsonObject body;
    if (mode == LaunchMode::Live) {
        // Inputless actions take no `input` at all (2.2).
        if (!inputs.isEmpty() && (takesInput || !inputs.constFirst().isEmpty()))
            body.insert(QStringLiteral("input"), inputs.constFirst().toJson());
    } else {
        QJsonArray items = InputsJson::toJsonArray(inputs);
        if (items.isEmpty() && !takesInput)
            items.append(QJsonObject());
        body.insert(QStringLiteral("inputs"), items);
    }
    if (!parameters.isEmpty())
        body.insert(QStringLiteral("parameters"), parameters);
    if (!identities.isEmpty()) {
        QJsonArray ids;
        for (const Identity &identity : identities)
            ids.append(identity.uid);
        body.insert(QStringLiteral("identity_ids"), ids);
    }
    if (identityMode != IdentityMode::Unset)
        body.insert(QStringLiteral("identity_mode"), QString(toApiString(identityMode)));
    if (mode == LaunchMode::Live)
        return body;
    if (callback)
        body.insert(QStringLiteral("callback"), callback->toJson());
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
    if (mode != LaunchMode::Schedule)
        return body;
    if (!cron.isEmpty()) {
        // Blanks between the fields are syntax: send the normalised text.
        const auto parsed = CronExpression::parse(cron);
        const auto *expression = std::get_if<CronExpression>(&parsed);
        body.insert(QStringLiteral("cron"), expression ? expression->text() : cron);
    }
    if (!timezone.isEmpty())
        body.insert(QStringLiteral("timezone"), timezone);
    if (scheduleAt.isValid())
        body.insert(QStringLiteral("schedule_at"), timestampText(scheduleAt));
    return body;
}

std::optional<QString> LaunchDraft::incrementalRefusal(const ActionSpec &action, LaunchMode mode,
                                                       const QList<Identity> &identities)
{
    if (!action.supportsIncremental)
        return QStringLiteral("%1 does not support incremental sync").arg(action.slug);
    if (mode == LaunchMode::Live)
        return QStringLiteral("incremental sync runs in async and schedule modes only");
    if (identities.isEmpty())
        return QStringLiteral("incremental sync needs an engagement identity: choose one");
    for (const Identity &identity : identities) {
        if (identity.type != QLatin1String("engagement"))
            return QStringLiteral("incremental sync needs an engagement identity; %1 is %2")
                .arg(identity.name.isEmpty() ? identity.uid : identity.name,
                     identity.type.isEmpty() ? QStringLiteral("of unknown type") : identity.type);
    }
    return std::nullopt;
}
