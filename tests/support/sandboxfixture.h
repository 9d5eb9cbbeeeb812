#pragma once

#include "sandbox/sandboxoptions.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>
#include <QVariantList>

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
        // Empty when this is an error body of contract 1.4 (JSON, every
        // field present and typed) with HTTP `status`, the error_label
        // `label` (any non-empty one when empty) and a message containing
        // `mention` (when given); else what is wrong. VERIFY_ERROR_BODY
        // below checks it in a test.
        QString errorProblem(int status, const QString &label = {},
                             const QString &mention = {}) const;
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
    // The first column of the first row of `sql`, read from the database
    // file through a connection of the test's own: the sandbox keeps its
    // SQL inside its store, a test may still look at the file.
    QVariant scalar(const QString &sql, const QVariantList &bindings = {}) const;
    // "http://127.0.0.1:PORT/v1"
    QString baseUrl() const;
    // "http://127.0.0.1:PORT", where /_sandbox lives.
    QString rootUrl() const;

    Reply get(const QString &path);
    Reply post(const QString &path, const QJsonValue &body);
    Reply postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType);
    // Sends to an absolute URL (X-Pagination-Next) with the same method.
    Reply request(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                  const QByteArray &contentType = "application/json",
                  const QByteArray &apiKey = "sandbox");
    // The admin API: /_sandbox + path ("/clock", "/demo"...).
    Reply adminGet(const QString &path);
    Reply adminPost(const QString &path, const QJsonObject &body = {});
    // POST /_sandbox/clock/advance.
    Reply advance(double seconds);
    // POST /_sandbox/faults: every API request from now on may get one of
    // `spec`'s faults (FaultInjector); empty clears them. False if refused.
    bool setFaults(const QString &spec);

    // POST /actions/{action}/run/async with the inputs, and the parameters
    // and callback when not empty; the run's uid, or empty (and a warning)
    // when the launch is refused.
    QString launch(const QString &action, const QJsonArray &inputs,
                   const QJsonObject &parameters = {}, const QJsonObject &callback = {});
    // GET /runs/{uid}: the run object.
    QJsonObject run(const QString &uid);
    // GET /runs/{uid}/status: its status.
    QString runStatus(const QString &uid);
    // Every input or output of a run, following X-Pagination-Next through
    // pages of `pageSize`.
    QJsonArray inputs(const QString &uid, int pageSize = 500);
    QJsonArray outputs(const QString &uid, int pageSize = 500);
    // The status of each input of a run, in order.
    QStringList inputStatuses(const QString &uid);
    // Every callback record of a run, oldest first; one record by its uid.
    QJsonArray callbackRecords(const QString &runUid);
    QJsonObject callbackRecord(const QString &uid);

    // Every item of a list: following X-Pagination-Next from `path` (a
    // run's inputs and outputs page by cursor), or through `limit`/`offset`
    // pages of `path` (/runs, /runs/callbacks...). Empty, and a warning,
    // when a page fails.
    QJsonArray getAllPages(const QString &path);
    QJsonArray getAllByOffset(const QString &path, int limit);

    // The identities of contract section 9.
    QString standardIdentity();
    QString engagementIdentity();

private:
    QString identityOfType(const QString &type);

    SandboxOptions m_options;
    QTemporaryDir m_directory;
    std::unique_ptr<SandboxEngine> m_engine;
    QNetworkAccessManager m_network;
};

// Fails the test unless `reply` is the error body of contract 1.4 with that
// status, label and mention (see Reply::errorProblem).
#define VERIFY_ERROR_BODY(reply, status, label, mention)                                           \
    do {                                                                                           \
        const QString problem_ = (reply).errorProblem(status, label, mention);                     \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                        \
    } while (false)
