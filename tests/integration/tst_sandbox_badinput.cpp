#include "tests/support/sandboxfixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// Refusals over real HTTP: every malformed or disallowed request gets the
// contract's status and error body (sections 1.4, 1.5, 2.2-2.5, 3.7-3.9,
// 8) and leaves the store as it was; the trial tier's /runs bucket (1.7)
// and the fault injector answer with error bodies too.
class TestSandboxBadInput : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void rateLimitedRunsBucket();
    void injectedFaults();
};

namespace {

// Stands for the uid of a run the seed created (see Seed).
const QString kSucceededRun = u"{succeeded}"_s;
const QString kRunningRun = u"{running}"_s;
const QString kSchedule = u"{schedule}"_s;
// A path starting with this is relative to the server root, not to /v1.
const QString kRootPrefix = u"^"_s;

const QByteArray kSearchUrl = "https://www.linkedin.com/search/results/people/?keywords=cto";

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject searchInput()
{
    return QJsonObject{{u"linkedin_people_search_url"_s, QString::fromLatin1(kSearchUrl)}};
}

QJsonArray searchInputs(int count)
{
    QJsonArray inputs;
    for (int i = 0; i < count; ++i)
        inputs.append(searchInput());
    return inputs;
}

QByteArray asyncBody(const QJsonObject &extra)
{
    QJsonObject body{{u"inputs"_s, QJsonArray{searchInput()}}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        body.insert(it.key(), it.value());
    return compact(body);
}

// {"inputs":[ITEM, ITEM, ...]} with `count` copies, built as bytes: the
// 100,001-item body is about 9 MB.
QByteArray manyInputsBody(qsizetype count)
{
    const QByteArray item = "{\"linkedin_people_search_url\":\"" + kSearchUrl + "\"}";
    QByteArray body;
    body.reserve(count * (item.size() + 1) + 16);
    body += "{\"inputs\":[";
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            body += ',';
        body += item;
    }
    body += "]}";
    return body;
}

// What a store looks like from the outside.
struct Snapshot
{
    QJsonValue runs;
    QJsonValue schedules;
    QJsonValue inputs;
    QJsonValue outputs;
};

// Seeded objects: a finished run, a running incremental run and a
// schedule, so that refusals have something to leave alone.
struct Seed
{
    QString succeeded;
    QString running;
    QString schedule;
};

std::optional<Seed> seed(SandboxFixture &sandbox)
{
    Seed seeded;
    const auto done =
        sandbox.post(u"/actions/linkedin-search-people/run/async"_s,
                     QJsonObject{{u"inputs"_s, QJsonArray{searchInput()}},
                                 {u"parameters"_s, QJsonObject{{u"max_results"_s, 5}}}});
    const auto running =
        sandbox.post(u"/actions/linkedin-extract-connections/run/async"_s,
                     QJsonObject{{u"inputs"_s, QJsonArray{QJsonObject()}},
                                 {u"identity_ids"_s, QJsonArray{sandbox.engagementIdentity()}},
                                 {u"parameters"_s, QJsonObject{{u"sync_mode"_s, u"incremental"_s},
                                                               {u"max_results"_s, 100}}}});
    const auto schedule = sandbox.post(
        u"/actions/linkedin-search-people/run/schedule"_s,
        QJsonObject{{u"inputs"_s, QJsonArray{searchInput()}}, {u"cron"_s, u"0 9 * * *"_s}});
    if (done.status != 200 || running.status != 200 || schedule.status != 200)
        return std::nullopt;
    seeded.succeeded = done.json[u"run_uid"_s].toString();
    seeded.running = running.json[u"run_uid"_s].toString();
    seeded.schedule = schedule.json[u"schedule_uid"_s].toString();
    // 5 s: the one-page run has finished, the three-page one is running.
    if (sandbox.advance(5).status != 200)
        return std::nullopt;
    if (sandbox.get(u"/runs/"_s + seeded.succeeded).json[u"status"_s] != u"SUCCEEDED"_s ||
        sandbox.get(u"/runs/"_s + seeded.running).json[u"status"_s] != u"RUNNING"_s)
        return std::nullopt;
    return seeded;
}

Snapshot snapshot(SandboxFixture &sandbox, const Seed &seeded)
{
    return {sandbox.get(u"/runs?limit=100&sort=created_at"_s).json,
            sandbox.get(u"/schedules?limit=100"_s).json,
            sandbox.get(u"/runs/"_s + seeded.running + u"/inputs"_s).json,
            sandbox.get(u"/runs/"_s + seeded.succeeded + u"/outputs"_s).json};
}

// The error body of contract 1.4, field by field, in the given scope.
void verifyErrorBody(const SandboxFixture::Reply &reply, int status, const QString &label,
                     const QString &scope, const QString &messagePart)
{
    VERIFY_ERROR_BODY(reply, status, label, messagePart);
    QCOMPARE(reply.json[u"error_scope"_s].toString(), scope);
}

} // namespace

void TestSandboxBadInput::refused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("apiKey");
    QTest::addColumn<qint64>("maxBodyBytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("messagePart");

    const QByteArray json = "application/json";
    const QByteArray key = "sandbox";
    const qint64 defaultLimit = SandboxFixture::defaultOptions().maxBodyBytes;
    const QString async = u"/actions/linkedin-search-people/run/async"_s;
    const QString live = u"/actions/linkedin-search-people/run/live"_s;
    const QString schedule = u"/actions/linkedin-search-people/run/schedule"_s;
    const QString connections = u"/actions/linkedin-extract-connections/run/async"_s;
    const QString badInput = u"BAD_INPUT"_s;
    const QString badParameters = u"BAD_PARAMETERS"_s;
    const QString aborted = u"ACTION_ABORTED"_s;
    const QString input = u"input"_s;

    // Body validation (1.3, 1.5, 2.2, 2.3).
    QTest::newRow("malformed JSON")
        << QByteArray("POST") << async
        << QByteArray("{\"inputs\": [{\"linkedin_people_search_url\": ") << json << key
        << defaultLimit << 400 << badInput << input << u"JSON"_s;
    QTest::newRow("Content-Type text/plain")
        << QByteArray("POST") << async << asyncBody({}) << QByteArray("text/plain") << key
        << defaultLimit << 400 << badInput << input << u"Content-Type"_s;
    QTest::newRow("inputs on the live route")
        << QByteArray("POST") << live
        << compact(QJsonObject{{u"inputs"_s, QJsonArray{searchInput()}}}) << json << key
        << defaultLimit << 400 << badInput << input << u"(inputs)"_s;
    QTest::newRow("input on async")
        << QByteArray("POST") << async << compact(QJsonObject{{u"input"_s, searchInput()}}) << json
        << key << defaultLimit << 400 << badInput << input << u"(input)"_s;
    QTest::newRow("zero inputs") << QByteArray("POST") << async
                                 << compact(QJsonObject{{u"inputs"_s, QJsonArray()}}) << json << key
                                 << defaultLimit << 400 << badInput << input << u"inputs"_s;
    // Open question 9: async takes at most 100,000 inputs. The ~9 MB body
    // is within the default body limit, so this is a 400, not a 413.
    QTest::newRow("100,001 inputs on async")
        << QByteArray("POST") << async << manyInputsBody(100001) << json << key << defaultLimit
        << 400 << badInput << input << u"inputs"_s;
    QTest::newRow("101 inputs on a schedule")
        << QByteArray("POST") << schedule
        << compact(QJsonObject{{u"inputs"_s, searchInputs(101)}, {u"cron"_s, u"0 9 * * *"_s}})
        << json << key << defaultLimit << 400 << badInput << input << u"inputs"_s;
    QTest::newRow("unknown action")
        << QByteArray("POST") << u"/actions/linkedin-teleport-people/run/async"_s << asyncBody({})
        << json << key << defaultLimit << 404 << QString() << input
        << u"linkedin-teleport-people"_s;
    QTest::newRow("bad cron") << QByteArray("POST") << schedule
                              << asyncBody({{u"cron"_s, u"61 * * * *"_s}}) << json << key
                              << defaultLimit << 400 << badInput << input << u"cron: minute"_s;
    QTest::newRow("cron with six fields")
        << QByteArray("POST") << schedule << asyncBody({{u"cron"_s, u"0 0 9 * * *"_s}}) << json
        << key << defaultLimit << 400 << badInput << input << u"cron"_s;
    QTest::newRow("unknown time zone")
        << QByteArray("POST") << schedule
        << asyncBody({{u"cron"_s, u"0 9 * * *"_s}, {u"timezone"_s, u"Mars/Olympus_Mons"_s}}) << json
        << key << defaultLimit << 400 << badInput << input << u"timezone"_s;
    // Names QTimeZone alone would read as POSIX rules at UTC (2.4 asks for
    // IANA names), and steps wider than their field: refused at the field,
    // on creation and on update.
    const QString update = u"/schedules/"_s + kSchedule + u"/update"_s;
    const auto refusedSchedule = [&](const char *tag, const QString &path,
                                     const QJsonObject &fields, const QString &message) {
        const QByteArray body = path == update ? compact(fields) : asyncBody(fields);
        QTest::newRow(tag) << QByteArray("POST") << path << body << json << key << defaultLimit
                           << 400 << badInput << input << message;
    };
    const QString paris =
        u"timezone: 'Paris' is not an IANA time zone; did you mean 'Europe/Paris'?"_s;
    const QString wideMinuteStep =
        u"cron: minute: step 4294967296 is larger than the range 0-59 (60 values)"_s;
    refusedSchedule("time zone Paris", schedule, {{u"timezone"_s, u"Paris"_s}}, paris);
    refusedSchedule("time zone abc1", schedule, {{u"timezone"_s, u"abc1"_s}},
                    u"timezone: 'abc1' is not an IANA time zone"_s);
    refusedSchedule("time zone bogus", schedule, {{u"timezone"_s, u"bogus"_s}},
                    u"timezone: 'bogus' is not an IANA time zone"_s);
    refusedSchedule("cron step 4294967296", schedule, {{u"cron"_s, u"*/4294967296 * * * *"_s}},
                    wideMinuteStep);
    refusedSchedule("cron step of 25 hours", schedule, {{u"cron"_s, u"0 */25 * * *"_s}},
                    u"cron: hour: step 25 is larger than the range 0-23 (24 values)"_s);
    refusedSchedule("update to time zone Paris", update, {{u"timezone"_s, u"Paris"_s}}, paris);
    refusedSchedule("update to time zone abc1", update, {{u"timezone"_s, u"abc1"_s}},
                    u"timezone: 'abc1' is not an IANA time zone"_s);
    refusedSchedule("update to cron step 4294967296", update,
                    {{u"cron"_s, u"*/4294967296 * * * *"_s}}, wideMinuteStep);
    QTest::newRow("bad schedule_at")
        << QByteArray("POST") << schedule << asyncBody({{u"schedule_at"_s, u"tomorrow"_s}}) << json
        << key << defaultLimit << 400 << badInput << input << u"schedule_at"_s;
    QTest::newRow("sync_mode incremental where unsupported")
        << QByteArray("POST") << async
        << asyncBody({{u"parameters"_s, QJsonObject{{u"sync_mode"_s, u"incremental"_s}}}}) << json
        << key << defaultLimit << 400 << badParameters << input << u"sync_mode"_s;
    QTest::newRow("max_results -1")
        << QByteArray("POST") << async
        << asyncBody({{u"parameters"_s, QJsonObject{{u"max_results"_s, -1}}}}) << json << key
        << defaultLimit << 400 << badParameters << input << u"max_results"_s;
    QTest::newRow("max_results 1001")
        << QByteArray("POST") << async
        << asyncBody({{u"parameters"_s, QJsonObject{{u"max_results"_s, 1001}}}}) << json << key
        << defaultLimit << 400 << badParameters << input << u"max_results"_s;
    // Past any qint64: compared as a double, never cast (UBSan's
    // float-cast-overflow when it was cast first).
    QTest::newRow("max_results 1e308")
        << QByteArray("POST") << async
        << asyncBody({{u"parameters"_s, QJsonObject{{u"max_results"_s, 1e308}}}}) << json << key
        << defaultLimit << 400 << badParameters << input << u"max_results"_s;
    QTest::newRow("max_results -1e308")
        << QByteArray("POST") << async
        << asyncBody({{u"parameters"_s, QJsonObject{{u"max_results"_s, -1e308}}}}) << json << key
        << defaultLimit << 400 << badParameters << input << u"max_results"_s;
    QTest::newRow("max_results 2.5")
        << QByteArray("POST") << async
        << asyncBody({{u"parameters"_s, QJsonObject{{u"max_results"_s, 2.5}}}}) << json << key
        << defaultLimit << 400 << badParameters << input << u"max_results"_s;
    QTest::newRow("unknown parameter")
        << QByteArray("POST") << async
        << asyncBody({{u"parameters"_s, QJsonObject{{u"page_size"_s, 50}}}}) << json << key
        << defaultLimit << 400 << badParameters << input << u"page_size"_s;
    QTest::newRow("unknown input field")
        << QByteArray("POST") << async
        << compact(QJsonObject{
               {u"inputs"_s, QJsonArray{QJsonObject{
                                 {u"linkedin_people_search_url"_s, QString::fromLatin1(kSearchUrl)},
                                 {u"favourite_colour"_s, u"teal"_s}}}}})
        << json << key << defaultLimit << 400 << badInput << input << u"favourite_colour"_s;
    QTest::newRow("missing required input field")
        << QByteArray("POST") << async
        << compact(QJsonObject{{u"inputs"_s, QJsonArray{searchInput(), QJsonObject()}}}) << json
        << key << defaultLimit << 400 << badInput << input
        << u"inputs[1].linkedin_people_search_url"_s;
    // The rule the dashboard checks with before sending (InputFieldRules).
    QTest::newRow("input that is not a LinkedIn URL")
        << QByteArray("POST") << async
        << compact(QJsonObject{
               {u"inputs"_s, QJsonArray{QJsonObject{{u"linkedin_people_search_url"_s,
                                                     u"https://example.com/search?q=cto"_s}}}}})
        << json << key << defaultLimit << 400 << badInput << input
        << u"inputs[0].linkedin_people_search_url is not a LinkedIn URL"_s;
    QTest::newRow("callback url http://example.com")
        << QByteArray("POST") << async
        << asyncBody({{u"callback"_s, QJsonObject{{u"url"_s, u"http://example.com/hook"_s}}}})
        << json << key << defaultLimit << 400 << badInput << input << u"callback.url"_s;
    QTest::newRow("callback on 5")
        << QByteArray("POST") << async
        << asyncBody({{u"callback"_s,
                       QJsonObject{{u"url"_s, u"http://127.0.0.1:9/hook"_s}, {u"on"_s, 5}}}})
        << json << key << defaultLimit << 400 << badInput << input << u"callback.on"_s;
    QTest::newRow("callback on \"sometimes\"")
        << QByteArray("POST") << async
        << asyncBody({{u"callback"_s, QJsonObject{{u"url"_s, u"http://127.0.0.1:9/hook"_s},
                                                  {u"on"_s, u"sometimes"_s}}}})
        << json << key << defaultLimit << 400 << badInput << input << u"callback.on"_s;
    QTest::newRow("identity_mode managed on an own-account action")
        << QByteArray("POST") << connections
        << compact(QJsonObject{{u"inputs"_s, QJsonArray{QJsonObject()}},
                               {u"identity_mode"_s, u"managed"_s}})
        << json << key << defaultLimit << 400 << badParameters << input << u"identity_mode"_s;
    QTest::newRow("unknown identity")
        << QByteArray("POST") << async
        << asyncBody({{u"identity_ids"_s, QJsonArray{u"00000000-0000-4000-8000-000000000000"_s}}})
        << json << key << defaultLimit << 400 << badParameters << input << u"identity_ids"_s;

    // Authentication (1.2): 401 in the auth scope, on any route.
    QTest::newRow("no X-API-Key") << QByteArray("GET") << u"/runs"_s << QByteArray() << QByteArray()
                                  << QByteArray() << defaultLimit << 401 << QString() << u"auth"_s
                                  << u"X-API-Key"_s;
    QTest::newRow("wrong X-API-Key")
        << QByteArray("POST") << async << asyncBody({}) << json << QByteArray("not-a-key")
        << defaultLimit << 401 << QString() << u"auth"_s << u"X-API-Key"_s;

    // Transport: body size, routes and methods.
    QTest::newRow("body over the limit")
        << QByteArray("POST") << async << compact(QJsonObject{{u"inputs"_s, searchInputs(40)}})
        << json << key << qint64(1024) << 413 << QString() << input << u"limit"_s;
    QTest::newRow("unknown path under /v1")
        << QByteArray("GET") << u"/nothing-here"_s << QByteArray() << QByteArray() << key
        << defaultLimit << 404 << QString() << input << QString();
    QTest::newRow("unknown path outside /v1")
        << QByteArray("GET") << QString(kRootPrefix + u"/v2/runs"_s) << QByteArray() << QByteArray()
        << key << defaultLimit << 404 << QString() << input << QString();
    QTest::newRow("GET on a POST-only route")
        << QByteArray("GET") << async << QByteArray() << QByteArray() << key << defaultLimit << 405
        << QString() << input << QString();
    QTest::newRow("POST on a GET-only route")
        << QByteArray("POST") << u"/runs"_s << QByteArray("{}") << json << key << defaultLimit
        << 405 << QString() << input << QString();

    // Run operations from a status that does not allow them (3.10, 8 q2/q3).
    QTest::newRow("resume a SUCCEEDED run")
        << QByteArray("POST") << QString(u"/runs/"_s + kSucceededRun + u"/resume"_s)
        << QByteArray("{}") << json << key << defaultLimit << 422 << aborted << input
        << u"SUCCEEDED"_s;
    QTest::newRow("resume a RUNNING run")
        << QByteArray("POST") << QString(u"/runs/"_s + kRunningRun + u"/resume"_s)
        << QByteArray("{}") << json << key << defaultLimit << 422 << aborted << input
        << u"RUNNING"_s;
    QTest::newRow("continue a RUNNING run")
        << QByteArray("POST") << QString(u"/runs/"_s + kRunningRun + u"/continue"_s)
        << QByteArray("{}") << json << key << defaultLimit << 422 << aborted << input
        << u"RUNNING"_s;
    QTest::newRow("continue a full-sync run")
        << QByteArray("POST") << QString(u"/runs/"_s + kSucceededRun + u"/continue"_s)
        << QByteArray("{}") << json << key << defaultLimit << 422 << aborted << input
        << u"incremental"_s;
    QTest::newRow("cancel a SUCCEEDED run")
        << QByteArray("POST") << QString(u"/runs/"_s + kSucceededRun + u"/cancel"_s)
        << QByteArray("{}") << json << key << defaultLimit << 422 << aborted << input
        << u"SUCCEEDED"_s;
    QTest::newRow("cancel an unknown run")
        << QByteArray("POST") << u"/runs/00000000-0000-4000-8000-000000000000/cancel"_s
        << QByteArray("{}") << json << key << defaultLimit << 404 << QString() << input
        << u"00000000-0000-4000-8000-000000000000"_s;
    QTest::newRow("resume an ACTIVE schedule")
        << QByteArray("POST") << QString(u"/schedules/"_s + kSchedule + u"/resume"_s)
        << QByteArray("{}") << json << key << defaultLimit << 422 << aborted << input
        << u"ACTIVE"_s;
    QTest::newRow("unknown schedule action")
        << QByteArray("POST") << QString(u"/schedules/"_s + kSchedule + u"/snooze"_s)
        << QByteArray("{}") << json << key << defaultLimit << 400 << badInput << input
        << u"snooze"_s;
}

void TestSandboxBadInput::refused()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, apiKey);
    QFETCH(qint64, maxBodyBytes);
    QFETCH(int, status);
    QFETCH(QString, label);
    QFETCH(QString, scope);
    QFETCH(QString, messagePart);

    SandboxFixture sandbox;
    sandbox.options().maxBodyBytes = maxBodyBytes;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const auto seeded = seed(sandbox);
    QVERIFY(seeded);

    path.replace(kSucceededRun, seeded->succeeded)
        .replace(kRunningRun, seeded->running)
        .replace(kSchedule, seeded->schedule);
    const QUrl url = path.startsWith(kRootPrefix) ? QUrl(sandbox.rootUrl() + path.mid(1))
                                                  : QUrl(sandbox.baseUrl() + path);

    const Snapshot before = snapshot(sandbox, *seeded);
    const auto reply = sandbox.request(method, url, body, contentType, apiKey);
    verifyErrorBody(reply, status, label, scope, messagePart);
    if (QTest::currentTestFailed())
        return;

    const Snapshot after = snapshot(sandbox, *seeded);
    QVERIFY(before.runs.isArray());
    QCOMPARE(before.runs.toArray().size(), 2);
    QCOMPARE(after.runs, before.runs);
    QCOMPARE(after.schedules, before.schedules);
    QCOMPARE(after.inputs, before.inputs);
    QCOMPARE(after.outputs, before.outputs);
}

// Contract 1.7 and 8 q13: the trial tier's /runs bucket allows one request
// per 2 s. The limiter uses wall time by design, so the test never waits
// for a window: three quick requests span at most one window edge, so two
// of them share a window and one of those is refused.
namespace {

SandboxFixture::Reply firstRefusal(SandboxFixture &sandbox, const QString &path)
{
    QElapsedTimer elapsed;
    elapsed.start();
    SandboxFixture::Reply reply;
    for (int i = 0; i < 3; ++i) {
        reply = sandbox.get(path);
        if (reply.status == 429)
            return reply;
    }
    if (elapsed.elapsed() >= 2000)
        qWarning("three requests took over two seconds: the refusal could not be checked");
    return reply;
}

} // namespace

void TestSandboxBadInput::rateLimitedRunsBucket()
{
    SandboxFixture sandbox;
    sandbox.options().tier = u"trial"_s;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const auto second = firstRefusal(sandbox, u"/runs"_s);
    QCOMPARE(second.status, 429);
    bool ok = false;
    const int retryAfter = second.header("Retry-After").toInt(&ok);
    QVERIFY2(ok, second.header("Retry-After").constData());
    QVERIFY2(retryAfter >= 1 && retryAfter <= 2, second.header("Retry-After").constData());
    QCOMPARE(second.header("X-RateLimit-Type"), QByteArray("/v1/runs"));
    QCOMPARE(second.header("X-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY2(second.errorLabel() == u"LIMIT_REACHED"_s || second.errorLabel() == u"STATUS_429"_s,
             qPrintable(second.errorLabel()));
    verifyErrorBody(second, 429, second.errorLabel(), second.json[u"error_scope"_s].toString(),
                    QString());
    QVERIFY(!second.json[u"error_scope"_s].toString().isEmpty());

    // Every /runs route shares the bucket.
    for (const QString &path :
         {u"/runs/00000000-0000-4000-8000-000000000000/status"_s, u"/runs/callbacks"_s}) {
        const auto limited = firstRefusal(sandbox, path);
        QVERIFY2(limited.status == 429, qPrintable(path));
        QCOMPARE(limited.header("X-RateLimit-Type"), QByteArray("/v1/runs"));
    }

    // Other routes are outside the bucket.
    QCOMPARE(sandbox.get(u"/schedules"_s).status, 200);
    QCOMPARE(sandbox.get(u"/identities"_s).status, 200);
    const auto live =
        sandbox.post(u"/actions/linkedin-search-people/run/live"_s,
                     QJsonObject{{u"input"_s, searchInput()},
                                 {u"parameters"_s, QJsonObject{{u"max_results"_s, 5}}}});
    QCOMPARE(live.status, 200);
    QCOMPARE(live.header("X-RateLimit-Remaining"), QByteArray("0"));
}

// The fault injector of the admin API: a status fault answers every API
// request with that status and an error body, before any route runs.
void TestSandboxBadInput::injectedFaults()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    auto reply = sandbox.adminPost(u"/faults"_s, QJsonObject{{u"spec"_s, u"500=1"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[u"spec"_s].toString(), u"500=1"_s);

    reply = sandbox.get(u"/runs"_s);
    verifyErrorBody(reply, 500, u"GENERIC_ERROR"_s, u"server"_s, QString());
    const QString firstRef = reply.json[u"error_ref"_s].toString();
    // A faulted launch creates nothing.
    reply = sandbox.post(u"/actions/linkedin-search-people/run/async"_s,
                         QJsonObject{{u"inputs"_s, QJsonArray{searchInput()}}});
    verifyErrorBody(reply, 500, u"GENERIC_ERROR"_s, u"server"_s, QString());
    // Each error has its own reference for support.
    QVERIFY(reply.json[u"error_ref"_s].toString() != firstRef);

    reply = sandbox.adminPost(u"/faults"_s, QJsonObject{{u"spec"_s, u""_s}});
    QCOMPARE(reply.status, 200);
    reply = sandbox.get(u"/runs"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.toArray().size(), 0);

    // An injected 429 carries the rate-limit headers.
    QCOMPARE(sandbox.adminPost(u"/faults"_s, QJsonObject{{u"spec"_s, u"429=1"_s}}).status, 200);
    reply = sandbox.get(u"/runs"_s);
    verifyErrorBody(reply, 429, u"LIMIT_REACHED"_s, u"server"_s, QString());
    QVERIFY(reply.header("Retry-After").toInt() >= 1);
    QCOMPARE(reply.header("X-RateLimit-Type"), QByteArray("/v1/runs"));
    QCOMPARE(reply.header("X-RateLimit-Remaining"), QByteArray("0"));
    QCOMPARE(sandbox.adminPost(u"/faults"_s, QJsonObject{{u"spec"_s, u""_s}}).status, 200);

    // A spec that is not a string is refused: read as "" it cleared them.
    QCOMPARE(sandbox.adminPost(u"/faults"_s, QJsonObject{{u"spec"_s, u"500=1"_s}}).status, 200);
    for (const QJsonValue &spec : {QJsonValue(5), QJsonValue(true), QJsonValue(QJsonArray()),
                                   QJsonValue(QJsonValue::Null)}) {
        reply = sandbox.adminPost(u"/faults"_s, QJsonObject{{u"spec"_s, spec}});
        verifyErrorBody(reply, 400, u"BAD_INPUT"_s, u"input"_s, u"spec"_s);
    }
    reply = sandbox.adminPost(u"/faults"_s, QJsonObject());
    verifyErrorBody(reply, 400, u"BAD_INPUT"_s, u"input"_s, u"spec"_s);
    QCOMPARE(sandbox.get(u"/runs"_s).status, 500);
    QCOMPARE(sandbox.adminPost(u"/faults"_s, QJsonObject{{u"spec"_s, u""_s}}).status, 200);

    // A bad spec is refused and leaves the faults in force as they were.
    for (const QString &spec : {u"500=2"_s, u"teapot=0.5"_s, u"503"_s, u"500=0.5,500=0.1"_s,
                                u"slow=0.5"_s, u"600=0.1"_s}) {
        reply = sandbox.adminPost(u"/faults"_s, QJsonObject{{u"spec"_s, spec}});
        QVERIFY2(reply.status == 400, qPrintable(spec));
        QVERIFY2(reply.message().startsWith(u"faults: "_s), qPrintable(reply.message()));
        verifyErrorBody(reply, 400, u"BAD_INPUT"_s, u"input"_s, QString());
    }
    QCOMPARE(sandbox.get(u"/runs"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxBadInput)
#include "tst_sandbox_badinput.moc"
