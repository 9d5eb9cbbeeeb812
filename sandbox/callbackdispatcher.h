#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class SandboxClock;
class SandboxStore;
struct CallbackRow;

// Delivers callbacks (contract section 5): each one is a stored record
// with its payload, POSTed as JSON to the run's URL with the run's custom
// headers; failures are retried after the configured delays (which follow
// the sandbox clock) and the record keeps PENDING/RUNNING/FAILED/SUCCESS,
// the receiver's HTTP status and answer. Replays make new records.
class CallbackDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackDispatcher)

public:
    // The demo history reads the default retry delays, so the failed
    // deliveries of its past runs were retried the engine's way.
    struct Settings
    {
        QList<qint64> retryDelaysMs = {5000, 30000, 120000};
        qint64 timeoutMs = 10000;
        // Replays allowed per original callback (contract 5.7).
        int maxReplays = 3;
    };

    enum class ReplayOutcome
    {
        Done,
        NotFound,
        IsReplay,
        TooManyReplays,
    };

    CallbackDispatcher(SandboxStore &store, SandboxClock &clock, QNetworkAccessManager &network,
                       Settings settings, QObject *parent = nullptr);

    // Records one delivery of the 5.3 payload for a run of workspace
    // `workspaceUid`. `callback` is the run's {url, headers, on}; with
    // on = final only final statuses go out.
    void enqueue(const QString &runUid, const QString &workspaceUid, const QJsonObject &callback,
                 const QJsonValue &input, const QJsonValue &customData, const QJsonValue &error,
                 const QJsonArray &results, const QString &runStatus);

    std::optional<qint64> nextDue() const;
    // Starts the earliest delivery due at `nowMs`, if any.
    void processDue(qint64 nowMs);
    ReplayOutcome replay(const QString &uid, QString *newUid);
    // A cancelled run sends nothing more (contract 3.9): deliveries not yet
    // attempted end FAILED unsent, scheduled retries are dropped.
    void dropPending(const QString &runUid);
    int inFlight() const { return m_inFlight; }
    void recoverAfterRestart();

signals:
    // A delivery finished (either way): the engine re-arms its timer.
    void deliveryFinished();

private:
    void start(const CallbackRow &callback, qint64 now);
    void onFinished(QNetworkReply *reply, qint64 callbackId);

    SandboxStore &m_store;
    SandboxClock &m_clock;
    QNetworkAccessManager &m_network;
    Settings m_settings;
    int m_inFlight = 0;
};
