#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkReply;

// One of the load test's clients, with a network manager of its own: it
// polls GET /runs/{uid}/status, pages through GET /runs/{uid}/outputs by
// X-Pagination-Next, and starts over, one request at a time, as fast as
// the answers come. A 429 is checked against the contract (error body of
// 1.4, label LIMIT_REACHED or STATUS_429, Retry-After in whole seconds) and
// the same request goes again after a short pause: a client that does not
// wait out Retry-After is the server's worst case. Anything else but a 2xx
// with a JSON body is counted as unexpected, with what it was.
class LoadClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadClient)

public:
    // Shared by every client of one test (one thread).
    struct Tally
    {
        qint64 answered = 0;
        qint64 succeeded = 0;
        qint64 limited = 0;
        qint64 unexpected = 0;
        // The first few unexpected answers, described.
        QStringList examples;
    };

    LoadClient(const QString &baseUrl, const QByteArray &key, const QString &runUid, Tally *tally,
               QObject *parent = nullptr);

    void start();
    // No new request after the one in flight.
    void stop() { m_stopped = true; }
    bool isIdle() const { return m_idle; }

private:
    void send();
    void onFinished(QNetworkReply *reply);
    void note(const QString &problem);

    QNetworkAccessManager m_network;
    QString m_baseUrl;
    QByteArray m_key;
    QString m_runUid;
    Tally *m_tally;
    // The request to send next: the status, or a page of outputs.
    QUrl m_target;
    bool m_stopped = false;
    bool m_idle = true;
};
