#pragma once

#include "sandboxoptions.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class SandboxEngine;

// One in-process sandbox for an integration test: manual clock, port 0,
// its own database file in a temporary directory, tier "unlimited" unless
// told otherwise, and small synchronous HTTP helpers that wait on the
// reply's signal (never on a fixed sleep).
class SandboxFixture final
{
public:
    struct Reply
    {
        int status = 0;
        QJsonValue json;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
        // The error body's fields (contract 1.4), for error replies.
        QString errorLabel() const;
        QString message() const;
    };

    // 2026-03-01T10:00:00Z unless the options say otherwise.
    static SandboxOptions defaultOptions();

    SandboxFixture();
    explicit SandboxFixture(SandboxOptions options);
    ~SandboxFixture();

    bool start(QString *error = nullptr);
    // Destroys the engine without any shutdown step (the kill-and-restart
    // tests), and start() again reopens the same database file.
    void stop();
    SandboxEngine &engine() { return *m_engine; }
    SandboxOptions &options() { return m_options; }
    QString databasePath() const;
    // "http://127.0.0.1:PORT/v1"
    QString baseUrl() const;

    Reply get(const QString &path);
    Reply post(const QString &path, const QJsonValue &body);
    Reply postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType);
    // Sends to an absolute URL (X-Pagination-Next) with the same method.
    Reply request(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                  const QByteArray &contentType = "application/json",
                  const QByteArray &apiKey = "sandbox");
    // POST /_sandbox/clock/advance.
    Reply advance(double seconds);

    // The identities of contract section 9.
    QString standardIdentity();
    QString engagementIdentity();

private:
    SandboxOptions m_options;
    QTemporaryDir m_directory;
    std::unique_ptr<SandboxEngine> m_engine;
    QNetworkAccessManager m_network;
};
