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

// Space-separated names, as the contract's tables list them, plus
// extracted_at: every stored output carries it since 2026-02 (3.6).
QStringList fields(const char *names)
{
    QStringList list = QString::fromLatin1(names).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    list.append(QStringLiteral("extracted_at"));
    return list;
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
         true,
         fields("connected_at first_name last_name full_name job_title linkedin_profile_handle "
                "linkedin_profile_url linkedin_profile_id profile_image_url "
                "sales_navigator_profile_id")},
        {QStringLiteral("linkedin-extract-messages"),
         QStringLiteral("Extract messages"),
         {QStringLiteral("linkedin_thread_url")},
         {maxResults(), syncMode()},
         Rule::ExactlyOneOwnAccount,
         20,
         true,
         fields("linkedin_thread_id position delivered_at created_at first_name last_name "
                "linkedin_profile_id sales_navigator_profile_id job_title content message_id "
                "attachments")},
        {QStringLiteral("linkedin-extract-profile-viewers"),
         QStringLiteral("Extract profile viewers"),
         {},
         {maxResults(), syncMode()},
         Rule::ExactlyOneOwnAccount,
         10,
         true,
         fields("view_timestamp view_date connection_degree linkedin_profile_handle headline "
                "linkedin_profile_url sales_navigator_profile_id linkedin_profile_id "
                "profile_image_url linkedin_people_post_search_url")},
        {QStringLiteral("linkedin-extract-conversations"),
         QStringLiteral("Extract conversations"),
         {},
         {flag("read", true), maxResults(), syncMode()},
         Rule::ExactlyOneOwnAccount,
         20,
         true,
         fields("linkedin_thread_id linkedin_thread_url participants last_message "
                "last_activity_at read unread_count total_received_messages created_at "
                "sponsored")},
        {QStringLiteral("linkedin-search-people"),
         QStringLiteral("Search people"),
         {QStringLiteral("linkedin_people_search_url")},
         {flag("only_extract_unique_profile", false), maxResults()},
         Rule::Any,
         10,
         false,
         fields("full_name first_name last_name job_title current_title company_name headline "
                "location linkedin_profile_url linkedin_profile_handle profile_image_url "
                "linkedin_profile_id sales_navigator_profile_id connection_degree "
                "shared_connection_search_url number_shared_connections "
                "shared_connection_profile_urls linkedin_people_post_search_url")},
        {QStringLiteral("linkedin-extract-people"),
         QStringLiteral("Extract people"),
         {profileUrl},
         {flag("sections", false), flag("experiences", false), flag("skills", false),
          flag("highlights", false)},
         Rule::Any,
         0,
         false,
         // Always present, then what sections, experiences (the contract
         // names no past_* field, so none is listed), skills and highlights add.
         fields("linkedin_profile_handle first_name last_name full_name birth_date headline "
                "profile_image_url sales_navigator_profile_id linkedin_profile_id "
                "linkedin_profile_url linkedin_people_post_search_url profile_country "
                "profile_language location open_to_work "
                "summary job_title company_name linkedin_company_url linkedin_company_id "
                "education languages volunteer_experiences "
                "experiences "
                "skills "
                "number_connections number_followers connection_degree linkedin_thread_id "
                "connected_at")},
        {QStringLiteral("linkedin-extract-contact"),
         QStringLiteral("Extract contact"),
         {profileUrl},
         {},
         Rule::DirectOrAuto,
         0,
         false,
         fields("connected_at email website twitter_handles twitter phones phone "
                "linkedin_profile_handle linkedin_profile_url sales_navigator_profile_id "
                "linkedin_profile_id")},
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
