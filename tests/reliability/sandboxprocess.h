#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QUrl>

class QNetworkReply;

// The built runboard-sandbox as a separate process on one database file,
// with a manual clock, for the tests that kill it with SIGKILL: nothing of
// it lives in the test's address space, so a kill loses exactly what a
// crash of the real server would. Requests carry the key "sandbox".
class SandboxProcess final
{
public:
    struct Reply
    {
        // 0 when no HTTP answer came (the process was killed, or refused).
        int status = 0;
        QJsonValue json;
        QByteArray next;
    };

    explicit SandboxProcess(QString databasePath);
    ~SandboxProcess();

    // Starts it on port 0 with its manual clock at `clockStartMs`; false
    // and what went wrong in `error` when it printed no ready line.
    bool start(qint64 clockStartMs, QString *error);
    // SIGKILL, then waits until the process is gone.
    void kill();
    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    // "http://127.0.0.1:PORT/v1" + path, and the admin API's root.
    QUrl url(const QString &path) const;
    QUrl adminUrl(const QString &path) const;

    // Sends without waiting; the caller owns the reply.
    QNetworkReply *send(const QByteArray &method, const QUrl &url, const QJsonValue &body = {});
    // Sends and waits for the whole answer.
    Reply request(const QByteArray &method, const QUrl &url, const QJsonValue &body = {});
    static Reply read(QNetworkReply *reply);

    // Every item behind `path`: through X-Pagination-Next when the answers
    // carry one, else through limit/offset pages of 100. Sets *ok false
    // when a page fails.
    QJsonArray all(const QString &path, bool *ok);

private:
    QString m_databasePath;
    QProcess m_process;
    QString m_base;
    QNetworkAccessManager m_network;
};
