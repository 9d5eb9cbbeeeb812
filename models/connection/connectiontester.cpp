#include "models/connection/connectiontester.h"

#include "models/client/apireply.h"
#include "models/client/edgesclient.h"

#include <QJsonArray>
#include <QJsonObject>

ConnectionTester::ConnectionTester(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

bool ConnectionTester::isTesting() const
{
    return m_testing;
}

void ConnectionTester::test(ConnectionSettings settings, const QString &key, int timeoutMs)
{
    cancel();
    settings.timeoutMs = timeoutMs;
    settings.maxRetries = 0;
    m_client = std::make_unique<EdgesClient>(m_network, settings, [key] { return key; });
    m_testing = true;
    m_timer.start();
    // GET /workspaces: no parameters, not in the paced /runs or live
    // buckets.
    m_client->workspaces()->then(this, [this](const ApiResult &result) {
        m_testing = false;
        const qint64 elapsed = m_timer.elapsed();
        if (result.succeeded())
            emit succeeded(
                result.json.toArray().at(0).toObject().value(QLatin1String("name")).toString(),
                elapsed);
        else
            emit failed(result.error, elapsed);
    });
}

void ConnectionTester::cancel()
{
    m_testing = false;
    // Its replies are its children: they go with it, cancelled, and a
    // cancelled call reports nothing.
    m_client.reset();
}
