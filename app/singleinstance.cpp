#include "app/singleinstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>

namespace {

// The primary may hold the lock a moment before it listens, and answers
// from its event loop, which a busy start can hold for a while.
constexpr int kConnectMs = 5000;
constexpr int kAnswerMs = 5000;
constexpr QByteArrayView kRaise = "raise\n";

} // namespace

SingleInstance::SingleInstance(const QString &folder, const QString &name, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_name(name)
{}

SingleInstance::~SingleInstance()
{
    // The socket goes before the lock: a process that finds the lock free
    // must not find a dead socket of ours either.
    if (m_server)
        m_server->close();
}

QString SingleInstance::socketPath() const
{
    return m_folder + QLatin1Char('/') + m_name + QLatin1String(".socket");
}

SingleInstance::Role SingleInstance::start()
{
    if (m_folder.isEmpty() || !QDir().mkpath(m_folder)) {
        m_message = QStringLiteral("cannot tell whether Runboard is already running: no runtime "
                                   "folder (%1)")
                        .arg(m_folder.isEmpty() ? QStringLiteral("none") : m_folder);
        return Role::Unchecked;
    }
    m_lock =
        std::make_unique<QLockFile>(m_folder + QLatin1Char('/') + m_name + QLatin1String(".lock"));
    // Never stale while its process lives: only a dead holder loses it.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() == QLockFile::LockFailedError)
            return askPrimary();
        m_message = QStringLiteral("cannot tell whether Runboard is already running: cannot "
                                   "create the lock in %1")
                        .arg(m_folder);
        return Role::Unchecked;
    }
    // Holding the lock, any socket file left there is a dead process's.
    QLocalServer::removeServer(socketPath());
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketPath())) {
        m_message = QStringLiteral("a second Runboard will not find this one: %1")
                        .arg(m_server->errorString());
        return Role::Primary;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { answer(socket); });
        }
    });
    return Role::Primary;
}

void SingleInstance::answer(QLocalSocket *socket)
{
    if (!socket->canReadLine())
        return;
    const QByteArray request = socket->readLine();
    QByteArray reply;
    if (request == kRaise.toByteArray()) {
        const bool raised = m_activate && m_activate();
        reply = (raised ? "raised " : "starting ") +
                QByteArray::number(QCoreApplication::applicationPid()) + '\n';
    } else {
        reply = "unknown request\n";
    }
    socket->write(reply);
    socket->flush();
    socket->disconnectFromServer();
}

SingleInstance::Role SingleInstance::askPrimary()
{
    qint64 pid = 0;
    m_lock->getLockInfo(&pid, nullptr, nullptr);
    const QString holder = QStringLiteral("Runboard is already running (process %1)").arg(pid);
    QLocalSocket socket;
    QElapsedTimer waited;
    waited.start();
    // Blocking is fine here: this process has no window and ends next.
    for (;;) {
        socket.connectToServer(socketPath());
        if (socket.waitForConnected(250))
            break;
        if (waited.elapsed() > kConnectMs) {
            m_message = holder + QLatin1String(" but cannot be reached: ") + socket.errorString();
            return Role::Unanswered;
        }
        QThread::msleep(100);
    }
    socket.write(kRaise.data(), kRaise.size());
    socket.flush();
    QByteArray reply;
    while (!reply.endsWith('\n')) {
        if (!socket.waitForReadyRead(kAnswerMs)) {
            m_message = holder + QLatin1String(" but did not answer");
            return Role::Unanswered;
        }
        reply += socket.readAll();
    }
    if (reply.startsWith("raised "))
        m_message = holder + QLatin1String("; its window was raised");
    else if (reply.startsWith("starting "))
        m_message = holder + QLatin1String("; its window is still opening");
    else {
        m_message = holder + QLatin1String(" but did not understand: ") +
                    QString::fromUtf8(reply.trimmed());
        return Role::Unanswered;
    }
    return Role::Secondary;
}
