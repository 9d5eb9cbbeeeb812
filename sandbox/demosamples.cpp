#include "sandbox/demosamples.h"

#include "core/domain/actioncatalogue.h"
#include "sandbox/actionslugs.h"
#include "sandbox/demodice.h"

#include <QUrl>
#include <QUuid>

namespace DemoSamples {

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

QString profileHandle(DemoDice &dice)
{
    const QString first = latin(dice.pick(kFirstNames));
    const QString last = latin(dice.pick(kLastNames));
    switch (dice.weighted({6, 3, 1})) {
    case 0:
        return first + QLatin1Char('-') + last + QLatin1Char('-') +
               QString::number(dice.between(0x1000000, 0xfffffff), 16);
    case 1:
        return first + QLatin1Char('-') + last;
    default:
        return first + QLatin1Char('-') + last + QLatin1Char('-') +
               QString::number(dice.between(10000000, 99999999));
    }
}

QString profileUrl(DemoDice &dice)
{
    return QStringLiteral("https://www.linkedin.com/in/") + profileHandle(dice) + QLatin1Char('/');
}

QString searchUrl(DemoDice &dice, const char *keywords, const char *geo)
{
    const QByteArray words =
        keywords ? QByteArray(keywords) : QByteArray(dice.pick(kSearchKeywords));
    QString url = QStringLiteral("https://www.linkedin.com/search/results/people/?keywords=") +
                  QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(words))) +
                  QStringLiteral("&geoUrn=%5B%22") + latin(geo ? geo : dice.pick(kGeoUrns)) +
                  QStringLiteral("%22%5D");
    if (dice.chance(0.3))
        url += QStringLiteral("&network=%5B%22S%22%2C%22O%22%5D");
    return url + QStringLiteral("&origin=FACETED_SEARCH");
}

QString threadUrl(DemoDice &dice)
{
    const QString conversation = QUuid::fromRfc4122(dice.bytes(16)).toString(QUuid::WithoutBraces) +
                                 QStringLiteral("_0") + QString::number(dice.between(10, 99));
    return QStringLiteral("https://www.linkedin.com/messaging/thread/2-") +
           QString::fromLatin1(conversation.toLatin1().toBase64(QByteArray::Base64UrlEncoding)) +
           QLatin1Char('/');
}

QJsonValue customData(DemoDice &dice, int style)
{
    switch (style) {
    case 1:
        return QJsonObject{
            {QStringLiteral("crm_id"), QStringLiteral("HS-%1").arg(dice.between(100000, 999999))}};
    case 2:
        return QJsonObject{{QStringLiteral("lead_source"), latin(dice.pick(kLeadSources))},
                           {QStringLiteral("owner"), latin(dice.pick(kOwners))}};
    case 3:
        return QJsonObject{
            {QStringLiteral("account_id"),
             QStringLiteral("0015g0000%1")
                 .arg(QString::number(dice.between(0x100000, 0xffffff), 16).toUpper())},
            {QStringLiteral("segment"), latin(dice.pick(kSegments))}};
    default:
        return QJsonValue(QJsonValue::Null);
    }
}

ErrorSpec failureFor(DemoDice &dice, const ActionSpec &action)
{
    if (action.slug == ActionSlugs::SearchPeople)
        return dice.pick(kSearchErrors);
    if (action.slug == ActionSlugs::ExtractPeople || action.slug == ActionSlugs::ExtractContact)
        return dice.pick(kProfileErrors);
    if (action.slug == ActionSlugs::Messages)
        return dice.pick(kThreadErrors);
    return dice.pick(kAccountErrors);
}

QJsonObject labelled(const QString &label, const QString &message, const QJsonObject &params)
{
    return QJsonObject{{QStringLiteral("label"), label},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("params"), params}};
}

QJsonObject runErrorOf(const QJsonObject &inputError)
{
    return labelled(inputError.value(QStringLiteral("label")).toString(),
                    inputError.value(QStringLiteral("message")).toString(),
                    inputError.value(QStringLiteral("params")).toObject());
}

// The callback body's error for a failed input (Executor::failInput).
QJsonObject callbackErrorOf(const QJsonObject &inputError)
{
    return QJsonObject{
        {QStringLiteral("error_label"), inputError.value(QStringLiteral("label"))},
        {QStringLiteral("error_scope"), inputError.value(QStringLiteral("scope"))},
        {QStringLiteral("error_ref"), inputError.value(QStringLiteral("error_ref"))},
        {QStringLiteral("message"), inputError.value(QStringLiteral("message"))},
        {QStringLiteral("status_code"), inputError.value(QStringLiteral("status_code"))},
        {QStringLiteral("params"), QJsonObject()}};
}

// Demo receivers live on the loopback discard port: nothing listens there,
// so a schedule that fires later or a replay from the dashboard fails at
// once on this machine instead of sending anything off it.
QString hookUrl(const Hook &hook)
{
    return QStringLiteral("http://127.0.0.1:9/edges/") + latin(hook.path);
}

QJsonObject callbackConfig(const Hook &hook, bool finalOnly)
{
    QJsonObject headers;
    if (hook.headerName)
        headers.insert(latin(hook.headerName), latin(hook.headerValue));
    return QJsonObject{
        {QStringLiteral("url"), hookUrl(hook)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("on"), finalOnly ? QStringLiteral("final") : QStringLiteral("all")}};
}

const Hook *hookOf(const QString &url)
{
    for (const Hook &hook : kHooks) {
        if (hookUrl(hook) == url)
            return &hook;
    }
    return nullptr;
}

} // namespace DemoSamples
