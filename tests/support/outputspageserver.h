#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTcpServer>

// A stand-in for the Edges API that serves one run and its outputs as the
// test wrote them, byte for byte: pages of JSON text chosen to be awkward
// (quotes, line breaks, emoji, keys only on a late page), which the sandbox's
// generated data never holds. GET /v1/runs/{uid} answers the run object,
// GET /v1/runs/{uid}/outputs the pages in order, chained by
// X-Pagination-Next; everything else is a 404.
class OutputsPageServer final : public QObject
{
    Q_OBJECT

public:
    explicit OutputsPageServer(QObject *parent = nullptr);

    bool listen();
    QString baseUrl() const;
    // The run served: `run` gets uid, status and output_count unless set.
    void setRun(const QString &uid, const QJsonObject &run, const QList<QByteArray> &pages);
    int requestsServed() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);
    QByteArray answer(const QByteArray &path) const;

    QTcpServer m_server;
    QString m_uid;
    QJsonObject m_run;
    QList<QByteArray> m_pages;
    int m_requests = 0;
};
