// Bulk resume / continue / cancel plans: which selected runs each would be
// sent for, and which it skips with what reason. Expected values follow the
// contract's table (3.10) and preconditions (3.8 incremental only, 3.9 no
// live cancel), written out here rather than computed.

#include "core/domain/runoperationplan.h"

#include <QTest>

namespace {

Run makeRun(const QString &uid, const char *status, ExecutionMode mode = ExecutionMode::Async,
            bool incremental = false)
{
    Run run;
    run.uid = uid;
    run.statusText = QString::fromLatin1(status);
    run.status = runStatusFromApi(run.statusText);
    run.executionMode = mode;
    if (incremental)
        run.parameters.insert(QStringLiteral("sync_mode"), QStringLiteral("incremental"));
    return run;
}

QStringList uids(const QList<Run> &runs)
{
    QStringList list;
    for (const Run &run : runs)
        list.append(run.uid);
    return list;
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

} // namespace

class TestRunOperationPlan : public QObject
{
    Q_OBJECT

private slots:
    void cancelFollowsTheTable();
    void cancelSkipsLiveRuns();
    void resumeOnlyBlockedAndStopped();
    void continueNeedsIncremental();
    void duplicatesCountOnce();
    void summaryInWords();
};

void TestRunOperationPlan::cancelFollowsTheTable()
{
    const QList<Run> runs = {
        makeRun(QStringLiteral("a"), "CREATED"),   makeRun(QStringLiteral("b"), "QUEUED"),
        makeRun(QStringLiteral("c"), "SCHEDULED"), makeRun(QStringLiteral("d"), "RUNNING"),
        makeRun(QStringLiteral("e"), "BLOCKED"),   makeRun(QStringLiteral("f"), "STOPPED"),
        makeRun(QStringLiteral("g"), "SUCCEEDED"), makeRun(QStringLiteral("h"), "FAILED"),
        makeRun(QStringLiteral("i"), "INVALID"),   makeRun(QStringLiteral("j"), "SOMETHING_NEW")};
    const auto plan = RunOperationPlan::make(RunOperation::Cancel, runs);
    QCOMPARE(uids(plan.eligible), words("a b c d e"));
    QCOMPARE(plan.skipped.size(), 5);
    QCOMPARE(plan.skipped.first().run.uid, QStringLiteral("f"));
    QCOMPARE(plan.skipped.first().reason, QStringLiteral("Cancel is not allowed from STOPPED"));
    QCOMPARE(plan.skipped.last().reason,
             QStringLiteral("Cancel is not allowed from SOMETHING_NEW"));
}

void TestRunOperationPlan::cancelSkipsLiveRuns()
{
    const auto plan = RunOperationPlan::make(
        RunOperation::Cancel, {makeRun(QStringLiteral("live"), "RUNNING", ExecutionMode::Live),
                               makeRun(QStringLiteral("async"), "RUNNING")});
    QCOMPARE(uids(plan.eligible), words("async"));
    QCOMPARE(plan.skipped.size(), 1);
    QCOMPARE(plan.skipped.first().reason, QStringLiteral("live runs cannot be cancelled"));
}

void TestRunOperationPlan::resumeOnlyBlockedAndStopped()
{
    QStringList allowed;
    for (const RunStatus status : knownRunStatuses()) {
        const Run run = makeRun(QString(toApiString(status)), toApiString(status).data());
        if (RunOperationPlan::refusal(RunOperation::Resume, run).isEmpty())
            allowed.append(run.uid);
    }
    QCOMPARE(allowed, words("BLOCKED STOPPED"));
}

void TestRunOperationPlan::continueNeedsIncremental()
{
    const auto plan = RunOperationPlan::make(
        RunOperation::Continue,
        {makeRun(QStringLiteral("full"), "SUCCEEDED"),
         makeRun(QStringLiteral("inc"), "SUCCEEDED", ExecutionMode::Async, true),
         makeRun(QStringLiteral("incRunning"), "RUNNING", ExecutionMode::Async, true),
         makeRun(QStringLiteral("incFailed"), "FAILED", ExecutionMode::Async, true)});
    QCOMPARE(uids(plan.eligible), words("inc incFailed"));
    QCOMPARE(plan.skipped.size(), 2);
    QCOMPARE(plan.skipped.at(0).reason, QStringLiteral("not an incremental run"));
    QCOMPARE(plan.skipped.at(1).reason, QStringLiteral("Continue is not allowed from RUNNING"));
}

void TestRunOperationPlan::duplicatesCountOnce()
{
    const Run run = makeRun(QStringLiteral("a"), "RUNNING");
    const auto plan = RunOperationPlan::make(RunOperation::Cancel, {run, run, Run()});
    QCOMPARE(plan.eligible.size(), 1);
    QVERIFY(plan.skipped.isEmpty());
}

void TestRunOperationPlan::summaryInWords()
{
    auto plan =
        RunOperationPlan::make(RunOperation::Cancel, {makeRun(QStringLiteral("a"), "RUNNING"),
                                                      makeRun(QStringLiteral("b"), "QUEUED"),
                                                      makeRun(QStringLiteral("c"), "SUCCEEDED")});
    QCOMPARE(plan.summary(), QStringLiteral("Cancel 2 runs. 1 selected run will be skipped."));
    plan = RunOperationPlan::make(RunOperation::Resume, {makeRun(QStringLiteral("a"), "RUNNING")});
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.summary(), QStringLiteral("Nothing to resume. 1 selected run will be skipped."));
    plan = RunOperationPlan::make(RunOperation::Resume, {makeRun(QStringLiteral("a"), "STOPPED")});
    QCOMPARE(plan.summary(), QStringLiteral("Resume 1 run."));
}

QTEST_GUILESS_MAIN(TestRunOperationPlan)
#include "tst_runoperationplan.moc"
