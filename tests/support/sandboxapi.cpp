#include "tests/support/sandboxapi.h"

namespace SandboxApi {

namespace {

QJsonObject withCustomData(QJsonObject input, const QJsonObject &customData)
{
    if (!customData.isEmpty())
        input.insert(QStringLiteral("custom_data"), customData);
    return input;
}

} // namespace

QJsonObject profile(const QString &handleOrUrl, const QJsonObject &customData)
{
    const QString url = handleOrUrl.startsWith(QLatin1String("https://"))
                            ? handleOrUrl
                            : QStringLiteral("https://www.linkedin.com/in/") + handleOrUrl;
    return withCustomData(QJsonObject{{kProfileUrl, url}}, customData);
}

QJsonArray profiles(const QStringList &handlesOrUrls)
{
    QJsonArray inputs;
    for (const QString &handle : handlesOrUrls)
        inputs.append(profile(handle));
    return inputs;
}

QJsonObject search(const QString &keywords, const QJsonObject &customData)
{
    const QString url =
        QStringLiteral("https://www.linkedin.com/search/results/people/?keywords=") + keywords;
    return withCustomData(QJsonObject{{kSearchUrl, url}}, customData);
}

QString runPath(const QString &uid, const QString &suffix)
{
    return QStringLiteral("/runs/") + uid + suffix;
}

QStringList uidsOf(const QJsonValue &array)
{
    QStringList uids;
    for (const QJsonValue &item : array.toArray())
        uids.append(item.toObject().value(QStringLiteral("uid")).toString());
    return uids;
}

} // namespace SandboxApi
