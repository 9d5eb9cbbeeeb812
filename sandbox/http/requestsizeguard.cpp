#include "sandbox/http/requestsizeguard.h"

#include <QTcpSocket>

namespace {

// The request line and headers of any request the API takes fit in this;
// the body limit applies to what follows.
constexpr qint64 kHeadBytes = 64 * 1024;

// The Content-Length of a complete request head at the start of `bytes`, -1
// when there is none (yet), or when it is not a plain number.
qint64 declaredLength(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 ||
            line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) != 0)
            continue;
        bool ok = false;
        const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
        // An unreadable length is refused by the HTTP parser itself.
        return ok && length >= 0 ? length : -1;
    }
    return -1;
}

} // namespace

RequestSizeGuard::RequestSizeGuard(qint64 maxBodyBytes, Refuse refuse, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_refuse(std::move(refuse))
{}

void RequestSizeGuard::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_connections.insert(socket, {});
    // Before addPendingConnection(): QAbstractHttpServer connects its own
    // readyRead slot when it takes the connection, so this one runs first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    addPendingConnection(socket);
}

void RequestSizeGuard::requestDone(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it != m_connections.end() && !it->refused)
        *it = {};
}

bool RequestSizeGuard::isRefused(QTcpSocket *socket) const
{
    return m_connections.value(socket).refused;
}

void RequestSizeGuard::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->refused)
        return;
    // QAbstractHttpServer reads everything on each readyRead, so what is
    // available now is what arrived since.
    const qint64 available = socket->bytesAvailable();
    // Only the request's first bytes are read for a head: later ones are
    // body, whatever they look like. A head split across reads is left to
    // the byte count below.
    if (!it->headerChecked) {
        it->headerChecked = true;
        const qint64 length = declaredLength(socket->peek(kHeadBytes));
        if (length > m_maxBodyBytes) {
            it->refused = true;
            m_refuse(socket, length);
            return;
        }
    }
    it->received += available;
    if (it->received > m_maxBodyBytes + kHeadBytes) {
        it->refused = true;
        m_refuse(socket, it->received);
    }
}
