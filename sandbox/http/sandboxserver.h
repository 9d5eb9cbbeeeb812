#pragma once

#include "sandbox/faultinjector.h"
#include "sandbox/http/answerqueue.h"
#include "sandbox/http/outputspager.h"
#include "sandbox/http/router.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

class RequestSizeGuard;
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
    // Every route as "METHOD /v1/..." or "METHOD /_sandbox/...".
    QStringList routes() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiResponse answer(const QHttpServerRequest &request, FaultInjector::Fault *fault);
    // The bytes put on the wire (or queued, for a slow fault); -1 when the
    // connection is dropped instead.
    // With `closeAfter`, the connection is closed once the bytes are out.
    qint64 send(QTcpSocket *socket, ApiResponse response, const FaultInjector::Fault &fault,
                bool closeAfter = false);
    // Sends `answer` and writes its access line.
    void deliver(QTcpSocket *socket, AnswerQueue::Answer &answer);
    // Delivers the answers at the head of `socket`'s line that are ready.
    void deliverReady(QTcpSocket *socket);
    // The 413 for a request the size guard stopped while it was arriving.
    void refuseTooLarge(QTcpSocket *socket, qint64 size);

    SandboxEngine &m_engine;
    Router m_api;
    Router m_admin;
    quint16 m_port = 0;
    // Owned by the QAbstractHttpServer once bound.
    RequestSizeGuard *m_guard = nullptr;
    AnswerQueue m_waiting;
    // Last: destroyed first, so that no page is read for a server half gone.
    OutputsPager m_pager;
};
