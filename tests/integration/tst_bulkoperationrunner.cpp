// Bulk operations against the in-process sandbox: only the plan's eligible
// runs are sent, each outcome comes back with the server's run or message,
// and the sandbox ends up in the states the contract describes.

#include "models/runs/bulkoperationrunner.h"
#include "tests/support/sandboxclient.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

class TestBulkOperationRunner : public QObject
{
    Q_OBJECT

private slots:
    void cancelsOnlyEligibleRuns();
    void reportsServerRefusalPerRun();
    void emptyPlanFinishesAtOnce();

private:
    static Run launch(SandboxFixture &sandbox, int inputs);
};

Run TestBulkOperationRunner::launch(SandboxFixture &sandbox, int inputs)
{
    QJsonArray list;
    for (int i = 0; i < inputs; ++i)
        list.append(QJsonObject{{QStringLiteral("linkedin_profile_url"),
                                 QStringLiteral("https://www.linkedin.com/in/p%1").arg(i)}});
    const QString uid = sandbox.launch(QStringLiteral("linkedin-extract-people"), list);
    return Run::fromJson(sandbox.run(uid));
}

void TestBulkOperationRunner::cancelsOnlyEligibleRuns()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    SandboxClient connection(sandbox);

    const Run small = launch(sandbox, 1);
    QCOMPARE(sandbox.advance(3600).status, 200);
    const Run finished = Run::fromJson(sandbox.run(small.uid));
    QVERIFY2(isTerminal(finished.status), qPrintable(finished.statusText));
    // Launched after the clock moved, so still waiting to start.
    const Run first = launch(sandbox, 5);
    const Run second = launch(sandbox, 5);
    QVERIFY(!isTerminal(first.status) && !isTerminal(second.status));

    const auto plan = RunOperationPlan::make(RunOperation::Cancel, {first, second, finished});
    QCOMPARE(plan.skipped.size(), 1);
    QCOMPARE(plan.skipped.first().run.uid, small.uid);

    BulkOperationRunner runner(&connection.client, plan);
    QSignalSpy outcomes(&runner, &BulkOperationRunner::outcomeReady);
    QSignalSpy updated(&runner, &BulkOperationRunner::runUpdated);
    QSignalSpy done(&runner, &BulkOperationRunner::finished);
    runner.start();
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(outcomes.size(), 2);
    QCOMPARE(updated.size(), 2);
    for (const auto &outcome : runner.outcomes()) {
        QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
        QCOMPARE(outcome.run.statusText, QStringLiteral("STOPPED"));
        QCOMPARE(outcome.message, QStringLiteral("Now STOPPED"));
    }
    QCOMPARE(sandbox.runStatus(first.uid), QStringLiteral("STOPPED"));
    QCOMPARE(sandbox.runStatus(second.uid), QStringLiteral("STOPPED"));
    // The skipped run was never touched.
    QCOMPARE(sandbox.runStatus(small.uid), finished.statusText);
}

void TestBulkOperationRunner::reportsServerRefusalPerRun()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    SandboxClient connection(sandbox);
    const Run run = launch(sandbox, 1);
    QCOMPARE(sandbox.advance(3600).status, 200);
    const Run ended = Run::fromJson(sandbox.run(run.uid));
    QVERIFY(isTerminal(ended.status));

    // A stale copy: the dashboard still thinks it is running, so the plan
    // sends it and the server refuses.
    Run stale = ended;
    stale.status = RunStatus::Running;
    stale.statusText = QStringLiteral("RUNNING");
    BulkOperationRunner runner(&connection.client,
                               RunOperationPlan::make(RunOperation::Cancel, {stale}));
    QSignalSpy done(&runner, &BulkOperationRunner::finished);
    runner.start();
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(runner.outcomes().size(), 1);
    const auto &outcome = runner.outcomes().first();
    QVERIFY(!outcome.succeeded);
    QVERIFY2(!outcome.message.isEmpty(), "the server's message is kept");
    QCOMPARE(sandbox.runStatus(run.uid), ended.statusText);
}

void TestBulkOperationRunner::emptyPlanFinishesAtOnce()
{
    BulkOperationRunner runner(nullptr, RunOperationPlan::make(RunOperation::Resume, {}));
    QSignalSpy done(&runner, &BulkOperationRunner::finished);
    runner.start();
    QCOMPARE(done.size(), 1);
    QVERIFY(!runner.isRunning());
}

QTEST_GUILESS_MAIN(TestBulkOperationRunner)
#include "tst_bulkoperationrunner.moc"
