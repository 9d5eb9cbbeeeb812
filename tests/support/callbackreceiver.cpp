#include "tests/support/callbackreceiver.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

QByteArray CallbackReceiver::Delivery::header(const QByteArray &name) const
{
    return headers.value(name.toLower());
}

CallbackReceiver::CallbackReceiver(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

bool CallbackReceiver::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString CallbackReceiver::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server->serverPort());
}

QJsonObject CallbackReceiver::callbackObject(const QString &on, const QJsonObject &headers) const
{
    QJsonObject callback{{QStringLiteral("url"), url()}};
    if (!on.isEmpty())
        callback.insert(QStringLiteral("on"), on);
    if (!headers.isEmpty())
        callback.insert(QStringLiteral("headers"), headers);
    return callback;
}

void CallbackReceiver::failNext(int count, int status)
{
    m_failures = count;
    m_failStatus = status;
}

void CallbackReceiver::setFailureRate(double rate, quint64 seed, int status)
{
    m_failureRate = rate;
    m_failureSeed = seed;
    m_failStatus = status;
}

bool CallbackReceiver::failsAtRandom(const Delivery &delivery)
{
    if (m_failureRate <= 0)
        return false;
    const QString key = delivery.body.value(QLatin1String("callback_ref_uid")).toString();
    const int attempt = m_attempts[key]++;
    // A plain QByteArray: QCryptographicHash::hash takes no QStringBuilder.
    const QByteArray text =
        QByteArray::number(m_failureSeed) + ':' + key.toUtf8() + ':' + QByteArray::number(attempt);
    const QByteArray digest = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    quint64 word = 0;
    for (int i = 0; i < 8; ++i)
        word = (word << 8) | quint8(digest.at(i));
    // The top 53 bits as a uniform double in [0, 1).
    return double(word >> 11) / double(quint64(1) << 53) < m_failureRate;
}

void CallbackReceiver::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Several requests may arrive on one kept-alive connection.
    while (true) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() < 2) {
            socket->abort();
            return;
        }
        Delivery delivery;
        delivery.method = requestLine.at(0);
        delivery.path = requestLine.at(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            delivery.headers.insert(name, value);
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        delivery.rawBody = buffer.mid(headerEnd + 4, length);
        delivery.body = QJsonDocument::fromJson(delivery.rawBody).object();
        buffer.remove(0, headerEnd + 4 + length);
        if (m_holds > 0)
            --m_holds;
        else
            delivery.answeredStatus = answer(socket, delivery);
        m_deliveries.append(delivery);
        emit received();
    }
}

int CallbackReceiver::answer(QTcpSocket *socket, const Delivery &delivery)
{
    int status = m_status;
    if (m_failures > 0) {
        --m_failures;
        status = m_failStatus;
    } else if (failsAtRandom(delivery)) {
        status = m_failStatus;
    }
    const QByteArray body = status >= 200 && status < 300
                                ? QByteArrayLiteral("{\"received\":true}")
                                : QByteArrayLiteral("{\"error\":\"receiver says no\"}");
    socket->write(
        "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Receiver Status") +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n\r\n" + body);
    return status;
}
