#include "sandbox/sandboxengine.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// One HTTP/1.1 answer read off a raw socket.
struct RawAnswer
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

// Takes the first whole answer (head and Content-Length body) off the
// front of `buffer`, or nothing while it is incomplete.
std::optional<RawAnswer> takeAnswer(QByteArray *buffer)
{
    const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    RawAnswer answer;
    answer.head = buffer->left(headEnd);
    qsizetype length = -1;
    for (const QByteArray &line : answer.head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (length < 0 || buffer->size() < headEnd + 4 + length)
        return std::nullopt;
    answer.status = answer.head.mid(9, 3).toInt();
    answer.body = buffer->mid(headEnd + 4, length);
    buffer->remove(0, headEnd + 4 + length);
    return answer;
}

QByteArray getRequest(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: sandbox\r\n\r\n";
}

// A finished search run of a few hundred outputs; its uid.
QString finishedRun(SandboxFixture &sandbox)
{
    QJsonArray inputs;
    for (int i = 0; i < 4; ++i)
        inputs.append(SandboxApi::search(u"pages%1"_s.arg(i)));
    const QString uid =
        sandbox.launch(u"linkedin-search-people"_s, inputs, QJsonObject{{u"max_results"_s, 1000}});
    sandbox.advance(7 * 24 * 3600);
    return uid;
}

} // namespace

// GET /runs/{uid}/outputs as the server's OutputsPager serves it: pages read
// on a thread of their own (or inline for an in-memory store) hold every
// stored output once and in order, a connection's answers keep the order
// of its requests, and injected faults still apply to the route.
class TestSandboxOutputsPages : public QObject
{
    Q_OBJECT

private slots:
    void pagesHoldEveryOutputOnceInOrder();
    void inMemoryStoreServesTheSamePages();
    void pipelinedRequestsAreAnsweredInOrder();
    void faultsApplyToOutputsPages();
};

void TestSandboxOutputsPages::pagesHoldEveryOutputOnceInOrder()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const QString uid = finishedRun(sandbox);
    const int count = sandbox.run(uid).value(u"output_count"_s).toInt();
    QVERIFY2(count > 100, qPrintable(QString::number(count)));

    const QJsonArray whole = sandbox.outputs(uid, 500);
    QCOMPARE(whole.size(), count);
    // Any page size cuts the same sequence.
    QCOMPARE(sandbox.outputs(uid, 7), whole);
    QCOMPARE(sandbox.outputs(uid, 1).size(), count);
    for (const QJsonValue &item : whole)
        QVERIFY(item.toObject().contains(u"extracted_at"_s));

    // The deprecated offset reads from the same sequence; past its end, an
    // empty page without a next one.
    const auto offsetPage = sandbox.get(SandboxApi::runPath(uid, u"/outputs?limit=5&offset=3"_s));
    QCOMPARE(offsetPage.status, 200);
    QCOMPARE(offsetPage.json.toArray(),
             QJsonArray({whole.at(3), whole.at(4), whole.at(5), whole.at(6), whole.at(7)}));
    QVERIFY(!offsetPage.header("X-Pagination-Next").isEmpty());
    const auto beyond = sandbox.get(SandboxApi::runPath(uid, u"/outputs?offset=100000"_s));
    QCOMPARE(beyond.status, 200);
    QCOMPARE(beyond.body, QByteArray("[]"));
    QVERIFY(beyond.header("X-Pagination-Next").isEmpty());
    QVERIFY(!beyond.header("X-RateLimit-Remaining").isEmpty());

    // Items are served as the bytes stored, joined into one array.
    const QByteArray stored =
        sandbox.scalar(u"SELECT data FROM outputs ORDER BY id LIMIT 1"_s).toString().toUtf8();
    QVERIFY(!stored.isEmpty());
    QVERIFY(sandbox.get(SandboxApi::runPath(uid, u"/outputs?limit=2"_s))
                .body.startsWith(QByteArray('[' + stored + ',')));
}

void TestSandboxOutputsPages::inMemoryStoreServesTheSamePages()
{
    SandboxFixture onFile;
    QVERIFY(onFile.start());
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.databasePath = u":memory:"_s;
    SandboxFixture inMemory(options);
    QVERIFY(inMemory.start());

    const QString uid = finishedRun(onFile);
    QCOMPARE(finishedRun(inMemory), uid);
    const QJsonArray expected = onFile.outputs(uid, 50);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(inMemory.outputs(uid, 50), expected);
}

void TestSandboxOutputsPages::pipelinedRequestsAreAnsweredInOrder()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const QString uid = finishedRun(sandbox);
    const QByteArray outputs = "/v1/runs/" + uid.toUtf8() + "/outputs";

    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, sandbox.engine().port());
    QTRY_VERIFY(socket.state() == QAbstractSocket::ConnectedState);
    // All at once: the pages are read off the event loop, the run is not.
    socket.write(getRequest(outputs + "?limit=500") + getRequest("/v1/runs/" + uid.toUtf8()) +
                 getRequest(outputs + "?limit=1") + getRequest("/v1/runs/nope/outputs"));
    QByteArray received;
    QList<RawAnswer> answers;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            received += socket.readAll();
            while (const auto answer = takeAnswer(&received))
                answers.append(*answer);
            return answers.size() == 4;
        }(),
        15000);
    QCOMPARE(answers.at(0).status, 200);
    QCOMPARE(QJsonDocument::fromJson(answers.at(0).body).array().size(), 500);
    QCOMPARE(answers.at(1).status, 200);
    QCOMPARE(QJsonDocument::fromJson(answers.at(1).body).object().value(u"uid"_s).toString(), uid);
    QCOMPARE(answers.at(2).status, 200);
    QCOMPARE(QJsonDocument::fromJson(answers.at(2).body).array().size(), 1);
    QCOMPARE(answers.at(3).status, 404);
}

void TestSandboxOutputsPages::faultsApplyToOutputsPages()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const QString uid = finishedRun(sandbox);
    const QString path = SandboxApi::runPath(uid, u"/outputs?limit=500"_s);

    QVERIFY(sandbox.setFaults(u"500=1"_s));
    VERIFY_ERROR_BODY(sandbox.get(path), 500, u"GENERIC_ERROR"_s, QString());

    // A truncated page promises its whole length, sends half and closes.
    QVERIFY(sandbox.setFaults(u"truncate=1"_s));
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, sandbox.engine().port());
    QTRY_VERIFY(socket.state() == QAbstractSocket::ConnectedState);
    socket.write(getRequest("/v1" + path.toUtf8()));
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        }(),
        15000);
    received += socket.readAll();
    QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(!takeAnswer(&received));

    QVERIFY(sandbox.setFaults(QString()));
    QCOMPARE(sandbox.get(path).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxOutputsPages)
#include "tst_sandbox_outputspages.moc"
