#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;

// A minimal HTTP/1.1 endpoint on 127.0.0.1 that records the callbacks the
// sandbox POSTs to it and answers each with a chosen status.
class CallbackReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackReceiver)

public:
    struct Delivery
    {
        QHash<QByteArray, QByteArray> headers;
        QJsonObject body;
    };

    explicit CallbackReceiver(QObject *parent = nullptr);

    bool listen();
    // "http://127.0.0.1:PORT/hook"
    QString url() const;
    void setStatus(int status) { m_status = status; }
    const QList<Delivery> &deliveries() const { return m_deliveries; }
    int count() const { return static_cast<int>(m_deliveries.size()); }

signals:
    void received();

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Delivery> m_deliveries;
    int m_status = 200;
};
