#pragma once

#include "models/client/connectionsettings.h"
#include "models/client/edgesclient.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/signallog.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QDebug>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

// What the tests of the keyed list models (schedules, callbacks,
// identities, run inputs) share: a log of the model's signals, a network
// that counts the requests of one route, and the client + model + tester
// harness. Header-only: each test is one executable.
namespace ModelTest {

inline constexpr int kTimeoutMs = 20000;

using SignalLog = ::SignalLog;

// Counts the requests whose path ends with `suffix`, and how many of them
// are in flight at once.
class CountingNetwork final : public QNetworkAccessManager
{
public:
    explicit CountingNetwork(QString suffix)
        : m_suffix(std::move(suffix))
    {}

    int requests = 0;
    int inFlight = 0;
    int maxInFlight = 0;
    QList<QUrl> urls;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
        if (request.url().path().endsWith(m_suffix)) {
            ++requests;
            urls.append(request.url());
            ++inFlight;
            maxInFlight = std::max(maxInFlight, inFlight);
            connect(reply, &QNetworkReply::finished, this, [this] { --inFlight; });
        }
        return reply;
    }

private:
    QString m_suffix;
};

// Network, client, model and tester, destroyed in the reverse order.
template <typename Model>
struct Harness
{
    Harness(SandboxFixture &sandbox, const QString &countedSuffix,
            const QString &key = QStringLiteral("sandbox"))
        : network(countedSuffix)
    {
        ConnectionSettings settings;
        settings.baseUrl = QUrl(sandbox.baseUrl());
        settings.tier = QStringLiteral("unlimited");
        client = std::make_unique<EdgesClient>(&network, settings, [key] { return key; });
        model = std::make_unique<Model>(client.get());
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    CountingNetwork network;
    std::unique_ptr<EdgesClient> client;
    std::unique_ptr<Model> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

inline bool startSandbox(SandboxFixture &sandbox, bool demo)
{
    QString error;
    if (!sandbox.start(&error)) {
        qWarning() << "sandbox did not start:" << error;
        return false;
    }
    return !demo || sandbox.adminPost(QStringLiteral("/demo")).status == 200;
}

// The Uid role (Qt::UserRole + 1 in every keyed model) of each row.
inline QStringList modelUids(const QAbstractItemModel &model)
{
    QStringList uids;
    for (int row = 0; row < model.rowCount(); ++row)
        uids << model.data(model.index(row, 0), Qt::UserRole + 1).toString();
    return uids;
}

// The "uid" of each object of an array.
inline QStringList jsonUids(const QJsonArray &array)
{
    QStringList uids;
    for (const QJsonValue &value : array)
        uids << value[QStringLiteral("uid")].toString();
    return uids;
}

} // namespace ModelTest

// Waits for the model to have no request in flight.
#define WAIT_IDLE(model) QTRY_VERIFY_WITH_TIMEOUT(!(model).isLoading(), ModelTest::kTimeoutMs)
