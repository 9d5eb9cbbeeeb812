#include "sandboxengine.h"
#include "sandboxfixture.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// Kill and restart: SandboxFixture::stop() destroys the engine with no
// shutdown step, and start() reopens the same database file. Whatever the
// API acknowledged before the stop must survive it: runs finish exactly
// once, outputs are neither lost nor duplicated, callbacks still go out,
// and identifiers keep being unique.

namespace {

// A tiny HTTP/1.1 receiver for callbacks: records each POST, and answers
// with a chosen status, or holds the answer back (a delivery in flight).
class HookReceiver final
{
public:
    HookReceiver()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort());
    }
    void failNext(int count) { m_failures = count; }
    // The next `count` requests are read but never answered.
    void holdNext(int count) { m_holds = count; }
    int count() const { return static_cast<int>(m_bodies.size()); }
    const QList<QJsonObject> &bodies() const { return m_bodies; }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer.left(end).split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 &&
                    line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = line.mid(colon + 1).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            m_bodies.append(QJsonDocument::fromJson(buffer.mid(end + 4, length)).object());
            buffer.remove(0, end + 4 + length);
            if (m_holds > 0) {
                --m_holds;
                continue;
            }
            int status = 200;
            if (m_failures > 0) {
                --m_failures;
                status = 500;
            }
            socket->write("HTTP/1.1 " + QByteArray::number(status) +
                          " Receiver\r\nContent-Type: application/json\r\nContent-Length: "
                          "2\r\n\r\n{}");
        }
    }

    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QJsonObject> m_bodies;
    int m_failures = 0;
    int m_holds = 0;
    // Last, so it goes first: its sockets' signals still find the members.
    QTcpServer m_server;
};

const QString kSearchUrl = QStringLiteral("linkedin_people_search_url");
const QString kProfileUrl = QStringLiteral("linkedin_profile_url");

QJsonArray searchInputs()
{
    QJsonArray inputs;
    for (const char *keywords : {"cto", "designer", "nurse", "founder"}) {
        const QString url =
            QStringLiteral("https://www.linkedin.com/search/results/people/?keywords=") +
            QLatin1String(keywords);
        inputs.append(QJsonObject{{kSearchUrl, url}});
    }
    return inputs;
}

QString launch(SandboxFixture &sandbox, const QString &action, const QJsonArray &inputs,
               const QJsonObject &parameters, const QJsonObject &callback = {})
{
    QJsonObject body{{QStringLiteral("inputs"), inputs}};
    if (!parameters.isEmpty())
        body.insert(QStringLiteral("parameters"), parameters);
    if (!callback.isEmpty())
        body.insert(QStringLiteral("callback"), callback);
    const auto reply =
        sandbox.post(QStringLiteral("/actions/") + action + QStringLiteral("/run/async"), body);
    if (reply.status != 200) {
        qWarning() << "launch failed:" << reply.status << reply.body;
        return {};
    }
    return reply.json[QStringLiteral("run_uid")].toString();
}

QJsonObject runOf(SandboxFixture &sandbox, const QString &uid)
{
    return sandbox.get(QStringLiteral("/runs/") + uid).json.toObject();
}

QString statusOf(SandboxFixture &sandbox, const QString &uid)
{
    return runOf(sandbox, uid).value(QStringLiteral("status")).toString();
}

// Every item of /runs/{uid}/{what}, following X-Pagination-Next.
QJsonArray pageThrough(SandboxFixture &sandbox, const QString &uid, const QString &what, int limit)
{
    QJsonArray all;
    QUrl next(sandbox.baseUrl() + QStringLiteral("/runs/") + uid + QLatin1Char('/') + what +
              QStringLiteral("?limit=") + QString::number(limit));
    for (int pages = 0; !next.isEmpty() && pages < 1000; ++pages) {
        const auto page = sandbox.request("GET", next);
        if (page.status != 200) {
            qWarning() << "paging failed:" << page.status << page.body;
            return {};
        }
        for (const QJsonValue &item : page.json.toArray())
            all.append(item);
        next = QUrl(QString::fromUtf8(page.header("X-Pagination-Next")));
    }
    return all;
}

QJsonArray callbacksOf(SandboxFixture &sandbox, const QString &runUid)
{
    return sandbox.get(QStringLiteral("/runs/callbacks?limit=20&run_uid=") + runUid).json.toArray();
}

QJsonObject callbackOf(SandboxFixture &sandbox, const QString &callbackUid)
{
    return sandbox.get(QStringLiteral("/runs/callbacks/") + callbackUid).json.toObject();
}

QString callbackStatus(SandboxFixture &sandbox, const QString &callbackUid)
{
    return callbackOf(sandbox, callbackUid).value(QStringLiteral("status")).toString();
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
    const QJsonObject run = runOf(sandbox, uid);
    const int outputCount = run.value(QStringLiteral("output_count")).toInt();
    int inputSum = 0;
    for (const QJsonValue &input : pageThrough(sandbox, uid, QStringLiteral("inputs"), 100)) {
        if (input.toObject().value(QStringLiteral("status")).toString() !=
            QLatin1String("SUCCEEDED"))
            return QStringLiteral("an input ended %1")
                .arg(input.toObject().value(QStringLiteral("status")).toString());
        inputSum += input.toObject().value(QStringLiteral("output_count")).toInt();
    }
    const QJsonArray outputs = pageThrough(sandbox, uid, QStringLiteral("outputs"), 37);
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
    const QString uid = launch(sandbox, QStringLiteral("linkedin-search-people"), inputs,
                               QJsonObject{{QStringLiteral("max_results"), 100}});
    QVERIFY(!uid.isEmpty());

    // A few pages in: RUNNING with some outputs stored.
    QCOMPARE(sandbox.advance(7).status, 200);
    const QJsonObject before = runOf(sandbox, uid);
    QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("RUNNING"));
    const int storedBefore = before.value(QStringLiteral("output_count")).toInt();
    QVERIFY(storedBefore > 0);
    const QJsonArray outputsBefore = pageThrough(sandbox, uid, QStringLiteral("outputs"), 100);
    QCOMPARE(outputsBefore.size(), storedBefore);

    QVERIFY2(restart(sandbox, &error), qPrintable(error));

    // Nothing acknowledged before the stop is lost.
    const QJsonObject after = runOf(sandbox, uid);
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("RUNNING"));
    QCOMPARE(after.value(QStringLiteral("output_count")).toInt(), storedBefore);
    QCOMPARE(after.value(QStringLiteral("started_at")), before.value(QStringLiteral("started_at")));

    QCOMPARE(sandbox.advance(600).status, 200);
    const QJsonObject finished = runOf(sandbox, uid);
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
    const QString referenceUid = launch(reference, QStringLiteral("linkedin-search-people"), inputs,
                                        QJsonObject{{QStringLiteral("max_results"), 100}});
    QVERIFY(!referenceUid.isEmpty());
    QCOMPARE(reference.advance(607).status, 200);
    QCOMPARE(statusOf(reference, referenceUid), QStringLiteral("SUCCEEDED"));
    const QJsonArray expected =
        pageThrough(reference, referenceUid, QStringLiteral("outputs"), 500);
    QCOMPARE(outputs.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(outputs.at(i), expected.at(i));
    QCOMPARE(finished.value(QStringLiteral("finished_at")),
             runOf(reference, referenceUid).value(QStringLiteral("finished_at")));
}

void TestSandboxRecovery::runSurvivesManyRestarts()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = launch(sandbox, QStringLiteral("linkedin-search-people"), searchInputs(),
                               QJsonObject{{QStringLiteral("max_results"), 60}});
    QVERIFY(!uid.isEmpty());

    // A restart every 3 s of virtual time: between steps and right after
    // them, in every input.
    int restarts = 0;
    while (statusOf(sandbox, uid) != QLatin1String("SUCCEEDED") && restarts < 200) {
        QCOMPARE(sandbox.advance(3).status, 200);
        QVERIFY2(restart(sandbox, &error), qPrintable(error));
        ++restarts;
    }
    QCOMPARE(statusOf(sandbox, uid), QStringLiteral("SUCCEEDED"));
    QVERIFY(restarts > 3);
    const QString problem = outputProblem(sandbox, uid, nullptr);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestSandboxRecovery::inFlightCallbackIsDeliveredAfterRestart()
{
    HookReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.holdNext(1);
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = launch(
        sandbox, QStringLiteral("linkedin-extract-people"),
        QJsonArray{QJsonObject{{kProfileUrl, QStringLiteral("https://www.linkedin.com/in/a-b")}},
                   QJsonObject{{kProfileUrl, QStringLiteral("https://www.linkedin.com/in/c-d")}}},
        {}, QJsonObject{{QStringLiteral("url"), receiver.url()}});
    QVERIFY(!uid.isEmpty());

    // The first page's delivery reaches the receiver, which never answers.
    QCOMPARE(sandbox.advance(2).status, 200);
    QTRY_COMPARE(receiver.count(), 1);
    const QJsonArray records = callbacksOf(sandbox, uid);
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
    QCOMPARE(receiver.bodies().at(1), receiver.bodies().at(0));
    QTRY_COMPARE(callbackStatus(sandbox, callbackUid), QStringLiteral("SUCCESS"));

    // The run carries on: second page and the final delivery.
    QCOMPARE(sandbox.advance(60).status, 200);
    QCOMPARE(statusOf(sandbox, uid), QStringLiteral("SUCCEEDED"));
    QTRY_COMPARE(receiver.count(), 4);
    QCOMPARE(receiver.bodies()
                 .at(3)
                 .value(QStringLiteral("run"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("SUCCEEDED"));
    QCOMPARE(callbacksOf(sandbox, uid).size(), 3);
}

void TestSandboxRecovery::pendingReplayIsDeliveredAfterRestart()
{
    HookReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = launch(
        sandbox, QStringLiteral("linkedin-extract-people"),
        QJsonArray{QJsonObject{{kProfileUrl, QStringLiteral("https://www.linkedin.com/in/a-b")}}},
        {},
        QJsonObject{{QStringLiteral("url"), receiver.url()},
                    {QStringLiteral("on"), QStringLiteral("final")}});
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(10).status, 200);
    QTRY_COMPARE(receiver.count(), 1);
    const QString originalUid =
        callbacksOf(sandbox, uid).first().toObject().value(QStringLiteral("uid")).toString();
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
    QCOMPARE(receiver.bodies().at(1), receiver.bodies().at(0));
    QTRY_COMPARE(callbackStatus(sandbox, replayUid), QStringLiteral("SUCCESS"));
    QCOMPARE(callbackOf(sandbox, replayUid).value(QStringLiteral("parent_uid")).toString(),
             originalUid);
}

void TestSandboxRecovery::scheduledCallbackRetryHappensAfterRestart()
{
    HookReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.failNext(1);
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid = launch(
        sandbox, QStringLiteral("linkedin-extract-people"),
        QJsonArray{QJsonObject{{kProfileUrl, QStringLiteral("https://www.linkedin.com/in/a-b")}}},
        {},
        QJsonObject{{QStringLiteral("url"), receiver.url()},
                    {QStringLiteral("on"), QStringLiteral("final")}});
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(4).status, 200);
    QTRY_COMPARE(receiver.count(), 1);
    const QString callbackUid =
        callbacksOf(sandbox, uid).first().toObject().value(QStringLiteral("uid")).toString();
    QTRY_COMPARE(callbackStatus(sandbox, callbackUid), QStringLiteral("FAILED"));
    QCOMPARE(callbackOf(sandbox, callbackUid).value(QStringLiteral("retry_count")).toInt(), 1);

    QVERIFY2(restart(sandbox, &error), qPrintable(error));
    QCOMPARE(callbackStatus(sandbox, callbackUid), QStringLiteral("FAILED"));
    // Still due 5 s after the failure.
    QCOMPARE(sandbox.advance(4.5).status, 200);
    QCOMPARE(receiver.count(), 1);
    QCOMPARE(sandbox.advance(0.5).status, 200);
    QTRY_COMPARE(receiver.count(), 2);
    QCOMPARE(receiver.bodies().at(1), receiver.bodies().at(0));
    QTRY_COMPARE(callbackStatus(sandbox, callbackUid), QStringLiteral("SUCCESS"));
}

void TestSandboxRecovery::uidsNeverCollideAcrossRestarts()
{
    HookReceiver receiver;
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
        const QString uid = launch(
            sandbox, QStringLiteral("linkedin-extract-people"),
            QJsonArray{
                QJsonObject{{kProfileUrl, QStringLiteral("https://www.linkedin.com/in/a-b")}},
                QJsonObject{{kProfileUrl, QStringLiteral("https://www.linkedin.com/in/c-d")}},
                QJsonObject{{kProfileUrl, QStringLiteral("https://www.linkedin.com/in/unusable")}}},
            {}, QJsonObject{{QStringLiteral("url"), receiver.url()}});
        note(uid);
        QCOMPARE(sandbox.advance(30).status, 200);
        // Every delivery answered before the next stop, or it is redelivered
        // after the restart (at least once, same callback_ref_uid).
        QTRY_COMPARE(sandbox.get(QStringLiteral("/runs/callbacks?status=SUCCESS&run_uid=") + uid)
                         .json.toArray()
                         .size(),
                     qsizetype(4));
        for (const QJsonValue &input : pageThrough(sandbox, uid, QStringLiteral("inputs"), 100)) {
            note(input.toObject().value(QStringLiteral("uid")).toString());
            note(input.toObject()
                     .value(QStringLiteral("last_error"))
                     .toObject()
                     .value(QStringLiteral("error_ref"))
                     .toString());
        }
        for (const QJsonValue &record : callbacksOf(sandbox, uid)) {
            note(record.toObject().value(QStringLiteral("uid")).toString());
            note(record.toObject().value(QStringLiteral("batch_uid")).toString());
        }
        note(sandbox.get(QStringLiteral("/runs/00000000-0000-4000-8000-000000000000"))
                 .json[QStringLiteral("error_ref")]
                 .toString());
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
    for (const QJsonObject &body : receiver.bodies()) {
        note(body.value(QStringLiteral("callback_ref_uid")).toString());
        // batch_uid is the same as the record's: counted there already.
    }
    QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(QLatin1String(", "))));
    // 3 rounds of: run, 3 inputs, 1 input error_ref, 4 callbacks with
    // their batches, 1 error_ref; and 12 callback_ref_uids.
    QCOMPARE(static_cast<int>(seen.size()), 3 * (1 + 3 + 1 + 4 * 2 + 1) + 12);
}

QTEST_GUILESS_MAIN(TestSandboxRecovery)
#include "tst_sandbox_recovery.moc"
