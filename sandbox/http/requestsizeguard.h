#pragma once

#include <QHash>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

// The sandbox's listening socket, which keeps a request body over the
// limit out of memory. QAbstractHttpServer buffers a whole request before
// handing it over, so a size check in the handler comes after the bytes
// are already held; this server sees each connection's bytes first (its
// readyRead slot is connected before QAbstractHttpServer's) and refuses a
// request as soon as its Content-Length (in its first read) says it is too
// large, or as soon as more bytes than the limit (plus 64 KiB for the head)
// arrived for one request, whatever its head said.
class RequestSizeGuard final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestSizeGuard)

public:
    // Answers a refused request (413) and closes its connection; `size` is
    // the declared or received size in bytes.
    using Refuse = std::function<void(QTcpSocket *socket, qint64 size)>;

    RequestSizeGuard(qint64 maxBodyBytes, Refuse refuse, QObject *parent = nullptr);

    // The server finished reading a request on `socket`: its bytes no longer
    // count against the next one's.
    void requestDone(QTcpSocket *socket);
    // Whether `socket`'s current request was refused (its answer is sent).
    bool isRefused(QTcpSocket *socket) const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection
    {
        qint64 received = 0;
        bool headerChecked = false;
        bool refused = false;
    };

    void onReadyRead(QTcpSocket *socket);

    qint64 m_maxBodyBytes;
    Refuse m_refuse;
    QHash<QTcpSocket *, Connection> m_connections;
};
