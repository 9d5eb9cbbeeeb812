#include "tests/support/cliprocess.h"
#include "tests/support/stringlists.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// `runboard launch` as a script runs it: with no display at all (DISPLAY,
// WAYLAND_DISPLAY and QT_QPA_PLATFORM unset, so a GUI application object
// would abort instead of answering), against a runboard-sandbox process on
// port 0 whose runs, inputs and schedules the test reads back over HTTP.
// No output of any call may hold the API key.
class TestLaunchCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void help_data();
    void help();
    void rejections_data();
    void rejections();
    void dryRunPrintsTheBodyAndSendsNothing();
    void badRowIsNamedAndNothingIsSent();
    void badJsonInputIsNamed();
    void asyncLaunchPrintsTheRunUid();
    void scheduleLaunchPrintsTheScheduleUid();
    void ownAccountActionRefusesTwoIdentities();
    void incrementalReadsTheIdentityTypes();
    void serverRefusalExitsOne();
    void lostAnswerIsUncertain();
    void unreachableServerExitsFour();

private:
    using Outcome = CliProcess::Outcome;

    struct Reply
    {
        int status = 0;
        QJsonValue json;
    };

    // `runboard launch ARGUMENTS` with only `environment` (KEY=VALUE) on top
    // of a clean one; the first overload gives the sandbox's URL and key.
    Outcome launch(const QStringList &arguments);
    Outcome launch(const QStringList &arguments, const QStringList &environment);
    QStringList serverEnvironment() const;
    QString writeFile(const QString &name, const QByteArray &bytes);

    Reply request(const QByteArray &method, const QUrl &url, const QJsonObject &body = {});
    Reply get(const QString &path);
    // POST /_sandbox/faults: every API request from now on gets `spec`.
    bool setFaults(const QString &spec);
    QJsonArray runs();
    QString identityOfType(const QString &type);

    QString m_bin;
    // The sandbox's two identities (contract 9).
    QString m_standard;
    QString m_engagement;
    QTemporaryDir m_directory;
    QProcess m_sandbox;
    QString m_baseUrl;
    QNetworkAccessManager m_network;
    QString m_transcript;
};

namespace {

const QString kKey = QStringLiteral("cli-key-5f81c3");
const QString kHelpSuffix = QStringLiteral("; see 'runboard launch --help'");
const QString kPeople = QStringLiteral("linkedin-extract-people");
const QString kConnections = QStringLiteral("linkedin-extract-connections");
const QString kProfileUrl = QStringLiteral("linkedin_profile_url");

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject profileInput(const char *url, const QJsonObject &customData = {})
{
    QJsonObject input{{kProfileUrl, QString::fromUtf8(url)}};
    if (!customData.isEmpty())
        input.insert(QStringLiteral("custom_data"), customData);
    return input;
}

} // namespace

QStringList TestLaunchCli::serverEnvironment() const
{
    return {QLatin1String("EDGES_API_KEY=") + kKey, QLatin1String("EDGES_BASE_URL=") + m_baseUrl};
}

TestLaunchCli::Outcome TestLaunchCli::launch(const QStringList &arguments)
{
    return launch(arguments, serverEnvironment());
}

TestLaunchCli::Outcome TestLaunchCli::launch(const QStringList &arguments,
                                             const QStringList &environment)
{
    const Outcome outcome = CliProcess::runHeadless(
        m_bin + QLatin1String("/runboard"), QStringList{QStringLiteral("launch")} + arguments,
        m_directory.filePath(QStringLiteral("home")), environment);
    m_transcript += outcome.out + outcome.err;
    return outcome;
}

QString TestLaunchCli::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

TestLaunchCli::Reply TestLaunchCli::request(const QByteArray &method, const QUrl &url,
                                            const QJsonObject &body)
{
    QNetworkRequest request(url);
    request.setRawHeader("X-API-Key", kKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        m_network.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply answer;
    if (reply->isFinished() || finished.wait(30000)) {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        answer.json =
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    reply->deleteLater();
    return answer;
}

TestLaunchCli::Reply TestLaunchCli::get(const QString &path)
{
    return request("GET", QUrl(m_baseUrl + path));
}

bool TestLaunchCli::setFaults(const QString &spec)
{
    QUrl url(m_baseUrl);
    url.setPath(QStringLiteral("/_sandbox/faults"));
    return request("POST", url, {{QStringLiteral("spec"), spec}}).status == 200;
}

QJsonArray TestLaunchCli::runs()
{
    return get(QStringLiteral("/runs?limit=100")).json.toArray();
}

QString TestLaunchCli::identityOfType(const QString &type)
{
    const QJsonArray identities = get(QStringLiteral("/identities")).json.toArray();
    for (const QJsonValue &identity : identities) {
        if (identity[QStringLiteral("type")] == type)
            return identity[QStringLiteral("uid")].toString();
    }
    return {};
}

void TestLaunchCli::initTestCase()
{
    m_bin = qEnvironmentVariable("RUNBOARD_BIN_DIR");
    QVERIFY2(QFile::exists(m_bin + QLatin1String("/runboard")), "run through ctest");
    QVERIFY(m_directory.isValid());
    m_baseUrl = CliProcess::startSandbox(
        m_sandbox, m_bin,
        {QStringLiteral("--db"), m_directory.filePath(QStringLiteral("s.sqlite")),
         QStringLiteral("--api-key"), kKey, QStringLiteral("--tier"), QStringLiteral("unlimited")});
    QVERIFY2(m_baseUrl.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(m_baseUrl));
    m_standard = identityOfType(QStringLiteral("standard"));
    m_engagement = identityOfType(QStringLiteral("engagement"));
    QVERIFY(!m_standard.isEmpty() && !m_engagement.isEmpty());
}

void TestLaunchCli::cleanupTestCase()
{
    m_sandbox.terminate();
    m_sandbox.waitForFinished(15000);
}

void TestLaunchCli::cleanup()
{
    QVERIFY2(!m_transcript.contains(kKey), qPrintable(m_transcript));
    m_transcript.clear();
}

void TestLaunchCli::help_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--help") << QStringLiteral("--help");
    QTest::newRow("-h") << QStringLiteral("-h");
}

void TestLaunchCli::help()
{
    QFETCH(QString, option);
    const Outcome outcome = launch({option}, {});
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.err, QString());
    QVERIFY2(outcome.out.startsWith(QLatin1String("Usage: runboard launch ACTION (--csv FILE | "
                                                  "--json FILE) [options]\n")),
             qPrintable(outcome.out));
    for (const char *start :
         {"  --csv <FILE>", "  --json <FILE>", "  --mode <MODE>", "  --cron <EXPR>",
          "  --tz <ZONE>", "  --at <INSTANT>", "  --name <NAME>", "  --identity <UID>",
          "  --param <KEY=VALUE>", "  --base-url <URL>", "  --dry-run", "  EDGES_API_KEY", "  0  ",
          "  1  ", "  2  ", "  3  ", "  4  "}) {
        const QString prefix = QString::fromUtf8(start);
        QVERIFY2(CliProcess::linesStartingWith(outcome.out, prefix) == 1,
                 qPrintable(prefix + QLatin1String(" in:\n") + outcome.out));
    }
}

void TestLaunchCli::rejections_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("expectedStart");

    const QString csv = writeFile(QStringLiteral("one.csv"),
                                  "linkedin_profile_url\nhttps://www.linkedin.com/in/ada\n");
    const QStringList server = serverEnvironment();
    const QStringList people{kPeople, QStringLiteral("--csv"), csv};
    const QStringList schedule = people + strings({"--mode", "schedule"});

    QTest::newRow("unknown option") << people + strings({"--frobnicate"}) << server
                                    << QStringLiteral("error: --frobnicate: unknown option");
    QTest::newRow("missing value")
        << people + strings({"--name"}) << server << QStringLiteral("error: --name: missing value");
    QTest::newRow("no input file")
        << QStringList{kPeople} << server
        << QStringLiteral("error: --csv FILE or --json FILE: missing (linkedin-extract-people "
                          "takes linkedin_profile_url)");
    QTest::newRow("both files") << people + strings({"--json", "x.json"}) << server
                                << QStringLiteral("error: --csv and --json: choose one");
    QTest::newRow("no action") << QStringList() << server
                               << QStringLiteral("error: ACTION: missing (one of ");
    QTest::newRow("unknown action")
        << strings({"linkedin-frobnicate", "--csv", "x.csv"}) << server
        << QStringLiteral("error: ACTION: 'linkedin-frobnicate' is not in the catalogue (");
    QTest::newRow("extra argument") << people + strings({"again"}) << server
                                    << QStringLiteral("error: 'again': unexpected argument");
    QTest::newRow("live mode") << people + strings({"--mode", "live"}) << server
                               << QStringLiteral("error: --mode: 'live' is not async or schedule");
    QTest::newRow("cron in async mode")
        << people + strings({"--cron", "0 8 * * *"}) << server
        << QStringLiteral("error: --cron: only with --mode schedule");
    QTest::newRow("bad cron") << schedule + strings({"--cron", "0 0 32 * *"}) << server
                              << QStringLiteral("error: --cron: day-of-month: 32 is out of "
                                                "range 1-31");
    QTest::newRow("bad zone") << schedule + strings({"--tz", "Mars/Olympus"}) << server
                              << QStringLiteral("error: --tz: 'Mars/Olympus' is not an IANA "
                                                "time zone");
    QTest::newRow("city without its region")
        << schedule + strings({"--tz", "Paris"}) << server
        << QStringLiteral("error: --tz: 'Paris' is not an IANA time zone; did you mean "
                          "'Europe/Paris'?");
    QTest::newRow("bad instant") << schedule + strings({"--at", "tomorrow"}) << server
                                 << QStringLiteral("error: --at: 'tomorrow' is not an ISO-8601 "
                                                   "instant");
    QTest::newRow("param without value") << people + strings({"--param", "max_results"}) << server
                                         << QStringLiteral("error: --param: 'max_results' is not "
                                                           "KEY=VALUE");
    QTest::newRow("param twice") << people + strings({"--param", "sections=true", "--param",
                                                      "sections=false"})
                                 << server
                                 << QStringLiteral("error: --param sections: given twice");
    QTest::newRow("name twice") << people + strings({"--name", "a", "--name", "b"}) << server
                                << QStringLiteral("error: --name: given more than once");
    QTest::newRow("unknown tier") << people + strings({"--tier", "gigantic"}) << server
                                  << QStringLiteral("error: --tier: 'gigantic' is not one of ");
    QTest::newRow("no server") << people << QStringList{QLatin1String("EDGES_API_KEY=") + kKey}
                               << QStringLiteral("error: no server: give --base-url URL or set "
                                                 "EDGES_BASE_URL");
    QTest::newRow("no key") << people + QStringList{QStringLiteral("--base-url"), m_baseUrl}
                            << QStringList() << QStringLiteral("error: set EDGES_API_KEY");
    QTest::newRow("key over plain http")
        << people + strings({"--base-url", "http://api.edges.run/v1"}) << server
        << QStringLiteral("error: --base-url: Use https://");
    QTest::newRow("unreadable file")
        << strings({"linkedin-extract-people", "--csv", "/nonexistent/people.csv"}) << server
        << QStringLiteral("error: --csv: cannot read '/nonexistent/people.csv'");
}

void TestLaunchCli::rejections()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(QString, expectedStart);
    const qsizetype before = runs().size();
    const Outcome outcome = launch(arguments, environment);
    QCOMPARE(outcome.exitCode, 2);
    QCOMPARE(outcome.out, QString());
    const QStringList lines = outcome.errLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(expectedStart), qPrintable(lines.first()));
    QVERIFY2(lines.first().endsWith(kHelpSuffix), qPrintable(lines.first()));
    QCOMPARE(runs().size(), before);
}

void TestLaunchCli::dryRunPrintsTheBodyAndSendsNothing()
{
    // A spreadsheet's export: BOM, semicolons, a quoted separator, a quoted
    // line break, a column that is no input field (Company) and one of
    // custom_data pairs.
    const QString csv = writeFile(QStringLiteral("dry.csv"),
                                  "\xEF\xBB\xBFLinkedIn Profile URL;Company;custom_data\r\n"
                                  "https://www.linkedin.com/in/ada;\"Acme; Inc.\";crm_id=42\r\n"
                                  "https://www.linkedin.com/in/grace;\"Line one\nLine two\";\r\n");
    const QStringList arguments = {kPeople,
                                   QStringLiteral("--csv"),
                                   csv,
                                   QStringLiteral("--name"),
                                   QStringLiteral("dry run"),
                                   QStringLiteral("--param"),
                                   QStringLiteral("sections=true"),
                                   QStringLiteral("--dry-run")};
    const QJsonObject expected{
        {QStringLiteral("inputs"),
         QJsonArray{
             profileInput("https://www.linkedin.com/in/ada",
                          {{QStringLiteral("Company"), QStringLiteral("Acme; Inc.")},
                           {QStringLiteral("crm_id"), QStringLiteral("42")}}),
             profileInput("https://www.linkedin.com/in/grace",
                          {{QStringLiteral("Company"), QStringLiteral("Line one\nLine two")}})}},
        {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("sections"), true}}},
        {QStringLiteral("name"), QStringLiteral("dry run")},
    };

    // With a server it could send to, and without any.
    for (const QStringList &environment : {serverEnvironment(), QStringList()}) {
        const Outcome outcome = launch(arguments, environment);
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.err, QString());
        QVERIFY2(outcome.out.endsWith(QLatin1Char('\n')) &&
                     outcome.out.count(QLatin1Char('\n')) == 1,
                 qPrintable(outcome.out));
        QCOMPARE(parseObject(outcome.out), expected);
    }
    QCOMPARE(runs(), QJsonArray());
    QCOMPARE(get(QStringLiteral("/schedules")).json.toArray(), QJsonArray());
}

void TestLaunchCli::badRowIsNamedAndNothingIsSent()
{
    const QString csv =
        writeFile(QStringLiteral("bad.csv"), "linkedin_profile_url,note\n"
                                             "https://www.linkedin.com/in/one,a\n"
                                             "https://www.linkedin.com/in/two,\"b\nb\"\n"
                                             ",c\n"
                                             "https://www.linkedin.com/in/four,d\n");
    const qsizetype before = runs().size();
    for (const QStringList &extra : {QStringList(), strings({"--dry-run"})}) {
        const Outcome outcome = launch(QStringList{kPeople, QStringLiteral("--csv"), csv} + extra);
        QCOMPARE(outcome.exitCode, 1);
        QCOMPARE(outcome.out, QString());
        // Row 3 starts on line 5: row 2 holds a line break.
        QCOMPARE(outcome.errLines(),
                 QStringList{QStringLiteral("error: %1: row 3 (line 5), linkedin_profile_url: "
                                            "required, but empty")
                                 .arg(csv)});
    }
    QCOMPARE(runs().size(), before);
}

void TestLaunchCli::badJsonInputIsNamed()
{
    const QString json = writeFile(QStringLiteral("bad.json"),
                                   R"([{"linkedin_profile_url": "https://www.linkedin.com/in/a"},
                                       {"linkedin_profile_url": "acme.com"}])");
    const qsizetype before = runs().size();
    const Outcome outcome = launch({kPeople, QStringLiteral("--json"), json});
    QCOMPARE(outcome.exitCode, 1);
    QCOMPARE(outcome.out, QString());
    const QStringList lines = outcome.errLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(
                 QStringLiteral("error: %1: inputs[1].linkedin_profile_url: ").arg(json)),
             qPrintable(outcome.err));
    QCOMPARE(runs().size(), before);
}

void TestLaunchCli::asyncLaunchPrintsTheRunUid()
{
    const QString csv = writeFile(QStringLiteral("async.csv"),
                                  "Owner,linkedin_profile_url,custom_data\n"
                                  "Alice,https://www.linkedin.com/in/first,crm_id=1\n"
                                  "Bob,https://www.linkedin.com/in/second,\n"
                                  ",https://www.linkedin.com/in/third,crm_id=3; stage=lead\n");
    // The server from --base-url; the key from the environment only.
    const Outcome outcome =
        launch({kPeople, QStringLiteral("--csv"), csv, QStringLiteral("--name"),
                QStringLiteral("cli async"), QStringLiteral("--base-url"), m_baseUrl},
               {QLatin1String("EDGES_API_KEY=") + kKey});
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.err, QString());
    static const QRegularExpression uidLine(QStringLiteral("^[0-9a-f-]{36}\n$"));
    QVERIFY2(uidLine.match(outcome.out).hasMatch(), qPrintable(outcome.out));
    const QString uid = outcome.out.trimmed();

    const Reply run = get(QStringLiteral("/runs/") + uid);
    QCOMPARE(run.status, 200);
    QCOMPARE(run.json[QStringLiteral("name")].toString(), QStringLiteral("cli async"));
    const Reply inputs = get(QStringLiteral("/runs/%1/inputs?limit=100").arg(uid));
    QCOMPARE(inputs.status, 200);
    const QJsonArray items = inputs.json.toArray();
    QCOMPARE(items.size(), 3);
    const QList<QJsonObject> expected = {
        profileInput("https://www.linkedin.com/in/first",
                     {{QStringLiteral("Owner"), QStringLiteral("Alice")},
                      {QStringLiteral("crm_id"), QStringLiteral("1")}}),
        profileInput("https://www.linkedin.com/in/second",
                     {{QStringLiteral("Owner"), QStringLiteral("Bob")}}),
        profileInput("https://www.linkedin.com/in/third",
                     {{QStringLiteral("crm_id"), QStringLiteral("3")},
                      {QStringLiteral("stage"), QStringLiteral("lead")}}),
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QJsonObject inputData{{kProfileUrl, expected.at(i)[kProfileUrl]}};
        QCOMPARE(item[QStringLiteral("input_data")].toObject(), inputData);
        QCOMPARE(item[QStringLiteral("custom_data")].toObject(),
                 expected.at(i)[QStringLiteral("custom_data")].toObject());
    }
}

void TestLaunchCli::scheduleLaunchPrintsTheScheduleUid()
{
    const QString json = writeFile(QStringLiteral("schedule.json"),
                                   R"([{"linkedin_profile_url": "https://www.linkedin.com/in/a"},
                                       {"linkedin_profile_url": "https://www.linkedin.com/in/b",
                                        "custom_data": {"crm_id": 7}}])");
    const Outcome outcome =
        launch({kPeople, QStringLiteral("--json"), json, QStringLiteral("--mode"),
                QStringLiteral("schedule"), QStringLiteral("--cron"), QStringLiteral("0 8 * * 1-5"),
                QStringLiteral("--tz"), QStringLiteral("Europe/Paris"), QStringLiteral("--name"),
                QStringLiteral("cli schedule")});
    QCOMPARE(outcome.exitCode, 0);
    // A schedule without a callback is sent, with the guide's warning.
    QVERIFY2(outcome.err.startsWith(QLatin1String("warning: callback: ")), qPrintable(outcome.err));
    const QString uid = outcome.out.trimmed();
    QCOMPARE(outcome.out, uid + QLatin1Char('\n'));

    const Reply schedule = get(QStringLiteral("/schedules/") + uid);
    QCOMPARE(schedule.status, 200);
    QCOMPARE(schedule.json[QStringLiteral("uid")].toString(), uid);
    QCOMPARE(schedule.json[QStringLiteral("name")].toString(), QStringLiteral("cli schedule"));
    QCOMPARE(schedule.json[QStringLiteral("cron")].toString(), QStringLiteral("0 8 * * 1-5"));
    QCOMPARE(schedule.json[QStringLiteral("timezone")].toString(), QStringLiteral("Europe/Paris"));
    QCOMPARE(schedule.json[QStringLiteral("status")].toString(), QStringLiteral("ACTIVE"));
}

void TestLaunchCli::ownAccountActionRefusesTwoIdentities()
{
    const qsizetype before = runs().size();
    // Connections take no input file.
    const Outcome outcome = launch({kConnections, QStringLiteral("--identity"), m_standard,
                                    QStringLiteral("--identity"), m_engagement});
    QCOMPARE(outcome.exitCode, 1);
    QCOMPARE(outcome.out, QString());
    QCOMPARE(outcome.errLines(),
             QStringList{QStringLiteral("error: identity_ids: linkedin-extract-connections reads "
                                        "the identity's own account: choose exactly one identity "
                                        "(2 chosen)")});
    QCOMPARE(runs().size(), before);
}

void TestLaunchCli::incrementalReadsTheIdentityTypes()
{
    const QStringList incremental = {kConnections, QStringLiteral("--param"),
                                     QStringLiteral("sync_mode=incremental"),
                                     QStringLiteral("--identity")};

    const Outcome refused = launch(incremental + QStringList{m_standard});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.out, QString());
    QCOMPARE(refused.errLines(),
             QStringList{QStringLiteral("error: parameters.sync_mode: incremental sync needs an "
                                        "engagement identity; Sandbox Standard is standard")});

    const Outcome unknown =
        launch(incremental + strings({"00000000-0000-4000-8000-000000000000", "--dry-run"}));
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.errLines(),
             QStringList{QStringLiteral("error: identity_ids: '00000000-0000-4000-8000-"
                                        "000000000000' is not an identity of this workspace")});

    const Outcome dryRun =
        launch(incremental + QStringList{m_engagement, QStringLiteral("--dry-run")});
    QCOMPARE(dryRun.exitCode, 0);
    QCOMPARE(dryRun.err, QString());
    const QJsonObject expected{
        {QStringLiteral("inputs"), QJsonArray{QJsonObject()}},
        {QStringLiteral("parameters"),
         QJsonObject{{QStringLiteral("sync_mode"), QStringLiteral("incremental")}}},
        {QStringLiteral("identity_ids"), QJsonArray{m_engagement}},
    };
    QCOMPARE(parseObject(dryRun.out), expected);
}

void TestLaunchCli::serverRefusalExitsOne()
{
    const QString csv = writeFile(QStringLiteral("refused.csv"),
                                  "linkedin_profile_url\nhttps://www.linkedin.com/in/ada\n");
    const QStringList arguments = {kPeople, QStringLiteral("--csv"), csv};
    const qsizetype before = runs().size();

    const QString wrongKey = QStringLiteral("wrong-key-90d1e2");
    const Outcome unauthorised = launch(arguments, {QLatin1String("EDGES_API_KEY=") + wrongKey,
                                                    QLatin1String("EDGES_BASE_URL=") + m_baseUrl});
    QCOMPARE(unauthorised.exitCode, 1);
    QCOMPARE(unauthorised.out, QString());
    QCOMPARE(unauthorised.errLines(),
             QStringList{QStringLiteral("error: the server refused the launch (HTTP 401 "
                                        "UNAUTHORIZED): X-API-Key is not valid")});
    QVERIFY(!unauthorised.err.contains(wrongKey));

    QVERIFY(setFaults(QStringLiteral("400=1")));
    const Outcome refused = launch(arguments);
    QVERIFY(setFaults(QString()));
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.out, QString());
    QCOMPARE(refused.errLines(),
             QStringList{QStringLiteral("error: the server refused the launch (HTTP 400 "
                                        "GENERIC_ERROR): Injected fault: HTTP 400 "
                                        "(runboard-sandbox --faults)")});
    QCOMPARE(runs().size(), before);
}

void TestLaunchCli::lostAnswerIsUncertain()
{
    const QString csv = writeFile(QStringLiteral("lost.csv"),
                                  "linkedin_profile_url\nhttps://www.linkedin.com/in/ada\n");
    // The sandbox creates the run, then drops the connection unanswered.
    QVERIFY(setFaults(QStringLiteral("drop=1")));
    const Outcome outcome = launch({kPeople, QStringLiteral("--csv"), csv, QStringLiteral("--name"),
                                    QStringLiteral("lost answer")});
    QVERIFY(setFaults(QString()));
    QCOMPARE(outcome.exitCode, 3);
    QCOMPARE(outcome.out, QString());
    const QStringList lines = outcome.errLines();
    QVERIFY2(lines.size() == 1, qPrintable(outcome.err));
    QVERIFY2(lines.first().startsWith(QLatin1String("error: the launch may have happened, but its "
                                                    "answer was lost (")),
             qPrintable(outcome.err));
    QVERIFY2(lines.first().endsWith(QLatin1String("it is not sent again: check the runs named "
                                                  "'lost answer' before launching again")),
             qPrintable(outcome.err));

    // It did happen, once.
    const QJsonArray all = runs();
    const auto named = std::count_if(all.begin(), all.end(), [](const QJsonValue &run) {
        return run[QStringLiteral("name")] == QLatin1String("lost answer");
    });
    QCOMPARE(named, 1);
}

void TestLaunchCli::unreachableServerExitsFour()
{
    const QString csv = writeFile(QStringLiteral("nowhere.csv"),
                                  "linkedin_profile_url\nhttps://www.linkedin.com/in/ada\n");
    // A port that was free a moment ago: every connection is refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const Outcome outcome =
        launch({kPeople, QStringLiteral("--csv"), csv},
               {QStringLiteral("EDGES_API_KEY=sandbox"),
                QStringLiteral("EDGES_BASE_URL=http://127.0.0.1:%1/v1").arg(port)});
    QCOMPARE(outcome.exitCode, 4);
    QCOMPARE(outcome.out, QString());
    const QStringList lines = outcome.errLines();
    QVERIFY2(lines.size() == 1, qPrintable(outcome.err));
    QVERIFY2(lines.first().startsWith(QLatin1String("error: the launch was not sent")),
             qPrintable(outcome.err));
}

QTEST_GUILESS_MAIN(TestLaunchCli)
#include "tst_launchcli.moc"
