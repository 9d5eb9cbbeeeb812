#include "core/domain/actioncatalogue.h"

namespace {

using Parameter = ActionSpec::Parameter;
using Type = ActionSpec::Parameter::Type;

Parameter maxResults()
{
    return {QStringLiteral("max_results"), Type::Integer,
            QJsonValue(ActionCatalogue::kDefaultMaxResults)};
}

Parameter syncMode()
{
    return {QStringLiteral("sync_mode"), Type::SyncMode, QJsonValue(QStringLiteral("full"))};
}

Parameter flag(const char *name, bool defaultValue)
{
    return {QString::fromLatin1(name), Type::Boolean, QJsonValue(defaultValue)};
}

QList<ActionSpec> buildCatalogue()
{
    using Rule = ActionSpec::IdentityRule;
    const QString profileUrl = QStringLiteral("linkedin_profile_url");
    return {
        {QStringLiteral("linkedin-extract-connections"),
         QStringLiteral("Extract connections"),
         {},
         {maxResults(), syncMode()},
         Rule::ExactlyOneOwnAccount,
         40,
         true},
        {QStringLiteral("linkedin-extract-messages"),
         QStringLiteral("Extract messages"),
         {QStringLiteral("linkedin_thread_url")},
         {maxResults(), syncMode()},
         Rule::ExactlyOneOwnAccount,
         20,
         true},
        {QStringLiteral("linkedin-extract-profile-viewers"),
         QStringLiteral("Extract profile viewers"),
         {},
         {maxResults(), syncMode()},
         Rule::ExactlyOneOwnAccount,
         10,
         true},
        {QStringLiteral("linkedin-extract-conversations"),
         QStringLiteral("Extract conversations"),
         {},
         {flag("read", true), maxResults(), syncMode()},
         Rule::ExactlyOneOwnAccount,
         20,
         true},
        {QStringLiteral("linkedin-search-people"),
         QStringLiteral("Search people"),
         {QStringLiteral("linkedin_people_search_url")},
         {flag("only_extract_unique_profile", false), maxResults()},
         Rule::Any,
         10,
         false},
        {QStringLiteral("linkedin-extract-people"),
         QStringLiteral("Extract people"),
         {profileUrl},
         {flag("sections", false), flag("experiences", false), flag("skills", false),
          flag("highlights", false)},
         Rule::Any,
         0,
         false},
        {QStringLiteral("linkedin-extract-contact"),
         QStringLiteral("Extract contact"),
         {profileUrl},
         {},
         Rule::DirectOrAuto,
         0,
         false},
    };
}

} // namespace

const QList<ActionSpec> &ActionCatalogue::actions()
{
    static const QList<ActionSpec> catalogue = buildCatalogue();
    return catalogue;
}

const ActionSpec *ActionCatalogue::find(QStringView slug)
{
    for (const ActionSpec &action : actions()) {
        if (action.slug == slug)
            return &action;
    }
    return nullptr;
}

int ActionCatalogue::actionId(QStringView slug)
{
    const QList<ActionSpec> &all = actions();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).slug == slug)
            return static_cast<int>(i + 1);
    }
    return 0;
}
