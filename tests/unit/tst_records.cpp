// Tolerant reading of the contract's records: Run (3.2, 3.4 and the async
// creation response of 2.3), RunInput (3.5), Schedule (4.2 and the creation
// response of 2.4), Callback (5.6), Identity (9) and the error body in its
// four spellings (1.4). Every test parses literal JSON text, the way a response arrives.
//
// Field names and example values follow shared/api/EDGES_API.md; where the
// contract is silent, docs/api-decisions.md says how the client reads it.

#include "core/domain/callback.h"
#include "core/domain/errorbody.h"
#include "core/domain/identity.h"
#include "core/domain/run.h"
#include "core/domain/runinput.h"
#include "core/domain/schedule.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTime>
#include <QTimeZone>

#include <limits>
#include <optional>
#include <time.h>
#include <utility>

// Readable optionals in failure messages.
namespace QTest {

template <>
char *toString(const std::optional<qint64> &value)
{
    return qstrdup(value ? QByteArray::number(*value).constData() : "nullopt");
}

template <>
char *toString(const std::optional<int> &value)
{
    return qstrdup(value ? QByteArray::number(*value).constData() : "nullopt");
}

template <>
char *toString(const std::optional<bool> &value)
{
    return qstrdup(value ? (*value ? "true" : "false") : "nullopt");
}

} // namespace QTest

// Declared before the JSON fixtures below: moc does not understand raw
// string literals and could lose its place in them.
class TestRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void runFull_data();
    void runFull();
    void runStatusPoll();
    void runAsyncCreate();
    void runAsyncCreateStatus_data();
    void runAsyncCreateStatus();
    void runDefaults_data();
    void runDefaults();
    void runWrongTypes();
    void runIncremental_data();
    void runIncremental();

    void inputFull_data();
    void inputFull();
    void inputDefaults_data();
    void inputDefaults();
    void inputWrongTypes();

    void scheduleFull_data();
    void scheduleFull();
    void scheduleCreationResponse();
    void scheduleOneShot();
    void scheduleIdentifier_data();
    void scheduleIdentifier();
    void scheduleDefaults_data();
    void scheduleDefaults();
    void scheduleWrongTypes();

    void callbackFull_data();
    void callbackFull();
    void callbackOriginalDelivery();
    void callbackDefaults_data();
    void callbackDefaults();
    void callbackWrongTypes();
    void callbackHttpStatus_data();
    void callbackHttpStatus();

    void identityFull_data();
    void identityFull();
    void identityDefaults_data();
    void identityDefaults();
    void identityWrongTypes();

    void errorBody_data();
    void errorBody();
    void errorContainers_data();
    void errorContainers();

    void timestamps_data();
    void timestamps();

    void retryCount_data();
    void retryCount();
    void outputCount_data();
    void outputCount();
    void integerIds_data();
    void integerIds();
    void numbersWhereStringsAreExpected_data();
    void numbersWhereStringsAreExpected();
    void hugeNumbers();

private:
    QByteArray m_savedTz;
    bool m_hadTz = false;
};

// Parses `text` into the QJsonObject `name`, failing the test (not
// crashing) when the literal itself is not a JSON object. Hidden from moc,
// whose preprocessor cannot expand it over raw string literals.
#ifndef Q_MOC_RUN
#define PARSE_OBJECT(name, text)                                                                   \
    QJsonObject name;                                                                              \
    do {                                                                                           \
        QJsonParseError parseError_;                                                               \
        const QJsonDocument document_ = QJsonDocument::fromJson(QByteArray(text), &parseError_);   \
        QVERIFY2(parseError_.error == QJsonParseError::NoError,                                    \
                 qPrintable(parseError_.errorString()));                                           \
        QVERIFY2(document_.isObject(), "test JSON is not an object");                              \
        name = document_.object();                                                                 \
    } while (false)
#endif

namespace {

constexpr int kIntMax = std::numeric_limits<int>::max();

const char *const kRunUid = "5b0f6a7e-3c1d-4e2a-9f6b-1a2b3c4d5e6f";
const char *const kScheduleUid = "0e8c2d4f-7a9b-4c1e-8d3f-2b4a6c8e0f12";
const char *const kUserUid = "7d1e9c3a-5b2f-4e8d-a6c0-3f9b1e7d5a24";
const char *const kWorkspaceUid = "a4c8e2f6-1b3d-4a5c-9e7f-8d6b4a2c0e13";

QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// Expected values written as JSON text, too.
QJsonObject objectFrom(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonArray arrayFrom(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).array();
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), QTimeZone::utc());
}

// "Results are always UTC": Qt::UTC, or a fixed offset of zero. Local time
// does not count even when the machine happens to run in UTC.
bool isUtc(const QDateTime &dateTime)
{
    return dateTime.timeSpec() == Qt::UTC ||
           (dateTime.timeSpec() == Qt::OffsetFromUTC && dateTime.offsetFromUtc() == 0);
}

// `{"key1": value, "key2": value, ...}` as JSON text.
QByteArray everyField(const QByteArrayList &keys, const QByteArray &value)
{
    QByteArray text("{");
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0)
            text += ", ";
        text += '"' + keys.at(i) + "\": " + value;
    }
    text += '}';
    return text;
}

// `object` with `extras` (JSON members) added in front of its own members.
QByteArray withExtraFields(const char *object, const char *extras)
{
    QByteArray text(object);
    text.insert(text.indexOf('{') + 1, QByteArray(extras) + ',');
    return text;
}

// Members no record knows, as a newer server might add them.
const char *const kUnknownFields =
    R"("flow_run_id": "fr-2b7c", "credits_used": 12.5, "tags": ["crm", "nightly"],)"
    R"( "meta": {"trace_id": "0af7651916cd43dd", "region": "eu-west-3"}, "beta": true,)"
    R"( "deprecated_field": null, "": "empty key")";

const QByteArrayList kRunKeys = {
    "id",
    "uid",
    "name",
    "scheduled_run_uid",
    "scheduled_run_name",
    "action_id",
    "action_name",
    "retry_count",
    "user_uid",
    "workspace_uid",
    "execution_mode",
    "last_error",
    "last_info",
    "parameters",
    "callback",
    "status",
    "output_count",
    "postponed_until",
    "started_at",
    "finished_at",
    "synced_at",
    "created_at",
    "updated_at",
    "run_id",
    "run_uid",
};
const QByteArrayList kInputKeys = {
    "uid",         "status",     "input_data",  "custom_data", "last_error", "output_count",
    "retry_count", "started_at", "finished_at", "created_at",  "updated_at",
};
const QByteArrayList kScheduleKeys = {
    "uid",
    "schedule_uid",
    "name",
    "action_id",
    "action_name",
    "user_uid",
    "workspace_uid",
    "status",
    "postponed_until",
    "cron",
    "timezone",
    "next_execution_at",
    "last_executed_at",
    "created_at",
    "updated_at",
};
const QByteArrayList kCallbackKeys = {
    "uid",           "parent_uid", "retry_count", "status",        "callback_url", "http_status",
    "http_response", "batch_uid",  "run_uid",     "workspace_uid", "error",        "created_at",
};

const QByteArrayList kIdentityKeys = {
    "uid",       "created_at",   "workspace_uid",        "name", "type", "timezone",
    "is_active", "integrations", "identity_login_links",
};

// --- full, realistic objects -------------------------------------------------

// 3.2: a scheduled, incremental run waiting for an automatic retry.
const char *const kFullRun = R"({
  "id": 4711,
  "uid": "5b0f6a7e-3c1d-4e2a-9f6b-1a2b3c4d5e6f",
  "name": "nightly inbox sync",
  "scheduled_run_uid": "0e8c2d4f-7a9b-4c1e-8d3f-2b4a6c8e0f12",
  "scheduled_run_name": "Monday inbox",
  "action_id": 42,
  "action_name": "linkedin-extract-messages",
  "retry_count": 2,
  "user_uid": "7d1e9c3a-5b2f-4e8d-a6c0-3f9b1e7d5a24",
  "workspace_uid": "a4c8e2f6-1b3d-4a5c-9e7f-8d6b4a2c0e13",
  "execution_mode": "ASYNC",
  "last_error": {
    "label": "PROXY_ERROR",
    "message": "Proxy connection reset by peer",
    "params": {"proxy": "eu-west-3", "attempt": 2}
  },
  "last_info": {
    "label": "NO_RESULT",
    "message": "No new messages since the last sync",
    "params": {}
  },
  "parameters": {"sync_mode": "incremental", "max_results": 500},
  "callback": {"url": "https://hooks.example.com/edges/runs"},
  "status": "SCHEDULED",
  "output_count": 1280,
  "postponed_until": "2026-03-01T10:16:00Z",
  "started_at": "2026-03-01T10:00:05.250Z",
  "finished_at": null,
  "synced_at": "2026-02-28T22:00:00Z",
  "created_at": "2026-03-01T10:00:00Z",
  "updated_at": "2026-03-01T11:15:00+01:00"
})";

// 3.4: the lightweight status poll.
const char *const kStatusPoll = R"({
  "id": 123,
  "uid": "9c2e4a6b-8d0f-4b1a-a3c5-7e9f1b3d5a70",
  "status": "RUNNING",
  "postponed_until": null,
  "started_at": "2026-03-01T10:00:05Z",
  "finished_at": null,
  "created_at": "2026-03-01T10:00:00Z",
  "updated_at": "2026-03-01T10:02:30Z"
})";

// 2.3: the async creation response.
const char *const kAsyncCreate = R"({
  "run_id": 4711,
  "run_uid": "5b0f6a7e-3c1d-4e2a-9f6b-1a2b3c4d5e6f",
  "workspace_uid": "a4c8e2f6-1b3d-4a5c-9e7f-8d6b4a2c0e13",
  "user_uid": "7d1e9c3a-5b2f-4e8d-a6c0-3f9b1e7d5a24",
  "action_name": "linkedin-extract-messages",
  "status": "pending",
  "postponed_until": null,
  "created_at": "2026-03-01T10:00:00Z",
  "updated_at": "2026-03-01T10:00:00Z",
  "synced_at": null,
  "name": "nightly inbox sync"
})";

// 3.5: an input rejected by validation.
const char *const kFullInput = R"({
  "uid": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
  "status": "FAILED",
  "input_data": {"linkedin_thread_url": "https://www.linkedin.com/messaging/thread/2-ZTk5YjM0/"},
  "custom_data": {"crm_id": "42", "owner": "sales-emea"},
  "last_error": {
    "has_failed": true,
    "message": "linkedin_thread_url is not a valid messaging thread URL",
    "scope": "input",
    "label": "BAD_INPUT",
    "error_ref": "ERR-7f3a",
    "params": {"field": "linkedin_thread_url"},
    "validation_errors": [
      {
        "field": "linkedin_thread_url",
        "message": "must start with https://www.linkedin.com/messaging/thread/"
      }
    ]
  },
  "output_count": 0,
  "retry_count": 10,
  "started_at": "2026-03-01T10:00:06Z",
  "finished_at": "2026-03-01T10:20:41.902Z",
  "created_at": "2026-03-01T10:00:00Z",
  "updated_at": "2026-03-01T11:20:41.902+01:00"
})";

// 4.2: a paused weekly schedule.
const char *const kFullSchedule = R"({
  "uid": "0e8c2d4f-7a9b-4c1e-8d3f-2b4a6c8e0f12",
  "name": "Monday inbox",
  "action_id": 42,
  "action_name": "linkedin-extract-messages",
  "user_uid": "7d1e9c3a-5b2f-4e8d-a6c0-3f9b1e7d5a24",
  "workspace_uid": "a4c8e2f6-1b3d-4a5c-9e7f-8d6b4a2c0e13",
  "status": "PAUSED",
  "postponed_until": "2026-03-02T07:05:00Z",
  "cron": "0 8 * * 1",
  "timezone": "Europe/Paris",
  "next_execution_at": "2026-03-02T07:00:00Z",
  "last_executed_at": "2026-02-23T07:00:03.118Z",
  "created_at": "2026-01-05T09:30:00Z",
  "updated_at": "2026-02-27T16:45:00+01:00"
})";

// 2.4: the schedule creation response names the identifier schedule_uid.
const char *const kScheduleCreate = R"({
  "schedule_uid": "0e8c2d4f-7a9b-4c1e-8d3f-2b4a6c8e0f12",
  "status": "ACTIVE",
  "cron": "0 8 * * 1",
  "timezone": "Europe/Paris",
  "next_execution_at": "2026-03-02T07:00:00Z",
  "created_at": "2026-03-01T10:00:00Z"
})";

// 5.6: a replayed delivery that failed.
const char *const kFullCallback = R"({
  "uid": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
  "parent_uid": "d0e1f2a3-b4c5-4d6e-9f7a-8b9c0d1e2f3a",
  "retry_count": 3,
  "status": "FAILED",
  "callback_url": "https://hooks.example.com/edges/runs",
  "http_status": 502,
  "http_response": {"error": "Bad Gateway", "upstream": "crm-sync"},
  "batch_uid": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
  "run_uid": "5b0f6a7e-3c1d-4e2a-9f6b-1a2b3c4d5e6f",
  "workspace_uid": "a4c8e2f6-1b3d-4a5c-9e7f-8d6b4a2c0e13",
  "error": {
    "message": "Receiver answered HTTP 502",
    "error_label": "CALLBACK_HTTP_ERROR",
    "error_scope": "server",
    "status_code": 502,
    "params": {"attempt": 4},
    "error_ref": "CB-19c2"
  },
  "created_at": "2026-03-01T10:05:00.431Z"
})";

// 9: an engagement identity with LinkedIn connected.
const char *const kFullIdentity = R"({
  "uid": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7",
  "created_at": "2026-01-05T09:00:00.125+01:00",
  "workspace_uid": "a4c8e2f6-1b3d-4a5c-9e7f-8d6b4a2c0e13",
  "name": "Sales EMEA",
  "type": "engagement",
  "timezone": "Europe/Paris",
  "is_active": false,
  "integrations": [{"type": "linkedin", "status": "connected"}],
  "identity_login_links": {
    "linkedin": "https://app.edges.run/login/3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7"
  }
})";

} // namespace

void TestRecords::initTestCase()
{
    // Run in a local zone with an offset and daylight saving (Central
    // European rules, spelt POSIX-style so no tzdata is needed). On a
    // machine in UTC, "no offset means UTC" would pass by accident.
    m_hadTz = qEnvironmentVariableIsSet("TZ");
    m_savedTz = qgetenv("TZ");
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    tzset();
    QCOMPARE(QDateTime(QDate(2026, 1, 15), QTime(12, 0)).offsetFromUtc(), 3600);
    QCOMPARE(QDateTime(QDate(2026, 7, 15), QTime(12, 0)).offsetFromUtc(), 7200);
}

void TestRecords::cleanupTestCase()
{
    if (m_hadTz)
        qputenv("TZ", m_savedTz);
    else
        qunsetenv("TZ");
    tzset();
}

// --- Run -----------------------------------------------------------------------

void TestRecords::runFull_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("as documented") << QByteArray(kFullRun);
    QTest::newRow("with unknown extra fields") << withExtraFields(kFullRun, kUnknownFields);
}

void TestRecords::runFull()
{
    QFETCH(QByteArray, json);
    PARSE_OBJECT(object, json);
    const Run run = Run::fromJson(object);

    QCOMPARE(run.id, std::optional<qint64>(4711));
    QCOMPARE(run.uid, str(kRunUid));
    QCOMPARE(run.name, QStringLiteral("nightly inbox sync"));
    QCOMPARE(run.scheduledRunUid, str(kScheduleUid));
    QCOMPARE(run.scheduledRunName, QStringLiteral("Monday inbox"));
    QCOMPARE(run.actionId, std::optional<qint64>(42));
    QCOMPARE(run.actionName, QStringLiteral("linkedin-extract-messages"));
    QCOMPARE(run.retryCount, 2);
    QCOMPARE(run.userUid, str(kUserUid));
    QCOMPARE(run.workspaceUid, str(kWorkspaceUid));
    QCOMPARE(run.executionMode, ExecutionMode::Async);

    QVERIFY(run.lastError.has_value());
    QCOMPARE(run.lastError->label, QStringLiteral("PROXY_ERROR"));
    QCOMPARE(run.lastError->message, QStringLiteral("Proxy connection reset by peer"));
    QCOMPARE(run.lastError->params, objectFrom(R"({"proxy": "eu-west-3", "attempt": 2})"));
    QCOMPARE(run.lastError->scope, QString());
    QCOMPARE(run.lastError->ref, QString());
    QCOMPARE(run.lastError->statusCode, std::optional<int>());
    QCOMPARE(run.lastError->hasFailed, std::optional<bool>());
    QVERIFY(run.lastError->validationErrors.isEmpty());

    QVERIFY(run.lastInfo.has_value());
    QCOMPARE(run.lastInfo->label, QStringLiteral("NO_RESULT"));
    QCOMPARE(run.lastInfo->message, QStringLiteral("No new messages since the last sync"));
    QVERIFY(run.lastInfo->params.isEmpty());
    QVERIFY(!run.lastInfo->isEmpty());

    QCOMPARE(run.parameters, objectFrom(R"({"sync_mode": "incremental", "max_results": 500})"));
    QVERIFY(run.isIncremental());
    QCOMPARE(run.callbackUrl, QStringLiteral("https://hooks.example.com/edges/runs"));
    QCOMPARE(run.status, RunStatus::Scheduled);
    QCOMPARE(run.statusText, QStringLiteral("SCHEDULED"));
    QCOMPARE(run.outputCount, qint64(1280));

    QCOMPARE(run.postponedUntil, utc(2026, 3, 1, 10, 16));
    QCOMPARE(run.startedAt, utc(2026, 3, 1, 10, 0, 5, 250));
    QVERIFY(!run.finishedAt.isValid());
    QCOMPARE(run.syncedAt, utc(2026, 2, 28, 22, 0));
    QCOMPARE(run.createdAt, utc(2026, 3, 1, 10, 0));
    QCOMPARE(run.updatedAt, utc(2026, 3, 1, 10, 15));
    for (const QDateTime &stamp :
         {run.postponedUntil, run.startedAt, run.syncedAt, run.createdAt, run.updatedAt}) {
        QVERIFY2(isUtc(stamp), qPrintable(stamp.toString(Qt::ISODateWithMs)));
    }
}

void TestRecords::runStatusPoll()
{
    PARSE_OBJECT(object, kStatusPoll);
    const Run run = Run::fromJson(object);

    QCOMPARE(run.id, std::optional<qint64>(123));
    QCOMPARE(run.uid, QStringLiteral("9c2e4a6b-8d0f-4b1a-a3c5-7e9f1b3d5a70"));
    QCOMPARE(run.status, RunStatus::Running);
    QCOMPARE(run.statusText, QStringLiteral("RUNNING"));
    QVERIFY(!run.postponedUntil.isValid());
    QCOMPARE(run.startedAt, utc(2026, 3, 1, 10, 0, 5));
    QVERIFY(!run.finishedAt.isValid());
    QCOMPARE(run.createdAt, utc(2026, 3, 1, 10, 0));
    QCOMPARE(run.updatedAt, utc(2026, 3, 1, 10, 2, 30));

    // Everything the poll leaves out keeps its default.
    QVERIFY(run.name.isEmpty());
    QVERIFY(run.scheduledRunUid.isEmpty());
    QCOMPARE(run.actionId, std::optional<qint64>());
    QVERIFY(run.actionName.isEmpty());
    QCOMPARE(run.retryCount, 0);
    QCOMPARE(run.executionMode, ExecutionMode::Unknown);
    QVERIFY(!run.lastError.has_value());
    QVERIFY(!run.lastInfo.has_value());
    QVERIFY(run.parameters.isEmpty());
    QVERIFY(run.callbackUrl.isEmpty());
    QCOMPARE(run.outputCount, qint64(0));
    QVERIFY(!run.syncedAt.isValid());
}

void TestRecords::runAsyncCreate()
{
    PARSE_OBJECT(object, kAsyncCreate);
    const Run run = Run::fromAsyncCreateJson(object);

    QCOMPARE(run.id, std::optional<qint64>(4711));
    QCOMPARE(run.uid, str(kRunUid));
    QCOMPARE(run.workspaceUid, str(kWorkspaceUid));
    QCOMPARE(run.userUid, str(kUserUid));
    QCOMPARE(run.actionName, QStringLiteral("linkedin-extract-messages"));
    // 6.1: pending maps to QUEUED; the raw text is kept.
    QCOMPARE(run.status, RunStatus::Queued);
    QCOMPARE(run.statusText, QStringLiteral("pending"));
    QCOMPARE(run.executionMode, ExecutionMode::Async);
    QVERIFY(!run.postponedUntil.isValid());
    QCOMPARE(run.createdAt, utc(2026, 3, 1, 10, 0));
    QCOMPARE(run.updatedAt, utc(2026, 3, 1, 10, 0));
    QVERIFY(isUtc(run.createdAt));
    QVERIFY(!run.syncedAt.isValid());
    QCOMPARE(run.name, QStringLiteral("nightly inbox sync"));

    // batch_uid is not returned at creation (2.3); the rest is absent.
    QCOMPARE(run.actionId, std::optional<qint64>());
    QCOMPARE(run.retryCount, 0);
    QVERIFY(!run.lastError.has_value());
    QVERIFY(run.parameters.isEmpty());
    QCOMPARE(run.outputCount, qint64(0));
    QVERIFY(!run.startedAt.isValid());
    QVERIFY(!run.finishedAt.isValid());

    // The same text read as a Run resource knows neither run_id nor pending.
    const Run asResource = Run::fromJson(object);
    QCOMPARE(asResource.id, std::optional<qint64>());
    QVERIFY(asResource.uid.isEmpty());
    QCOMPARE(asResource.status, RunStatus::Unknown);
}

void TestRecords::runAsyncCreateStatus_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<RunStatus>("status");
    QTest::addColumn<QString>("statusText");

    // 6.1: the lowercase creation enum.
    QTest::newRow("pending") << QByteArray(R"({"status": "pending"})") << RunStatus::Queued
                             << QStringLiteral("pending");
    QTest::newRow("running") << QByteArray(R"({"status": "running"})") << RunStatus::Running
                             << QStringLiteral("running");
    QTest::newRow("completed") << QByteArray(R"({"status": "completed"})") << RunStatus::Succeeded
                               << QStringLiteral("completed");
    QTest::newRow("failed") << QByteArray(R"({"status": "failed"})") << RunStatus::Failed
                            << QStringLiteral("failed");
    // A server answering with the uppercase run enum is understood too.
    QTest::newRow("QUEUED") << QByteArray(R"({"status": "QUEUED"})") << RunStatus::Queued
                            << QStringLiteral("QUEUED");
    QTest::newRow("SUCCEEDED") << QByteArray(R"({"status": "SUCCEEDED"})") << RunStatus::Succeeded
                               << QStringLiteral("SUCCEEDED");
    QTest::newRow("CREATED") << QByteArray(R"({"status": "CREATED"})") << RunStatus::Created
                             << QStringLiteral("CREATED");
    QTest::newRow("DONE") << QByteArray(R"({"status": "DONE"})") << RunStatus::Unknown
                          << QStringLiteral("DONE");
    QTest::newRow("null") << QByteArray(R"({"status": null})") << RunStatus::Unknown << QString();
    QTest::newRow("missing") << QByteArray(R"({"run_uid": "x"})") << RunStatus::Unknown
                             << QString();
    QTest::newRow("number") << QByteArray(R"({"status": 2})") << RunStatus::Unknown
                            << QStringLiteral("2");
}

void TestRecords::runAsyncCreateStatus()
{
    QFETCH(QByteArray, json);
    QFETCH(RunStatus, status);
    QFETCH(QString, statusText);
    PARSE_OBJECT(object, json);

    const Run run = Run::fromAsyncCreateJson(object);
    QCOMPARE(run.status, status);
    QCOMPARE(run.statusText, statusText);
    QCOMPARE(run.executionMode, ExecutionMode::Async);
}

void TestRecords::runDefaults_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("every field null") << everyField(kRunKeys, "null");
    QTest::newRow("every field true") << everyField(kRunKeys, "true");
    QTest::newRow("every field false") << everyField(kRunKeys, "false");
    QTest::newRow("every field an empty array") << everyField(kRunKeys, "[]");
    QTest::newRow("every field an array") << everyField(kRunKeys, R"(["RUNNING", 1, {}])");
    QTest::newRow("only unknown fields") << QByteArray('{' + QByteArray(kUnknownFields) + '}');
}

void TestRecords::runDefaults()
{
    QFETCH(QByteArray, json);
    PARSE_OBJECT(object, json);

    const Run run = Run::fromJson(object);
    QCOMPARE(run.id, std::optional<qint64>());
    QVERIFY(run.uid.isEmpty());
    QVERIFY(run.name.isEmpty());
    QVERIFY(run.scheduledRunUid.isEmpty());
    QVERIFY(run.scheduledRunName.isEmpty());
    QCOMPARE(run.actionId, std::optional<qint64>());
    QVERIFY(run.actionName.isEmpty());
    QCOMPARE(run.retryCount, 0);
    QVERIFY(run.userUid.isEmpty());
    QVERIFY(run.workspaceUid.isEmpty());
    QCOMPARE(run.executionMode, ExecutionMode::Unknown);
    QVERIFY(!run.lastError.has_value());
    QVERIFY(!run.lastInfo.has_value());
    QVERIFY(run.parameters.isEmpty());
    QVERIFY(!run.isIncremental());
    QVERIFY(run.callbackUrl.isEmpty());
    QCOMPARE(run.status, RunStatus::Unknown);
    QVERIFY(run.statusText.isEmpty());
    QCOMPARE(run.outputCount, qint64(0));
    QVERIFY(!run.postponedUntil.isValid());
    QVERIFY(!run.startedAt.isValid());
    QVERIFY(!run.finishedAt.isValid());
    QVERIFY(!run.syncedAt.isValid());
    QVERIFY(!run.createdAt.isValid());
    QVERIFY(!run.updatedAt.isValid());

    const Run created = Run::fromAsyncCreateJson(object);
    QCOMPARE(created.id, std::optional<qint64>());
    QVERIFY(created.uid.isEmpty());
    QCOMPARE(created.status, RunStatus::Unknown);
    QVERIFY(created.statusText.isEmpty());
    QCOMPARE(created.executionMode, ExecutionMode::Async);
    QVERIFY(created.actionName.isEmpty());
    QVERIFY(!created.createdAt.isValid());
}

void TestRecords::runWrongTypes()
{
    PARSE_OBJECT(object, R"({
      "id": "4711",
      "uid": 12345,
      "name": 3.5,
      "scheduled_run_uid": true,
      "scheduled_run_name": ["Monday inbox"],
      "action_id": " 42 ",
      "action_name": {"slug": "linkedin-extract-messages"},
      "retry_count": "2",
      "user_uid": null,
      "workspace_uid": 7,
      "execution_mode": 1,
      "last_error": ["PROXY_ERROR", "Proxy connection reset by peer"],
      "last_info": "NO_RESULT",
      "parameters": ["sync_mode", "incremental"],
      "callback": "https://hooks.example.com/edges/runs",
      "status": {"value": "RUNNING"},
      "output_count": "17",
      "postponed_until": 1772359200,
      "started_at": {"iso": "2026-03-01T10:00:05Z"},
      "finished_at": ["2026-03-01T10:20:00Z"],
      "synced_at": true,
      "created_at": 0,
      "updated_at": {}
    })");
    const Run run = Run::fromJson(object);

    QCOMPARE(run.id, std::optional<qint64>(4711));
    QCOMPARE(run.uid, QStringLiteral("12345"));
    QCOMPARE(run.name, QStringLiteral("3.5"));
    QVERIFY(run.scheduledRunUid.isEmpty());
    QVERIFY(run.scheduledRunName.isEmpty());
    QCOMPARE(run.actionId, std::optional<qint64>(42));
    QVERIFY(run.actionName.isEmpty());
    QCOMPARE(run.retryCount, 2);
    QVERIFY(run.userUid.isEmpty());
    QCOMPARE(run.workspaceUid, QStringLiteral("7"));
    QCOMPARE(run.executionMode, ExecutionMode::Unknown);
    QVERIFY(!run.lastError.has_value());
    QVERIFY(!run.lastInfo.has_value());
    QVERIFY(run.parameters.isEmpty());
    QVERIFY(!run.isIncremental());
    QVERIFY(run.callbackUrl.isEmpty());
    QCOMPARE(run.status, RunStatus::Unknown);
    QVERIFY(run.statusText.isEmpty());
    QCOMPARE(run.outputCount, qint64(17));
    QVERIFY(!run.postponedUntil.isValid());
    QVERIFY(!run.startedAt.isValid());
    QVERIFY(!run.finishedAt.isValid());
    QVERIFY(!run.syncedAt.isValid());
    QVERIFY(!run.createdAt.isValid());
    QVERIFY(!run.updatedAt.isValid());

    // Wrong types inside the callback object: url is read like any string.
    PARSE_OBJECT(callbackObject, R"({"callback": {"url": ["https://a"], "on": "all"}})");
    QVERIFY(Run::fromJson(callbackObject).callbackUrl.isEmpty());
    PARSE_OBJECT(callbackWithHeaders, R"({"callback": {"url": "https://hooks.example.com/x",
        "headers": {"X-Secret": "s3cr3t"}, "on": "final"}})");
    QCOMPARE(Run::fromJson(callbackWithHeaders).callbackUrl,
             QStringLiteral("https://hooks.example.com/x"));
}

void TestRecords::runIncremental_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("incremental");

    // 3.8 / 6.3: continue needs parameters.sync_mode = "incremental".
    QTest::newRow("incremental") << QByteArray(R"({"parameters": {"sync_mode": "incremental"}})")
                                 << true;
    QTest::newRow("INCREMENTAL")
        << QByteArray(R"({"parameters": {"sync_mode": "INCREMENTAL", "max_results": 100}})")
        << true;
    QTest::newRow("full") << QByteArray(R"({"parameters": {"sync_mode": "full"}})") << false;
    QTest::newRow("no sync_mode (default full)")
        << QByteArray(R"({"parameters": {"max_results": 100}})") << false;
    QTest::newRow("sync_mode null")
        << QByteArray(R"({"parameters": {"sync_mode": null}})") << false;
    QTest::newRow("sync_mode number") << QByteArray(R"({"parameters": {"sync_mode": 1}})") << false;
    QTest::newRow("parameters null") << QByteArray(R"({"parameters": null})") << false;
    QTest::newRow("parameters an array")
        << QByteArray(R"({"parameters": ["sync_mode", "incremental"]})") << false;
    QTest::newRow("sync_mode at the top level")
        << QByteArray(R"({"sync_mode": "incremental"})") << false;
}

void TestRecords::runIncremental()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, incremental);
    PARSE_OBJECT(object, json);
    QCOMPARE(Run::fromJson(object).isIncremental(), incremental);
}

// --- RunInput ------------------------------------------------------------------

void TestRecords::inputFull_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("as documented") << QByteArray(kFullInput);
    QTest::newRow("with unknown extra fields") << withExtraFields(kFullInput, kUnknownFields);
}

void TestRecords::inputFull()
{
    QFETCH(QByteArray, json);
    PARSE_OBJECT(object, json);
    const RunInput input = RunInput::fromJson(object);

    QCOMPARE(input.uid, QStringLiteral("c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f"));
    QCOMPARE(input.status, InputStatus::Failed);
    QCOMPARE(input.statusText, QStringLiteral("FAILED"));
    // Built outside QCOMPARE: moc's preprocessor misreads "//" inside a raw
    // string passed to a macro as the start of a comment.
    const QJsonObject inputData = objectFrom(
        R"({"linkedin_thread_url": "https://www.linkedin.com/messaging/thread/2-ZTk5YjM0/"})");
    const QJsonArray validationErrors = arrayFrom(R"([{"field": "linkedin_thread_url",
        "message": "must start with https://www.linkedin.com/messaging/thread/"}])");
    QCOMPARE(input.inputData, inputData);
    QCOMPARE(input.customData, objectFrom(R"({"crm_id": "42", "owner": "sales-emea"})"));

    QVERIFY(input.lastError.has_value());
    const ErrorBody &error = *input.lastError;
    QCOMPARE(error.hasFailed, std::optional<bool>(true));
    QCOMPARE(error.message,
             QStringLiteral("linkedin_thread_url is not a valid messaging thread URL"));
    QCOMPARE(error.scope, QStringLiteral("input"));
    QCOMPARE(error.label, QStringLiteral("BAD_INPUT"));
    QCOMPARE(error.ref, QStringLiteral("ERR-7f3a"));
    QCOMPARE(error.params, objectFrom(R"({"field": "linkedin_thread_url"})"));
    QCOMPARE(error.validationErrors, validationErrors);
    QCOMPARE(error.statusCode, std::optional<int>());

    QCOMPARE(input.outputCount, qint64(0));
    QCOMPARE(input.retryCount, 10);
    QCOMPARE(input.startedAt, utc(2026, 3, 1, 10, 0, 6));
    QCOMPARE(input.finishedAt, utc(2026, 3, 1, 10, 20, 41, 902));
    QCOMPARE(input.createdAt, utc(2026, 3, 1, 10, 0));
    QCOMPARE(input.updatedAt, utc(2026, 3, 1, 10, 20, 41, 902));
    for (const QDateTime &stamp :
         {input.startedAt, input.finishedAt, input.createdAt, input.updatedAt}) {
        QVERIFY2(isUtc(stamp), qPrintable(stamp.toString(Qt::ISODateWithMs)));
    }
}

void TestRecords::inputDefaults_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("every field null") << everyField(kInputKeys, "null");
    QTest::newRow("every field true") << everyField(kInputKeys, "true");
    QTest::newRow("every field an empty array") << everyField(kInputKeys, "[]");
    QTest::newRow("every field an array") << everyField(kInputKeys, R"(["FAILED", 3])");
    QTest::newRow("only unknown fields") << QByteArray('{' + QByteArray(kUnknownFields) + '}');
}

void TestRecords::inputDefaults()
{
    QFETCH(QByteArray, json);
    PARSE_OBJECT(object, json);
    const RunInput input = RunInput::fromJson(object);

    QVERIFY(input.uid.isEmpty());
    QCOMPARE(input.status, InputStatus::Unknown);
    QVERIFY(input.statusText.isEmpty());
    QVERIFY(input.inputData.isEmpty());
    QVERIFY(input.customData.isEmpty());
    QVERIFY(!input.lastError.has_value());
    QCOMPARE(input.outputCount, qint64(0));
    QCOMPARE(input.retryCount, 0);
    QVERIFY(!input.startedAt.isValid());
    QVERIFY(!input.finishedAt.isValid());
    QVERIFY(!input.createdAt.isValid());
    QVERIFY(!input.updatedAt.isValid());
}

void TestRecords::inputWrongTypes()
{
    PARSE_OBJECT(object, R"({
      "uid": 77,
      "status": 5,
      "input_data": ["https://www.linkedin.com/messaging/thread/2-ZTk5YjM0/"],
      "custom_data": "crm-42",
      "last_error": "BAD_INPUT",
      "output_count": "12",
      "retry_count": " 1 ",
      "started_at": 1772359200,
      "finished_at": {},
      "created_at": [],
      "updated_at": false
    })");
    const RunInput input = RunInput::fromJson(object);

    QCOMPARE(input.uid, QStringLiteral("77"));
    QCOMPARE(input.status, InputStatus::Unknown);
    QCOMPARE(input.statusText, QStringLiteral("5"));
    QVERIFY(input.inputData.isEmpty());
    QVERIFY(input.customData.isEmpty());
    QVERIFY(!input.lastError.has_value());
    QCOMPARE(input.outputCount, qint64(12));
    QCOMPARE(input.retryCount, 1);
    QVERIFY(!input.startedAt.isValid());
    QVERIFY(!input.finishedAt.isValid());
    QVERIFY(!input.createdAt.isValid());
    QVERIFY(!input.updatedAt.isValid());
}

// --- Schedule ------------------------------------------------------------------

void TestRecords::scheduleFull_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("as documented") << QByteArray(kFullSchedule);
    QTest::newRow("with unknown extra fields") << withExtraFields(kFullSchedule, kUnknownFields);
}

void TestRecords::scheduleFull()
{
    QFETCH(QByteArray, json);
    PARSE_OBJECT(object, json);
    const Schedule schedule = Schedule::fromJson(object);

    QCOMPARE(schedule.uid, str(kScheduleUid));
    QCOMPARE(schedule.name, QStringLiteral("Monday inbox"));
    QCOMPARE(schedule.actionId, std::optional<qint64>(42));
    QCOMPARE(schedule.actionName, QStringLiteral("linkedin-extract-messages"));
    QCOMPARE(schedule.userUid, str(kUserUid));
    QCOMPARE(schedule.workspaceUid, str(kWorkspaceUid));
    QCOMPARE(schedule.status, ScheduleStatus::Paused);
    QCOMPARE(schedule.statusText, QStringLiteral("PAUSED"));
    QCOMPARE(schedule.postponedUntil, utc(2026, 3, 2, 7, 5));
    QCOMPARE(schedule.cron, QStringLiteral("0 8 * * 1"));
    QCOMPARE(schedule.timezone, QStringLiteral("Europe/Paris"));
    QCOMPARE(schedule.nextExecutionAt, utc(2026, 3, 2, 7, 0));
    QCOMPARE(schedule.lastExecutedAt, utc(2026, 2, 23, 7, 0, 3, 118));
    QCOMPARE(schedule.createdAt, utc(2026, 1, 5, 9, 30));
    QCOMPARE(schedule.updatedAt, utc(2026, 2, 27, 15, 45));
    for (const QDateTime &stamp :
         {schedule.postponedUntil, schedule.nextExecutionAt, schedule.lastExecutedAt,
          schedule.createdAt, schedule.updatedAt}) {
        QVERIFY2(isUtc(stamp), qPrintable(stamp.toString(Qt::ISODateWithMs)));
    }
}

void TestRecords::scheduleCreationResponse()
{
    PARSE_OBJECT(object, kScheduleCreate);
    const Schedule schedule = Schedule::fromJson(object);

    QCOMPARE(schedule.uid, str(kScheduleUid));
    QCOMPARE(schedule.status, ScheduleStatus::Active);
    QCOMPARE(schedule.statusText, QStringLiteral("ACTIVE"));
    QCOMPARE(schedule.cron, QStringLiteral("0 8 * * 1"));
    QCOMPARE(schedule.timezone, QStringLiteral("Europe/Paris"));
    QCOMPARE(schedule.nextExecutionAt, utc(2026, 3, 2, 7, 0));
    QCOMPARE(schedule.createdAt, utc(2026, 3, 1, 10, 0));
    QVERIFY(isUtc(schedule.nextExecutionAt));

    // Not part of the creation response.
    QVERIFY(schedule.name.isEmpty());
    QCOMPARE(schedule.actionId, std::optional<qint64>());
    QVERIFY(schedule.actionName.isEmpty());
    QVERIFY(schedule.userUid.isEmpty());
    QVERIFY(schedule.workspaceUid.isEmpty());
    QVERIFY(!schedule.postponedUntil.isValid());
    QVERIFY(!schedule.lastExecutedAt.isValid());
    QVERIFY(!schedule.updatedAt.isValid());
}

void TestRecords::scheduleOneShot()
{
    // 4.2: cron is null for a one-shot; next_execution_at is null once the
    // schedule is terminal.
    PARSE_OBJECT(object, R"({
      "uid": "4f5a6b7c-8d9e-4f0a-b1c2-d3e4f5a6b7c8",
      "name": null,
      "action_id": 17,
      "action_name": "linkedin-extract-connections",
      "user_uid": "7d1e9c3a-5b2f-4e8d-a6c0-3f9b1e7d5a24",
      "workspace_uid": "a4c8e2f6-1b3d-4a5c-9e7f-8d6b4a2c0e13",
      "status": "COMPLETED",
      "postponed_until": null,
      "cron": null,
      "timezone": "UTC",
      "next_execution_at": null,
      "last_executed_at": "2026-03-01T12:00:00.004Z",
      "created_at": "2026-03-01T09:00:00Z",
      "updated_at": "2026-03-01T12:00:01Z"
    })");
    const Schedule schedule = Schedule::fromJson(object);

    QCOMPARE(schedule.uid, QStringLiteral("4f5a6b7c-8d9e-4f0a-b1c2-d3e4f5a6b7c8"));
    QVERIFY(schedule.name.isEmpty());
    QCOMPARE(schedule.actionId, std::optional<qint64>(17));
    QCOMPARE(schedule.actionName, QStringLiteral("linkedin-extract-connections"));
    QCOMPARE(schedule.status, ScheduleStatus::Completed);
    QVERIFY(schedule.cron.isEmpty());
    QCOMPARE(schedule.timezone, QStringLiteral("UTC"));
    QVERIFY(!schedule.nextExecutionAt.isValid());
    QVERIFY(!schedule.postponedUntil.isValid());
    QCOMPARE(schedule.lastExecutedAt, utc(2026, 3, 1, 12, 0, 0, 4));
    QCOMPARE(schedule.createdAt, utc(2026, 3, 1, 9, 0));
    QCOMPARE(schedule.updatedAt, utc(2026, 3, 1, 12, 0, 1));
}

void TestRecords::scheduleIdentifier_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("uid");

    QTest::newRow("uid (4.2)") << QByteArray(R"({"uid": "sched-a"})") << QStringLiteral("sched-a");
    QTest::newRow("schedule_uid (2.4)")
        << QByteArray(R"({"schedule_uid": "sched-b"})") << QStringLiteral("sched-b");
    QTest::newRow("both: uid wins")
        << QByteArray(R"({"schedule_uid": "sched-b", "uid": "sched-a"})")
        << QStringLiteral("sched-a");
    QTest::newRow("uid null, schedule_uid set")
        << QByteArray(R"({"uid": null, "schedule_uid": "sched-b"})") << QStringLiteral("sched-b");
    QTest::newRow("uid empty, schedule_uid set")
        << QByteArray(R"({"uid": "", "schedule_uid": "sched-b"})") << QStringLiteral("sched-b");
    QTest::newRow("uid an object, schedule_uid set")
        << QByteArray(R"({"uid": {"id": 1}, "schedule_uid": "sched-b"})")
        << QStringLiteral("sched-b");
    QTest::newRow("numeric schedule_uid")
        << QByteArray(R"({"schedule_uid": 31337})") << QStringLiteral("31337");
    QTest::newRow("neither") << QByteArray(R"({"status": "ACTIVE"})") << QString();
    QTest::newRow("both null") << QByteArray(R"({"uid": null, "schedule_uid": null})") << QString();
}

void TestRecords::scheduleIdentifier()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, uid);
    PARSE_OBJECT(object, json);
    QCOMPARE(Schedule::fromJson(object).uid, uid);
}

void TestRecords::scheduleDefaults_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("every field null") << everyField(kScheduleKeys, "null");
    QTest::newRow("every field true") << everyField(kScheduleKeys, "true");
    QTest::newRow("every field an empty array") << everyField(kScheduleKeys, "[]");
    QTest::newRow("every field an object") << everyField(kScheduleKeys, R"({"value": "ACTIVE"})");
    QTest::newRow("only unknown fields") << QByteArray('{' + QByteArray(kUnknownFields) + '}');
}

void TestRecords::scheduleDefaults()
{
    QFETCH(QByteArray, json);
    PARSE_OBJECT(object, json);
    const Schedule schedule = Schedule::fromJson(object);

    QVERIFY(schedule.uid.isEmpty());
    QVERIFY(schedule.name.isEmpty());
    QCOMPARE(schedule.actionId, std::optional<qint64>());
    QVERIFY(schedule.actionName.isEmpty());
    QVERIFY(schedule.userUid.isEmpty());
    QVERIFY(schedule.workspaceUid.isEmpty());
    QCOMPARE(schedule.status, ScheduleStatus::Unknown);
    QVERIFY(schedule.statusText.isEmpty());
    QVERIFY(!schedule.postponedUntil.isValid());
    QVERIFY(schedule.cron.isEmpty());
    QVERIFY(schedule.timezone.isEmpty());
    QVERIFY(!schedule.nextExecutionAt.isValid());
    QVERIFY(!schedule.lastExecutedAt.isValid());
    QVERIFY(!schedule.createdAt.isValid());
    QVERIFY(!schedule.updatedAt.isValid());
}

void TestRecords::scheduleWrongTypes()
{
    PARSE_OBJECT(object, R"({
      "uid": 314159,
      "name": 2026,
      "action_id": "42",
      "action_name": ["linkedin-extract-messages"],
      "user_uid": {},
      "workspace_uid": false,
      "status": {"value": "ACTIVE"},
      "postponed_until": 0,
      "cron": ["0", "8", "*", "*", "1"],
      "timezone": 1,
      "next_execution_at": {"at": "2026-03-02T07:00:00Z"},
      "last_executed_at": [],
      "created_at": true,
      "updated_at": 1.5
    })");
    const Schedule schedule = Schedule::fromJson(object);

    QCOMPARE(schedule.uid, QStringLiteral("314159"));
    QCOMPARE(schedule.name, QStringLiteral("2026"));
    QCOMPARE(schedule.actionId, std::optional<qint64>(42));
    QVERIFY(schedule.actionName.isEmpty());
    QVERIFY(schedule.userUid.isEmpty());
    QVERIFY(schedule.workspaceUid.isEmpty());
    QCOMPARE(schedule.status, ScheduleStatus::Unknown);
    QVERIFY(schedule.statusText.isEmpty());
    QVERIFY(!schedule.postponedUntil.isValid());
    QVERIFY(schedule.cron.isEmpty());
    QCOMPARE(schedule.timezone, QStringLiteral("1"));
    QVERIFY(!schedule.nextExecutionAt.isValid());
    QVERIFY(!schedule.lastExecutedAt.isValid());
    QVERIFY(!schedule.createdAt.isValid());
    QVERIFY(!schedule.updatedAt.isValid());
}

// --- Callback ------------------------------------------------------------------

void TestRecords::callbackFull_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("as documented") << QByteArray(kFullCallback);
    QTest::newRow("with unknown extra fields") << withExtraFields(kFullCallback, kUnknownFields);
}

void TestRecords::callbackFull()
{
    QFETCH(QByteArray, json);
    PARSE_OBJECT(object, json);
    const Callback callback = Callback::fromJson(object);

    QCOMPARE(callback.uid, QStringLiteral("e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b"));
    QCOMPARE(callback.parentUid, QStringLiteral("d0e1f2a3-b4c5-4d6e-9f7a-8b9c0d1e2f3a"));
    QVERIFY(callback.isReplay());
    QCOMPARE(callback.retryCount, 3);
    QCOMPARE(callback.status, CallbackStatus::Failed);
    QCOMPARE(callback.statusText, QStringLiteral("FAILED"));
    QCOMPARE(callback.callbackUrl, QStringLiteral("https://hooks.example.com/edges/runs"));
    QCOMPARE(callback.httpStatus, std::optional<int>(502));
    QVERIFY(callback.httpResponse.isObject());
    QCOMPARE(callback.httpResponse.toObject(),
             objectFrom(R"({"error": "Bad Gateway", "upstream": "crm-sync"})"));
    QCOMPARE(callback.batchUid, QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"));
    QCOMPARE(callback.runUid, str(kRunUid));
    QCOMPARE(callback.workspaceUid, str(kWorkspaceUid));

    QVERIFY(callback.error.has_value());
    const ErrorBody &error = *callback.error;
    QCOMPARE(error.message, QStringLiteral("Receiver answered HTTP 502"));
    QCOMPARE(error.label, QStringLiteral("CALLBACK_HTTP_ERROR"));
    QCOMPARE(error.scope, QStringLiteral("server"));
    QCOMPARE(error.statusCode, std::optional<int>(502));
    QCOMPARE(error.params, objectFrom(R"({"attempt": 4})"));
    QCOMPARE(error.ref, QStringLiteral("CB-19c2"));
    QCOMPARE(error.hasFailed, std::optional<bool>());
    QVERIFY(error.validationErrors.isEmpty());

    QCOMPARE(callback.createdAt, utc(2026, 3, 1, 10, 5, 0, 431));
    QVERIFY(isUtc(callback.createdAt));
}

void TestRecords::callbackOriginalDelivery()
{
    PARSE_OBJECT(object, R"({
      "uid": "d0e1f2a3-b4c5-4d6e-9f7a-8b9c0d1e2f3a",
      "parent_uid": null,
      "retry_count": 0,
      "status": "SUCCESS",
      "callback_url": "https://hooks.example.com/edges/runs",
      "http_status": 200,
      "http_response": null,
      "batch_uid": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
      "run_uid": "5b0f6a7e-3c1d-4e2a-9f6b-1a2b3c4d5e6f",
      "workspace_uid": "a4c8e2f6-1b3d-4a5c-9e7f-8d6b4a2c0e13",
      "error": null,
      "created_at": "2026-03-01T10:04:59Z"
    })");
    const Callback callback = Callback::fromJson(object);

    QCOMPARE(callback.uid, QStringLiteral("d0e1f2a3-b4c5-4d6e-9f7a-8b9c0d1e2f3a"));
    QVERIFY(callback.parentUid.isEmpty());
    QVERIFY(!callback.isReplay());
    QCOMPARE(callback.retryCount, 0);
    QCOMPARE(callback.status, CallbackStatus::Success);
    QCOMPARE(callback.httpStatus, std::optional<int>(200));
    QVERIFY(callback.httpResponse.isNull());
    QCOMPARE(callback.runUid, str(kRunUid));
    QVERIFY(!callback.error.has_value());
    QCOMPARE(callback.createdAt, utc(2026, 3, 1, 10, 4, 59));
}

void TestRecords::callbackDefaults_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("httpResponseNull");

    // http_response is passed through as the receiver's captured answer, so
    // only missing and null are required to read as null.
    QTest::newRow("empty object") << QByteArray("{}") << true;
    QTest::newRow("every field null") << everyField(kCallbackKeys, "null") << true;
    QTest::newRow("every field true") << everyField(kCallbackKeys, "true") << false;
    QTest::newRow("every field an empty array") << everyField(kCallbackKeys, "[]") << false;
    QTest::newRow("every field an array")
        << everyField(kCallbackKeys, R"(["SUCCESS", 200])") << false;
    QTest::newRow("only unknown fields")
        << QByteArray('{' + QByteArray(kUnknownFields) + '}') << true;
}

void TestRecords::callbackDefaults()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, httpResponseNull);
    PARSE_OBJECT(object, json);
    const Callback callback = Callback::fromJson(object);

    QVERIFY(callback.uid.isEmpty());
    QVERIFY(callback.parentUid.isEmpty());
    QVERIFY(!callback.isReplay());
    QCOMPARE(callback.retryCount, 0);
    QCOMPARE(callback.status, CallbackStatus::Unknown);
    QVERIFY(callback.statusText.isEmpty());
    QVERIFY(callback.callbackUrl.isEmpty());
    QCOMPARE(callback.httpStatus, std::optional<int>());
    QVERIFY(!callback.httpResponse.isUndefined());
    if (httpResponseNull)
        QVERIFY(callback.httpResponse.isNull());
    QVERIFY(callback.batchUid.isEmpty());
    QVERIFY(callback.runUid.isEmpty());
    QVERIFY(callback.workspaceUid.isEmpty());
    QVERIFY(!callback.error.has_value());
    QVERIFY(!callback.createdAt.isValid());
}

void TestRecords::callbackWrongTypes()
{
    PARSE_OBJECT(object, R"({
      "uid": 90210,
      "parent_uid": ["d0e1f2a3-b4c5-4d6e-9f7a-8b9c0d1e2f3a"],
      "retry_count": "2",
      "status": ["SUCCESS"],
      "callback_url": {"href": "https://hooks.example.com/edges/runs"},
      "http_status": "502",
      "http_response": ["Bad Gateway"],
      "batch_uid": true,
      "run_uid": 17,
      "workspace_uid": null,
      "error": ["CALLBACK_HTTP_ERROR"],
      "created_at": 1772359200
    })");
    const Callback callback = Callback::fromJson(object);

    QCOMPARE(callback.uid, QStringLiteral("90210"));
    QVERIFY(callback.parentUid.isEmpty());
    QVERIFY(!callback.isReplay());
    QCOMPARE(callback.retryCount, 2);
    QCOMPARE(callback.status, CallbackStatus::Unknown);
    QVERIFY(callback.statusText.isEmpty());
    QVERIFY(callback.callbackUrl.isEmpty());
    QCOMPARE(callback.httpStatus, std::optional<int>(502));
    QVERIFY(!callback.httpResponse.isUndefined());
    QVERIFY(callback.batchUid.isEmpty());
    QCOMPARE(callback.runUid, QStringLiteral("17"));
    QVERIFY(callback.workspaceUid.isEmpty());
    QVERIFY(!callback.error.has_value());
    QVERIFY(!callback.createdAt.isValid());
}

void TestRecords::callbackHttpStatus_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("present");
    QTest::addColumn<int>("status");

    QTest::newRow("200") << QByteArray("200") << true << 200;
    QTest::newRow("502") << QByteArray("502") << true << 502;
    QTest::newRow("502.0") << QByteArray("502.0") << true << 502;
    QTest::newRow("\"404\"") << QByteArray(R"("404")") << true << 404;
    QTest::newRow("\" 503 \"") << QByteArray(R"(" 503 ")") << true << 503;
    QTest::newRow("999") << QByteArray("999") << true << 999;
    QTest::newRow("1000 (not an HTTP status)") << QByteArray("1000") << false << 0;
    QTest::newRow("-1") << QByteArray("-1") << false << 0;
    QTest::newRow("502.5") << QByteArray("502.5") << false << 0;
    QTest::newRow("\"Bad Gateway\"") << QByteArray(R"("Bad Gateway")") << false << 0;
    QTest::newRow("null") << QByteArray("null") << false << 0;
    QTest::newRow("true") << QByteArray("true") << false << 0;
    QTest::newRow("object") << QByteArray(R"({"code": 502})") << false << 0;
    QTest::newRow("array") << QByteArray("[502]") << false << 0;
    QTest::newRow("1e300") << QByteArray("1e300") << false << 0;
}

void TestRecords::callbackHttpStatus()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, present);
    QFETCH(int, status);
    PARSE_OBJECT(object, "{\"http_status\": " + value + '}');

    const std::optional<int> expected = present ? std::optional<int>(status) : std::nullopt;
    QCOMPARE(Callback::fromJson(object).httpStatus, expected);
}

// --- Identity ------------------------------------------------------------------

void TestRecords::identityFull_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("as documented") << QByteArray(kFullIdentity);
    QTest::newRow("with unknown extra fields") << withExtraFields(kFullIdentity, kUnknownFields);
}

void TestRecords::identityFull()
{
    QFETCH(QByteArray, json);
    PARSE_OBJECT(object, json);
    const Identity identity = Identity::fromJson(object);

    QCOMPARE(identity.uid, QStringLiteral("3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7"));
    QCOMPARE(identity.createdAt, utc(2026, 1, 5, 8, 0, 0, 125));
    QVERIFY(isUtc(identity.createdAt));
    QCOMPARE(identity.workspaceUid, str(kWorkspaceUid));
    QCOMPARE(identity.name, QStringLiteral("Sales EMEA"));
    QCOMPARE(identity.type, QStringLiteral("engagement"));
    QCOMPARE(identity.timezone, QStringLiteral("Europe/Paris"));
    QCOMPARE(identity.isActive, false);
    QCOMPARE(identity.integrations, arrayFrom(R"([{"type": "linkedin", "status": "connected"}])"));
    const QJsonObject loginLinks{
        {QStringLiteral("linkedin"),
         QStringLiteral("https://app.edges.run/login/3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7")}};
    QCOMPARE(identity.identityLoginLinks, loginLinks);
}

void TestRecords::identityDefaults_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("every field null") << everyField(kIdentityKeys, "null");
    QTest::newRow("every field true") << everyField(kIdentityKeys, "true");
    QTest::newRow("every field an empty object") << everyField(kIdentityKeys, "{}");
    QTest::newRow("every field a string") << everyField(kIdentityKeys, R"("")");
    QTest::newRow("only unknown fields") << QByteArray('{' + QByteArray(kUnknownFields) + '}');
}

void TestRecords::identityDefaults()
{
    QFETCH(QByteArray, json);
    PARSE_OBJECT(object, json);
    const Identity identity = Identity::fromJson(object);

    QVERIFY(identity.uid.isEmpty());
    QVERIFY(!identity.createdAt.isValid());
    QVERIFY(identity.workspaceUid.isEmpty());
    QVERIFY(identity.name.isEmpty());
    QVERIFY(identity.type.isEmpty());
    QVERIFY(identity.timezone.isEmpty());
    // Only an explicit false makes an identity inactive.
    QCOMPARE(identity.isActive, true);
    QVERIFY(identity.integrations.isEmpty());
    QVERIFY(identity.identityLoginLinks.isEmpty());
}

void TestRecords::identityWrongTypes()
{
    PARSE_OBJECT(object, R"({
      "uid": 31337,
      "created_at": 1772359200,
      "workspace_uid": ["a4c8e2f6-1b3d-4a5c-9e7f-8d6b4a2c0e13"],
      "name": {"first": "Sales"},
      "type": true,
      "timezone": 1,
      "is_active": "false",
      "integrations": {"type": "linkedin", "status": "connected"},
      "identity_login_links": ["https://app.edges.run/login/x"]
    })");
    const Identity identity = Identity::fromJson(object);

    QCOMPARE(identity.uid, QStringLiteral("31337"));
    QVERIFY(!identity.createdAt.isValid());
    QVERIFY(identity.workspaceUid.isEmpty());
    QVERIFY(identity.name.isEmpty());
    QVERIFY(identity.type.isEmpty());
    QCOMPARE(identity.timezone, QStringLiteral("1"));
    // The string spelling of a boolean is accepted.
    QCOMPARE(identity.isActive, false);
    QVERIFY(identity.integrations.isEmpty());
    QVERIFY(identity.identityLoginLinks.isEmpty());

    // A number other than 0/1 or an unknown word is no answer: active.
    PARSE_OBJECT(two, R"({"is_active": 2})");
    QCOMPARE(Identity::fromJson(two).isActive, true);
    PARSE_OBJECT(word, R"({"is_active": "no"})");
    QCOMPARE(Identity::fromJson(word).isActive, true);
    PARSE_OBJECT(zero, R"({"is_active": 0})");
    QCOMPARE(Identity::fromJson(zero).isActive, false);
}

// --- ErrorBody -----------------------------------------------------------------

void TestRecords::errorBody_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("statusCode"); // -1: absent
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<int>("hasFailed"); // -1: absent, 0: false, 1: true
    QTest::addColumn<QByteArray>("validationErrors");
    QTest::addColumn<bool>("empty");

    // 1.4: the error body of a non-2xx response (the contract's example).
    QTest::newRow("1.4 error body")
        << QByteArray(R"({"error_label":"BAD_INPUT","error_scope":"input","error_ref":"ERR-7f3a",)"
                      R"("message":"linkedin_profile_url is not a valid profile URL",)"
                      R"("status_code":400,"params":{}})")
        << QStringLiteral("BAD_INPUT") << QStringLiteral("input") << QStringLiteral("ERR-7f3a")
        << QStringLiteral("linkedin_profile_url is not a valid profile URL") << 400
        << QByteArray("{}") << -1 << QByteArray("[]") << false;
    QTest::newRow("1.4 LIMIT_REACHED with params.appendix")
        << QByteArray(R"({"error_label": "LIMIT_REACHED", "error_scope": "input",)"
                      R"( "error_ref": "ERR-1c2d", "message": "Monthly search limit reached",)"
                      R"( "status_code": 429, "params": {"appendix": "Resets on 2026-04-01"}})")
        << QStringLiteral("LIMIT_REACHED") << QStringLiteral("input") << QStringLiteral("ERR-1c2d")
        << QStringLiteral("Monthly search limit reached") << 429
        << QByteArray(R"({"appendix": "Resets on 2026-04-01"})") << -1 << QByteArray("[]") << false;
    QTest::newRow("1.4 auth scope, 401")
        << QByteArray(
               R"({"error_label": "UNAUTHORIZED", "error_scope": "auth",)"
               R"( "error_ref": "ERR-0001", "message": "Invalid API key", "status_code": 401,)"
               R"( "params": {}})")
        << QStringLiteral("UNAUTHORIZED") << QStringLiteral("auth") << QStringLiteral("ERR-0001")
        << QStringLiteral("Invalid API key") << 401 << QByteArray("{}") << -1 << QByteArray("[]")
        << false;

    // 3.2: run last_error / last_info {label, message, params}.
    QTest::newRow("run last_error")
        << QByteArray(R"({"label": "AUTH_EXPIRED", "message": "The LinkedIn session expired",)"
                      R"( "params": {"identity_uid": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7"}})")
        << QStringLiteral("AUTH_EXPIRED") << QString() << QString()
        << QStringLiteral("The LinkedIn session expired") << -1
        << QByteArray(R"({"identity_uid": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7"})") << -1
        << QByteArray("[]") << false;
    QTest::newRow("run last_info NO_RESULT")
        << QByteArray(R"({"label": "NO_RESULT", "message": "Nothing to return", "params": null})")
        << QStringLiteral("NO_RESULT") << QString() << QString()
        << QStringLiteral("Nothing to return") << -1 << QByteArray("{}") << -1 << QByteArray("[]")
        << false;

    // 3.5: input last_error {has_failed, message, scope, label, error_ref,
    // params, validation_errors}.
    QTest::newRow("input last_error")
        << QByteArray(
               R"({"has_failed": true, "message": "Profile is out of reach",)"
               R"( "scope": "input", "label": "PROFILE_NOT_ACCESSIBLE", "error_ref": "ERR-9b1e",)"
               R"( "params": {"url": "https://www.linkedin.com/in/someone"},)"
               R"( "validation_errors": [{"field": "linkedin_profile_url",)"
               R"( "message": "private"}]})")
        << QStringLiteral("PROFILE_NOT_ACCESSIBLE") << QStringLiteral("input")
        << QStringLiteral("ERR-9b1e") << QStringLiteral("Profile is out of reach") << -1
        << QByteArray(R"({"url": "https://www.linkedin.com/in/someone"})") << 1
        << QByteArray(R"([{"field": "linkedin_profile_url", "message": "private"}])") << false;
    QTest::newRow("input last_error, not failed (retrying)")
        << QByteArray(
               R"({"has_failed": false, "message": "LinkedIn timed out", "scope": "server",)"
               R"( "label": "LK_524", "error_ref": null, "params": {}, "validation_errors": []})")
        << QStringLiteral("LK_524") << QStringLiteral("server") << QString()
        << QStringLiteral("LinkedIn timed out") << -1 << QByteArray("{}") << 0 << QByteArray("[]")
        << false;

    // 5.6: callback error {message, error_label, error_scope, status_code,
    // params, error_ref}.
    QTest::newRow("callback error")
        << QByteArray(
               R"({"message": "Receiver timed out after 10 s", "error_label": "TIMEOUT",)"
               R"( "error_scope": "server", "status_code": 504, "params": {"timeout_ms": 10000},)"
               R"( "error_ref": "CB-77aa"})")
        << QStringLiteral("TIMEOUT") << QStringLiteral("server") << QStringLiteral("CB-77aa")
        << QStringLiteral("Receiver timed out after 10 s") << 504
        << QByteArray(R"({"timeout_ms": 10000})") << -1 << QByteArray("[]") << false;

    // Both spellings at once: error_label / error_scope are preferred, the
    // short names fill in when the long ones are empty.
    QTest::newRow("both spellings: error_* preferred")
        << QByteArray(R"({"error_label": "LK_ERROR", "label": "GENERIC_ERROR",)"
                      R"( "error_scope": "server", "scope": "input"})")
        << QStringLiteral("LK_ERROR") << QStringLiteral("server") << QString() << QString() << -1
        << QByteArray("{}") << -1 << QByteArray("[]") << false;
    QTest::newRow("empty error_label falls back to label")
        << QByteArray(R"({"error_label": "", "label": "LK_ERROR", "error_scope": null,)"
                      R"( "scope": "server"})")
        << QStringLiteral("LK_ERROR") << QStringLiteral("server") << QString() << QString() << -1
        << QByteArray("{}") << -1 << QByteArray("[]") << false;

    // Tolerance.
    QTest::newRow("empty object") << QByteArray("{}") << QString() << QString() << QString()
                                  << QString() << -1 << QByteArray("{}") << -1 << QByteArray("[]")
                                  << true;
    QTest::newRow("every field null")
        << QByteArray(R"({"error_label": null, "label": null, "error_scope": null, "scope": null,)"
                      R"( "error_ref": null, "message": null, "status_code": null, "params": null,)"
                      R"( "has_failed": null, "validation_errors": null})")
        << QString() << QString() << QString() << QString() << -1 << QByteArray("{}") << -1
        << QByteArray("[]") << true;
    QTest::newRow("wrong types")
        << QByteArray(R"({"error_label": 424, "error_scope": ["input"], "error_ref": {"id": 1},)"
                      R"( "message": false, "status_code": "424", "params": ["appendix"],)"
                      R"( "has_failed": "true", "validation_errors": {"field": "x"}})")
        << QStringLiteral("424") << QString() << QString() << QString() << 424 << QByteArray("{}")
        << 1 << QByteArray("[]") << false;
    QTest::newRow("has_failed as 0, status_code out of range")
        << QByteArray(R"({"has_failed": 0, "status_code": 1000})") << QString() << QString()
        << QString() << QString() << -1 << QByteArray("{}") << 0 << QByteArray("[]") << false;
    QTest::newRow("has_failed unreadable, status_code negative")
        << QByteArray(R"({"has_failed": "maybe", "status_code": -400})") << QString() << QString()
        << QString() << QString() << -1 << QByteArray("{}") << -1 << QByteArray("[]") << true;
    QTest::newRow("unknown fields ignored")
        << QByteArray(R"({"message": "Daily limit reached", "trace_id": "0af7651916cd43dd",)"
                      R"( "details": [1, 2], "retry_after": 60, "docs": {"url": "https://x"}})")
        << QString() << QString() << QString() << QStringLiteral("Daily limit reached") << -1
        << QByteArray("{}") << -1 << QByteArray("[]") << false;
}

void TestRecords::errorBody()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, label);
    QFETCH(QString, scope);
    QFETCH(QString, ref);
    QFETCH(QString, message);
    QFETCH(int, statusCode);
    QFETCH(QByteArray, params);
    QFETCH(int, hasFailed);
    QFETCH(QByteArray, validationErrors);
    QFETCH(bool, empty);
    PARSE_OBJECT(object, json);

    const ErrorBody body = ErrorBody::fromJson(object);
    QCOMPARE(body.label, label);
    QCOMPARE(body.scope, scope);
    QCOMPARE(body.ref, ref);
    QCOMPARE(body.message, message);
    QCOMPARE(body.statusCode, statusCode < 0 ? std::nullopt : std::optional<int>(statusCode));
    QCOMPARE(body.params, QJsonDocument::fromJson(params).object());
    QCOMPARE(body.hasFailed, hasFailed < 0 ? std::nullopt : std::optional<bool>(hasFailed == 1));
    QCOMPARE(body.validationErrors, QJsonDocument::fromJson(validationErrors).array());
    QCOMPARE(body.isEmpty(), empty);
}

void TestRecords::errorContainers_data()
{
    QTest::addColumn<QByteArray>("value"); // empty: the member is left out
    QTest::addColumn<bool>("present");
    QTest::addColumn<bool>("empty");

    QTest::newRow("missing") << QByteArray() << false << false;
    QTest::newRow("null") << QByteArray("null") << false << false;
    QTest::newRow("string") << QByteArray(R"("PROXY_ERROR")") << false << false;
    QTest::newRow("number") << QByteArray("424") << false << false;
    QTest::newRow("false") << QByteArray("false") << false << false;
    QTest::newRow("empty array") << QByteArray("[]") << false << false;
    QTest::newRow("array") << QByteArray(R"([{"label": "PROXY_ERROR"}])") << false << false;
    QTest::newRow("empty object") << QByteArray("{}") << true << true;
    QTest::newRow("object") << QByteArray(R"({"label": "PROXY_ERROR"})") << true << false;
}

void TestRecords::errorContainers()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, present);
    QFETCH(bool, empty);

    const auto member = [&value](const char *key) {
        return value.isEmpty() ? QByteArray(R"({"status": "FAILED"})")
                               : QByteArray("{\"" + QByteArray(key) + "\": " + value + '}');
    };

    const auto matches = [&](const std::optional<ErrorBody> &error) {
        return error.has_value() == present && (!error || error->isEmpty() == empty);
    };

    PARSE_OBJECT(runError, member("last_error"));
    QVERIFY2(matches(Run::fromJson(runError).lastError), "Run.last_error");
    PARSE_OBJECT(runInfo, member("last_info"));
    QVERIFY2(matches(Run::fromJson(runInfo).lastInfo), "Run.last_info");
    PARSE_OBJECT(inputError, member("last_error"));
    QVERIFY2(matches(RunInput::fromJson(inputError).lastError), "RunInput.last_error");
    PARSE_OBJECT(callbackError, member("error"));
    QVERIFY2(matches(Callback::fromJson(callbackError).error), "Callback.error");
}

// --- timestamps ----------------------------------------------------------------

void TestRecords::timestamps_data()
{
    QTest::addColumn<QByteArray>("value");   // JSON text of the member's value
    QTest::addColumn<QDateTime>("expected"); // invalid: unreadable

    const QDateTime unreadable;

    QTest::newRow("Z") << QByteArray(R"("2026-03-01T10:00:00Z")") << utc(2026, 3, 1, 10, 0);
    QTest::newRow("Z, leap day midnight")
        << QByteArray(R"("2028-02-29T00:00:00Z")") << utc(2028, 2, 29, 0, 0);
    QTest::newRow("Z, contract example")
        << QByteArray(R"("2023-11-07T05:31:56Z")") << utc(2023, 11, 7, 5, 31, 56);
    QTest::newRow("fraction, milliseconds")
        << QByteArray(R"("2026-03-01T10:00:00.250Z")") << utc(2026, 3, 1, 10, 0, 0, 250);
    QTest::newRow("fraction, one digit")
        << QByteArray(R"("2026-03-01T10:00:00.5Z")") << utc(2026, 3, 1, 10, 0, 0, 500);
    QTest::newRow("fraction, microseconds")
        << QByteArray(R"("2026-03-01T10:00:00.123456Z")") << utc(2026, 3, 1, 10, 0, 0, 123);
    QTest::newRow("+02:00") << QByteArray(R"("2026-03-01T12:30:00+02:00")")
                            << utc(2026, 3, 1, 10, 30);
    QTest::newRow("-05:00") << QByteArray(R"("2026-03-01T05:00:00-05:00")")
                            << utc(2026, 3, 1, 10, 0);
    QTest::newRow("+05:30 with fraction")
        << QByteArray(R"("2026-03-01T15:30:00.750+05:30")") << utc(2026, 3, 1, 10, 0, 0, 750);
    QTest::newRow("+02:00 across midnight")
        << QByteArray(R"("2026-03-01T01:00:00+02:00")") << utc(2026, 2, 28, 23, 0);
    QTest::newRow("+00:00") << QByteArray(R"("2026-03-01T10:00:00+00:00")")
                            << utc(2026, 3, 1, 10, 0);
    QTest::newRow("no offset") << QByteArray(R"("2026-03-01T10:00:00")") << utc(2026, 3, 1, 10, 0);
    QTest::newRow("no offset, local summer time")
        << QByteArray(R"("2026-07-01T10:00:00")") << utc(2026, 7, 1, 10, 0);
    QTest::newRow("no offset, with fraction")
        << QByteArray(R"("2026-03-01T10:00:00.125")") << utc(2026, 3, 1, 10, 0, 0, 125);
    // 02:30 on 2026-03-29 does not exist in the local zone (clocks jump from
    // 02:00 to 03:00) but is an ordinary UTC instant.
    QTest::newRow("no offset, in the local spring-forward gap")
        << QByteArray(R"("2026-03-29T02:30:00")") << utc(2026, 3, 29, 2, 30);
    // 02:30 on 2026-10-25 happens twice in the local zone.
    QTest::newRow("no offset, in the local autumn overlap")
        << QByteArray(R"("2026-10-25T02:30:00")") << utc(2026, 10, 25, 2, 30);
    QTest::newRow("surrounding blanks")
        << QByteArray(R"(" 2026-03-01T10:00:00Z ")") << utc(2026, 3, 1, 10, 0);

    QTest::newRow("garbage word") << QByteArray(R"("yesterday")") << unreadable;
    QTest::newRow("empty string") << QByteArray(R"("")") << unreadable;
    QTest::newRow("blanks") << QByteArray(R"("   ")") << unreadable;
    QTest::newRow("\"null\"") << QByteArray(R"("null")") << unreadable;
    QTest::newRow("30 February") << QByteArray(R"("2026-02-30T10:00:00Z")") << unreadable;
    QTest::newRow("hour 25") << QByteArray(R"("2026-03-01T25:00:00Z")") << unreadable;
    QTest::newRow("month 13") << QByteArray(R"("2026-13-01T10:00:00Z")") << unreadable;
    QTest::newRow("time only") << QByteArray(R"("10:00:00")") << unreadable;
    QTest::newRow("prose date") << QByteArray(R"("1 March 2026, 10:00")") << unreadable;
    QTest::newRow("null") << QByteArray("null") << unreadable;
    QTest::newRow("epoch seconds") << QByteArray("1772359200") << unreadable;
    QTest::newRow("true") << QByteArray("true") << unreadable;
    QTest::newRow("object") << QByteArray(R"({"iso": "2026-03-01T10:00:00Z"})") << unreadable;
    QTest::newRow("array") << QByteArray(R"(["2026-03-01T10:00:00Z"])") << unreadable;
}

void TestRecords::timestamps()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);

    // Every timestamp member of every record gets the same value.
    PARSE_OBJECT(runObject, everyField({"postponed_until", "started_at", "finished_at", "synced_at",
                                        "created_at", "updated_at"},
                                       value));
    PARSE_OBJECT(inputObject,
                 everyField({"started_at", "finished_at", "created_at", "updated_at"}, value));
    PARSE_OBJECT(scheduleObject, everyField({"postponed_until", "next_execution_at",
                                             "last_executed_at", "created_at", "updated_at"},
                                            value));
    PARSE_OBJECT(callbackObject, everyField({"created_at"}, value));

    const Run run = Run::fromJson(runObject);
    const Run created = Run::fromAsyncCreateJson(runObject);
    const RunInput input = RunInput::fromJson(inputObject);
    const Schedule schedule = Schedule::fromJson(scheduleObject);
    const Callback callback = Callback::fromJson(callbackObject);

    const QList<std::pair<const char *, QDateTime>> actual = {
        {"Run.postponed_until", run.postponedUntil},
        {"Run.started_at", run.startedAt},
        {"Run.finished_at", run.finishedAt},
        {"Run.synced_at", run.syncedAt},
        {"Run.created_at", run.createdAt},
        {"Run.updated_at", run.updatedAt},
        {"async Run.postponed_until", created.postponedUntil},
        {"async Run.created_at", created.createdAt},
        {"async Run.updated_at", created.updatedAt},
        {"async Run.synced_at", created.syncedAt},
        {"RunInput.started_at", input.startedAt},
        {"RunInput.finished_at", input.finishedAt},
        {"RunInput.created_at", input.createdAt},
        {"RunInput.updated_at", input.updatedAt},
        {"Schedule.postponed_until", schedule.postponedUntil},
        {"Schedule.next_execution_at", schedule.nextExecutionAt},
        {"Schedule.last_executed_at", schedule.lastExecutedAt},
        {"Schedule.created_at", schedule.createdAt},
        {"Schedule.updated_at", schedule.updatedAt},
        {"Callback.created_at", callback.createdAt},
    };

    QStringList problems;
    for (const auto &[field, dateTime] : actual) {
        const QString got = dateTime.isValid()
                                ? dateTime.toString(Qt::ISODateWithMs) + QStringLiteral(" spec ") +
                                      QString::number(int(dateTime.timeSpec()))
                                : QStringLiteral("invalid");
        if (!expected.isValid()) {
            if (dateTime.isValid())
                problems << QString::fromLatin1(field) +
                                QStringLiteral(": expected invalid, got ") + got;
        } else if (!dateTime.isValid() || dateTime != expected ||
                   dateTime.toMSecsSinceEpoch() != expected.toMSecsSinceEpoch() ||
                   !isUtc(dateTime)) {
            problems << QString::fromLatin1(field) + QStringLiteral(": expected ") +
                            expected.toString(Qt::ISODateWithMs) + QStringLiteral(" UTC, got ") +
                            got;
        }
    }

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

// --- numbers -------------------------------------------------------------------

void TestRecords::retryCount_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected");

    QTest::newRow("0") << QByteArray("0") << 0;
    QTest::newRow("3") << QByteArray("3") << 3;
    QTest::newRow("10 (the documented maximum)") << QByteArray("10") << 10;
    QTest::newRow("3.0") << QByteArray("3.0") << 3;
    QTest::newRow("\"3\"") << QByteArray(R"("3")") << 3;
    QTest::newRow("\" 7 \"") << QByteArray(R"(" 7 ")") << 7;
    QTest::newRow("-1") << QByteArray("-1") << 0;
    QTest::newRow("\"-4\"") << QByteArray(R"("-4")") << 0;
    QTest::newRow("-2147483649") << QByteArray("-2147483649") << 0;
    QTest::newRow("2147483647") << QByteArray("2147483647") << kIntMax;
    QTest::newRow("2147483648 saturates") << QByteArray("2147483648") << kIntMax;
    QTest::newRow("1e12 saturates") << QByteArray("1e12") << kIntMax;
    QTest::newRow("9e15 saturates") << QByteArray("9e15") << kIntMax;
    QTest::newRow("\"3000000000\" saturates") << QByteArray(R"("3000000000")") << kIntMax;
    QTest::newRow("\"9223372036854775807\" saturates")
        << QByteArray(R"("9223372036854775807")") << kIntMax;
    QTest::newRow("2.5 (not an integer)") << QByteArray("2.5") << 0;
    QTest::newRow("\"three\"") << QByteArray(R"("three")") << 0;
    QTest::newRow("\"\"") << QByteArray(R"("")") << 0;
    QTest::newRow("null") << QByteArray("null") << 0;
    QTest::newRow("true") << QByteArray("true") << 0;
    QTest::newRow("array") << QByteArray("[3]") << 0;
    QTest::newRow("object") << QByteArray(R"({"count": 3})") << 0;
}

void TestRecords::retryCount()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    PARSE_OBJECT(object, "{\"retry_count\": " + value + '}');

    QCOMPARE(Run::fromJson(object).retryCount, expected);
    QCOMPARE(RunInput::fromJson(object).retryCount, expected);
    QCOMPARE(Callback::fromJson(object).retryCount, expected);
}

void TestRecords::outputCount_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("0") << QByteArray("0") << qint64(0);
    QTest::newRow("1280") << QByteArray("1280") << qint64(1280);
    QTest::newRow("\"1280\"") << QByteArray(R"("1280")") << qint64(1280);
    QTest::newRow("-1 becomes 0") << QByteArray("-1") << qint64(0);
    QTest::newRow("-5000 becomes 0") << QByteArray("-5000") << qint64(0);
    QTest::newRow("\"-5\" becomes 0") << QByteArray(R"("-5")") << qint64(0);
    QTest::newRow("5000000000 (beyond int)") << QByteArray("5000000000") << qint64(5000000000);
    QTest::newRow("12.5 (not an integer)") << QByteArray("12.5") << qint64(0);
    QTest::newRow("\"many\"") << QByteArray(R"("many")") << qint64(0);
    QTest::newRow("null") << QByteArray("null") << qint64(0);
    QTest::newRow("false") << QByteArray("false") << qint64(0);
    QTest::newRow("array") << QByteArray("[1280]") << qint64(0);
    QTest::newRow("object") << QByteArray(R"({"total": 1280})") << qint64(0);
}

void TestRecords::outputCount()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    PARSE_OBJECT(object, "{\"output_count\": " + value + '}');

    QCOMPARE(Run::fromJson(object).outputCount, expected);
    QCOMPARE(RunInput::fromJson(object).outputCount, expected);
}

void TestRecords::integerIds_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("4711") << QByteArray("4711") << true << qint64(4711);
    QTest::newRow("4711.0") << QByteArray("4711.0") << true << qint64(4711);
    QTest::newRow("numeric string") << QByteArray(R"("4711")") << true << qint64(4711);
    QTest::newRow("padded numeric string") << QByteArray(R"(" 4711 ")") << true << qint64(4711);
    QTest::newRow("0") << QByteArray("0") << true << qint64(0);
    QTest::newRow("-42") << QByteArray("-42") << true << qint64(-42);
    QTest::newRow("beyond int") << QByteArray("8589934592") << true << qint64(8589934592);
    QTest::newRow("2^53 - 1 (largest exact double)")
        << QByteArray("9007199254740991") << true << qint64(9007199254740991);
    QTest::newRow("numeric string, qint64 max")
        << QByteArray(R"("9223372036854775807")") << true << std::numeric_limits<qint64>::max();
    QTest::newRow("4711.5") << QByteArray("4711.5") << false << qint64(0);
    QTest::newRow("\"4711.5\"") << QByteArray(R"("4711.5")") << false << qint64(0);
    QTest::newRow("\"4711abc\"") << QByteArray(R"("4711abc")") << false << qint64(0);
    QTest::newRow("uuid string") << QByteArray(R"("5b0f6a7e-3c1d-4e2a-9f6b-1a2b3c4d5e6f")") << false
                                 << qint64(0);
    QTest::newRow("\"\"") << QByteArray(R"("")") << false << qint64(0);
    QTest::newRow("1e300") << QByteArray("1e300") << false << qint64(0);
    QTest::newRow("-1e300") << QByteArray("-1e300") << false << qint64(0);
    QTest::newRow("\"1e300\"") << QByteArray(R"("1e300")") << false << qint64(0);
    QTest::newRow("null") << QByteArray("null") << false << qint64(0);
    QTest::newRow("true") << QByteArray("true") << false << qint64(0);
    QTest::newRow("array") << QByteArray("[4711]") << false << qint64(0);
    QTest::newRow("object") << QByteArray(R"({"id": 4711})") << false << qint64(0);
}

void TestRecords::integerIds()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, present);
    QFETCH(qint64, expected);
    const std::optional<qint64> want = present ? std::optional<qint64>(expected) : std::nullopt;

    PARSE_OBJECT(runObject, "{\"id\": " + value + ", \"action_id\": " + value +
                                ", \"run_id\": " + value + '}');
    PARSE_OBJECT(scheduleObject, "{\"action_id\": " + value + '}');

    QCOMPARE(Run::fromJson(runObject).id, want);
    QCOMPARE(Run::fromJson(runObject).actionId, want);
    QCOMPARE(Run::fromAsyncCreateJson(runObject).id, want);
    QCOMPARE(Schedule::fromJson(scheduleObject).actionId, want);
}

void TestRecords::numbersWhereStringsAreExpected_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");

    // Ids sometimes arrive as numbers; they are written in decimal.
    QTest::newRow("12345") << QByteArray("12345") << QStringLiteral("12345");
    QTest::newRow("12345.0") << QByteArray("12345.0") << QStringLiteral("12345");
    QTest::newRow("0") << QByteArray("0") << QStringLiteral("0");
    QTest::newRow("-7") << QByteArray("-7") << QStringLiteral("-7");
    QTest::newRow("3.5") << QByteArray("3.5") << QStringLiteral("3.5");
    QTest::newRow("beyond int") << QByteArray("8589934592") << QStringLiteral("8589934592");
    QTest::newRow("1e15") << QByteArray("1e15") << QStringLiteral("1000000000000000");
    QTest::newRow("2^53 - 1 (largest exact double)")
        << QByteArray("9007199254740991") << QStringLiteral("9007199254740991");
    QTest::newRow("string") << QByteArray(R"("plain")") << QStringLiteral("plain");
    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("true") << QByteArray("true") << QString();
    QTest::newRow("array") << QByteArray(R"(["a"])") << QString();
    QTest::newRow("object") << QByteArray(R"({"a": 1})") << QString();
}

void TestRecords::numbersWhereStringsAreExpected()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    PARSE_OBJECT(object, everyField({"uid", "name", "action_name", "run_uid", "batch_uid",
                                     "schedule_uid", "timezone", "callback_url"},
                                    value));

    const Run run = Run::fromJson(object);
    QCOMPARE(run.uid, expected);
    QCOMPARE(run.name, expected);
    QCOMPARE(Run::fromAsyncCreateJson(object).uid, expected);
    QCOMPARE(RunInput::fromJson(object).uid, expected);
    QCOMPARE(Schedule::fromJson(object).timezone, expected);
    const Callback callback = Callback::fromJson(object);
    QCOMPARE(callback.batchUid, expected);
    QCOMPARE(callback.callbackUrl, expected);
    const Identity identity = Identity::fromJson(object);
    QCOMPARE(identity.uid, expected);
    QCOMPARE(identity.name, expected);
    QCOMPARE(identity.timezone, expected);
}

void TestRecords::hugeNumbers()
{
    // 1e300 is a valid JSON number that fits no integer type.
    PARSE_OBJECT(object, R"({
      "id": 1e300, "run_id": 1e300, "action_id": 1e300, "uid": 1e300, "status": 1e300,
      "retry_count": 1e300, "output_count": 1e300, "http_status": 1e300,
      "created_at": 1e300,
      "last_error": {"status_code": 1e300, "has_failed": 1e300, "message": -1e300}
    })");

    const Run run = Run::fromJson(object);
    QCOMPARE(run.id, std::optional<qint64>());
    QCOMPARE(run.actionId, std::optional<qint64>());
    QVERIFY(!run.uid.isEmpty());
    QCOMPARE(run.status, RunStatus::Unknown);
    QCOMPARE(run.outputCount, qint64(0));
    QVERIFY(!run.createdAt.isValid());
    QVERIFY(run.lastError.has_value());
    QCOMPARE(run.lastError->statusCode, std::optional<int>());
    QCOMPARE(run.lastError->hasFailed, std::optional<bool>());
    QVERIFY(!run.lastError->message.isEmpty());
    QCOMPARE(Run::fromAsyncCreateJson(object).id, std::optional<qint64>());

    const RunInput input = RunInput::fromJson(object);
    QCOMPARE(input.outputCount, qint64(0));
    QCOMPARE(input.status, InputStatus::Unknown);

    const Callback callback = Callback::fromJson(object);
    QCOMPARE(callback.httpStatus, std::optional<int>());
    QCOMPARE(callback.status, CallbackStatus::Unknown);

    QCOMPARE(Schedule::fromJson(object).actionId, std::optional<qint64>());

    // jsonfields.h: a count is "0 when absent, negative values become 0 and
    // huge ones saturate". 1e300 is a whole number far above INT_MAX. a larger count falls back to
    // 0";
    QCOMPARE(run.retryCount, kIntMax);
    QCOMPARE(input.retryCount, kIntMax);
    QCOMPARE(callback.retryCount, kIntMax);
}

QTEST_APPLESS_MAIN(TestRecords)

#include "tst_records.moc"
