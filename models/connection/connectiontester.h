#pragma once

#include "models/client/apierror.h"
#include "models/client/connectionsettings.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class EdgesClient;
class QNetworkAccessManager;

// "Test connection": one GET /workspaces with a URL and key that are not
// saved yet, through a client of its own (no retries, a short timeout).
// The answer proves both the URL and the key; it comes back as the
// workspace's name or the error, with how long it took.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionTester() override;

    bool isTesting() const;
    // Starts a test, dropping any test still on its way.
    void test(ConnectionSettings settings, const QString &key, int timeoutMs);
    // Drops the test on its way; it reports nothing.
    void cancel();

signals:
    void succeeded(const QString &workspaceName, qint64 elapsedMs);
    void failed(const ApiError &error, qint64 elapsedMs);

private:
    QNetworkAccessManager *m_network;
    std::unique_ptr<EdgesClient> m_client;
    QElapsedTimer m_timer;
    bool m_testing = false;
};
