#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;

// A minimal HTTP/1.1 endpoint on 127.0.0.1 (Content-Length bodies,
// kept-alive connections: enough for QNetworkAccessManager's POSTs) that
// records every request the sandbox makes to it, in arrival order, and
// answers each with a chosen status: {"received":true} for a 2xx,
// {"error":"receiver says no"} otherwise. A held request is recorded but
// never answered (a delivery left in flight).
class CallbackReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackReceiver)

public:
    struct Delivery
    {
        QByteArray method;
        QByteArray path;
        // Header names lower-cased.
        QHash<QByteArray, QByteArray> headers;
        QByteArray rawBody;
        QJsonObject body;
        // What the receiver answered; 0 while held.
        int answeredStatus = 0;

        // Case-insensitive; empty when absent.
        QByteArray header(const QByteArray &name) const;
    };

    explicit CallbackReceiver(QObject *parent = nullptr);

    bool listen();
    // "http://127.0.0.1:PORT/hook"
    QString url() const;
    // The `callback` object of a launch that points here: {url, on, headers},
    // `on` and `headers` only when given.
    QJsonObject callbackObject(const QString &on = {}, const QJsonObject &headers = {}) const;

    // The status of every answer from now on (200 to begin with).
    void setStatus(int status) { m_status = status; }
    // The next `count` answers are `status`, then setStatus()'s again.
    void failNext(int count, int status = 500);
    // The next `count` requests are recorded but never answered.
    void holdNext(int count) { m_holds = count; }
    // From now on each delivery fails with `status` at probability `rate`,
    // decided by `seed`, its callback_ref_uid and how often that key came
    // before: the same keys fail the same attempts in whatever order the
    // deliveries arrive (a seeded sequence would depend on that order).
    void setFailureRate(double rate, quint64 seed, int status = 500);

    const QList<Delivery> &deliveries() const { return m_deliveries; }
    const Delivery &last() const { return m_deliveries.constLast(); }
    int count() const { return static_cast<int>(m_deliveries.size()); }

signals:
    // One more request recorded (answered or held).
    void received();

private:
    void onReadyRead(QTcpSocket *socket);
    int answer(QTcpSocket *socket, const Delivery &delivery);
    bool failsAtRandom(const Delivery &delivery);

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Delivery> m_deliveries;
    int m_status = 200;
    int m_failures = 0;
    int m_failStatus = 500;
    int m_holds = 0;
    double m_failureRate = 0;
    quint64 m_failureSeed = 0;
    // Attempts so far per callback_ref_uid, for setFailureRate.
    QHash<QString, int> m_attempts;
};
