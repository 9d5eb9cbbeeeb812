#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// runboard-sandbox as a script sees it: the ready line, the API behind
// it, clean exits on SIGTERM and SIGINT, and argument errors.
class TestSandboxCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsReadyLineAndServes_data();
    void printsReadyLineAndServes();
    void rejectsBadArguments_data();
    void rejectsBadArguments();

private:
    QString m_binary;
};

void TestSandboxCli::initTestCase()
{
    m_binary = qEnvironmentVariable("RUNBOARD_BIN_DIR") + QLatin1String("/runboard-sandbox");
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
}

void TestSandboxCli::printsReadyLineAndServes_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestSandboxCli::printsReadyLineAndServes()
{
    QFETCH(int, signalNumber);
    QTemporaryDir directory;
    QProcess process;
    process.start(m_binary,
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--db"), directory.filePath(QStringLiteral("s.sqlite")),
                   QStringLiteral("--api-key"), QStringLiteral("k1"), QStringLiteral("--clock"),
                   QStringLiteral("manual"), QStringLiteral("--clock-start"),
                   QStringLiteral("2026-03-01T10:00:00Z")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpression ready(
        QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)/v1$"));
    const auto match = ready.match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));

    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(line.mid(13) + QLatin1String("/runs")));
    request.setRawHeader("X-API-Key", "k1");
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(QJsonDocument::fromJson(reply->readAll()).isArray());
    reply->deleteLater();

    ::kill(static_cast<pid_t>(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // Exactly one line on stdout.
    QVERIFY(process.readAllStandardOutput().trimmed().isEmpty());
}

void TestSandboxCli::rejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--nope"), QStringLiteral("1")}
                                    << QStringLiteral("error: --nope: unknown option");
    QTest::newRow("bad tier") << QStringList{QStringLiteral("--tier"), QStringLiteral("platinumx")}
                              << QStringLiteral("error: --tier: 'platinumx' is not one of trial, "
                                                "bronze, silver, gold, platinum, diamond, "
                                                "titanium, unlimited");
    QTest::newRow("bad clock") << QStringList{QStringLiteral("--clock"), QStringLiteral("fast")}
                               << QStringLiteral("error: --clock: 'fast' is not real or manual");
    QTest::newRow("bad listen") << QStringList{QStringLiteral("--listen"),
                                               QStringLiteral("nowhere")}
                                << QStringLiteral("error: --listen: 'nowhere' is not HOST:PORT");
    QTest::newRow("missing value")
        << QStringList{QStringLiteral("--db")} << QStringLiteral("error: --db: missing value");
    QTest::newRow("bad faults") << QStringList{QStringLiteral("--faults"), QStringLiteral("boom=1")}
                                << QStringLiteral(
                                       "error: faults: unknown fault 'boom' in 'boom=1'");
}

void TestSandboxCli::rejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QProcess process;
    process.start(m_binary, arguments);
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString firstLine =
        QString::fromUtf8(process.readAllStandardError()).section(QLatin1Char('\n'), 0, 0);
    QCOMPARE(firstLine, error);
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
