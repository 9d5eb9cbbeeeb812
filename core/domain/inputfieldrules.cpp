#include "core/domain/inputfieldrules.h"

#include <QUrl>

namespace InputFieldRules {

Kind kind(QStringView field)
{
    if (field == QLatin1String("linkedin_thread_url"))
        return Kind::LinkedInUrlOrThreadId;
    if (field.startsWith(QLatin1String("linkedin_")) && field.endsWith(QLatin1String("_url")))
        return Kind::LinkedInUrl;
    return Kind::Text;
}

bool isLinkedInUrl(QStringView text)
{
    const QUrl url(text.toString(), QUrl::StrictMode);
    const QString host = url.host().toLower();
    return url.isValid() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           (host == QLatin1String("linkedin.com") || host.endsWith(QLatin1String(".linkedin.com")));
}

bool isBlank(QStringView value)
{
    return value.trimmed().isEmpty();
}

std::optional<QString> problem(QStringView field, QStringView value)
{
    if (value.isEmpty())
        return QStringLiteral("required, but empty");
    const QStringView text = value.trimmed();
    if (text.isEmpty())
        return QStringLiteral("required, but only blanks");
    switch (kind(field)) {
    case Kind::Text:
        return std::nullopt;
    case Kind::LinkedInUrlOrThreadId:
        // A thread may be named by its id as well as by its URL.
        if (!text.contains(QLatin1Char('/')))
            return std::nullopt;
        break;
    case Kind::LinkedInUrl:
        break;
    }
    if (isLinkedInUrl(text))
        return std::nullopt;
    return QStringLiteral("not a LinkedIn URL: '%1'").arg(value);
}

} // namespace InputFieldRules
