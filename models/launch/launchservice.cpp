#include "models/launch/launchservice.h"

#include "core/domain/runinput.h"
#include "models/client/apireply.h"
#include "models/client/apiresult.h"
#include "models/client/cursorwalker.h"
#include "models/client/edgesclient.h"
#include "models/client/listparameters.h"

#include <QJsonArray>

namespace {

// The contract's largest inputs page: fewer requests for a big run.
constexpr int kInputsPage = 500;

// One page of the newest runs is enough: the question is about the last
// minute or so.
constexpr int kRecentPage = 100;

} // namespace

LaunchService::LaunchService(EdgesClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

LaunchService::~LaunchService() = default;

bool LaunchService::launch(LaunchMode mode, const QString &action, const QJsonObject &body)
{
    if (isBusy() || mode == LaunchMode::Live)
        return false;
    ApiReply *reply = mode == LaunchMode::Async ? m_client->runAsync(action, body)
                                                : m_client->runSchedule(action, body);
    m_launch = reply->then(this, [this, mode](const ApiResult &result) {
        if (result.succeeded()) {
            const QJsonObject answer = result.json.toObject();
            const QString key = mode == LaunchMode::Async ? QStringLiteral("run_uid")
                                                          : QStringLiteral("schedule_uid");
            emit launched(mode, answer.value(key).toString(), answer);
        } else if (result.error.kind == ApiError::Kind::LaunchUncertain) {
            emit uncertain(result.error);
        } else {
            emit refused(result.error);
        }
    });
    return true;
}

void LaunchService::findRecent(const QString &name, const QDateTime &since)
{
    if (m_recent)
        m_recent->cancel();
    ListParameters parameters;
    parameters.sort = {QStringLiteral("-created_at")};
    parameters.limit = kRecentPage;
    m_recent =
        m_client->listRuns(parameters)->then(this, [this, name, since](const ApiResult &result) {
            if (!result.succeeded()) {
                emit recentFailed(result.error);
                return;
            }
            QList<Run> found;
            const QJsonArray items = result.json.toArray();
            for (const QJsonValue &item : items) {
                const Run run = Run::fromJson(item.toObject());
                if (run.name == name && run.createdAt.isValid() && run.createdAt >= since)
                    found.append(run);
            }
            emit recentFound(found);
        });
}

void LaunchService::fetchInputs(const QString &runUid)
{
    if (m_inputs)
        m_inputs->deleteLater();
    EdgesClient *client = m_client;
    auto *walker = new CursorWalker(
        client, [client, runUid] { return client->runInputs(runUid, kInputsPage); }, this);
    m_inputs = walker;
    auto inputs = std::make_shared<QList<InputDraft>>();
    connect(walker, &CursorWalker::pageReady, this,
            [this, walker, runUid, inputs](const QJsonArray &items, bool last) {
                for (const QJsonValue &item : items) {
                    const RunInput input = RunInput::fromJson(item.toObject());
                    QJsonObject sent = input.inputData;
                    if (!input.customData.isEmpty())
                        sent.insert(QStringLiteral("custom_data"), input.customData);
                    inputs->append(InputDraft::fromJson(sent));
                }
                if (!last) {
                    walker->next();
                    return;
                }
                walker->deleteLater();
                emit inputsFetched(runUid, *inputs);
            });
    connect(walker, &CursorWalker::failed, this, [this, walker, runUid](const ApiError &error) {
        walker->deleteLater();
        emit inputsFailed(runUid, error);
    });
    walker->next();
}
