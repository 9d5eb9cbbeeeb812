#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace SandboxApi;

// Runs (contract sections 3 and 6): the lifecycle as the clock advances,
// concurrency, the outcomes of unusual inputs (blocked, unusable,
// transient), cancel / resume / continue, and the list and paging
// endpoints with their parameter checks. Each synthetic page takes 2 s of
// virtual time; nothing moves unless the test advances the clock.

namespace {

QString launchPeople(SandboxFixture &sandbox, const QStringList &handles)
{
    return sandbox.launch(QStringLiteral("linkedin-extract-people"), profiles(handles));
}

QString errorLabel(const QJsonValue &object)
{
    return object.toObject()
        .value(QStringLiteral("last_error"))
        .toObject()
        .value(QStringLiteral("label"))
        .toString();
}

// Sorted uids of a /runs answer, or the status and body when it failed.
QStringList listed(SandboxFixture &sandbox, const QString &query)
{
    const auto reply = sandbox.get(QStringLiteral("/runs?") + query);
    if (reply.status != 200)
        return {QStringLiteral("HTTP %1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body))};
    return uidsOf(reply.json);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestSandboxRuns : public QObject
{
    Q_OBJECT

private slots:
    void lifecycleThroughStatuses();
    void concurrencyQueuesTheThirdRun();
    void blockedInputBlocksAgainAfterResume();
    void cancelOfBlockedRunStopsItsInputs();
    void partialSucceeded();
    void noResultInputSucceedsWithLastInfo();
    void failedWhenEveryInputIsUnusable();
    void transientInputRetriesThenSucceeds();
    void cancelRunningThenResume();
    void cancelMidInputThenResumeKeepsOutputsUnique();
    void cancelFromEveryCancellableStatus();
    void cancelOfFinishedRunIsRefused();
    void resumeAndContinueAreRefused();
    void listFilters();
    void listSortAndPaging();
    void listRejectsBadParameters();
    void inputsCursorPaging();
    void inputsDeprecatedOffset();
    void badCursorIsRejected();
    void outputsOfLiveRunAreRefused();
    void unknownRunIsNotFound();
};

void TestSandboxRuns::lifecycleThroughStatuses()
{
    // One slot, taken by a short run, so the run under test has to queue.
    SandboxFixture sandbox;
    sandbox.options().concurrency = 1;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString first = launchPeople(sandbox, {QStringLiteral("first-one")});
    const QString uid = sandbox.launch(QStringLiteral("linkedin-search-people"),
                                       QJsonArray{search(QStringLiteral("cto"))},
                                       QJsonObject{{QStringLiteral("max_results"), 30}});
    QVERIFY(!first.isEmpty());
    QVERIFY(!uid.isEmpty());

    const auto created = sandbox.get(runPath(uid, QStringLiteral("/status")));
    QCOMPARE(created.status, 200);
    const QJsonObject createdStatus = created.json.toObject();
    QCOMPARE(createdStatus.value(QStringLiteral("status")).toString(), QStringLiteral("CREATED"));
    QCOMPARE(createdStatus.value(QStringLiteral("uid")).toString(), uid);
    QVERIFY(createdStatus.value(QStringLiteral("id")).toInt() > 0);
    QVERIFY(!createdStatus.value(QStringLiteral("created_at")).toString().isEmpty());
    QVERIFY(createdStatus.value(QStringLiteral("started_at")).isNull());
    QVERIFY(createdStatus.value(QStringLiteral("finished_at")).isNull());
    QVERIFY(createdStatus.value(QStringLiteral("postponed_until")).isNull());

    // Second by second, every status change is seen, and nothing else.
    QStringList seen{QStringLiteral("CREATED")};
    bool readWhileRunning = false;
    for (int second = 0; second < 120 && seen.constLast() != QLatin1String("SUCCEEDED"); ++second) {
        QCOMPARE(sandbox.advance(second == 0 ? 0 : 1).status, 200);
        const QJsonObject status =
            sandbox.get(runPath(uid, QStringLiteral("/status"))).json.toObject();
        const QString now = status.value(QStringLiteral("status")).toString();
        if (now != seen.constLast())
            seen.append(now);
        if (now == QLatin1String("QUEUED") || now == QLatin1String("CREATED"))
            QVERIFY(status.value(QStringLiteral("started_at")).isNull());
        if (now == QLatin1String("RUNNING")) {
            QVERIFY(!status.value(QStringLiteral("started_at")).toString().isEmpty());
            QVERIFY(status.value(QStringLiteral("finished_at")).isNull());
            QCOMPARE(sandbox.runStatus(first), QStringLiteral("SUCCEEDED"));
            // Outputs can be read while the run works.
            const int stored = sandbox.run(uid).value(QStringLiteral("output_count")).toInt();
            const auto outputs = sandbox.get(runPath(uid, QStringLiteral("/outputs")));
            QCOMPARE(outputs.status, 200);
            QCOMPARE(static_cast<int>(outputs.json.toArray().size()), stored);
            readWhileRunning = readWhileRunning || stored > 0;
        }
        if (now == QLatin1String("QUEUED"))
            QCOMPARE(sandbox.runStatus(first), QStringLiteral("RUNNING"));
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("CREATED"), QStringLiteral("QUEUED"),
                                QStringLiteral("RUNNING"), QStringLiteral("SUCCEEDED")}));
    QVERIFY2(readWhileRunning, "no output was stored while the run was RUNNING");
    // Every stored output carries extracted_at (contract 3.6).
    for (const QJsonValue &output :
         sandbox.get(runPath(uid, QStringLiteral("/outputs"))).json.toArray())
        QVERIFY(!output.toObject().value(QStringLiteral("extracted_at")).toString().isEmpty());

    const QJsonObject run = sandbox.run(uid);
    QCOMPARE(run.value(QStringLiteral("execution_mode")).toString(), QStringLiteral("ASYNC"));
    QCOMPARE(run.value(QStringLiteral("action_name")).toString(),
             QStringLiteral("linkedin-search-people"));
    QCOMPARE(run.value(QStringLiteral("parameters"))
                 .toObject()
                 .value(QStringLiteral("max_results"))
                 .toInt(),
             30);
    QVERIFY(run.value(QStringLiteral("last_error")).isNull());
    QCOMPARE(run.value(QStringLiteral("retry_count")).toInt(), 0);
    const int outputCount = run.value(QStringLiteral("output_count")).toInt();
    QVERIFY(outputCount > 0 && outputCount <= 30);
    QCOMPARE(static_cast<int>(
                 sandbox.get(runPath(uid, QStringLiteral("/outputs"))).json.toArray().size()),
             outputCount);
    // ISO-8601 strings of one format compare in time order.
    const QString createdAt = run.value(QStringLiteral("created_at")).toString();
    const QString startedAt = run.value(QStringLiteral("started_at")).toString();
    const QString finishedAt = run.value(QStringLiteral("finished_at")).toString();
    QVERIFY(!finishedAt.isEmpty());
    QVERIFY(createdAt < startedAt);
    QVERIFY(startedAt < finishedAt);
    QCOMPARE(sandbox.inputStatuses(uid), QStringList{QStringLiteral("SUCCEEDED")});
}

void TestSandboxRuns::concurrencyQueuesTheThirdRun()
{
    SandboxFixture sandbox;
    sandbox.options().concurrency = 2;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    // One profile per 2 s page: the first run ends first.
    const QString a = launchPeople(sandbox, {QStringLiteral("a-1")});
    const QString b = launchPeople(sandbox, {QStringLiteral("b-1"), QStringLiteral("b-2"),
                                             QStringLiteral("b-3"), QStringLiteral("b-4")});
    const QString c = launchPeople(sandbox, {QStringLiteral("c-1"), QStringLiteral("c-2")});
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());

    QCOMPARE(sandbox.advance(0).status, 200);
    QCOMPARE(sandbox.runStatus(a), QStringLiteral("RUNNING"));
    QCOMPARE(sandbox.runStatus(b), QStringLiteral("RUNNING"));
    QCOMPARE(sandbox.runStatus(c), QStringLiteral("QUEUED"));
    QCOMPARE(listed(sandbox, QStringLiteral("status=QUEUED")), QStringList{c});
    QCOMPARE(sandbox.inputStatuses(c),
             (QStringList{QStringLiteral("QUEUED"), QStringLiteral("QUEUED")}));

    bool cStarted = false;
    for (int second = 1; second <= 60; ++second) {
        QCOMPARE(sandbox.advance(1).status, 200);
        const QString sa = sandbox.runStatus(a);
        const QString sb = sandbox.runStatus(b);
        const QString sc = sandbox.runStatus(c);
        const int running = (sa == QLatin1String("RUNNING")) + (sb == QLatin1String("RUNNING")) +
                            (sc == QLatin1String("RUNNING"));
        QVERIFY2(running <= 2,
                 qPrintable(QStringLiteral("%1 runs RUNNING at %2 s").arg(running).arg(second)));
        if (!cStarted) {
            if (sc == QLatin1String("QUEUED")) {
                QCOMPARE(sa, QStringLiteral("RUNNING"));
                QCOMPARE(sb, QStringLiteral("RUNNING"));
                QVERIFY(sandbox.run(c).value(QStringLiteral("started_at")).isNull());
            } else {
                // It takes the slot the moment the first run gives it back.
                QCOMPARE(sc, QStringLiteral("RUNNING"));
                QCOMPARE(sa, QStringLiteral("SUCCEEDED"));
                QCOMPARE(sb, QStringLiteral("RUNNING"));
                QCOMPARE(sandbox.run(c).value(QStringLiteral("started_at")),
                         sandbox.run(a).value(QStringLiteral("finished_at")));
                cStarted = true;
            }
        }
        if (sa == QLatin1String("SUCCEEDED") && sb == QLatin1String("SUCCEEDED") &&
            sc == QLatin1String("SUCCEEDED"))
            break;
    }
    QVERIFY(cStarted);
    for (const QString &uid : {a, b, c})
        QCOMPARE(sandbox.runStatus(uid), QStringLiteral("SUCCEEDED"));
    QCOMPARE(sandbox.run(c).value(QStringLiteral("output_count")).toInt(), 2);
}

void TestSandboxRuns::blockedInputBlocksAgainAfterResume()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid =
        launchPeople(sandbox, {QStringLiteral("https://www.linkedin.com/products/foo")});
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(10).status, 200);

    QJsonObject run = sandbox.run(uid);
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("BLOCKED"));
    const QJsonObject lastError = run.value(QStringLiteral("last_error")).toObject();
    QVERIFY(!lastError.value(QStringLiteral("label")).toString().isEmpty());
    QVERIFY(!lastError.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(run.value(QStringLiteral("finished_at")).isNull());
    QJsonObject input = sandbox.inputs(uid).first().toObject();
    QCOMPARE(input.value(QStringLiteral("status")).toString(), QStringLiteral("BLOCKED"));
    const QJsonObject inputError = input.value(QStringLiteral("last_error")).toObject();
    QCOMPARE(inputError.value(QStringLiteral("has_failed")).toBool(), true);
    QCOMPARE(inputError.value(QStringLiteral("label")).toString(),
             lastError.value(QStringLiteral("label")).toString());
    QVERIFY(!inputError.value(QStringLiteral("error_ref")).toString().isEmpty());
    QVERIFY(!inputError.value(QStringLiteral("scope")).toString().isEmpty());
    QVERIFY(inputError.value(QStringLiteral("params")).isObject());
    QVERIFY(inputError.value(QStringLiteral("validation_errors")).isArray());

    // It stays BLOCKED: only the user can move it.
    QCOMPARE(sandbox.advance(3600).status, 200);
    QCOMPARE(sandbox.runStatus(uid), QStringLiteral("BLOCKED"));

    // Resume: SCHEDULED, error and retries cleared, the input rescheduled...
    const auto resumed = sandbox.post(runPath(uid, QStringLiteral("/resume")), QJsonObject());
    QCOMPARE(resumed.status, 200);
    run = resumed.json.toObject();
    QCOMPARE(run.value(QStringLiteral("uid")).toString(), uid);
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("SCHEDULED"));
    QVERIFY(run.value(QStringLiteral("last_error")).isNull());
    QCOMPARE(run.value(QStringLiteral("retry_count")).toInt(), 0);
    QVERIFY(run.value(QStringLiteral("postponed_until")).isNull());
    QCOMPARE(sandbox.runStatus(uid), QStringLiteral("SCHEDULED"));
    input = sandbox.inputs(uid).first().toObject();
    QCOMPARE(input.value(QStringLiteral("status")).toString(), QStringLiteral("SCHEDULED"));
    QVERIFY(input.value(QStringLiteral("last_error")).isNull());

    // ...and, the input being unchanged, it blocks again.
    QCOMPARE(sandbox.advance(10).status, 200);
    run = sandbox.run(uid);
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("BLOCKED"));
    QCOMPARE(errorLabel(run), lastError.value(QStringLiteral("label")).toString());
    QCOMPARE(sandbox.inputStatuses(uid), QStringList{QStringLiteral("BLOCKED")});
    QCOMPARE(run.value(QStringLiteral("output_count")).toInt(), 0);
}

void TestSandboxRuns::cancelOfBlockedRunStopsItsInputs()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid =
        launchPeople(sandbox, {QStringLiteral("https://www.linkedin.com/products/foo"),
                               QStringLiteral("after-the-blocked-one")});
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(10).status, 200);
    QCOMPARE(sandbox.runStatus(uid), QStringLiteral("BLOCKED"));

    const auto cancelled = sandbox.post(runPath(uid, QStringLiteral("/cancel")), QJsonObject());
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json[QStringLiteral("status")].toString(), QStringLiteral("STOPPED"));
    // Contract 3.9: "The run becomes STOPPED, and so do its unfinished
    // inputs" - a BLOCKED input is unfinished.
    const QStringList statuses = sandbox.inputStatuses(uid);
    QCOMPARE(statuses.at(1), QStringLiteral("STOPPED"));
    QCOMPARE(statuses.at(0), QStringLiteral("STOPPED"));

    // Resume still recovers everything (and blocks on the same input).
    QCOMPARE(sandbox.post(runPath(uid, QStringLiteral("/resume")), QJsonObject()).status, 200);
    QCOMPARE(sandbox.inputStatuses(uid),
             (QStringList{QStringLiteral("SCHEDULED"), QStringLiteral("SCHEDULED")}));
    QCOMPARE(sandbox.advance(10).status, 200);
    QCOMPARE(sandbox.runStatus(uid), QStringLiteral("BLOCKED"));
}

void TestSandboxRuns::partialSucceeded()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = launchPeople(
        sandbox, {QStringLiteral("grace-hopper"), QStringLiteral("unusable-profile-42")});
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(30).status, 200);

    const QJsonObject run = sandbox.run(uid);
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("PARTIAL_SUCCEEDED"));
    QCOMPARE(run.value(QStringLiteral("output_count")).toInt(), 1);
    QVERIFY(!run.value(QStringLiteral("finished_at")).toString().isEmpty());
    const QJsonArray inputs = sandbox.inputs(uid);
    QCOMPARE(inputs.size(), 2);
    QCOMPARE(inputs.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("SUCCEEDED"));
    QVERIFY(inputs.at(0).toObject().value(QStringLiteral("last_error")).isNull());
    QCOMPARE(inputs.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("FAILED"));
    QCOMPARE(errorLabel(inputs.at(1)), QStringLiteral("NO_DATA_AVAILABLE"));
    QCOMPARE(inputs.at(1).toObject().value(QStringLiteral("output_count")).toInt(), 0);
    QCOMPARE(sandbox.get(runPath(uid, QStringLiteral("/outputs"))).json.toArray().size(), 1);
}

void TestSandboxRuns::noResultInputSucceedsWithLastInfo()
{
    // Since 2026-02-18 "nothing found" is a success with no data, the
    // reason in last_info (contract 6.2).
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString mixed =
        launchPeople(sandbox, {QStringLiteral("found-one"), QStringLiteral("no-result-here")});
    const QString empty = launchPeople(sandbox, {QStringLiteral("no-result-at-all")});
    QVERIFY(!mixed.isEmpty() && !empty.isEmpty());
    QCOMPARE(sandbox.advance(30).status, 200);

    for (const QString &uid : {mixed, empty}) {
        const QJsonObject run = sandbox.run(uid);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));
        QVERIFY(run.value(QStringLiteral("last_error")).isNull());
        const QJsonObject info = run.value(QStringLiteral("last_info")).toObject();
        QCOMPARE(info.value(QStringLiteral("label")).toString(), QStringLiteral("NO_RESULT"));
        QVERIFY(!info.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(info.value(QStringLiteral("params")).isObject());
        const QJsonArray inputs = sandbox.inputs(uid);
        QCOMPARE(inputs.last().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("SUCCEEDED"));
        QCOMPARE(inputs.last().toObject().value(QStringLiteral("output_count")).toInt(), 0);
        QVERIFY(inputs.last().toObject().value(QStringLiteral("last_error")).isNull());
    }
    QCOMPARE(sandbox.run(mixed).value(QStringLiteral("output_count")).toInt(), 1);
    QCOMPARE(sandbox.run(empty).value(QStringLiteral("output_count")).toInt(), 0);
}

void TestSandboxRuns::failedWhenEveryInputIsUnusable()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid =
        launchPeople(sandbox, {QStringLiteral("unusable-one"), QStringLiteral("unusable-two")});
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(30).status, 200);

    const QJsonObject run = sandbox.run(uid);
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(run.value(QStringLiteral("output_count")).toInt(), 0);
    QCOMPARE(errorLabel(run), QStringLiteral("NO_DATA_AVAILABLE"));
    QVERIFY(!run.value(QStringLiteral("finished_at")).toString().isEmpty());
    QCOMPARE(sandbox.inputStatuses(uid),
             (QStringList{QStringLiteral("FAILED"), QStringLiteral("FAILED")}));
    for (const QJsonValue &input : sandbox.inputs(uid))
        QCOMPARE(errorLabel(input), QStringLiteral("NO_DATA_AVAILABLE"));
}

void TestSandboxRuns::transientInputRetriesThenSucceeds()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = launchPeople(sandbox, {QStringLiteral("transient-trouble")});
    QVERIFY(!uid.isEmpty());

    // Each retry: SCHEDULED until postponed_until, retry_count one more.
    QStringList postponements;
    for (int retry = 1; retry <= 2; ++retry) {
        QString status;
        for (int second = 0; second < 120; ++second) {
            QCOMPARE(sandbox.advance(second == 0 ? 0 : 1).status, 200);
            const QJsonObject run = sandbox.run(uid);
            status = run.value(QStringLiteral("status")).toString();
            if (run.value(QStringLiteral("retry_count")).toInt() == retry)
                break;
            QVERIFY2(status != QLatin1String("SUCCEEDED"), "succeeded before retrying");
        }
        const QJsonObject run = sandbox.run(uid);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("SCHEDULED"));
        QCOMPARE(run.value(QStringLiteral("retry_count")).toInt(), retry);
        const QString postponedUntil = run.value(QStringLiteral("postponed_until")).toString();
        QVERIFY(!postponedUntil.isEmpty());
        const QString clock =
            sandbox.adminGet(QStringLiteral("/clock")).json[QStringLiteral("now")].toString();
        QVERIFY2(postponedUntil > clock,
                 qPrintable(postponedUntil + QLatin1String(" <= ") + clock));
        QCOMPARE(sandbox.get(runPath(uid, QStringLiteral("/status")))
                     .json[QStringLiteral("postponed_until")]
                     .toString(),
                 postponedUntil);
        QVERIFY(!errorLabel(run).isEmpty());
        const QJsonObject input = sandbox.inputs(uid).first().toObject();
        QCOMPARE(input.value(QStringLiteral("status")).toString(), QStringLiteral("SCHEDULED"));
        QCOMPARE(input.value(QStringLiteral("retry_count")).toInt(), retry);
        postponements.append(postponedUntil);

        // Nothing happens before postponed_until.
        QCOMPARE(sandbox.advance(30).status, 200);
        QCOMPARE(sandbox.runStatus(uid), QStringLiteral("SCHEDULED"));
    }
    QVERIFY(postponements.at(0) < postponements.at(1));

    QCOMPARE(sandbox.advance(600).status, 200);
    const QJsonObject run = sandbox.run(uid);
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(run.value(QStringLiteral("retry_count")).toInt(), 2);
    QCOMPARE(run.value(QStringLiteral("output_count")).toInt(), 1);
    QVERIFY(run.value(QStringLiteral("postponed_until")).isNull());
    QVERIFY(run.value(QStringLiteral("last_error")).isNull());
    const QJsonObject input = sandbox.inputs(uid).first().toObject();
    QCOMPARE(input.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(input.value(QStringLiteral("retry_count")).toInt(), 2);
}

void TestSandboxRuns::cancelRunningThenResume()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = launchPeople(sandbox, {QStringLiteral("p-1"), QStringLiteral("p-2"),
                                               QStringLiteral("p-3"), QStringLiteral("p-4")});
    QVERIFY(!uid.isEmpty());
    // Two pages done: two inputs SUCCEEDED, two to go.
    QCOMPARE(sandbox.advance(5).status, 200);
    QCOMPARE(sandbox.runStatus(uid), QStringLiteral("RUNNING"));
    QCOMPARE(sandbox.run(uid).value(QStringLiteral("output_count")).toInt(), 2);

    const auto cancelled = sandbox.post(runPath(uid, QStringLiteral("/cancel")), QJsonObject());
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json[QStringLiteral("uid")].toString(), uid);
    QCOMPARE(cancelled.json[QStringLiteral("status")].toString(), QStringLiteral("STOPPED"));
    QCOMPARE(sandbox.runStatus(uid), QStringLiteral("STOPPED"));
    QCOMPARE(sandbox.inputStatuses(uid),
             (QStringList{QStringLiteral("SUCCEEDED"), QStringLiteral("SUCCEEDED"),
                          QStringLiteral("STOPPED"), QStringLiteral("STOPPED")}));

    // Pending work stops; the results so far stay readable.
    QCOMPARE(sandbox.advance(600).status, 200);
    const QJsonObject stopped = sandbox.run(uid);
    QCOMPARE(stopped.value(QStringLiteral("status")).toString(), QStringLiteral("STOPPED"));
    QCOMPARE(stopped.value(QStringLiteral("output_count")).toInt(), 2);
    QCOMPARE(sandbox.get(runPath(uid, QStringLiteral("/outputs"))).json.toArray().size(), 2);

    // Cancelling again is refused.
    VERIFY_ERROR_BODY(sandbox.post(runPath(uid, QStringLiteral("/cancel")), QJsonObject()), 422,
                      QStringLiteral("ACTION_ABORTED"), QStringLiteral("STOPPED"));

    // Resume finishes it, without running the finished inputs again.
    const auto resumed = sandbox.post(runPath(uid, QStringLiteral("/resume")), QJsonObject());
    QCOMPARE(resumed.status, 200);
    QCOMPARE(resumed.json[QStringLiteral("status")].toString(), QStringLiteral("SCHEDULED"));
    QCOMPARE(sandbox.inputStatuses(uid),
             (QStringList{QStringLiteral("SUCCEEDED"), QStringLiteral("SUCCEEDED"),
                          QStringLiteral("SCHEDULED"), QStringLiteral("SCHEDULED")}));
    QCOMPARE(sandbox.advance(60).status, 200);
    const QJsonObject finished = sandbox.run(uid);
    QCOMPARE(finished.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(finished.value(QStringLiteral("output_count")).toInt(), 4);
    QVERIFY(!finished.value(QStringLiteral("finished_at")).toString().isEmpty());
    const QJsonArray outputs = sandbox.get(runPath(uid, QStringLiteral("/outputs"))).json.toArray();
    QCOMPARE(outputs.size(), 4);
    QSet<QString> urls;
    for (const QJsonValue &output : outputs)
        urls.insert(output.toObject().value(QStringLiteral("linkedin_profile_handle")).toString());
    QCOMPARE(urls.size(), 4);
}

void TestSandboxRuns::cancelMidInputThenResumeKeepsOutputsUnique()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = sandbox.launch(
        QStringLiteral("linkedin-search-people"),
        QJsonArray{search(QStringLiteral("engineer")), search(QStringLiteral("teacher"))},
        QJsonObject{{QStringLiteral("max_results"), 40}});
    QVERIFY(!uid.isEmpty());
    // One page of the first input stored, more to come.
    QCOMPARE(sandbox.advance(3).status, 200);
    const QJsonObject first = sandbox.inputs(uid).first().toObject();
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("RUNNING"));
    QCOMPARE(first.value(QStringLiteral("output_count")).toInt(), 10);

    QCOMPARE(sandbox.post(runPath(uid, QStringLiteral("/cancel")), QJsonObject()).status, 200);
    QCOMPARE(sandbox.inputStatuses(uid),
             (QStringList{QStringLiteral("STOPPED"), QStringLiteral("STOPPED")}));
    QCOMPARE(sandbox.advance(60).status, 200);
    QCOMPARE(sandbox.run(uid).value(QStringLiteral("output_count")).toInt(), 10);

    QCOMPARE(sandbox.post(runPath(uid, QStringLiteral("/resume")), QJsonObject()).status, 200);
    QCOMPARE(sandbox.advance(600).status, 200);
    const QJsonObject run = sandbox.run(uid);
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));
    int inputSum = 0;
    for (const QJsonValue &input : sandbox.inputs(uid))
        inputSum += input.toObject().value(QStringLiteral("output_count")).toInt();
    const QJsonArray outputs = sandbox.outputs(uid);
    QCOMPARE(run.value(QStringLiteral("output_count")).toInt(), inputSum);
    QCOMPARE(static_cast<int>(outputs.size()), inputSum);
    QSet<QString> urls;
    for (const QJsonValue &output : outputs)
        urls.insert(output.toObject().value(kProfileUrl).toString());
    QCOMPARE(static_cast<int>(urls.size()), inputSum);
}

void TestSandboxRuns::cancelFromEveryCancellableStatus()
{
    SandboxFixture sandbox;
    sandbox.options().concurrency = 1;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    // RUNNING (holding the only slot) and QUEUED behind it...
    const QString running = launchPeople(
        sandbox, {QStringLiteral("k-1"), QStringLiteral("k-2"), QStringLiteral("k-3")});
    const QString queued = launchPeople(sandbox, {QStringLiteral("q-1")});
    QCOMPARE(sandbox.advance(0).status, 200);
    // ...and CREATED, launched after the clock last moved.
    const QString created = launchPeople(sandbox, {QStringLiteral("n-1")});
    QCOMPARE(sandbox.runStatus(running), QStringLiteral("RUNNING"));
    QCOMPARE(sandbox.runStatus(queued), QStringLiteral("QUEUED"));
    QCOMPARE(sandbox.runStatus(created), QStringLiteral("CREATED"));

    for (const QString &uid : {queued, created}) {
        const auto reply = sandbox.post(runPath(uid, QStringLiteral("/cancel")), QJsonObject());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json[QStringLiteral("status")].toString(), QStringLiteral("STOPPED"));
        QCOMPARE(sandbox.inputStatuses(uid), QStringList{QStringLiteral("STOPPED")});
    }
    QCOMPARE(sandbox.advance(60).status, 200);
    QCOMPARE(sandbox.runStatus(running), QStringLiteral("SUCCEEDED"));
    QCOMPARE(sandbox.runStatus(queued), QStringLiteral("STOPPED"));
    QCOMPARE(sandbox.runStatus(created), QStringLiteral("STOPPED"));
    QCOMPARE(sandbox.run(queued).value(QStringLiteral("output_count")).toInt(), 0);
    QCOMPARE(sandbox.run(created).value(QStringLiteral("started_at")), QJsonValue());

    // SCHEDULED, waiting for a retry: the retry never happens.
    const QString waiting = launchPeople(sandbox, {QStringLiteral("transient-one")});
    QCOMPARE(sandbox.advance(3).status, 200);
    QCOMPARE(sandbox.runStatus(waiting), QStringLiteral("SCHEDULED"));
    const auto reply = sandbox.post(runPath(waiting, QStringLiteral("/cancel")), QJsonObject());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[QStringLiteral("status")].toString(), QStringLiteral("STOPPED"));
    QVERIFY(reply.json[QStringLiteral("postponed_until")].isNull());
    QCOMPARE(sandbox.inputStatuses(waiting), QStringList{QStringLiteral("STOPPED")});
    QCOMPARE(sandbox.advance(3600).status, 200);
    QCOMPARE(sandbox.runStatus(waiting), QStringLiteral("STOPPED"));
    QCOMPARE(sandbox.run(waiting).value(QStringLiteral("retry_count")).toInt(), 1);

    // The slot is free again: a new run starts straight away.
    const QString later = launchPeople(sandbox, {QStringLiteral("l-1")});
    QCOMPARE(sandbox.advance(0).status, 200);
    QCOMPARE(sandbox.runStatus(later), QStringLiteral("RUNNING"));
}

void TestSandboxRuns::cancelOfFinishedRunIsRefused()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = launchPeople(sandbox, {QStringLiteral("done-and-dusted")});
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(30).status, 200);
    const QJsonObject before = sandbox.run(uid);
    QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));

    VERIFY_ERROR_BODY(sandbox.post(runPath(uid, QStringLiteral("/cancel")), QJsonObject()), 422,
                      QStringLiteral("ACTION_ABORTED"), QStringLiteral("SUCCEEDED"));
    QCOMPARE(sandbox.run(uid), before);
    QCOMPARE(sandbox.inputStatuses(uid), QStringList{QStringLiteral("SUCCEEDED")});
}

void TestSandboxRuns::resumeAndContinueAreRefused()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = launchPeople(sandbox, {QStringLiteral("r-1"), QStringLiteral("r-2")});
    QVERIFY(!uid.isEmpty());

    // Resume is for BLOCKED and STOPPED runs only.
    QCOMPARE(sandbox.advance(1).status, 200);
    QCOMPARE(sandbox.runStatus(uid), QStringLiteral("RUNNING"));
    const QJsonObject running = sandbox.run(uid);
    VERIFY_ERROR_BODY(sandbox.post(runPath(uid, QStringLiteral("/resume")), QJsonObject()), 422,
                      QStringLiteral("ACTION_ABORTED"), QStringLiteral("RUNNING"));
    QCOMPARE(sandbox.run(uid), running);

    QCOMPARE(sandbox.advance(30).status, 200);
    const QJsonObject finished = sandbox.run(uid);
    QCOMPARE(finished.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));
    VERIFY_ERROR_BODY(sandbox.post(runPath(uid, QStringLiteral("/resume")), QJsonObject()), 422,
                      QStringLiteral("ACTION_ABORTED"), QStringLiteral("SUCCEEDED"));
    // Continue is for incremental runs only.
    VERIFY_ERROR_BODY(sandbox.post(runPath(uid, QStringLiteral("/continue")), QJsonObject()), 422,
                      QStringLiteral("ACTION_ABORTED"), QStringLiteral("incremental"));
    QCOMPARE(sandbox.run(uid), finished);
}

void TestSandboxRuns::listFilters()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    // One second apart, so created_at orders them.
    const QString searchRun = sandbox.launch(QStringLiteral("linkedin-search-people"),
                                             QJsonArray{search(QStringLiteral("cto"))},
                                             QJsonObject{{QStringLiteral("max_results"), 10}});
    QCOMPARE(sandbox.advance(1).status, 200);
    const QString failedRun = launchPeople(sandbox, {QStringLiteral("unusable-x")});
    QCOMPARE(sandbox.advance(1).status, 200);
    const QString blockedRun =
        launchPeople(sandbox, {QStringLiteral("https://www.linkedin.com/products/foo")});
    QCOMPARE(sandbox.advance(1).status, 200);
    const QString stoppedRun = sandbox.launch(QStringLiteral("linkedin-extract-contact"),
                                              profiles({QStringLiteral("stop-me")}));
    QCOMPARE(sandbox.post(runPath(stoppedRun, QStringLiteral("/cancel")), QJsonObject()).status,
             200);
    QCOMPARE(sandbox.advance(60).status, 200);
    const auto live =
        sandbox.post(QStringLiteral("/actions/linkedin-extract-people/run/live"),
                     QJsonObject{{QStringLiteral("input"), profile(QStringLiteral("live-one"))}});
    QCOMPARE(live.status, 200);
    for (const QString &uid : {searchRun, failedRun, blockedRun, stoppedRun})
        QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.runStatus(searchRun), QStringLiteral("SUCCEEDED"));
    QCOMPARE(sandbox.runStatus(failedRun), QStringLiteral("FAILED"));
    QCOMPARE(sandbox.runStatus(blockedRun), QStringLiteral("BLOCKED"));
    QCOMPARE(sandbox.runStatus(stoppedRun), QStringLiteral("STOPPED"));

    const QStringList liveRuns = listed(sandbox, QStringLiteral("execution_mode=LIVE"));
    QCOMPARE(liveRuns.size(), 1);
    const QString liveRun = liveRuns.first();
    QCOMPARE(sandbox.run(liveRun).value(QStringLiteral("status")).toString(),
             QStringLiteral("SUCCEEDED"));
    QCOMPARE(sorted(listed(sandbox, QStringLiteral("execution_mode=ASYNC"))),
             sorted({searchRun, failedRun, blockedRun, stoppedRun}));

    // status: one value, repeated keys, key[] and comma lists.
    QCOMPARE(sorted(listed(sandbox, QStringLiteral("status=SUCCEEDED"))),
             sorted({searchRun, liveRun}));
    const QStringList failedOrBlocked = sorted({failedRun, blockedRun});
    QCOMPARE(sorted(listed(sandbox, QStringLiteral("status=FAILED&status=BLOCKED"))),
             failedOrBlocked);
    QCOMPARE(sorted(listed(sandbox, QStringLiteral("status=FAILED,BLOCKED"))), failedOrBlocked);
    QCOMPARE(sorted(listed(sandbox, QStringLiteral("status[]=FAILED&status[]=BLOCKED"))),
             failedOrBlocked);
    QCOMPARE(sorted(listed(sandbox, QStringLiteral("status%5B%5D=FAILED&status%5B%5D=BLOCKED"))),
             failedOrBlocked);
    QCOMPARE(sorted(listed(sandbox, QStringLiteral("status=FAILED%2CBLOCKED"))), failedOrBlocked);
    QCOMPARE(listed(sandbox, QStringLiteral("status=QUEUED")), QStringList());

    // action_name, alone and combined with another filter.
    QCOMPARE(sorted(listed(sandbox, QStringLiteral("action_name=linkedin-extract-people"))),
             sorted({failedRun, blockedRun, liveRun}));
    QCOMPARE(sorted(listed(sandbox, QStringLiteral("action_name=linkedin-extract-people&"
                                                   "execution_mode=ASYNC"))),
             failedOrBlocked);
    QCOMPARE(sorted(listed(sandbox, QStringLiteral("action_name=linkedin-search-people,"
                                                   "linkedin-extract-contact"))),
             sorted({searchRun, stoppedRun}));
    QCOMPARE(sorted(listed(sandbox, QStringLiteral("action_name[]=linkedin-search-people&"
                                                   "action_name[]=linkedin-extract-contact"))),
             sorted({searchRun, stoppedRun}));

    // uid, as a comma list and as repeated keys.
    QCOMPARE(sorted(listed(sandbox, QStringLiteral("uid=%1,%2").arg(searchRun, stoppedRun))),
             sorted({searchRun, stoppedRun}));
    QCOMPARE(sorted(listed(sandbox, QStringLiteral("uid=%1&uid=%2").arg(searchRun, liveRun))),
             sorted({searchRun, liveRun}));
    QCOMPARE(listed(sandbox, QStringLiteral("uid=") + kUnknownUid), QStringList());
    QCOMPARE(listed(sandbox, QStringLiteral("uid=%1&status=FAILED").arg(searchRun)), QStringList());

    // The deprecated workspace_uid is ignored.
    const QString workspace =
        sandbox.run(searchRun).value(QStringLiteral("workspace_uid")).toString();
    QCOMPARE(sorted(listed(sandbox,
                           QStringLiteral("status=FAILED,BLOCKED&workspace_uid=") + kUnknownUid)),
             failedOrBlocked);
    QVERIFY(!workspace.isEmpty());

    // user_uid: the sandbox key's user launched all five; flows run nothing.
    const QString user = sandbox.run(searchRun).value(QStringLiteral("user_uid")).toString();
    QVERIFY(!user.isEmpty());
    QCOMPARE(listed(sandbox, QStringLiteral("limit=100&user_uid=") + user).size(), 5);
    QCOMPARE(listed(sandbox, QStringLiteral("user_uid=") + kUnknownUid), QStringList());
    QCOMPARE(listed(sandbox, QStringLiteral("flow_run_id=42")), QStringList());

    // Several sort fields: status ascending, then newest first.
    const auto bySort = sandbox.get(QStringLiteral("/runs?sort=status,-created_at&limit=100"));
    QCOMPARE(bySort.status, 200);
    const QJsonArray sortedRuns = bySort.json.toArray();
    QCOMPARE(sortedRuns.size(), 5);
    for (qsizetype i = 1; i < sortedRuns.size(); ++i) {
        const QJsonObject previous = sortedRuns.at(i - 1).toObject();
        const QJsonObject current = sortedRuns.at(i).toObject();
        const QString previousStatus = previous.value(QStringLiteral("status")).toString();
        const QString currentStatus = current.value(QStringLiteral("status")).toString();
        QVERIFY(previousStatus <= currentStatus);
        if (previousStatus == currentStatus)
            QVERIFY(previous.value(QStringLiteral("created_at")).toString() >=
                    current.value(QStringLiteral("created_at")).toString());
    }
}

void TestSandboxRuns::listSortAndPaging()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QStringList runs;
    for (int i = 0; i < 12; ++i) {
        runs.append(launchPeople(sandbox, {QStringLiteral("person-%1").arg(i)}));
        QVERIFY(!runs.constLast().isEmpty());
        QCOMPARE(sandbox.advance(1).status, 200);
    }
    QStringList newestFirst = runs;
    std::reverse(newestFirst.begin(), newestFirst.end());

    // Defaults: ascending created_at, 10 per page.
    QCOMPARE(listed(sandbox, QString()), runs.mid(0, 10));
    QCOMPARE(listed(sandbox, QStringLiteral("offset=10")), runs.mid(10));
    QCOMPARE(listed(sandbox, QStringLiteral("limit=100")), runs);
    QCOMPARE(listed(sandbox, QStringLiteral("sort=created_at&limit=100")), runs);
    QCOMPARE(listed(sandbox, QStringLiteral("sort=-created_at&limit=100")), newestFirst);
    QCOMPARE(listed(sandbox, QStringLiteral("sort=-created_at")), newestFirst.mid(0, 10));
    QCOMPARE(listed(sandbox, QStringLiteral("sort=-created_at&limit=3&offset=2")),
             newestFirst.mid(2, 3));
    QCOMPARE(listed(sandbox, QStringLiteral("sort=created_at&limit=2&offset=1")), runs.mid(1, 2));
    QCOMPARE(listed(sandbox, QStringLiteral("limit=5&offset=10")), runs.mid(10));
    QCOMPARE(listed(sandbox, QStringLiteral("offset=12")), QStringList());
    QCOMPARE(listed(sandbox, QStringLiteral("limit=1")), runs.mid(0, 1));

    // Walking pages of 5 newest first sees every run once.
    QStringList walked;
    for (int offset = 0;; offset += 5) {
        const QStringList page =
            listed(sandbox, QStringLiteral("sort=-created_at&limit=5&offset=%1").arg(offset));
        walked += page;
        if (page.size() < 5)
            break;
    }
    QCOMPARE(walked, newestFirst);
}

void TestSandboxRuns::listRejectsBadParameters()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QVERIFY(!launchPeople(sandbox, {QStringLiteral("someone")}).isEmpty());

    for (const QString &limit : {QStringLiteral("0"), QStringLiteral("101"), QStringLiteral("abc"),
                                 QStringLiteral("-1"), QString()}) {
        const auto reply = sandbox.get(QStringLiteral("/runs?limit=") + limit);
        const QString problem =
            reply.errorProblem(400, QStringLiteral("BAD_PARAMETERS"), QStringLiteral("limit"));
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("limit=%1: %2").arg(limit, problem)));
    }
    VERIFY_ERROR_BODY(sandbox.get(QStringLiteral("/runs?offset=-1")), 400,
                      QStringLiteral("BAD_PARAMETERS"), QStringLiteral("offset"));
    VERIFY_ERROR_BODY(sandbox.get(QStringLiteral("/runs?status=DONE")), 400,
                      QStringLiteral("BAD_PARAMETERS"), QStringLiteral("status"));
    VERIFY_ERROR_BODY(sandbox.get(QStringLiteral("/runs?status=SUCCEEDED,DONE")), 400,
                      QStringLiteral("BAD_PARAMETERS"), QStringLiteral("status"));
    VERIFY_ERROR_BODY(sandbox.get(QStringLiteral("/runs?execution_mode=SCHEDULE")), 400,
                      QStringLiteral("BAD_PARAMETERS"), QStringLiteral("execution_mode"));
    QStringList elevenFields;
    for (int i = 0; i < 11; ++i)
        elevenFields.append(QStringLiteral("created_at"));
    VERIFY_ERROR_BODY(
        sandbox.get(QStringLiteral("/runs?sort=") + elevenFields.join(QLatin1Char(','))), 400,
        QStringLiteral("BAD_PARAMETERS"), QStringLiteral("sort"));
    VERIFY_ERROR_BODY(sandbox.get(QStringLiteral("/runs?sort=-name")), 400,
                      QStringLiteral("BAD_PARAMETERS"), QStringLiteral("sort"));
}

void TestSandboxRuns::inputsCursorPaging()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QStringList handles;
    for (int i = 0; i < 7; ++i)
        handles.append(QStringLiteral("input-%1").arg(i));
    QJsonArray sent = profiles(handles);
    QJsonObject withCustom = sent.at(2).toObject();
    withCustom.insert(QStringLiteral("custom_data"), QJsonObject{{QStringLiteral("row"), 3}});
    sent.replace(2, withCustom);
    const QString uid = sandbox.launch(QStringLiteral("linkedin-extract-people"), sent);
    QVERIFY(!uid.isEmpty());

    // Pages of 3: 3, 3, 1; X-Pagination-Next on all but the last.
    QJsonArray all;
    QList<int> sizes;
    QUrl next(sandbox.baseUrl() + runPath(uid, QStringLiteral("/inputs?limit=3")));
    while (!next.isEmpty() && sizes.size() < 10) {
        const auto page = sandbox.request("GET", next);
        QCOMPARE(page.status, 200);
        sizes.append(static_cast<int>(page.json.toArray().size()));
        for (const QJsonValue &item : page.json.toArray())
            all.append(item);
        next = QUrl(QString::fromUtf8(page.header("X-Pagination-Next")));
        if (!next.isEmpty()) {
            QCOMPARE(next.scheme(), QStringLiteral("http"));
            QVERIFY(next.path().endsWith(runPath(uid, QStringLiteral("/inputs"))));
            QVERIFY(QUrlQuery(next).hasQueryItem(QStringLiteral("cursor")));
        }
    }
    QCOMPARE(sizes, (QList<int>{3, 3, 1}));
    QCOMPARE(all.size(), 7);
    QSet<QString> uids;
    for (int i = 0; i < all.size(); ++i) {
        const QJsonObject input = all.at(i).toObject();
        uids.insert(input.value(QStringLiteral("uid")).toString());
        QCOMPARE(input.value(QStringLiteral("status")).toString(), QStringLiteral("CREATED"));
        QCOMPARE(input.value(QStringLiteral("input_data")).toObject(), profile(handles.at(i)));
        QCOMPARE(input.value(QStringLiteral("output_count")).toInt(), 0);
        QCOMPARE(input.value(QStringLiteral("retry_count")).toInt(), 0);
        if (i == 2)
            QCOMPARE(input.value(QStringLiteral("custom_data")).toObject(),
                     (QJsonObject{{QStringLiteral("row"), 3}}));
        else
            QVERIFY(input.value(QStringLiteral("custom_data")).isNull());
    }
    QCOMPARE(uids.size(), 7);

    // The default page holds them all, with no next page; so does limit=7.
    for (const QString &query : {QString(), QStringLiteral("?limit=7")}) {
        const auto page = sandbox.get(runPath(uid, QStringLiteral("/inputs")) + query);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.toArray(), all);
        QVERIFY(page.header("X-Pagination-Next").isEmpty());
    }

    // The pages read while the run works see the inputs' progress.
    QCOMPARE(sandbox.advance(60).status, 200);
    const auto done = sandbox.get(runPath(uid, QStringLiteral("/inputs")));
    for (const QJsonValue &input : done.json.toArray()) {
        QCOMPARE(input.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("SUCCEEDED"));
        QCOMPARE(input.toObject().value(QStringLiteral("output_count")).toInt(), 1);
    }
    QCOMPARE(uidsOf(done.json), uidsOf(all));

    VERIFY_ERROR_BODY(sandbox.get(runPath(uid, QStringLiteral("/inputs?limit=501"))), 400,
                      QStringLiteral("BAD_PARAMETERS"), QStringLiteral("limit"));
    VERIFY_ERROR_BODY(sandbox.get(runPath(uid, QStringLiteral("/inputs?limit=0"))), 400,
                      QStringLiteral("BAD_PARAMETERS"), QStringLiteral("limit"));
    QCOMPARE(sandbox.get(runPath(uid, QStringLiteral("/inputs?limit=500"))).status, 200);
}

void TestSandboxRuns::inputsDeprecatedOffset()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QStringList handles;
    for (int i = 0; i < 7; ++i)
        handles.append(QStringLiteral("offset-%1").arg(i));
    const QString uid = launchPeople(sandbox, handles);
    QVERIFY(!uid.isEmpty());
    const QStringList all = uidsOf(sandbox.get(runPath(uid, QStringLiteral("/inputs"))).json);
    QCOMPARE(all.size(), 7);

    const auto page = sandbox.get(runPath(uid, QStringLiteral("/inputs?limit=3&offset=3")));
    QCOMPARE(page.status, 200);
    QCOMPARE(uidsOf(page.json), all.mid(3, 3));
    QCOMPARE(uidsOf(sandbox.get(runPath(uid, QStringLiteral("/inputs?offset=6"))).json),
             all.mid(6));
    QCOMPARE(uidsOf(sandbox.get(runPath(uid, QStringLiteral("/inputs?offset=7"))).json),
             QStringList());
    VERIFY_ERROR_BODY(sandbox.get(runPath(uid, QStringLiteral("/inputs?offset=-2"))), 400,
                      QStringLiteral("BAD_PARAMETERS"), QStringLiteral("offset"));

    // With a cursor, offset is ignored.
    const auto first = sandbox.get(runPath(uid, QStringLiteral("/inputs?limit=2")));
    QUrl next(QString::fromUtf8(first.header("X-Pagination-Next")));
    QVERIFY(!next.isEmpty());
    QUrlQuery query(next);
    query.addQueryItem(QStringLiteral("offset"), QStringLiteral("5"));
    next.setQuery(query);
    const auto second = sandbox.request("GET", next);
    QCOMPARE(second.status, 200);
    QCOMPARE(uidsOf(second.json), all.mid(2, 2));
}

void TestSandboxRuns::badCursorIsRejected()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = launchPeople(
        sandbox, {QStringLiteral("c-1"), QStringLiteral("c-2"), QStringLiteral("c-3")});
    const QString other = launchPeople(
        sandbox, {QStringLiteral("d-1"), QStringLiteral("d-2"), QStringLiteral("d-3")});
    QVERIFY(!uid.isEmpty() && !other.isEmpty());
    QCOMPARE(sandbox.advance(60).status, 200);

    const QString inputsPath = runPath(uid, QStringLiteral("/inputs"));
    for (const QString &cursor : {QStringLiteral("garbage!!"), QStringLiteral("Zm9v"),
                                  QStringLiteral("YzE6MDAwOjE6MA"), QString()}) {
        const auto reply = sandbox.get(inputsPath + QStringLiteral("?cursor=") + cursor);
        const QString problem =
            reply.errorProblem(400, QStringLiteral("BAD_PARAMETERS"), QStringLiteral("cursor"));
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("cursor '%1': %2").arg(cursor, problem)));
    }

    // A real cursor only works where it was issued.
    const auto firstInputs = sandbox.get(inputsPath + QStringLiteral("?limit=1"));
    const QUrl inputsNext(QString::fromUtf8(firstInputs.header("X-Pagination-Next")));
    const QString inputsCursor = QUrlQuery(inputsNext).queryItemValue(QStringLiteral("cursor"));
    QVERIFY(!inputsCursor.isEmpty());
    QCOMPARE(sandbox.request("GET", inputsNext).status, 200);
    VERIFY_ERROR_BODY(sandbox.get(runPath(uid, QStringLiteral("/outputs?cursor=")) + inputsCursor),
                      400, QStringLiteral("BAD_PARAMETERS"), QStringLiteral("cursor"));
    VERIFY_ERROR_BODY(sandbox.get(runPath(other, QStringLiteral("/inputs?cursor=")) + inputsCursor),
                      400, QStringLiteral("BAD_PARAMETERS"), QStringLiteral("cursor"));

    const auto firstOutputs = sandbox.get(runPath(uid, QStringLiteral("/outputs?limit=1")));
    const QUrl outputsNext(QString::fromUtf8(firstOutputs.header("X-Pagination-Next")));
    QVERIFY(!outputsNext.isEmpty());
    QCOMPARE(sandbox.request("GET", outputsNext).status, 200);
    const QString outputsCursor = QUrlQuery(outputsNext).queryItemValue(QStringLiteral("cursor"));
    VERIFY_ERROR_BODY(sandbox.get(inputsPath + QStringLiteral("?cursor=") + outputsCursor), 400,
                      QStringLiteral("BAD_PARAMETERS"), QStringLiteral("cursor"));

    // Cursors expire after 24 hours.
    QCOMPARE(sandbox.advance(23 * 3600).status, 200);
    QCOMPARE(sandbox.request("GET", inputsNext).status, 200);
    QCOMPARE(sandbox.advance(2 * 3600).status, 200);
    VERIFY_ERROR_BODY(sandbox.request("GET", inputsNext), 400, QStringLiteral("BAD_PARAMETERS"),
                      QStringLiteral("cursor"));
    VERIFY_ERROR_BODY(sandbox.request("GET", outputsNext), 400, QStringLiteral("BAD_PARAMETERS"),
                      QStringLiteral("cursor"));
}

void TestSandboxRuns::outputsOfLiveRunAreRefused()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const auto live =
        sandbox.post(QStringLiteral("/actions/linkedin-extract-people/run/live"),
                     QJsonObject{{QStringLiteral("input"), profile(QStringLiteral("live-two"))}});
    QCOMPARE(live.status, 200);
    const QStringList liveRuns = listed(sandbox, QStringLiteral("execution_mode=LIVE"));
    QCOMPARE(liveRuns.size(), 1);
    const QString uid = liveRuns.first();
    const QJsonObject run = sandbox.run(uid);
    QCOMPARE(run.value(QStringLiteral("execution_mode")).toString(), QStringLiteral("LIVE"));
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));
    QVERIFY(run.value(QStringLiteral("callback")).isNull());

    VERIFY_ERROR_BODY(sandbox.get(runPath(uid, QStringLiteral("/outputs"))), 400,
                      QStringLiteral("BAD_PARAMETERS"), QString());
    // Live runs cannot be cancelled either.
    VERIFY_ERROR_BODY(sandbox.post(runPath(uid, QStringLiteral("/cancel")), QJsonObject()), 422,
                      QStringLiteral("ACTION_ABORTED"), QString());
}

void TestSandboxRuns::unknownRunIsNotFound()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    for (const QString &suffix : {QString(), QStringLiteral("/status"), QStringLiteral("/inputs"),
                                  QStringLiteral("/outputs")}) {
        const auto reply = sandbox.get(runPath(kUnknownUid, suffix));
        const QString problem = reply.errorProblem(404, QString());
        QVERIFY2(problem.isEmpty(), qPrintable(suffix + QLatin1String(": ") + problem));
    }
    for (const QString &operation :
         {QStringLiteral("/resume"), QStringLiteral("/continue"), QStringLiteral("/cancel")}) {
        const auto reply = sandbox.post(runPath(kUnknownUid, operation), QJsonObject());
        const QString problem = reply.errorProblem(404, QString());
        QVERIFY2(problem.isEmpty(), qPrintable(operation + QLatin1String(": ") + problem));
    }
    // Two errors, two references.
    QVERIFY(sandbox.get(runPath(kUnknownUid)).json[QStringLiteral("error_ref")] !=
            sandbox.get(runPath(kUnknownUid)).json[QStringLiteral("error_ref")]);
}

QTEST_GUILESS_MAIN(TestSandboxRuns)
#include "tst_sandbox_runs.moc"
