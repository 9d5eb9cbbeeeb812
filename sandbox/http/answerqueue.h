#pragma once

#include "sandbox/faultinjector.h"
#include "sandbox/http/apiresponse.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QObject;
class QTcpSocket;

// The answers of a server's connections that wait for their turn. An
// outputs page read off the event loop (OutputsPager) holds back the
// answers to the requests that came after it on the same connection (a
// client may pipeline), so that each connection's answers leave in the
// order of its requests. Connections with nothing waiting are not in it.
class AnswerQueue final
{
public:
    struct Answer
    {
        ApiResponse response;
        FaultInjector::Fault fault;
        // "GET /v1/runs?limit=3", for the access log.
        QString requestLine;
        QElapsedTimer timer;
        bool ready = false;
        // The request said "Connection: close": the server closes the
        // connection once this answer is written.
        bool closeAfter = false;
    };

    // `context` owns the connections' forgetting when a socket goes.
    explicit AnswerQueue(QObject *context);

    bool hasWaiting(QTcpSocket *socket) const;
    // Puts `answer` in line behind `socket`'s waiting answers.
    void append(QTcpSocket *socket, std::shared_ptr<Answer> answer);
    // The ready answers at the head of `socket`'s line, taken out of it.
    QList<std::shared_ptr<Answer>> takeReady(QTcpSocket *socket);

private:
    QObject *m_context;
    QHash<QTcpSocket *, QList<std::shared_ptr<Answer>>> m_lines;
};
