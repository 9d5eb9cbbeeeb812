#include "app/headlessclient.h"

#include "models/client/apireply.h"
#include "models/client/apiresult.h"

#include <QEventLoop>
#include <QJsonArray>

HeadlessClient::HeadlessClient(const ConnectionSettings &settings, const QString &key)
    : m_client(&m_network, settings, [key] { return key; })
    , m_launcher(&m_client)
{}

HeadlessClient::~HeadlessClient() = default;

std::variant<QList<Identity>, ApiError> HeadlessClient::identities()
{
    QEventLoop loop;
    ApiResult answer;
    // The route has no paging the contract documents beyond `page`; one
    // answer is the list, as for the dashboard's identities model.
    m_client.identities()->then(&loop, [&](const ApiResult &result) {
        answer = result;
        loop.quit();
    });
    loop.exec();
    if (!answer.succeeded())
        return answer.error;
    QList<Identity> found;
    const QJsonArray items = answer.json.toArray();
    for (const QJsonValue &item : items)
        found.append(Identity::fromJson(item.toObject()));
    return found;
}

HeadlessClient::LaunchOutcome HeadlessClient::launch(LaunchMode mode, const QString &action,
                                                     const QJsonObject &body)
{
    QEventLoop loop;
    LaunchOutcome outcome;
    const auto end = [&](LaunchOutcome::Kind kind, const QString &uid, const ApiError &error) {
        outcome = {kind, uid, error};
        loop.quit();
    };
    using Kind = LaunchOutcome::Kind;
    QObject::connect(&m_launcher, &LaunchService::launched, &loop,
                     [&](LaunchMode, const QString &uid) { end(Kind::Launched, uid, {}); });
    QObject::connect(&m_launcher, &LaunchService::refused, &loop,
                     [&](const ApiError &error) { end(Kind::Refused, {}, error); });
    QObject::connect(&m_launcher, &LaunchService::uncertain, &loop,
                     [&](const ApiError &error) { end(Kind::Uncertain, {}, error); });
    // Refused only for live mode or a launch already on its way, which
    // the command never asks.
    if (!m_launcher.launch(mode, action, body)) {
        outcome.error.kind = ApiError::Kind::Cancelled;
        return outcome;
    }
    loop.exec();
    return outcome;
}
