#include "core/domain/errorexplanation.h"

#include "core/domain/errorbody.h"

#include <QCoreApplication>
#include <QHash>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorExplanation", text);
}

// Contract 1.6, worded for the person at the dashboard; MAX_RESULTS_REACHED
// and RUN_CANCELLED are the sandbox's own (docs/api-decisions.md).
const QHash<QString, const char *> &advice()
{
    static const QHash<QString, const char *> table{
        {QStringLiteral("MISSING_PARAMETER"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "A required field was missing for this action; fix the input and "
                           "launch again.")},
        {QStringLiteral("STATUS_403"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "LinkedIn refused access to this target; retrying will not help.")},
        {QStringLiteral("STATUS_404"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "The target was not found; this counts as a success with no data.")},
        {QStringLiteral("NO_RESULT"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "Nothing was found for an input; it counts as a success with no "
                           "results.")},
        {QStringLiteral("STATUS_429"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "LinkedIn throttled the identity; try again later.")},
        {QStringLiteral("LK_ERROR"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "LinkedIn failed; a later retry may work.")},
        {QStringLiteral("LK_MISSING_DATA"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "LinkedIn returned incomplete data; a later retry may work.")},
        {QStringLiteral("LK_EVENT"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "The LinkedIn event page could not be read.")},
        {QStringLiteral("LK_524"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "LinkedIn timed out; the run retries on its own.")},
        {QStringLiteral("LK_INMAIL_CANNOT_RESEND"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "This InMail cannot be sent again.")},
        {QStringLiteral("LK_INMAIL_NOT_ENOUGH_CREDIT"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "The identity has no InMail credits left.")},
        {QStringLiteral("NOT_CONNECTED"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "The identity is not connected to this person.")},
        {QStringLiteral("ALREADY_CONNECTED"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "The identity is already connected to this person.")},
        {QStringLiteral("INVITATION_PENDING"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "An invitation to this person is already pending.")},
        {QStringLiteral("PROFILE_NOT_ACCESSIBLE"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "The profile is out of the identity's reach.")},
        {QStringLiteral("SN_CONFLICT"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "Sales Navigator reported a conflict.")},
        {QStringLiteral("SN_OUT_OF_NETWORK"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "The person is outside the identity's Sales Navigator network.")},
        {QStringLiteral("SN_ACCOUNT_UPGRADE"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "This needs a higher Sales Navigator plan.")},
        {QStringLiteral("NO_VALID_ACCOUNT_CONFIGURED"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "The identity has no usable LinkedIn session; reconnect it, then "
                           "resume the run.")},
        {QStringLiteral("AUTH_EXPIRED"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "The identity's LinkedIn session expired; reconnect it, then resume "
                           "the run.")},
        {QStringLiteral("INTEGRATION_ERROR"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "A third-party integration failed; a later retry may work.")},
        {QStringLiteral("PROXY_ERROR"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "A network or proxy failure; the run retries on its own (at "
                           "postponed_until).")},
        {QStringLiteral("GENERIC_ERROR"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "The service failed without saying why.")},
        {QStringLiteral("UNKNOWN_ERROR"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "The service failed without saying why.")},
        {QStringLiteral("UNDEFINED_FIELD"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "The service met a field it did not expect.")},
        {QStringLiteral("NO_DATA_LOADED"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "The page loaded without the expected data; a later retry may "
                           "work.")},
        {QStringLiteral("MANDATORY_DATA_MISSING"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "The page lacked data the action needs; a later retry may work.")},
        {QStringLiteral("NO_DATA_AVAILABLE"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "The platform returned nothing usable for this input.")},
        {QStringLiteral("API_MAX_RETRY"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "Every automatic retry failed; the input was given up.")},
        {QStringLiteral("API_TIMEOUT_ERROR"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "A request to the platform timed out.")},
        {QStringLiteral("HTTP_RESPONSE_EMPTY"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "The platform answered with nothing.")},
        {QStringLiteral("HPE_HEADER_OVERFLOW"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "The platform's answer could not be read.")},
        {QStringLiteral("GMAPS_NO_INTERCEPT"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "The Google Maps page could not be read.")},
        {QStringLiteral("LIMIT_REACHED"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "An identity or action limit was reached; the run waits until it "
                           "resets.")},
        {QStringLiteral("ACTION_ABORTED"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "The action was aborted.")},
        {QStringLiteral("BAD_INPUT"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "An input can never be processed as it is; fix it, then resume the "
                           "run.")},
        {QStringLiteral("BAD_PARAMETERS"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "The run's parameters were refused.")},
        {QStringLiteral("NO_ACCESS"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "The plan does not allow this (no credits, or a feature outside "
                           "the plan).")},
        {QStringLiteral("MAX_RESULTS_REACHED"),
         QT_TRANSLATE_NOOP("ErrorExplanation",
                           "The iteration found more new items than max_results; the oldest "
                           "of them were not fetched and are lost.")},
        {QStringLiteral("RUN_CANCELLED"),
         QT_TRANSLATE_NOOP("ErrorExplanation", "The run was cancelled before this was sent.")},
    };
    return table;
}

} // namespace

QString ErrorExplanation::adviceFor(const QString &label)
{
    const char *text = advice().value(label.toUpper(), nullptr);
    return text ? tr(text) : QString();
}

QString ErrorExplanation::sentence(const ErrorBody &error)
{
    QString text = adviceFor(error.label);
    const QString appendix = error.params.value(QLatin1String("appendix")).toString();
    // The server's message usually names the input or the figures: keep it.
    if (!error.message.isEmpty())
        text = text.isEmpty() ? error.message : text + QLatin1Char(' ') + error.message;
    if (!appendix.isEmpty())
        text += QLatin1Char(' ') + appendix;
    if (text.isEmpty())
        text = error.label.isEmpty() ? tr("No details were given.") : error.label;
    return text;
}
