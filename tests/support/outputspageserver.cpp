#include "tests/support/outputspageserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

OutputsPageServer::OutputsPageServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool OutputsPageServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString OutputsPageServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort());
}

void OutputsPageServer::setRun(const QString &uid, const QJsonObject &run,
                               const QList<QByteArray> &pages)
{
    m_uid = uid;
    m_pages = pages;
    m_run = run;
    m_run.insert(QStringLiteral("uid"), uid);
    if (!m_run.contains(QLatin1String("status")))
        m_run.insert(QStringLiteral("status"), QStringLiteral("SUCCEEDED"));
    if (!m_run.contains(QLatin1String("execution_mode")))
        m_run.insert(QStringLiteral("execution_mode"), QStringLiteral("ASYNC"));
    if (!m_run.contains(QLatin1String("output_count"))) {
        qint64 count = 0;
        for (const QByteArray &page : pages)
            count += QJsonDocument::fromJson(page).array().size();
        m_run.insert(QStringLiteral("output_count"), count);
    }
}

void OutputsPageServer::serve(QTcpSocket *socket)
{
    QByteArray pending = socket->property("pending").toByteArray() + socket->readAll();
    for (qsizetype end = pending.indexOf("\r\n\r\n"); end >= 0; end = pending.indexOf("\r\n\r\n")) {
        const QByteArray head = pending.left(end);
        pending.remove(0, end + 4);
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        ++m_requests;
        socket->write(answer(requestLine.value(1)));
    }
    socket->setProperty("pending", pending);
}

QByteArray OutputsPageServer::answer(const QByteArray &target) const
{
    const QUrl url(QString::fromLatin1(target));
    const QString runPath = QStringLiteral("/v1/runs/") + m_uid;
    int status = 404;
    QByteArray body = R"({"error_label":"NOT_FOUND","error_scope":"run","error_ref":"test",)"
                      R"("message":"not found","status_code":404,"params":{}})";
    QByteArray next;
    if (url.path() == runPath) {
        status = 200;
        body = QJsonDocument(m_run).toJson(QJsonDocument::Compact);
    } else if (url.path() == runPath + QLatin1String("/outputs")) {
        const int page = QUrlQuery(url).queryItemValue(QStringLiteral("cursor")).toInt();
        if (page >= 0 && page < m_pages.size()) {
            status = 200;
            body = m_pages.at(page);
            if (page + 1 < m_pages.size())
                next = (baseUrl() + QStringLiteral("/runs/%1/outputs?limit=500&cursor=%2")
                                        .arg(m_uid)
                                        .arg(page + 1))
                           .toLatin1();
        }
    }
    QByteArray reply =
        "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found") +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n";
    if (!next.isEmpty())
        reply += "X-Pagination-Next: " + next + "\r\n";
    return reply + "\r\n" + body;
}
