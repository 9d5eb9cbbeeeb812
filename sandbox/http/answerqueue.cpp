#include "sandbox/http/answerqueue.h"

#include <QTcpSocket>

AnswerQueue::AnswerQueue(QObject *context)
    : m_context(context)
{}

bool AnswerQueue::hasWaiting(QTcpSocket *socket) const
{
    const auto line = m_lines.constFind(socket);
    return line != m_lines.cend() && !line->isEmpty();
}

void AnswerQueue::append(QTcpSocket *socket, std::shared_ptr<Answer> answer)
{
    auto line = m_lines.find(socket);
    if (line == m_lines.end()) {
        // A line is kept for the socket's life, so that this connection is
        // made once per socket.
        QObject::connect(socket, &QObject::destroyed, m_context,
                         [this, socket] { m_lines.remove(socket); });
        line = m_lines.insert(socket, {});
    }
    line->append(std::move(answer));
}

QList<std::shared_ptr<AnswerQueue::Answer>> AnswerQueue::takeReady(QTcpSocket *socket)
{
    QList<std::shared_ptr<Answer>> ready;
    const auto line = m_lines.find(socket);
    if (line == m_lines.end())
        return ready;
    while (!line->isEmpty() && line->constFirst()->ready)
        ready.append(line->takeFirst());
    return ready;
}
