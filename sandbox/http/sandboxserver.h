#pragma once

#include "sandbox/faultinjector.h"
#include "sandbox/http/answerqueue.h"
#include "sandbox/http/outputspager.h"
#include "sandbox/http/router.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

class SandboxEngine;
class QTcpSocket;

// The sandbox's HTTP front: authenticates the X-API-Key, enforces the
// body limit and the tier's rate limits, injects configured faults, routes
// /v1/... to the Edges routes and /_sandbox/... to the admin routes, and
// writes each answer (with the contract's error body on failure). Outputs
// pages are read by an OutputsPager, on a second core when it has one.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxEngine &engine);

    bool start(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiResponse answer(const QHttpServerRequest &request, FaultInjector::Fault *fault);
    // The bytes put on the wire (or queued, for a slow fault); -1 when the
    // connection is dropped instead.
    qint64 send(QTcpSocket *socket, ApiResponse response, const FaultInjector::Fault &fault);
    // Sends `answer` and writes its access line.
    void deliver(QTcpSocket *socket, AnswerQueue::Answer &answer);
    // Delivers the answers at the head of `socket`'s line that are ready.
    void deliverReady(QTcpSocket *socket);

    SandboxEngine &m_engine;
    Router m_api;
    Router m_admin;
    quint16 m_port = 0;
    AnswerQueue m_waiting;
    // Last: destroyed first, so that no page is read for a server half gone.
    OutputsPager m_pager;
};
