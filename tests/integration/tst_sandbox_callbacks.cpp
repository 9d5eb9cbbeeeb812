#include "tests/support/callbackreceiver.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxfixture.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTcpServer>
#include <QTest>

using namespace SandboxApi;

// Callbacks (contract section 5) as a receiver sees them: a local HTTP/1.1
// receiver records every POST the sandbox makes, and answers with a status
// the test chooses. Time only moves when the test advances the clock; the
// deliveries themselves are real HTTP and finish after the advance call
// returns, so they are waited for with QTRY_*.

namespace {

// CallbackReceiver's answers, as the records keep them.
const QJsonObject kReceivedAnswer{{QStringLiteral("received"), true}};
const QJsonObject kRefusedAnswer{{QStringLiteral("error"), QStringLiteral("receiver says no")}};

// The receiver's callback object, with a custom header every delivery carries.
QJsonObject callbackConfig(const CallbackReceiver &receiver, const QString &on)
{
    return receiver.callbackObject(on,
                                   QJsonObject{{QStringLiteral("X-Secret"), QStringLiteral("s3")}});
}

// Profiles to extract (one page and one result each), calling `receiver` back.
QString launchProfiles(SandboxFixture &sandbox, const CallbackReceiver &receiver,
                       const QStringList &handles, const QString &on)
{
    return sandbox.launch(QStringLiteral("linkedin-extract-people"), profiles(handles), {},
                          callbackConfig(receiver, on));
}

// One profile to extract: one page, one result.
QString launchOneProfile(SandboxFixture &sandbox, const CallbackReceiver &receiver,
                         const QString &on)
{
    return sandbox.launch(QStringLiteral("linkedin-extract-people"),
                          QJsonArray{profile(QStringLiteral("ada-lovelace"),
                                             QJsonObject{{QStringLiteral("crm_id"), 7}})},
                          {}, callbackConfig(receiver, on));
}

// The only callback record of a run (its status, retry_count...).
QJsonObject onlyCallbackOf(SandboxFixture &sandbox, const QString &runUid)
{
    const QJsonArray records = sandbox.callbackRecords(runUid);
    return records.size() == 1 ? records.first().toObject() : QJsonObject();
}

QString fieldOf(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

// The run status a delivery's payload reports.
QString runStatusOf(const CallbackReceiver::Delivery &delivery)
{
    return delivery.body.value(QStringLiteral("run"))
        .toObject()
        .value(QStringLiteral("status"))
        .toString();
}

} // namespace

class TestSandboxCallbacks : public QObject
{
    Q_OBJECT

private slots:
    void allDeliversEveryPageThenTheFinalStatus();
    void finalDeliversExactlyOnce();
    void onDefaultsToAll();
    void failedDeliveryIsRetriedUntilTheReceiverRecovers();
    void failedDeliveryGivesUpAfterThreeRetries();
    void replayMakesANewDeliveryOfTheSamePayload();
    void failedInputDeliversItsError();
    void finalDeliveryOfAFailedRun();
    void cancelStopsFurtherDeliveries();
    void cancelDropsUnsentDeliveriesAndScheduledRetries();
    void listRejectsBadParameters();
    void unreachableReceiverIsAFailure();
    void receiverTimeoutIsAFailure();
};

void TestSandboxCallbacks::allDeliversEveryPageThenTheFinalStatus()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const QJsonArray inputs{
        search(QStringLiteral("cto"), QJsonObject{{QStringLiteral("crm_id"), 42}}),
        search(QStringLiteral("designer"),
               QJsonObject{{QStringLiteral("crm_id"), 43},
                           {QStringLiteral("tags"), QJsonArray{QStringLiteral("a")}}})};
    const QString uid = sandbox.launch(QStringLiteral("linkedin-search-people"), inputs,
                                       QJsonObject{{QStringLiteral("max_results"), 25}},
                                       callbackConfig(receiver, {}));
    QVERIFY(!uid.isEmpty());
    QCOMPARE(receiver.count(), 0);

    // One page per 2 s step; each step delivers exactly one callback.
    QSet<QString> refUids;
    QSet<QString> batchUids;
    QHash<int, int> pagesPerInput;
    QHash<int, int> resultsPerInput;
    int lastInput = 0;
    int seen = 0;
    QString finalStatus;
    for (int step = 1; step <= 40 && finalStatus.isEmpty(); ++step) {
        QCOMPARE(sandbox.advance(2).status, 200);
        QTRY_COMPARE(receiver.count(), step);
        const CallbackReceiver::Delivery &delivery = receiver.last();
        QCOMPARE(delivery.method, QByteArray("POST"));
        QCOMPARE(delivery.path, QByteArray("/hook"));
        QCOMPARE(delivery.header("X-Secret"), QByteArray("s3"));
        QVERIFY(delivery.header("Content-Type").startsWith("application/json"));
        const QJsonObject body = delivery.body;
        const QJsonObject run = body.value(QStringLiteral("run")).toObject();
        QCOMPARE(run.value(QStringLiteral("run_uid")).toString(), uid);
        const QString refUid = body.value(QStringLiteral("callback_ref_uid")).toString();
        const QString batchUid = run.value(QStringLiteral("batch_uid")).toString();
        QVERIFY(!refUid.isEmpty());
        QVERIFY(!batchUid.isEmpty());
        QVERIFY2(!refUids.contains(refUid), "callback_ref_uid reused by another delivery");
        QVERIFY2(!batchUids.contains(batchUid), "batch_uid reused by another delivery");
        refUids.insert(refUid);
        batchUids.insert(batchUid);
        QVERIFY(body.contains(QStringLiteral("error")));
        QVERIFY(body.value(QStringLiteral("error")).isNull());
        QVERIFY(body.value(QStringLiteral("results")).isArray());
        const QJsonArray results = body.value(QStringLiteral("results")).toArray();

        const QString status = run.value(QStringLiteral("status")).toString();
        if (status != QLatin1String("RUNNING")) {
            finalStatus = status;
            QVERIFY(results.isEmpty());
            QVERIFY(body.value(QStringLiteral("input")).isNull());
            QVERIFY(body.value(QStringLiteral("custom_data")).isNull());
            break;
        }
        // A page delivery: the input it belongs to, its custom_data at the
        // root, and exactly the outputs this page stored.
        const QString searchUrl =
            body.value(QStringLiteral("input")).toObject().value(kSearchUrl).toString();
        int index = -1;
        for (int i = 0; i < inputs.size(); ++i) {
            if (inputs.at(i).toObject().value(kSearchUrl).toString() == searchUrl)
                index = i;
        }
        QVERIFY2(index >= 0, qPrintable(QString::fromUtf8(delivery.rawBody.left(300))));
        QVERIFY2(index >= lastInput, "inputs are processed in order");
        lastInput = index;
        QCOMPARE(body.value(QStringLiteral("custom_data")),
                 inputs.at(index).toObject().value(QStringLiteral("custom_data")));
        QVERIFY(!results.isEmpty());
        QVERIFY(results.size() <= 10);
        const auto outputs = sandbox.get(runPath(uid, QStringLiteral("/outputs?limit=500")));
        QCOMPARE(outputs.status, 200);
        const QJsonArray stored = outputs.json.toArray();
        QCOMPARE(stored.size(), seen + results.size());
        for (qsizetype i = 0; i < results.size(); ++i)
            QCOMPARE(results.at(i), stored.at(seen + i));
        seen += results.size();
        ++pagesPerInput[index];
        resultsPerInput[index] += static_cast<int>(results.size());
    }
    QCOMPARE(finalStatus, QStringLiteral("SUCCEEDED"));

    // Completeness: the results received add up to the run's output_count,
    // input by input, in pages of at most 10.
    const QJsonObject run = sandbox.run(uid);
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(run.value(QStringLiteral("output_count")).toInt(), seen);
    const QJsonArray runInputs = sandbox.inputs(uid);
    QCOMPARE(runInputs.size(), inputs.size());
    for (int i = 0; i < runInputs.size(); ++i) {
        const int count = runInputs.at(i).toObject().value(QStringLiteral("output_count")).toInt();
        QVERIFY(count > 0);
        QCOMPARE(resultsPerInput.value(i), count);
        QCOMPARE(pagesPerInput.value(i), (count + 9) / 10);
    }

    // Nothing more goes out, and every delivery is recorded as a success.
    QCOMPARE(sandbox.advance(600).status, 200);
    const QJsonArray records = sandbox.callbackRecords(uid);
    QCOMPARE(records.size(), receiver.count());
    QSet<QString> recordedBatches;
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(record.value(QStringLiteral("http_status")).toInt(), 200);
        QCOMPARE(record.value(QStringLiteral("retry_count")).toInt(), 0);
        QVERIFY(record.value(QStringLiteral("parent_uid")).isNull());
        QVERIFY(record.value(QStringLiteral("error")).isNull());
        QCOMPARE(record.value(QStringLiteral("run_uid")).toString(), uid);
        QCOMPARE(record.value(QStringLiteral("callback_url")).toString(), receiver.url());
        QCOMPARE(record.value(QStringLiteral("http_response")).toObject(), kReceivedAnswer);
        QVERIFY(!record.value(QStringLiteral("workspace_uid")).toString().isEmpty());
        QVERIFY(!record.value(QStringLiteral("created_at")).toString().isEmpty());
        recordedBatches.insert(record.value(QStringLiteral("batch_uid")).toString());

        const auto single = sandbox.get(QStringLiteral("/runs/callbacks/") +
                                        record.value(QStringLiteral("uid")).toString());
        QCOMPARE(single.status, 200);
        QCOMPARE(single.json.toObject(), record);
    }
    QCOMPARE(recordedBatches, batchUids);
    QCOMPARE(receiver.count(), static_cast<int>(records.size()));

    // The status filter of 5.5.
    const auto failed = sandbox.get(QStringLiteral("/runs/callbacks?status=FAILED&run_uid=") + uid);
    QCOMPARE(failed.status, 200);
    QCOMPARE(failed.json.toArray().size(), 0);
    const auto succeeded =
        sandbox.get(QStringLiteral("/runs/callbacks?status=SUCCESS&limit=20&run_uid=") + uid);
    QCOMPARE(succeeded.json.toArray().size(), records.size());
}

void TestSandboxCallbacks::finalDeliversExactlyOnce()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const QString uid =
        sandbox.launch(QStringLiteral("linkedin-search-people"),
                       QJsonArray{search(QStringLiteral("cto")), search(QStringLiteral("cfo"))},
                       QJsonObject{{QStringLiteral("max_results"), 25}},
                       callbackConfig(receiver, QStringLiteral("final")));
    QVERIFY(!uid.isEmpty());

    // Page by page: nothing is delivered while the run works.
    QString status;
    for (int step = 0; step < 40; ++step) {
        QCOMPARE(sandbox.advance(2).status, 200);
        status = sandbox.runStatus(uid);
        if (status != QLatin1String("RUNNING"))
            break;
        QCOMPARE(sandbox.callbackRecords(uid).size(), 0);
    }
    QCOMPARE(status, QStringLiteral("SUCCEEDED"));
    QTRY_COMPARE(receiver.count(), 1);
    const QJsonObject body = receiver.last().body;
    QCOMPARE(receiver.last().header("X-Secret"), QByteArray("s3"));
    QCOMPARE(
        body.value(QStringLiteral("run")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("SUCCEEDED"));
    QCOMPARE(
        body.value(QStringLiteral("run")).toObject().value(QStringLiteral("run_uid")).toString(),
        uid);
    QVERIFY(!body.value(QStringLiteral("callback_ref_uid")).toString().isEmpty());
    QVERIFY(!body.value(QStringLiteral("run"))
                 .toObject()
                 .value(QStringLiteral("batch_uid"))
                 .toString()
                 .isEmpty());
    QCOMPARE(body.value(QStringLiteral("results")).toArray().size(), 0);
    QVERIFY(body.value(QStringLiteral("input")).isNull());

    QTRY_COMPARE(fieldOf(onlyCallbackOf(sandbox, uid), "status"), QStringLiteral("SUCCESS"));
    QCOMPARE(sandbox.advance(600).status, 200);
    QCOMPARE(sandbox.callbackRecords(uid).size(), 1);
    QCOMPARE(receiver.count(), 1);
}

void TestSandboxCallbacks::onDefaultsToAll()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    // Two profiles: one page each, then the final delivery (contract 8 #7).
    const QString uid =
        launchProfiles(sandbox, receiver, {QStringLiteral("a-b"), QStringLiteral("c-d")}, {});
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(60).status, 200);
    QTRY_COMPARE(receiver.count(), 3);
    int running = 0;
    int succeeded = 0;
    for (const CallbackReceiver::Delivery &delivery : receiver.deliveries()) {
        const QString status = runStatusOf(delivery);
        running += status == QLatin1String("RUNNING");
        succeeded += status == QLatin1String("SUCCEEDED");
    }
    QCOMPARE(running, 2);
    QCOMPARE(succeeded, 1);
}

void TestSandboxCallbacks::failedDeliveryIsRetriedUntilTheReceiverRecovers()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.failNext(2, 500);
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const QString uid = launchOneProfile(sandbox, receiver, QStringLiteral("final"));
    QVERIFY(!uid.isEmpty());
    // Start, one page, the final step: the one delivery goes out at 4 s.
    QCOMPARE(sandbox.advance(4).status, 200);
    QTRY_COMPARE(receiver.count(), 1);
    QTRY_COMPARE(fieldOf(onlyCallbackOf(sandbox, uid), "retry_count"), QStringLiteral("1"));
    QJsonObject record = onlyCallbackOf(sandbox, uid);
    QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(record.value(QStringLiteral("http_status")).toInt(), 500);
    const QJsonObject failure = record.value(QStringLiteral("error")).toObject();
    QVERIFY(!failure.value(QStringLiteral("error_label")).toString().isEmpty());
    QVERIFY(!failure.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(!failure.value(QStringLiteral("error_ref")).toString().isEmpty());
    QCOMPARE(failure.value(QStringLiteral("status_code")).toInt(), 500);
    QCOMPARE(record.value(QStringLiteral("http_response")).toObject(), kRefusedAnswer);
    const QString callbackUid = record.value(QStringLiteral("uid")).toString();

    // The first retry is due 5 s after the failure, not before.
    QCOMPARE(sandbox.advance(4.9).status, 200);
    QCOMPARE(onlyCallbackOf(sandbox, uid).value(QStringLiteral("status")).toString(),
             QStringLiteral("FAILED"));
    QCOMPARE(receiver.count(), 1);
    QCOMPARE(sandbox.advance(0.1).status, 200);
    QTRY_COMPARE(receiver.count(), 2);
    QTRY_COMPARE(fieldOf(onlyCallbackOf(sandbox, uid), "retry_count"), QStringLiteral("2"));
    record = onlyCallbackOf(sandbox, uid);
    QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(record.value(QStringLiteral("http_status")).toInt(), 500);

    // The second one 30 s later; the receiver has recovered by then.
    QCOMPARE(sandbox.advance(29.9).status, 200);
    QCOMPARE(onlyCallbackOf(sandbox, uid).value(QStringLiteral("status")).toString(),
             QStringLiteral("FAILED"));
    QCOMPARE(receiver.count(), 2);
    QCOMPARE(sandbox.advance(0.1).status, 200);
    QTRY_COMPARE(receiver.count(), 3);
    QTRY_COMPARE(fieldOf(onlyCallbackOf(sandbox, uid), "status"), QStringLiteral("SUCCESS"));
    record = onlyCallbackOf(sandbox, uid);
    QCOMPARE(record.value(QStringLiteral("uid")).toString(), callbackUid);
    QCOMPARE(record.value(QStringLiteral("http_status")).toInt(), 200);
    QCOMPARE(record.value(QStringLiteral("retry_count")).toInt(), 2);
    QVERIFY(record.value(QStringLiteral("error")).isNull());

    // One logical delivery: the same payload, callback_ref_uid and batch_uid.
    const CallbackReceiver::Delivery &first = receiver.deliveries().first();
    QVERIFY(!first.body.value(QStringLiteral("callback_ref_uid")).toString().isEmpty());
    for (const CallbackReceiver::Delivery &delivery : receiver.deliveries()) {
        QCOMPARE(delivery.header("X-Secret"), QByteArray("s3"));
        QCOMPARE(delivery.body, first.body);
    }
    QCOMPARE(first.body.value(QStringLiteral("run"))
                 .toObject()
                 .value(QStringLiteral("batch_uid"))
                 .toString(),
             record.value(QStringLiteral("batch_uid")).toString());

    QCOMPARE(sandbox.advance(600).status, 200);
    QCOMPARE(receiver.count(), 3);
}

void TestSandboxCallbacks::failedDeliveryGivesUpAfterThreeRetries()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setStatus(500);
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const QString uid = launchOneProfile(sandbox, receiver, QStringLiteral("final"));
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(4).status, 200);
    QTRY_COMPARE(receiver.count(), 1);
    QTRY_COMPARE(fieldOf(onlyCallbackOf(sandbox, uid), "retry_count"), QStringLiteral("1"));

    // Retries 5 s, 30 s and 120 s after each failure.
    const double delays[] = {5, 30, 120};
    for (int retry = 1; retry <= 3; ++retry) {
        const double delay = delays[retry - 1];
        QCOMPARE(sandbox.advance(delay - 0.5).status, 200);
        QCOMPARE(receiver.count(), retry);
        QCOMPARE(onlyCallbackOf(sandbox, uid).value(QStringLiteral("status")).toString(),
                 QStringLiteral("FAILED"));
        QCOMPARE(sandbox.advance(0.5).status, 200);
        QTRY_COMPARE(receiver.count(), retry + 1);
        QTRY_COMPARE(fieldOf(onlyCallbackOf(sandbox, uid), "status"), QStringLiteral("FAILED"));
        const QJsonObject record = onlyCallbackOf(sandbox, uid);
        QCOMPARE(record.value(QStringLiteral("http_status")).toInt(), 500);
        // Counts the retries scheduled so far: three at most.
        QCOMPARE(record.value(QStringLiteral("retry_count")).toInt(), std::min(retry + 1, 3));
    }

    // Given up: FAILED for good, nothing more is attempted.
    QCOMPARE(sandbox.advance(3600).status, 200);
    QJsonObject original = onlyCallbackOf(sandbox, uid);
    QCOMPARE(original.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(original.value(QStringLiteral("retry_count")).toInt(), 3);
    QCOMPARE(original.value(QStringLiteral("http_status")).toInt(), 500);
    QCOMPARE(receiver.count(), 4);
    const QString ref =
        receiver.deliveries().first().body.value(QStringLiteral("callback_ref_uid")).toString();
    QVERIFY(!ref.isEmpty());
    for (const CallbackReceiver::Delivery &delivery : receiver.deliveries())
        QCOMPARE(delivery.body.value(QStringLiteral("callback_ref_uid")).toString(), ref);
    QCOMPARE(sandbox.runStatus(uid), QStringLiteral("SUCCEEDED"));

    // The receiver is fixed; a replay by hand delivers the payload again.
    receiver.setStatus(200);
    const auto replay = sandbox.post(QStringLiteral("/runs/callbacks/") +
                                         original.value(QStringLiteral("uid")).toString() +
                                         QStringLiteral("/replay"),
                                     QJsonObject());
    QCOMPARE(replay.status, 200);
    const QString replayUid = replay.json[QStringLiteral("uid")].toString();
    QCOMPARE(sandbox.advance(0).status, 200);
    QTRY_COMPARE(receiver.count(), 5);
    QCOMPARE(receiver.last().body, receiver.deliveries().first().body);
    QTRY_COMPARE(fieldOf(sandbox.callbackRecord(replayUid), "status"), QStringLiteral("SUCCESS"));
    original = sandbox.callbackRecord(original.value(QStringLiteral("uid")).toString());
    QCOMPARE(original.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
}

void TestSandboxCallbacks::replayMakesANewDeliveryOfTheSamePayload()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const QString uid = launchOneProfile(sandbox, receiver, QStringLiteral("final"));
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(10).status, 200);
    QTRY_COMPARE(receiver.count(), 1);
    QTRY_COMPARE(fieldOf(onlyCallbackOf(sandbox, uid), "status"), QStringLiteral("SUCCESS"));
    const QJsonObject original = onlyCallbackOf(sandbox, uid);
    const QString originalUid = original.value(QStringLiteral("uid")).toString();
    const QString replayPath = QStringLiteral("/runs/callbacks/%1/replay");

    // A replay is a new PENDING record pointing at the original...
    const auto replay = sandbox.post(replayPath.arg(originalUid), QJsonObject());
    QCOMPARE(replay.status, 200);
    const QJsonObject replayed = replay.json.toObject();
    const QString replayUid = replayed.value(QStringLiteral("uid")).toString();
    QVERIFY(!replayUid.isEmpty());
    QVERIFY(replayUid != originalUid);
    QCOMPARE(replayed.value(QStringLiteral("parent_uid")).toString(), originalUid);
    QCOMPARE(replayed.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
    QCOMPARE(replayed.value(QStringLiteral("retry_count")).toInt(), 0);
    QCOMPARE(replayed.value(QStringLiteral("run_uid")).toString(), uid);
    QCOMPARE(replayed.value(QStringLiteral("batch_uid")).toString(),
             original.value(QStringLiteral("batch_uid")).toString());
    QCOMPARE(replayed.value(QStringLiteral("callback_url")).toString(), receiver.url());
    const auto stored = sandbox.get(QStringLiteral("/runs/callbacks/") + replayUid);
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.json[QStringLiteral("status")].toString(), QStringLiteral("PENDING"));
    QCOMPARE(stored.json[QStringLiteral("parent_uid")].toString(), originalUid);
    QCOMPARE(receiver.count(), 1);

    // ...delivered with the same payload once the sandbox gets to it.
    QCOMPARE(sandbox.advance(0).status, 200);
    QTRY_COMPARE(receiver.count(), 2);
    QCOMPARE(receiver.last().body, receiver.deliveries().first().body);
    QCOMPARE(receiver.last().header("X-Secret"), QByteArray("s3"));
    QTRY_COMPARE(fieldOf(sandbox.callbackRecord(replayUid), "status"), QStringLiteral("SUCCESS"));
    QCOMPARE(sandbox.callbackRecord(replayUid).value(QStringLiteral("http_status")).toInt(), 200);
    // The original is left as it was.
    QCOMPARE(sandbox.callbackRecord(originalUid), original);

    // A replay cannot be replayed.
    VERIFY_ERROR_BODY(sandbox.post(replayPath.arg(replayUid), QJsonObject()), 422,
                      QStringLiteral("ACTION_ABORTED"), QString());

    // An original at most three times.
    QCOMPARE(sandbox.post(replayPath.arg(originalUid), QJsonObject()).status, 200);
    QCOMPARE(sandbox.post(replayPath.arg(originalUid), QJsonObject()).status, 200);
    VERIFY_ERROR_BODY(sandbox.post(replayPath.arg(originalUid), QJsonObject()), 422,
                      QStringLiteral("ACTION_ABORTED"), QString());
    QCOMPARE(sandbox.callbackRecords(uid).size(), 4);

    VERIFY_ERROR_BODY(sandbox.post(replayPath.arg(kUnknownUid), QJsonObject()), 404, QString(),
                      QString());
    VERIFY_ERROR_BODY(sandbox.get(QStringLiteral("/runs/callbacks/") + kUnknownUid), 404, QString(),
                      QString());

    // The two accepted replays go out as well; the refused ones never do.
    QCOMPARE(sandbox.advance(0).status, 200);
    QTRY_COMPARE(receiver.count(), 4);
    for (const CallbackReceiver::Delivery &delivery : receiver.deliveries())
        QCOMPARE(delivery.body, receiver.deliveries().first().body);
    QCOMPARE(sandbox.advance(600).status, 200);
    QCOMPARE(receiver.count(), 4);
}

void TestSandboxCallbacks::failedInputDeliversItsError()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QJsonObject custom{{QStringLiteral("crm_id"), 99}};
    const QString uid = sandbox.launch(
        QStringLiteral("linkedin-extract-people"),
        QJsonArray{profile(QStringLiteral("ok-one")), profile(QStringLiteral("unusable"), custom)},
        {}, callbackConfig(receiver, QStringLiteral("all")));
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(60).status, 200);
    QCOMPARE(sandbox.runStatus(uid), QStringLiteral("PARTIAL_SUCCEEDED"));
    QTRY_COMPARE(receiver.count(), 3);

    // Deliveries may arrive in any order when one advance covers them all.
    QJsonObject failure;
    QJsonObject final;
    for (const CallbackReceiver::Delivery &delivery : receiver.deliveries()) {
        if (!delivery.body.value(QStringLiteral("error")).isNull())
            failure = delivery.body;
        if (delivery.body.value(QStringLiteral("run")).toObject().value(QStringLiteral("status")) !=
            QLatin1String("RUNNING"))
            final = delivery.body;
    }
    QVERIFY(!failure.isEmpty());
    QCOMPARE(failure.value(QStringLiteral("input")).toObject().value(kProfileUrl).toString(),
             QStringLiteral("https://www.linkedin.com/in/unusable"));
    QCOMPARE(failure.value(QStringLiteral("custom_data")).toObject(), custom);
    QCOMPARE(failure.value(QStringLiteral("results")).toArray().size(), 0);
    // The error is shaped like the error body of 1.4.
    const QJsonObject inputError = failure.value(QStringLiteral("error")).toObject();
    QCOMPARE(inputError.value(QStringLiteral("error_label")).toString(),
             QStringLiteral("NO_DATA_AVAILABLE"));
    QVERIFY(inputError.value(QStringLiteral("error_scope")).isString());
    QVERIFY(!inputError.value(QStringLiteral("error_ref")).toString().isEmpty());
    QVERIFY(!inputError.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(inputError.value(QStringLiteral("status_code")).toInt() >= 400);
    QVERIFY(inputError.value(QStringLiteral("params")).isObject());
    const QJsonArray inputs = sandbox.inputs(uid);
    QCOMPARE(inputError.value(QStringLiteral("error_ref")),
             inputs.at(1)
                 .toObject()
                 .value(QStringLiteral("last_error"))
                 .toObject()
                 .value(QStringLiteral("error_ref")));

    QCOMPARE(
        final.value(QStringLiteral("run")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("PARTIAL_SUCCEEDED"));
    int results = 0;
    for (const CallbackReceiver::Delivery &delivery : receiver.deliveries())
        results +=
            static_cast<int>(delivery.body.value(QStringLiteral("results")).toArray().size());
    QCOMPARE(results, sandbox.run(uid).value(QStringLiteral("output_count")).toInt());
    QCOMPARE(results, 1);
}

void TestSandboxCallbacks::finalDeliveryOfAFailedRun()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid =
        launchProfiles(sandbox, receiver, {QStringLiteral("unusable")}, QStringLiteral("final"));
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(60).status, 200);
    QTRY_COMPARE(receiver.count(), 1);
    QCOMPARE(runStatusOf(receiver.last()), QStringLiteral("FAILED"));
    QCOMPARE(sandbox.callbackRecords(uid).size(), 1);
}

void TestSandboxCallbacks::cancelStopsFurtherDeliveries()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = launchProfiles(
        sandbox, receiver, {QStringLiteral("p-1"), QStringLiteral("p-2"), QStringLiteral("p-3")},
        QStringLiteral("all"));
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(2).status, 200);
    QTRY_COMPARE(receiver.count(), 1);
    QTRY_COMPARE(fieldOf(onlyCallbackOf(sandbox, uid), "status"), QStringLiteral("SUCCESS"));

    // No further callbacks after the cancel (contract 3.9), not even a final one.
    const auto cancelled = sandbox.post(runPath(uid, QStringLiteral("/cancel")), QJsonObject());
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(sandbox.advance(600).status, 200);
    QCOMPARE(sandbox.callbackRecords(uid).size(), 1);
    QCOMPARE(receiver.count(), 1);

    // Resumed, the run delivers the rest and its final status.
    const auto resumed = sandbox.post(runPath(uid, QStringLiteral("/resume")), QJsonObject());
    QCOMPARE(resumed.status, 200);
    QCOMPARE(sandbox.advance(600).status, 200);
    QCOMPARE(sandbox.runStatus(uid), QStringLiteral("SUCCEEDED"));
    QTRY_COMPARE(receiver.count(), 4);
    QStringList statuses;
    int results = 0;
    for (const CallbackReceiver::Delivery &delivery : receiver.deliveries()) {
        statuses.append(runStatusOf(delivery));
        results +=
            static_cast<int>(delivery.body.value(QStringLiteral("results")).toArray().size());
    }
    statuses.sort();
    QCOMPARE(statuses, (QStringList{QStringLiteral("RUNNING"), QStringLiteral("RUNNING"),
                                    QStringLiteral("RUNNING"), QStringLiteral("SUCCEEDED")}));
    QCOMPARE(results, 3);
}

// Contract 3.9: "No further callbacks are sent after the cancel", not
// even those already recorded. In one advance every delivery a page
// records is also attempted, so a delivery still unsent at the cancel is a
// replay (sent on the dispatcher's next pass) or a retry waiting for its
// delay; the cancel drops both.
void TestSandboxCallbacks::cancelDropsUnsentDeliveriesAndScheduledRetries()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setStatus(500);
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = launchProfiles(
        sandbox, receiver, {QStringLiteral("p-1"), QStringLiteral("p-2"), QStringLiteral("p-3")},
        QStringLiteral("all"));
    QVERIFY(!uid.isEmpty());

    // The first page's delivery is refused: its first retry is due 5 s later.
    QCOMPARE(sandbox.advance(2).status, 200);
    QTRY_COMPARE(receiver.count(), 1);
    QTRY_COMPARE(fieldOf(onlyCallbackOf(sandbox, uid), "retry_count"), QStringLiteral("1"));
    const QJsonObject refused = onlyCallbackOf(sandbox, uid);
    QCOMPARE(refused.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(refused.value(QStringLiteral("http_status")).toInt(), 500);
    const QString refusedUid = refused.value(QStringLiteral("uid")).toString();

    // A replay of it is recorded PENDING, not yet attempted.
    const auto replay = sandbox.post(
        QStringLiteral("/runs/callbacks/") + refusedUid + QStringLiteral("/replay"), QJsonObject());
    QCOMPARE(replay.status, 200);
    const QString replayUid = replay.json[QStringLiteral("uid")].toString();
    QVERIFY(!replayUid.isEmpty());
    QCOMPARE(fieldOf(sandbox.callbackRecord(replayUid), "status"), QStringLiteral("PENDING"));
    QCOMPARE(receiver.count(), 1);

    const auto cancelled = sandbox.post(runPath(uid, QStringLiteral("/cancel")), QJsonObject());
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json[QStringLiteral("status")].toString(), QStringLiteral("STOPPED"));

    // The pending delivery ends FAILED without an attempt...
    const QJsonObject dropped = sandbox.callbackRecord(replayUid);
    QCOMPARE(dropped.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(dropped.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("error_label"))
                 .toString(),
             QStringLiteral("RUN_CANCELLED"));
    QVERIFY(dropped.value(QStringLiteral("http_status")).isNull());
    QVERIFY(dropped.value(QStringLiteral("http_response")).isNull());
    QCOMPARE(dropped.value(QStringLiteral("retry_count")).toInt(), 0);
    QCOMPARE(dropped.value(QStringLiteral("parent_uid")).toString(), refusedUid);
    // ...and the refused one keeps its failure, with no retry left to come.
    QCOMPARE(sandbox.callbackRecord(refusedUid), refused);
    const QJsonArray afterCancel = sandbox.callbackRecords(uid);
    QCOMPARE(afterCancel.size(), 2);

    // Well past every retry delay (5 s, 30 s, 120 s): no attempt is made
    // (an attempt marks its record RUNNING at once), nothing more is
    // recorded, nothing reaches the receiver.
    QCOMPARE(sandbox.advance(600).status, 200);
    QCOMPARE(sandbox.callbackRecords(uid), afterCancel);
    QCOMPARE(sandbox.get(QStringLiteral("/runs/callbacks?status=PENDING,RUNNING&run_uid=") + uid)
                 .json.toArray()
                 .size(),
             0);
    QCOMPARE(receiver.count(), 1);
    QCOMPARE(sandbox.runStatus(uid), QStringLiteral("STOPPED"));
}

void TestSandboxCallbacks::listRejectsBadParameters()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QCOMPARE(sandbox.get(QStringLiteral("/runs/callbacks?limit=20")).status, 200);
    QCOMPARE(sandbox.get(QStringLiteral("/runs/callbacks?sort=-created_at")).status, 200);
    QCOMPARE(sandbox.get(QStringLiteral("/runs/callbacks?status=PENDING,FAILED")).status, 200);
    for (const QString &query : {QStringLiteral("limit=21"), QStringLiteral("limit=0"),
                                 QStringLiteral("status=DONE"), QStringLiteral("offset=-1")}) {
        const auto reply = sandbox.get(QStringLiteral("/runs/callbacks?") + query);
        const QString name = query.section(QLatin1Char('='), 0, 0);
        const QString problem = reply.errorProblem(400, QStringLiteral("BAD_PARAMETERS"), name);
        QVERIFY2(problem.isEmpty(), qPrintable(query + QLatin1String(": ") + problem));
    }
}

void TestSandboxCallbacks::unreachableReceiverIsAFailure()
{
    // A port nobody listens on any more.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1/hook").arg(probe.serverPort());
    probe.close();
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QJsonObject callback = callbackConfig(receiver, QStringLiteral("final"));
    callback.insert(QStringLiteral("url"), url);
    const QString uid = sandbox.launch(QStringLiteral("linkedin-extract-people"),
                                       QJsonArray{profile(QStringLiteral("x-y"))}, {}, callback);
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(4).status, 200);
    QTRY_COMPARE(fieldOf(onlyCallbackOf(sandbox, uid), "status"), QStringLiteral("FAILED"));
    const QJsonObject record = onlyCallbackOf(sandbox, uid);
    QVERIFY(record.value(QStringLiteral("http_status")).isNull());
    QCOMPARE(record.value(QStringLiteral("retry_count")).toInt(), 1);
    QVERIFY(!record.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
}

void TestSandboxCallbacks::receiverTimeoutIsAFailure()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.holdNext(1);
    SandboxFixture sandbox;
    // The per-attempt timeout runs on real time; a short one for the test.
    sandbox.options().callbackTimeoutMs = 300;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = launchOneProfile(sandbox, receiver, QStringLiteral("final"));
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(4).status, 200);
    QTRY_COMPARE(receiver.count(), 1);
    QTRY_COMPARE(fieldOf(onlyCallbackOf(sandbox, uid), "status"), QStringLiteral("FAILED"));
    QCOMPARE(onlyCallbackOf(sandbox, uid).value(QStringLiteral("retry_count")).toInt(), 1);
    QVERIFY(onlyCallbackOf(sandbox, uid).value(QStringLiteral("http_status")).isNull());

    // The retry, answered in time, succeeds with the same payload.
    QCOMPARE(sandbox.advance(5).status, 200);
    QTRY_COMPARE(receiver.count(), 2);
    QTRY_COMPARE(fieldOf(onlyCallbackOf(sandbox, uid), "status"), QStringLiteral("SUCCESS"));
    QCOMPARE(receiver.deliveries().at(1).body, receiver.deliveries().at(0).body);
}

QTEST_GUILESS_MAIN(TestSandboxCallbacks)
#include "tst_sandbox_callbacks.moc"
