#include "sandbox/sandboxengine.h"
#include "tests/support/callbackreceiver.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace SandboxApi;

// Kill and restart: SandboxFixture::stop() destroys the engine with no
// shutdown step, and start() reopens the same database file. Whatever the
// API acknowledged before the stop must survive it: runs finish exactly
// once, outputs are neither lost nor duplicated, callbacks still go out,
// and identifiers keep being unique.

namespace {

QJsonArray searchInputs()
{
    return QJsonArray{search(QStringLiteral("cto")), search(QStringLiteral("designer")),
                      search(QStringLiteral("nurse")), search(QStringLiteral("founder"))};
}

QString callbackStatus(SandboxFixture &sandbox, const QString &callbackUid)
{
    return sandbox.callbackRecord(callbackUid).value(QStringLiteral("status")).toString();
}

// Kill and restart on the same file; the manual clock carries on from
// where it stood, as a real one would.
bool restart(SandboxFixture &sandbox, QString *error)
{
    const qint64 now = sandbox.engine().clock().nowMs();
    sandbox.stop();
    sandbox.options().clockStartMs = now;
    return sandbox.start(error);
}

// Checks a finished search run: output_count, the inputs' counts and the
// outputs paged through agree, and no output appears twice. Empty when
// all is well, else what is wrong.
QString outputProblem(SandboxFixture &sandbox, const QString &uid, QJsonArray *outputsOut)
{
    const QJsonObject run = sandbox.run(uid);
    const int outputCount = run.value(QStringLiteral("output_count")).toInt();
    int inputSum = 0;
    for (const QJsonValue &input : sandbox.inputs(uid, 100)) {
        if (input.toObject().value(QStringLiteral("status")).toString() !=
            QLatin1String("SUCCEEDED"))
            return QStringLiteral("an input ended %1")
                .arg(input.toObject().value(QStringLiteral("status")).toString());
        inputSum += input.toObject().value(QStringLiteral("output_count")).toInt();
    }
    const QJsonArray outputs = sandbox.outputs(uid, 37);
    if (outputsOut)
        *outputsOut = outputs;
    if (inputSum != outputCount || outputs.size() != outputCount)
        return QStringLiteral("output_count %1, inputs' sum %2, outputs paged %3")
            .arg(outputCount)
            .arg(inputSum)
            .arg(outputs.size());
    QSet<QString> urls;
    for (const QJsonValue &output : outputs) {
        const QString url = output.toObject().value(kProfileUrl).toString();
        if (url.isEmpty())
            return QStringLiteral("an output has no linkedin_profile_url");
        if (urls.contains(url))
            return QStringLiteral("output %1 is stored twice").arg(url);
        urls.insert(url);
    }
    return {};
}

} // namespace

class TestSandboxRecovery : public QObject
{
    Q_OBJECT

private slots:
    void runFinishesOnceAfterRestart();
    void runSurvivesManyRestarts();
    void inFlightCallbackIsDeliveredAfterRestart();
    void pendingReplayIsDeliveredAfterRestart();
    void scheduledCallbackRetryHappensAfterRestart();
    void uidsNeverCollideAcrossRestarts();
};

void TestSandboxRecovery::runFinishesOnceAfterRestart()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QJsonArray inputs = searchInputs();
    const QString uid = sandbox.launch(QStringLiteral("linkedin-search-people"), inputs,
                                       QJsonObject{{QStringLiteral("max_results"), 100}});
    QVERIFY(!uid.isEmpty());

    // A few pages in: RUNNING with some outputs stored.
    QCOMPARE(sandbox.advance(7).status, 200);
    const QJsonObject before = sandbox.run(uid);
    QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("RUNNING"));
    const int storedBefore = before.value(QStringLiteral("output_count")).toInt();
    QVERIFY(storedBefore > 0);
    const QJsonArray outputsBefore = sandbox.outputs(uid, 100);
    QCOMPARE(outputsBefore.size(), storedBefore);

    QVERIFY2(restart(sandbox, &error), qPrintable(error));

    // Nothing acknowledged before the stop is lost.
    const QJsonObject after = sandbox.run(uid);
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("RUNNING"));
    QCOMPARE(after.value(QStringLiteral("output_count")).toInt(), storedBefore);
    QCOMPARE(after.value(QStringLiteral("started_at")), before.value(QStringLiteral("started_at")));

    QCOMPARE(sandbox.advance(600).status, 200);
    const QJsonObject finished = sandbox.run(uid);
    QCOMPARE(finished.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(finished.value(QStringLiteral("uid")).toString(), uid);
    QJsonArray outputs;
    const QString problem = outputProblem(sandbox, uid, &outputs);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The outputs stored before the stop are still the first ones.
    for (qsizetype i = 0; i < outputsBefore.size(); ++i)
        QCOMPARE(outputs.at(i), outputsBefore.at(i));

    // The same run without the stop stores exactly the same outputs.
    SandboxFixture reference;
    QVERIFY2(reference.start(&error), qPrintable(error));
    const QString referenceUid =
        reference.launch(QStringLiteral("linkedin-search-people"), inputs,
                         QJsonObject{{QStringLiteral("max_results"), 100}});
    QVERIFY(!referenceUid.isEmpty());
    QCOMPARE(reference.advance(607).status, 200);
    QCOMPARE(reference.runStatus(referenceUid), QStringLiteral("SUCCEEDED"));
    const QJsonArray expected = reference.outputs(referenceUid, 500);
    QCOMPARE(outputs.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(outputs.at(i), expected.at(i));
    QCOMPARE(finished.value(QStringLiteral("finished_at")),
             reference.run(referenceUid).value(QStringLiteral("finished_at")));
}

void TestSandboxRecovery::runSurvivesManyRestarts()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = sandbox.launch(QStringLiteral("linkedin-search-people"), searchInputs(),
                                       QJsonObject{{QStringLiteral("max_results"), 60}});
    QVERIFY(!uid.isEmpty());

    // A restart every 3 s of virtual time: between steps and right after
    // them, in every input.
    int restarts = 0;
    while (sandbox.runStatus(uid) != QLatin1String("SUCCEEDED") && restarts < 200) {
        QCOMPARE(sandbox.advance(3).status, 200);
        QVERIFY2(restart(sandbox, &error), qPrintable(error));
        ++restarts;
    }
    QCOMPARE(sandbox.runStatus(uid), QStringLiteral("SUCCEEDED"));
    QVERIFY(restarts > 3);
    const QString problem = outputProblem(sandbox, uid, nullptr);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestSandboxRecovery::inFlightCallbackIsDeliveredAfterRestart()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.holdNext(1);
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = sandbox.launch(QStringLiteral("linkedin-extract-people"),
                                       profiles({QStringLiteral("a-b"), QStringLiteral("c-d")}), {},
                                       receiver.callbackObject());
    QVERIFY(!uid.isEmpty());

    // The first page's delivery reaches the receiver, which never answers.
    QCOMPARE(sandbox.advance(2).status, 200);
    QTRY_COMPARE(receiver.count(), 1);
    const QJsonArray records = sandbox.callbackRecords(uid);
    QCOMPARE(records.size(), 1);
    const QString callbackUid = records.first().toObject().value(QStringLiteral("uid")).toString();
    QCOMPARE(callbackStatus(sandbox, callbackUid), QStringLiteral("RUNNING"));

    QVERIFY2(restart(sandbox, &error), qPrintable(error));
    const QString status = callbackStatus(sandbox, callbackUid);
    QVERIFY2(status == QLatin1String("PENDING") || status == QLatin1String("FAILED"),
             qPrintable(status));

    // Attempted again: the same logical delivery (callback_ref_uid).
    QCOMPARE(sandbox.advance(0).status, 200);
    QTRY_COMPARE(receiver.count(), 2);
    QCOMPARE(receiver.deliveries().at(1).body, receiver.deliveries().at(0).body);
    QTRY_COMPARE(callbackStatus(sandbox, callbackUid), QStringLiteral("SUCCESS"));

    // The run carries on: second page and the final delivery.
    QCOMPARE(sandbox.advance(60).status, 200);
    QCOMPARE(sandbox.runStatus(uid), QStringLiteral("SUCCEEDED"));
    QTRY_COMPARE(receiver.count(), 4);
    QCOMPARE(receiver.deliveries()
                 .at(3)
                 .body.value(QStringLiteral("run"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("SUCCEEDED"));
    QCOMPARE(sandbox.callbackRecords(uid).size(), 3);
}

void TestSandboxRecovery::pendingReplayIsDeliveredAfterRestart()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = sandbox.launch(QStringLiteral("linkedin-extract-people"),
                                       QJsonArray{profile(QStringLiteral("a-b"))}, {},
                                       receiver.callbackObject(QStringLiteral("final")));
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(10).status, 200);
    QTRY_COMPARE(receiver.count(), 1);
    const QString originalUid =
        sandbox.callbackRecords(uid).first().toObject().value(QStringLiteral("uid")).toString();
    QTRY_COMPARE(callbackStatus(sandbox, originalUid), QStringLiteral("SUCCESS"));

    const auto replay =
        sandbox.post(QStringLiteral("/runs/callbacks/") + originalUid + QStringLiteral("/replay"),
                     QJsonObject());
    QCOMPARE(replay.status, 200);
    const QString replayUid = replay.json[QStringLiteral("uid")].toString();
    QCOMPARE(callbackStatus(sandbox, replayUid), QStringLiteral("PENDING"));

    QVERIFY2(restart(sandbox, &error), qPrintable(error));
    QCOMPARE(callbackStatus(sandbox, replayUid), QStringLiteral("PENDING"));
    QCOMPARE(sandbox.advance(0).status, 200);
    QTRY_COMPARE(receiver.count(), 2);
    QCOMPARE(receiver.deliveries().at(1).body, receiver.deliveries().at(0).body);
    QTRY_COMPARE(callbackStatus(sandbox, replayUid), QStringLiteral("SUCCESS"));
    QCOMPARE(sandbox.callbackRecord(replayUid).value(QStringLiteral("parent_uid")).toString(),
             originalUid);
}

void TestSandboxRecovery::scheduledCallbackRetryHappensAfterRestart()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.failNext(1);
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = sandbox.launch(QStringLiteral("linkedin-extract-people"),
                                       QJsonArray{profile(QStringLiteral("a-b"))}, {},
                                       receiver.callbackObject(QStringLiteral("final")));
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(4).status, 200);
    QTRY_COMPARE(receiver.count(), 1);
    const QString callbackUid =
        sandbox.callbackRecords(uid).first().toObject().value(QStringLiteral("uid")).toString();
    QTRY_COMPARE(callbackStatus(sandbox, callbackUid), QStringLiteral("FAILED"));
    QCOMPARE(sandbox.callbackRecord(callbackUid).value(QStringLiteral("retry_count")).toInt(), 1);

    QVERIFY2(restart(sandbox, &error), qPrintable(error));
    QCOMPARE(callbackStatus(sandbox, callbackUid), QStringLiteral("FAILED"));
    // Still due 5 s after the failure.
    QCOMPARE(sandbox.advance(4.5).status, 200);
    QCOMPARE(receiver.count(), 1);
    QCOMPARE(sandbox.advance(0.5).status, 200);
    QTRY_COMPARE(receiver.count(), 2);
    QCOMPARE(receiver.deliveries().at(1).body, receiver.deliveries().at(0).body);
    QTRY_COMPARE(callbackStatus(sandbox, callbackUid), QStringLiteral("SUCCESS"));
}

void TestSandboxRecovery::uidsNeverCollideAcrossRestarts()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    // Every identifier a client can see: runs, inputs, callbacks, batches,
    // callback_ref_uids and error references.
    QSet<QString> seen;
    QStringList duplicates;
    const auto note = [&](const QString &id) {
        if (id.isEmpty())
            return;
        if (seen.contains(id))
            duplicates.append(id);
        seen.insert(id);
    };
    const auto oneRound = [&] {
        const QString uid = sandbox.launch(
            QStringLiteral("linkedin-extract-people"),
            profiles({QStringLiteral("a-b"), QStringLiteral("c-d"), QStringLiteral("unusable")}),
            {}, receiver.callbackObject());
        note(uid);
        QCOMPARE(sandbox.advance(30).status, 200);
        // Every delivery answered before the next stop, or it is redelivered
        // after the restart (at least once, same callback_ref_uid).
        QTRY_COMPARE(sandbox.get(QStringLiteral("/runs/callbacks?status=SUCCESS&run_uid=") + uid)
                         .json.toArray()
                         .size(),
                     qsizetype(4));
        for (const QJsonValue &input : sandbox.inputs(uid, 100)) {
            note(input.toObject().value(QStringLiteral("uid")).toString());
            note(input.toObject()
                     .value(QStringLiteral("last_error"))
                     .toObject()
                     .value(QStringLiteral("error_ref"))
                     .toString());
        }
        for (const QJsonValue &record : sandbox.callbackRecords(uid)) {
            note(record.toObject().value(QStringLiteral("uid")).toString());
            note(record.toObject().value(QStringLiteral("batch_uid")).toString());
        }
        note(sandbox.get(runPath(kUnknownUid)).json[QStringLiteral("error_ref")].toString());
    };

    oneRound();
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(restart(sandbox, &error), qPrintable(error));
    oneRound();
    QVERIFY(!QTest::currentTestFailed());
    // This time the clock starts over, back before everything stored.
    sandbox.stop();
    sandbox.options().clockStartMs = SandboxFixture::defaultOptions().clockStartMs;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    oneRound();
    QVERIFY(!QTest::currentTestFailed());
    QTRY_COMPARE(receiver.count(), 12);
    for (const CallbackReceiver::Delivery &delivery : receiver.deliveries()) {
        note(delivery.body.value(QStringLiteral("callback_ref_uid")).toString());
        // batch_uid is the same as the record's: counted there already.
    }
    QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(QLatin1String(", "))));
    // 3 rounds of: run, 3 inputs, 1 input error_ref, 4 callbacks with
    // their batches, 1 error_ref; and 12 callback_ref_uids.
    QCOMPARE(static_cast<int>(seen.size()), 3 * (1 + 3 + 1 + 4 * 2 + 1) + 12);
}

QTEST_GUILESS_MAIN(TestSandboxRecovery)
#include "tst_sandbox_recovery.moc"
