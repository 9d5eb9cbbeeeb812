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
    void helpAndVersion_data();
    void helpAndVersion();
    void accessLogHasOneLinePerRequest();
    void warnsWhenListeningBeyondLoopback_data();
    void warnsWhenListeningBeyondLoopback();

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
    const QString help = QStringLiteral("; see 'runboard-sandbox --help'");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--nope"), QStringLiteral("1")}
        << QString(QStringLiteral("error: --nope: unknown option") + help);
    QTest::newRow("unknown option last")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--nope")}
        << QString(QStringLiteral("error: --nope: unknown option") + help);
    QTest::newRow("bad tier") << QStringList{QStringLiteral("--tier"), QStringLiteral("platinumx")}
                              << QString(QStringLiteral("error: --tier: 'platinumx' is not one of "
                                                        "trial, bronze, silver, gold, platinum, "
                                                        "diamond, titanium, unlimited") +
                                         help);
    QTest::newRow("bad clock")
        << QStringList{QStringLiteral("--clock"), QStringLiteral("fast")}
        << QString(QStringLiteral("error: --clock: 'fast' is not real or manual") + help);
    QTest::newRow("bad listen")
        << QStringList{QStringLiteral("--listen"), QStringLiteral("nowhere")}
        << QString(QStringLiteral("error: --listen: 'nowhere' is not HOST:PORT") + help);
    QTest::newRow("missing value") << QStringList{QStringLiteral("--db")}
                                   << QString(QStringLiteral("error: --db: missing value") + help);
    QTest::newRow("bad faults")
        << QStringList{QStringLiteral("--faults"), QStringLiteral("boom=1")}
        << QString(QStringLiteral("error: faults: unknown fault 'boom' in 'boom=1'") + help);
    // KEY=WORKSPACE_NAME (issue 15): both halves are needed, and a key
    // belongs to one workspace only (contract 1.2).
    QTest::newRow("workspace without key")
        << QStringList{QStringLiteral("--api-key"), QStringLiteral("=Acme")}
        << QString(QStringLiteral("error: --api-key: a key cannot be empty") + help);
    QTest::newRow("key without workspace")
        << QStringList{QStringLiteral("--api-key"), QStringLiteral("k1=")}
        << QString(QStringLiteral("error: --api-key: the workspace name after '=' is empty; "
                                  "give KEY=WORKSPACE_NAME or KEY") +
                   help);
    QTest::newRow("blank workspace")
        << QStringList{QStringLiteral("--api-key"), QStringLiteral("k1=  ")}
        << QString(QStringLiteral("error: --api-key: the workspace name after '=' is empty; "
                                  "give KEY=WORKSPACE_NAME or KEY") +
                   help);
    QTest::newRow("one key, two workspaces")
        << QStringList{QStringLiteral("--api-key"), QStringLiteral("k1=Acme"),
                       QStringLiteral("--api-key"), QStringLiteral("k1=Globex")}
        << QString(QStringLiteral("error: --api-key: a key belongs to exactly one workspace; one "
                                  "key was given for two") +
                   help);
    QTest::newRow("one key, named and default")
        << QStringList{QStringLiteral("--api-key"), QStringLiteral("k1"),
                       QStringLiteral("--api-key"), QStringLiteral("k1=Acme")}
        << QString(QStringLiteral("error: --api-key: a key belongs to exactly one workspace; one "
                                  "key was given for two") +
                   help);
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
    // One line: what is wrong and where the help is.
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()), error + QLatin1Char('\n'));
}

void TestSandboxCli::helpAndVersion_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("firstLine");
    const QString usage =
        QStringLiteral("Usage: runboard-sandbox [--listen 127.0.0.1:PORT] [--db FILE]");
    QTest::newRow("--help") << QStringLiteral("--help") << usage;
    QTest::newRow("-h") << QStringLiteral("-h") << usage;
    QTest::newRow("--version") << QStringLiteral("--version")
                               << QStringLiteral("runboard-sandbox " RUNBOARD_VERSION);
    QTest::newRow("-v") << QStringLiteral("-v")
                        << QStringLiteral("runboard-sandbox " RUNBOARD_VERSION);
}

void TestSandboxCli::helpAndVersion()
{
    QFETCH(QString, option);
    QFETCH(QString, firstLine);
    QProcess process;
    process.start(m_binary, {option});
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardError(), QByteArray());
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(out.section(QLatin1Char('\n'), 0, 0), firstLine);
    if (firstLine.startsWith(QLatin1String("runboard-sandbox "))) {
        QCOMPARE(out, firstLine + QLatin1Char('\n'));
        return;
    }
    // One line per option.
    for (const char *name :
         {"--listen", "--db", "--api-key", "--tier", "--clock", "--clock-start", "--time-scale",
          "--seed", "--faults", "--demo", "--access-log", "--version", "--help"}) {
        QVERIFY2(out.contains(QLatin1String("  ") + QLatin1String(name) + QLatin1Char(' ')) ||
                     out.contains(QLatin1String(", ") + QLatin1String(name) + QLatin1Char(' ')),
                 name);
    }
}

void TestSandboxCli::accessLogHasOneLinePerRequest()
{
    QTemporaryDir directory;
    QProcess process;
    process.start(m_binary, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--db"), directory.filePath(QStringLiteral("s.sqlite")),
                             QStringLiteral("--api-key"), QStringLiteral("key-4c7d1e"),
                             QStringLiteral("--clock"), QStringLiteral("manual"),
                             QStringLiteral("--access-log")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15000);
    const QString base = QString::fromUtf8(process.readLine()).trimmed().mid(13);
    QVERIFY2(base.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(base));

    QNetworkAccessManager network;
    const auto get = [&](const QString &target, const QByteArray &key) {
        QNetworkRequest request(QUrl(base + target));
        request.setRawHeader("X-API-Key", key);
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(15000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    QCOMPARE(
        get(QStringLiteral("/runs?limit=2&api_key=query-secret-91&sort=created_at"), "key-4c7d1e"),
        200);
    QCOMPARE(get(QStringLiteral("/runs/nope"), "wrong-key-55"), 401);

    QStringList lines;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QString more = QString::fromUtf8(process.readAllStandardError());
            lines += more.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            return lines.size() >= 2;
        }(),
        15000);
    ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(15000));
    lines += QString::fromUtf8(process.readAllStandardError())
                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    QCOMPARE(lines.size(), 2);
    const QRegularExpression first(QStringLiteral(
        "^GET /v1/runs\\?limit=2&api_key=\\*\\*\\*&sort=created_at 200 \\d+ bytes \\d+ ms$"));
    QVERIFY2(first.match(lines.at(0)).hasMatch(), qPrintable(lines.at(0)));
    const QRegularExpression second(QStringLiteral("^GET /v1/runs/nope 401 \\d+ bytes \\d+ ms$"));
    QVERIFY2(second.match(lines.at(1)).hasMatch(), qPrintable(lines.at(1)));
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY(!all.contains(QLatin1String("query-secret-91")));
    QVERIFY(!all.contains(QLatin1String("key-4c7d1e")));
    QVERIFY(!all.contains(QLatin1String("wrong-key-55")));
    // Bytes are the body and head put on the wire: more than nothing.
    QVERIFY(!lines.at(0).contains(QLatin1String(" 0 bytes")));
}

// Loopback by default; any other address is served, with a warning on
// stderr before the ready line, and loopback gets none.
void TestSandboxCli::warnsWhenListeningBeyondLoopback_data()
{
    QTest::addColumn<QStringList>("listen");
    QTest::addColumn<QString>("warning");
    QTest::newRow("localhost") << QStringList{QStringLiteral("--listen"),
                                              QStringLiteral("localhost:0")}
                               << QString();
    QTest::newRow("127.0.0.1") << QStringList{QStringLiteral("--listen"),
                                              QStringLiteral("127.0.0.1:0")}
                               << QString();
    QTest::newRow("0.0.0.0") << QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")}
                             << QStringLiteral(
                                    "WARNING: runboard-sandbox listens on 0.0.0.0, which other "
                                    "machines may reach.");
}

void TestSandboxCli::warnsWhenListeningBeyondLoopback()
{
    QFETCH(QStringList, listen);
    QFETCH(QString, warning);
    QTemporaryDir directory;
    QProcess process;
    process.start(m_binary,
                  listen + QStringList{QStringLiteral("--db"),
                                       directory.filePath(QStringLiteral("s.sqlite")),
                                       QStringLiteral("--clock"), QStringLiteral("manual")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15000);
    QVERIFY(process.readLine().startsWith("listening on http://"));
    ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 0);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (warning.isEmpty()) {
        QVERIFY2(!err.contains(QLatin1String("WARNING")), qPrintable(err));
        return;
    }
    QVERIFY2(err.startsWith(warning), qPrintable(err));
    QVERIFY(err.contains(QLatin1String("/_sandbox/")));
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
