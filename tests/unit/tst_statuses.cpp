// The status enums of the Edges contract: reading and writing their API
// strings (case-insensitive, surrounding spaces tolerated, anything unknown
// becomes Unknown), the lowercase enum of the async creation response, which
// statuses are terminal, and which operations each status allows.
//
// Every expected value below is copied from the contract, shared/api/EDGES_API.md
// (sections 3.5, 3.10, 4.3, 4.4, 5.4 and 6.1, with the readings of
// docs/api-decisions.md), never computed by the code under test.

#include "core/domain/callbackstatus.h"
#include "core/domain/executionmode.h"
#include "core/domain/inputstatus.h"
#include "core/domain/runstatus.h"
#include "core/domain/schedulestatus.h"

#include <QByteArray>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QTest>

#include <utility>

// Readable names in failure messages instead of bare enum numbers.
namespace {

char *describe(const char *type, QLatin1String api)
{
    const QByteArray text = QByteArray(type) + '(' + QByteArray(api.data(), api.size()) + ')';
    return qstrdup(text.constData());
}

} // namespace

namespace QTest {

template <>
char *toString(const RunStatus &status)
{
    return describe("RunStatus", toApiString(status));
}

template <>
char *toString(const InputStatus &status)
{
    return describe("InputStatus", toApiString(status));
}

template <>
char *toString(const CallbackStatus &status)
{
    return describe("CallbackStatus", toApiString(status));
}

template <>
char *toString(const ScheduleStatus &status)
{
    return describe("ScheduleStatus", toApiString(status));
}

template <>
char *toString(const ExecutionMode &mode)
{
    return describe("ExecutionMode", toApiString(mode));
}

} // namespace QTest

namespace {

// "RUNNING" -> "RuNnInG": every other letter in the other case.
QString alternateCase(const QString &text)
{
    QString result = text;
    for (qsizetype i = 0; i < result.size(); ++i)
        result[i] = (i % 2 == 0) ? result.at(i).toUpper() : result.at(i).toLower();
    return result;
}

// For one API spelling, the exact text and the variants the reader must
// accept as the same value: lowercase, mixed case and surrounding blanks.
template <typename Enum>
void addSpellingRows(const char *api, Enum value)
{
    const QString exact = QString::fromLatin1(api);
    QTest::addRow("%s", api) << exact << value << exact;
    QTest::addRow("%s lowercase", api) << exact.toLower() << value << exact;
    QTest::addRow("%s mixed case", api) << alternateCase(exact) << value << exact;
    QTest::addRow("%s padded", api)
        << (QStringLiteral("  ") + exact + QStringLiteral(" ")) << value << exact;
    QTest::addRow("%s tab and newline", api)
        << (QStringLiteral("\t") + exact.toLower() + QStringLiteral("\n")) << value << exact;
}

// Strings that no status enum of the contract knows.
const QList<std::pair<const char *, QString>> &commonUnknownStrings()
{
    static const QList<std::pair<const char *, QString>> strings = {
        {"empty", QString()},
        {"empty literal", QStringLiteral("")},
        {"blanks only", QStringLiteral("   ")},
        {"DONE", QStringLiteral("DONE")},
        {"RUNNIN (truncated)", QStringLiteral("RUNNIN")},
        {"null as text", QStringLiteral("null")},
        {"UNKNOWN", QStringLiteral("UNKNOWN")},
        {"inner space", QStringLiteral("RUN NING")},
        {"trailing underscore", QStringLiteral("RUNNING_")},
        {"quoted", QStringLiteral("\"RUNNING\"")},
        {"number", QStringLiteral("3")},
    };
    return strings;
}

} // namespace

class TestStatuses : public QObject
{
    Q_OBJECT

private slots:
    void runStatusSpellings_data();
    void runStatusSpellings();
    void inputStatusSpellings_data();
    void inputStatusSpellings();
    void callbackStatusSpellings_data();
    void callbackStatusSpellings();
    void scheduleStatusSpellings_data();
    void scheduleStatusSpellings();
    void executionModeSpellings_data();
    void executionModeSpellings();

    void unknownRunStatus_data();
    void unknownRunStatus();
    void unknownInputStatus_data();
    void unknownInputStatus();
    void unknownCallbackStatus_data();
    void unknownCallbackStatus();
    void unknownScheduleStatus_data();
    void unknownScheduleStatus();
    void unknownIsNeverWrittenAsAKnownValue();

    void asyncCreateStatus_data();
    void asyncCreateStatus();
    void unknownAsyncCreateStatus_data();
    void unknownAsyncCreateStatus();

    void runStatusIsTerminal_data();
    void runStatusIsTerminal();
    void inputStatusIsTerminal_data();
    void inputStatusIsTerminal();
    void callbackStatusIsTerminal_data();
    void callbackStatusIsTerminal();
    void scheduleStatusIsTerminal_data();
    void scheduleStatusIsTerminal();

    void runOperations_data();
    void runOperations();
    void scheduleOperations_data();
    void scheduleOperations();
};

// --- API string <-> enum -----------------------------------------------------

void TestStatuses::runStatusSpellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<RunStatus>("status");
    QTest::addColumn<QString>("api");

    // Section 6.1: the ten run statuses.
    addSpellingRows("CREATED", RunStatus::Created);
    addSpellingRows("INVALID", RunStatus::Invalid);
    addSpellingRows("QUEUED", RunStatus::Queued);
    addSpellingRows("SCHEDULED", RunStatus::Scheduled);
    addSpellingRows("BLOCKED", RunStatus::Blocked);
    addSpellingRows("STOPPED", RunStatus::Stopped);
    addSpellingRows("RUNNING", RunStatus::Running);
    addSpellingRows("FAILED", RunStatus::Failed);
    addSpellingRows("PARTIAL_SUCCEEDED", RunStatus::PartialSucceeded);
    addSpellingRows("SUCCEEDED", RunStatus::Succeeded);
}

void TestStatuses::runStatusSpellings()
{
    QFETCH(QString, text);
    QFETCH(RunStatus, status);
    QFETCH(QString, api);

    QCOMPARE(runStatusFromApi(text), status);
    QCOMPARE(QString(toApiString(status)), api);
    QCOMPARE(runStatusFromApi(QString(toApiString(status))), status);
}

void TestStatuses::inputStatusSpellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<InputStatus>("status");
    QTest::addColumn<QString>("api");

    // Sections 3.5 and 6.1: the eight input statuses.
    addSpellingRows("CREATED", InputStatus::Created);
    addSpellingRows("QUEUED", InputStatus::Queued);
    addSpellingRows("SCHEDULED", InputStatus::Scheduled);
    addSpellingRows("RUNNING", InputStatus::Running);
    addSpellingRows("BLOCKED", InputStatus::Blocked);
    addSpellingRows("FAILED", InputStatus::Failed);
    addSpellingRows("SUCCEEDED", InputStatus::Succeeded);
    addSpellingRows("STOPPED", InputStatus::Stopped);
}

void TestStatuses::inputStatusSpellings()
{
    QFETCH(QString, text);
    QFETCH(InputStatus, status);
    QFETCH(QString, api);

    QCOMPARE(inputStatusFromApi(text), status);
    QCOMPARE(QString(toApiString(status)), api);
    QCOMPARE(inputStatusFromApi(QString(toApiString(status))), status);
}

void TestStatuses::callbackStatusSpellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CallbackStatus>("status");
    QTest::addColumn<QString>("api");

    // Section 5.4: the four delivery statuses.
    addSpellingRows("PENDING", CallbackStatus::Pending);
    addSpellingRows("RUNNING", CallbackStatus::Running);
    addSpellingRows("FAILED", CallbackStatus::Failed);
    addSpellingRows("SUCCESS", CallbackStatus::Success);
}

void TestStatuses::callbackStatusSpellings()
{
    QFETCH(QString, text);
    QFETCH(CallbackStatus, status);
    QFETCH(QString, api);

    QCOMPARE(callbackStatusFromApi(text), status);
    QCOMPARE(QString(toApiString(status)), api);
    QCOMPARE(callbackStatusFromApi(QString(toApiString(status))), status);
}

void TestStatuses::scheduleStatusSpellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ScheduleStatus>("status");
    QTest::addColumn<QString>("api");

    // Sections 2.4 and 4.3: the four schedule statuses.
    addSpellingRows("ACTIVE", ScheduleStatus::Active);
    addSpellingRows("PAUSED", ScheduleStatus::Paused);
    addSpellingRows("CANCELLED", ScheduleStatus::Cancelled);
    addSpellingRows("COMPLETED", ScheduleStatus::Completed);
}

void TestStatuses::scheduleStatusSpellings()
{
    QFETCH(QString, text);
    QFETCH(ScheduleStatus, status);
    QFETCH(QString, api);

    QCOMPARE(scheduleStatusFromApi(text), status);
    QCOMPARE(QString(toApiString(status)), api);
    QCOMPARE(scheduleStatusFromApi(QString(toApiString(status))), status);
}

void TestStatuses::executionModeSpellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ExecutionMode>("status");
    QTest::addColumn<QString>("api");

    // Section 3.2: execution_mode is LIVE or ASYNC.
    addSpellingRows("LIVE", ExecutionMode::Live);
    addSpellingRows("ASYNC", ExecutionMode::Async);
}

void TestStatuses::executionModeSpellings()
{
    QFETCH(QString, text);
    QFETCH(ExecutionMode, status);
    QFETCH(QString, api);

    QCOMPARE(executionModeFromApi(text), status);
    QCOMPARE(QString(toApiString(status)), api);
    QCOMPARE(executionModeFromApi(QString(toApiString(status))), status);

    // No SCHEDULE value exists (3.2); scheduled runs report ASYNC.
    QCOMPARE(executionModeFromApi(QStringLiteral("SCHEDULE")), ExecutionMode::Unknown);
}

// --- unknown strings ---------------------------------------------------------

void TestStatuses::unknownRunStatus_data()
{
    QTest::addColumn<QString>("text");

    for (const auto &[tag, text] : commonUnknownStrings())
        QTest::newRow(tag) << text;
    // Values of the other enums are not run statuses.
    QTest::newRow("callback SUCCESS") << QStringLiteral("SUCCESS");
    QTest::newRow("schedule COMPLETED") << QStringLiteral("COMPLETED");
    QTest::newRow("schedule ACTIVE") << QStringLiteral("ACTIVE");
    QTest::newRow("async pending") << QStringLiteral("pending");
    QTest::newRow("async completed") << QStringLiteral("completed");
    QTest::newRow("PARTIAL SUCCEEDED (space)") << QStringLiteral("PARTIAL SUCCEEDED");
    QTest::newRow("PARTIAL-SUCCEEDED (dash)") << QStringLiteral("PARTIAL-SUCCEEDED");
    QTest::newRow("CANCELED") << QStringLiteral("CANCELED");
}

void TestStatuses::unknownRunStatus()
{
    QFETCH(QString, text);
    QCOMPARE(runStatusFromApi(text), RunStatus::Unknown);
}

void TestStatuses::unknownInputStatus_data()
{
    QTest::addColumn<QString>("text");

    for (const auto &[tag, text] : commonUnknownStrings())
        QTest::newRow(tag) << text;
    // Run-only statuses are not input statuses (3.5 lists eight values).
    QTest::newRow("run INVALID") << QStringLiteral("INVALID");
    QTest::newRow("run PARTIAL_SUCCEEDED") << QStringLiteral("PARTIAL_SUCCEEDED");
    QTest::newRow("callback SUCCESS") << QStringLiteral("SUCCESS");
    QTest::newRow("callback PENDING") << QStringLiteral("PENDING");
}

void TestStatuses::unknownInputStatus()
{
    QFETCH(QString, text);
    QCOMPARE(inputStatusFromApi(text), InputStatus::Unknown);
}

void TestStatuses::unknownCallbackStatus_data()
{
    QTest::addColumn<QString>("text");

    for (const auto &[tag, text] : commonUnknownStrings())
        QTest::newRow(tag) << text;
    // SUCCESS, not SUCCEEDED (5.4).
    QTest::newRow("run SUCCEEDED") << QStringLiteral("SUCCEEDED");
    QTest::newRow("run QUEUED") << QStringLiteral("QUEUED");
    QTest::newRow("SUCCESSFUL") << QStringLiteral("SUCCESSFUL");
}

void TestStatuses::unknownCallbackStatus()
{
    QFETCH(QString, text);
    QCOMPARE(callbackStatusFromApi(text), CallbackStatus::Unknown);
}

void TestStatuses::unknownScheduleStatus_data()
{
    QTest::addColumn<QString>("text");

    for (const auto &[tag, text] : commonUnknownStrings())
        QTest::newRow(tag) << text;
    // CANCELLED with two Ls (4.3); run statuses are not schedule statuses.
    QTest::newRow("CANCELED (one L)") << QStringLiteral("CANCELED");
    QTest::newRow("run RUNNING") << QStringLiteral("RUNNING");
    QTest::newRow("run STOPPED") << QStringLiteral("STOPPED");
    QTest::newRow("DELETED") << QStringLiteral("DELETED");
}

void TestStatuses::unknownScheduleStatus()
{
    QFETCH(QString, text);
    QCOMPARE(scheduleStatusFromApi(text), ScheduleStatus::Unknown);
}

void TestStatuses::unknownIsNeverWrittenAsAKnownValue()
{
    // Whatever Unknown is written as, reading it back must not turn it into
    // a real status the server would act on.
    QCOMPARE(runStatusFromApi(QString(toApiString(RunStatus::Unknown))), RunStatus::Unknown);
    QCOMPARE(inputStatusFromApi(QString(toApiString(InputStatus::Unknown))), InputStatus::Unknown);
    QCOMPARE(callbackStatusFromApi(QString(toApiString(CallbackStatus::Unknown))),
             CallbackStatus::Unknown);
    QCOMPARE(scheduleStatusFromApi(QString(toApiString(ScheduleStatus::Unknown))),
             ScheduleStatus::Unknown);
    QCOMPARE(executionModeFromApi(QString(toApiString(ExecutionMode::Unknown))),
             ExecutionMode::Unknown);
}

// --- async creation enum (2.3, 6.1) -----------------------------------------

void TestStatuses::asyncCreateStatus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<RunStatus>("status");

    // Section 6.1: pending -> QUEUED, running -> RUNNING,
    // completed -> SUCCEEDED, failed -> FAILED.
    QTest::newRow("pending") << QStringLiteral("pending") << RunStatus::Queued;
    QTest::newRow("running") << QStringLiteral("running") << RunStatus::Running;
    QTest::newRow("completed") << QStringLiteral("completed") << RunStatus::Succeeded;
    QTest::newRow("failed") << QStringLiteral("failed") << RunStatus::Failed;

    QTest::newRow("PENDING uppercase") << QStringLiteral("PENDING") << RunStatus::Queued;
    QTest::newRow("Completed mixed") << QStringLiteral("Completed") << RunStatus::Succeeded;
    QTest::newRow("padded running") << QStringLiteral(" running\t") << RunStatus::Running;
    QTest::newRow("padded failed") << QStringLiteral("  failed  ") << RunStatus::Failed;
}

void TestStatuses::asyncCreateStatus()
{
    QFETCH(QString, text);
    QFETCH(RunStatus, status);
    QCOMPARE(runStatusFromAsyncCreate(text), status);
}

void TestStatuses::unknownAsyncCreateStatus_data()
{
    QTest::addColumn<QString>("text");

    for (const auto &[tag, text] : commonUnknownStrings())
        QTest::newRow(tag) << text;
    QTest::newRow("queued") << QStringLiteral("queued");
    QTest::newRow("succeeded") << QStringLiteral("succeeded");
    QTest::newRow("complete") << QStringLiteral("complete");
}

void TestStatuses::unknownAsyncCreateStatus()
{
    QFETCH(QString, text);
    QCOMPARE(runStatusFromAsyncCreate(text), RunStatus::Unknown);
}

// --- terminal statuses -------------------------------------------------------

void TestStatuses::runStatusIsTerminal_data()
{
    QTest::addColumn<RunStatus>("status");
    QTest::addColumn<bool>("terminal");

    // Section 6.1, column "Terminal?".
    QTest::newRow("CREATED") << RunStatus::Created << false;
    QTest::newRow("INVALID") << RunStatus::Invalid << true;
    QTest::newRow("QUEUED") << RunStatus::Queued << false;
    QTest::newRow("SCHEDULED") << RunStatus::Scheduled << false;
    QTest::newRow("BLOCKED (no, needs action)") << RunStatus::Blocked << false;
    QTest::newRow("STOPPED (yes, but resumable)") << RunStatus::Stopped << true;
    QTest::newRow("RUNNING") << RunStatus::Running << false;
    QTest::newRow("FAILED") << RunStatus::Failed << true;
    QTest::newRow("PARTIAL_SUCCEEDED") << RunStatus::PartialSucceeded << true;
    QTest::newRow("SUCCEEDED") << RunStatus::Succeeded << true;
    // Not a contract status: the client stays conservative about it.
    QTest::newRow("Unknown") << RunStatus::Unknown << false;
}

void TestStatuses::runStatusIsTerminal()
{
    QFETCH(RunStatus, status);
    QFETCH(bool, terminal);
    QCOMPARE(isTerminal(status), terminal);
}

void TestStatuses::inputStatusIsTerminal_data()
{
    QTest::addColumn<InputStatus>("status");
    QTest::addColumn<bool>("terminal");

    // Input statuses share the names and meanings of 6.1; 6.2 ends an input
    // FAILED when its retries are used up and lets a BLOCKED input hold the
    // run until the user resumes it.
    QTest::newRow("CREATED") << InputStatus::Created << false;
    QTest::newRow("QUEUED") << InputStatus::Queued << false;
    QTest::newRow("SCHEDULED") << InputStatus::Scheduled << false;
    QTest::newRow("RUNNING") << InputStatus::Running << false;
    QTest::newRow("BLOCKED") << InputStatus::Blocked << false;
    QTest::newRow("FAILED") << InputStatus::Failed << true;
    QTest::newRow("SUCCEEDED") << InputStatus::Succeeded << true;
    QTest::newRow("STOPPED") << InputStatus::Stopped << true;
    QTest::newRow("Unknown") << InputStatus::Unknown << false;
}

void TestStatuses::inputStatusIsTerminal()
{
    QFETCH(InputStatus, status);
    QFETCH(bool, terminal);
    QCOMPARE(isTerminal(status), terminal);
}

void TestStatuses::callbackStatusIsTerminal_data()
{
    QTest::addColumn<CallbackStatus>("status");
    QTest::addColumn<bool>("terminal");

    // Section 5.4: PENDING (not yet attempted) and RUNNING (being delivered)
    // move on; SUCCESS is final, and a callback "ends FAILED after the last
    // failure" (only a manual replay, a new record, sends it again).
    QTest::newRow("PENDING") << CallbackStatus::Pending << false;
    QTest::newRow("RUNNING") << CallbackStatus::Running << false;
    QTest::newRow("FAILED") << CallbackStatus::Failed << true;
    QTest::newRow("SUCCESS") << CallbackStatus::Success << true;
    QTest::newRow("Unknown") << CallbackStatus::Unknown << false;
}

void TestStatuses::callbackStatusIsTerminal()
{
    QFETCH(CallbackStatus, status);
    QFETCH(bool, terminal);
    QCOMPARE(isTerminal(status), terminal);
}

void TestStatuses::scheduleStatusIsTerminal_data()
{
    QTest::addColumn<ScheduleStatus>("status");
    QTest::addColumn<bool>("terminal");

    // Section 4.3, column "Terminal".
    QTest::newRow("ACTIVE") << ScheduleStatus::Active << false;
    QTest::newRow("PAUSED") << ScheduleStatus::Paused << false;
    QTest::newRow("CANCELLED") << ScheduleStatus::Cancelled << true;
    QTest::newRow("COMPLETED") << ScheduleStatus::Completed << true;
    QTest::newRow("Unknown") << ScheduleStatus::Unknown << false;
}

void TestStatuses::scheduleStatusIsTerminal()
{
    QFETCH(ScheduleStatus, status);
    QFETCH(bool, terminal);
    QCOMPARE(isTerminal(status), terminal);
}

// --- operation matrices ------------------------------------------------------

void TestStatuses::runOperations_data()
{
    QTest::addColumn<RunStatus>("status");
    QTest::addColumn<bool>("resume");
    QTest::addColumn<bool>("continueRun");
    QTest::addColumn<bool>("cancel");

    // Section 3.10, row by row:      resume  continue  cancel
    QTest::newRow("CREATED") << RunStatus::Created << false << false << true;
    QTest::newRow("INVALID") << RunStatus::Invalid << false << false << false;
    QTest::newRow("QUEUED") << RunStatus::Queued << false << false << true;
    QTest::newRow("SCHEDULED") << RunStatus::Scheduled << false << false << true;
    QTest::newRow("RUNNING") << RunStatus::Running << false << false << true;
    QTest::newRow("BLOCKED") << RunStatus::Blocked << true << true << true;
    QTest::newRow("STOPPED") << RunStatus::Stopped << true << true << false;
    QTest::newRow("FAILED") << RunStatus::Failed << false << true << false;
    QTest::newRow("PARTIAL_SUCCEEDED") << RunStatus::PartialSucceeded << false << true << false;
    QTest::newRow("SUCCEEDED") << RunStatus::Succeeded << false << true << false;
    // A status the contract does not know allows nothing.
    QTest::newRow("Unknown") << RunStatus::Unknown << false << false << false;
}

void TestStatuses::runOperations()
{
    QFETCH(RunStatus, status);
    QFETCH(bool, resume);
    QFETCH(bool, continueRun);
    QFETCH(bool, cancel);

    const RunOperations operations = allowedOperations(status);
    QCOMPARE(operations.testFlag(RunOperation::Resume), resume);
    QCOMPARE(operations.testFlag(RunOperation::Continue), continueRun);
    QCOMPARE(operations.testFlag(RunOperation::Cancel), cancel);

    // No other bit is set.
    RunOperations expected;
    expected.setFlag(RunOperation::Resume, resume);
    expected.setFlag(RunOperation::Continue, continueRun);
    expected.setFlag(RunOperation::Cancel, cancel);
    QCOMPARE(operations.toInt(), expected.toInt());
}

void TestStatuses::scheduleOperations_data()
{
    QTest::addColumn<ScheduleStatus>("status");
    QTest::addColumn<bool>("pause");
    QTest::addColumn<bool>("resume");
    QTest::addColumn<bool>("cancel");
    QTest::addColumn<bool>("update");

    // Section 4.4: pause from ACTIVE, resume from PAUSED, cancel (and its
    // alias delete) and update from ACTIVE and PAUSED.
    //                                                     pause  resume  cancel  update
    QTest::newRow("ACTIVE") << ScheduleStatus::Active << true << false << true << true;
    QTest::newRow("PAUSED") << ScheduleStatus::Paused << false << true << true << true;
    QTest::newRow("CANCELLED") << ScheduleStatus::Cancelled << false << false << false << false;
    QTest::newRow("COMPLETED") << ScheduleStatus::Completed << false << false << false << false;
    QTest::newRow("Unknown") << ScheduleStatus::Unknown << false << false << false << false;
}

void TestStatuses::scheduleOperations()
{
    QFETCH(ScheduleStatus, status);
    QFETCH(bool, pause);
    QFETCH(bool, resume);
    QFETCH(bool, cancel);
    QFETCH(bool, update);

    const ScheduleOperations operations = allowedOperations(status);
    QCOMPARE(operations.testFlag(ScheduleOperation::Pause), pause);
    QCOMPARE(operations.testFlag(ScheduleOperation::Resume), resume);
    QCOMPARE(operations.testFlag(ScheduleOperation::Cancel), cancel);
    QCOMPARE(operations.testFlag(ScheduleOperation::Update), update);

    ScheduleOperations expected;
    expected.setFlag(ScheduleOperation::Pause, pause);
    expected.setFlag(ScheduleOperation::Resume, resume);
    expected.setFlag(ScheduleOperation::Cancel, cancel);
    expected.setFlag(ScheduleOperation::Update, update);
    QCOMPARE(operations.toInt(), expected.toInt());
}

QTEST_APPLESS_MAIN(TestStatuses)

#include "tst_statuses.moc"
