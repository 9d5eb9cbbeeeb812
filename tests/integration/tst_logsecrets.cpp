#include "models/client/apireply.h"
#include "models/client/edgesclient.h"
#include "models/client/listparameters.h"
#include "models/logging/logfile.h"
#include "tests/support/callbackreceiver.h"
#include "tests/support/sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kKey = QStringLiteral("live-key-5e1f0a");
const QString kWrongKey = QStringLiteral("wrong-key-8a2c");
const QString kHookSecret = QStringLiteral("hook-secret-3b9d");

bool finishes(ApiReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ApiReply::finished);
    return spy.wait(15000) || reply->isFinished();
}

} // namespace

// Item 14 of issue 10: after a run of requests with debug logging on (every
// request logged), the log file holds the requests and never the API key,
// a refused key or a callback header's value.
class TestLogSecrets : public QObject
{
    Q_OBJECT

private slots:
    void keysAndCallbackHeadersStayOutOfTheLog();
};

void TestLogSecrets::keysAndCallbackHeadersStayOutOfTheLog()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.apiKeys = {QStringLiteral("sandbox"), kKey};
    SandboxFixture sandbox(options);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    QTemporaryDir directory;
    LogFile::Options logging;
    logging.path = directory.filePath(QStringLiteral("runboard.log"));
    logging.terminalLevel = QtFatalMsg;
    QVERIFY2(LogFile::install(logging, &error), qPrintable(error));
    QLoggingCategory::setFilterRules(QStringLiteral("runboard.*.debug=true"));

    ConnectionSettings settings;
    settings.baseUrl = QUrl(sandbox.baseUrl());
    settings.tier = QStringLiteral("unlimited");
    QNetworkAccessManager network;
    EdgesClient client(&network, settings, [] { return kKey; });

    QJsonObject body{
        {QStringLiteral("inputs"),
         QJsonArray{QJsonObject{{QStringLiteral("linkedin_profile_url"),
                                 QStringLiteral("https://www.linkedin.com/in/ada")}}}}};
    body.insert(
        QStringLiteral("callback"),
        receiver.callbackObject(QStringLiteral("all"),
                                QJsonObject{{QStringLiteral("X-Hook-Secret"), kHookSecret}}));
    ApiReply *launched = client.runAsync(QStringLiteral("linkedin-extract-people"), body);
    QVERIFY(finishes(launched));
    QVERIFY(launched->succeeded());
    const QString runUid = launched->json().toObject().value(QStringLiteral("run_uid")).toString();
    QCOMPARE(sandbox.advance(10).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(receiver.count() >= 1, 15000);
    QCOMPARE(receiver.last().header("X-Hook-Secret"), kHookSecret.toUtf8());

    ApiReply *run = client.getRun(runUid);
    QVERIFY(finishes(run));
    ApiReply *status = client.runStatus(runUid);
    QVERIFY(finishes(status));
    ListParameters ofRun;
    ofRun.filter(QStringLiteral("run_uid"), {runUid});
    ApiReply *callbacks = client.listCallbacks(ofRun);
    QVERIFY(finishes(callbacks));
    QVERIFY(callbacks->succeeded());
    const QJsonArray records = callbacks->json().toArray();
    QVERIFY(!records.isEmpty());
    ApiReply *replayed =
        client.replayCallback(records.first().toObject().value(QStringLiteral("uid")).toString());
    QVERIFY(finishes(replayed));

    EdgesClient refused(&network, settings, [] { return kWrongKey; });
    ApiReply *unauthorized = refused.getRun(runUid);
    QVERIFY(finishes(unauthorized));
    QCOMPARE(unauthorized->httpStatus(), 401);

    LogFile::uninstall();
    QLoggingCategory::setFilterRules(QString());

    QFile file(logging.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString log = QString::fromUtf8(file.readAll());
    // The requests are there (so the check below looks at a real log)...
    QVERIFY2(log.contains(QLatin1String("runboard.models.client: POST /v1/actions/")),
             qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("GET /v1/runs/%1 -> 401").arg(runUid)), qPrintable(log));
    // ...and the secrets are not.
    QVERIFY2(!log.contains(kKey), qPrintable(log));
    QVERIFY2(!log.contains(kWrongKey), qPrintable(log));
    QVERIFY2(!log.contains(kHookSecret), qPrintable(log));
}

QTEST_GUILESS_MAIN(TestLogSecrets)
#include "tst_logsecrets.moc"
