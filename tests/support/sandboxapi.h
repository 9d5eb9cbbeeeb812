#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What the integration tests send to the sandbox and read back, with no
// HTTP of its own: the inputs of the LinkedIn actions they launch, paths
// and small readers of API objects. The requests themselves are
// SandboxFixture's.
namespace SandboxApi {

inline const QString kProfileUrl = QStringLiteral("linkedin_profile_url");
inline const QString kSearchUrl = QStringLiteral("linkedin_people_search_url");
// A well-formed uid that names nothing.
inline const QString kUnknownUid = QStringLiteral("00000000-0000-4000-8000-000000000000");

// {"linkedin_profile_url": "https://www.linkedin.com/in/HANDLE"} (or the
// URL itself when a full one is given), with custom_data when not empty.
QJsonObject profile(const QString &handleOrUrl, const QJsonObject &customData = {});
QJsonArray profiles(const QStringList &handlesOrUrls);
// {"linkedin_people_search_url": the people search for KEYWORDS}, with
// custom_data when not empty.
QJsonObject search(const QString &keywords, const QJsonObject &customData = {});

// "/runs/UID" followed by `suffix` ("/inputs?limit=3", "/cancel"...).
QString runPath(const QString &uid, const QString &suffix = {});

// The "uid" of each object of an array, in order.
QStringList uidsOf(const QJsonValue &array);

} // namespace SandboxApi
