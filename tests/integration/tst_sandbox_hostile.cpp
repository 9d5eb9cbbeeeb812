#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxengine.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxfixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <limits>

using namespace Qt::StringLiterals;

// Hostile HTTP against the in-process sandbox (issue 15, "Bad input and
// security"): forged cursors, pathological filters, Connection: close,
// oversized bodies and keyless calls each get the contract's answer (error
// body of 1.4) and never reach arithmetic, memory or work they could abuse.
class TestSandboxHostile : public QObject
{
    Q_OBJECT

private slots:
    void forgedLiveCursor_data();
    void forgedLiveCursor();
    void forgedOutputsCursor_data();
    void forgedOutputsCursor();
    void filterValuesAreCapped_data();
    void filterValuesAreCapped();
    void pathologicalRequestDoesNotHoldUpOthers_data();
    void pathologicalRequestDoesNotHoldUpOthers();
    void connectionCloseIsHonoured();
    void oversizedBodyIsRefusedBeforeItArrives();
    void everyRouteAsksForAKey();
};

namespace {

const QString kLive = u"/actions/linkedin-search-people/run/live"_s;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The live body every live test sends: ten pages of ten results.
QByteArray liveBody()
{
    return compact(QJsonObject{{u"input"_s, SandboxApi::search(u"cto"_s)},
                               {u"parameters"_s, QJsonObject{{u"max_results"_s, 100}}}});
}

QString base64Url(const QByteArray &raw)
{
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// A cursor in the unsigned format the sandbox used to issue: anyone could
// write one from the scope, a position and an issue time.
QString unsignedCursor(const QString &scope, const QByteArray &position, const QByteArray &issued)
{
    const QByteArray tag =
        QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return base64Url("c1:" + tag + ':' + position + ':' + issued);
}

QString liveScope()
{
    // The fixture's key is of the default workspace; a live cursor's scope
    // names the workspace.
    return u"live:"_s + SandboxAccount::workspaceUid() + u":linkedin-search-people:"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(liveBody(), QCryptographicHash::Sha1).toHex());
}

// The cursor of an X-Pagination-Next URL.
QString cursorOf(const QByteArray &next)
{
    return QUrlQuery(QUrl::fromEncoded(next)).queryItemValue(u"cursor"_s, QUrl::FullyDecoded);
}

// `cursor` decoded, with its field that reads `from` changed to `to`: a
// client editing the page number of a cursor it was given.
QString edited(const QString &cursor, const QByteArray &from, const QByteArray &to)
{
    QList<QByteArray> parts =
        QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding).split(':');
    for (QByteArray &part : parts) {
        if (part == from) {
            part = to;
            break;
        }
    }
    return base64Url(parts.join(':'));
}

const QByteArray kMaxInt = QByteArray::number(std::numeric_limits<qint64>::max());
const QByteArray kMinInt = QByteArray::number(std::numeric_limits<qint64>::min());

// The sandbox's clock at the fixture's start, as a cursor writes it.
QByteArray fixtureNow()
{
    return QByteArray::number(*SandboxFixture::defaultOptions().clockStartMs);
}

// One HTTP/1.1 exchange on a raw socket: what the server wrote, parsed.
struct RawResponse
{
    bool complete = false;
    SandboxFixture::Reply reply;
};

// The first response in `bytes`, complete once its Content-Length is in.
RawResponse parse(const QByteArray &bytes)
{
    RawResponse response;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return response;
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    response.reply.status = lines.first().split(' ').value(1).toInt();
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        const QByteArray name = lines.at(i).left(colon).trimmed();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        response.reply.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    if (bytes.size() - end - 4 < length)
        return response;
    response.complete = true;
    response.reply.body = bytes.mid(end + 4, length);
    const QJsonDocument document = QJsonDocument::fromJson(response.reply.body);
    response.reply.json =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return response;
}

QByteArray requestHead(const QByteArray &method, const QByteArray &target,
                       const QByteArray &extraHeaders = {})
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: sandbox\r\n" +
           extraHeaders + "\r\n";
}

// Connects `socket` to the sandbox; false when it could not.
bool connectTo(QTcpSocket &socket, SandboxFixture &sandbox)
{
    socket.connectToHost(QHostAddress::LocalHost, sandbox.engine().port());
    return socket.waitForConnected(5000);
}

// `value` repeated `count` times, comma-separated.
QByteArray repeated(const QByteArray &value, int count)
{
    QByteArray list;
    list.reserve((value.size() + 1) * count);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            list += ',';
        list += value;
    }
    return list;
}

} // namespace

// Contract 8 q10: an unknown cursor gets 400 BAD_PARAMETERS naming it. A
// cursor the engine did not sign is unknown, whatever its fields say; the
// first rows are the overflows (page 2^63-1, issued at -2^63).
void TestSandboxHostile::forgedLiveCursor_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("unsigned, issued at INT64_MIN") << u"min issued"_s;
    QTest::newRow("unsigned, page INT64_MAX issued now") << u"max page"_s;
    QTest::newRow("genuine with its page changed") << u"edited"_s;
    QTest::newRow("genuine, from another engine") << u"other engine"_s;
    QTest::newRow("not base64") << u"garbage"_s;
}

void TestSandboxHostile::forgedLiveCursor()
{
    QFETCH(QString, kind);
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    QString cursor;
    if (kind == u"min issued"_s) {
        cursor = unsignedCursor(liveScope(), kMaxInt, kMinInt);
    } else if (kind == u"max page"_s) {
        cursor = unsignedCursor(liveScope(), kMaxInt, fixtureNow());
    } else if (kind == u"edited"_s) {
        const auto first = sandbox.postRaw(kLive, liveBody(), "application/json");
        QCOMPARE(first.status, 200);
        cursor = edited(cursorOf(first.header("X-Pagination-Next")), "1", "3");
    } else if (kind == u"other engine"_s) {
        SandboxFixture other;
        QVERIFY2(other.start(&error), qPrintable(error));
        const auto first = other.postRaw(kLive, liveBody(), "application/json");
        QCOMPARE(first.status, 200);
        cursor = cursorOf(first.header("X-Pagination-Next"));
        QVERIFY(!cursor.isEmpty());
    } else {
        cursor = u"!!not-a-cursor!!"_s;
    }

    const auto reply = sandbox.postRaw(kLive + u"?cursor="_s +
                                           QString::fromLatin1(QUrl::toPercentEncoding(cursor)),
                                       liveBody(), "application/json");
    VERIFY_ERROR_BODY(reply, 400, u"BAD_PARAMETERS"_s, u"cursor"_s);

    // The cursors the engine writes still lead to the next page.
    const auto first = sandbox.postRaw(kLive, liveBody(), "application/json");
    QCOMPARE(first.status, 200);
    const auto second =
        sandbox.request("POST", QUrl::fromEncoded(first.header("X-Pagination-Next")), liveBody());
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json.toArray().size(), 10);
    QVERIFY(second.json != first.json);
}

void TestSandboxHostile::forgedOutputsCursor_data()
{
    forgedLiveCursor_data();
}

void TestSandboxHostile::forgedOutputsCursor()
{
    QFETCH(QString, kind);
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid =
        sandbox.launch(u"linkedin-search-people"_s, QJsonArray{SandboxApi::search(u"cto"_s)},
                       QJsonObject{{u"max_results"_s, 5}});
    QVERIFY(!uid.isEmpty());
    QCOMPARE(sandbox.advance(5).status, 200);
    QCOMPARE(sandbox.runStatus(uid), u"SUCCEEDED"_s);
    const QString outputs = SandboxApi::runPath(uid, u"/outputs"_s);
    const QString scope = u"outputs:"_s + uid;

    QString cursor;
    if (kind == u"min issued"_s) {
        cursor = unsignedCursor(scope, kMaxInt, kMinInt);
    } else if (kind == u"max page"_s) {
        cursor = unsignedCursor(scope, kMaxInt, fixtureNow());
    } else if (kind == u"edited"_s) {
        // Positions are output ids; moving one back re-reads a page.
        const auto first = sandbox.get(outputs + u"?limit=2"_s);
        QCOMPARE(first.status, 200);
        const QString genuine = cursorOf(first.header("X-Pagination-Next"));
        const QList<QByteArray> parts =
            QByteArray::fromBase64(genuine.toLatin1(), QByteArray::Base64UrlEncoding).split(':');
        QByteArray position;
        for (const QByteArray &part : parts) {
            if (part.size() < 6 && !part.isEmpty() && part.toLongLong() > 0)
                position = part;
        }
        QVERIFY2(!position.isEmpty(), parts.join(':').constData());
        cursor = edited(genuine, position, "0");
    } else if (kind == u"other engine"_s) {
        // Same seed, same clock, same launch: the same run uid, so the
        // same scope; only the engine's secret differs.
        SandboxFixture other;
        QVERIFY2(other.start(&error), qPrintable(error));
        const QString otherUid =
            other.launch(u"linkedin-search-people"_s, QJsonArray{SandboxApi::search(u"cto"_s)},
                         QJsonObject{{u"max_results"_s, 5}});
        QCOMPARE(otherUid, uid);
        QCOMPARE(other.advance(5).status, 200);
        const auto first = other.get(outputs + u"?limit=2"_s);
        QCOMPARE(first.status, 200);
        cursor = cursorOf(first.header("X-Pagination-Next"));
        QVERIFY(!cursor.isEmpty());
    } else {
        cursor = u"!!not-a-cursor!!"_s;
    }

    const auto reply = sandbox.get(outputs + u"?limit=2&cursor="_s +
                                   QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    VERIFY_ERROR_BODY(reply, 400, u"BAD_PARAMETERS"_s, u"cursor"_s);

    // The engine's own cursors still walk every output.
    QCOMPARE(sandbox.outputs(uid, 2).size(), 5);
}

// Every filter of a list takes at most 1,000 values (docs/api-decisions.md);
// more is a 400 naming the parameter, and exactly 1,000 is served.
void TestSandboxHostile::filterValuesAreCapped_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("status");
    QTest::newRow("uid x1000") << u"/runs"_s << u"uid"_s << 1000 << 200;
    QTest::newRow("uid x1001") << u"/runs"_s << u"uid"_s << 1001 << 400;
    QTest::newRow("uid x40000") << u"/runs"_s << u"uid"_s << 40000 << 400;
    QTest::newRow("status x40000") << u"/runs"_s << u"status"_s << 40000 << 400;
    QTest::newRow("schedules status x1001") << u"/schedules"_s << u"status"_s << 1001 << 400;
    QTest::newRow("callbacks run_uid x1001") << u"/runs/callbacks"_s << u"run_uid"_s << 1001 << 400;
}

void TestSandboxHostile::filterValuesAreCapped()
{
    QFETCH(QString, path);
    QFETCH(QString, parameter);
    QFETCH(int, count);
    QFETCH(int, status);
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid =
        sandbox.launch(u"linkedin-search-people"_s, QJsonArray{SandboxApi::search(u"cto"_s)});
    QVERIFY(!uid.isEmpty());

    const QByteArray value = parameter == u"status"_s ? QByteArray("ACTIVE") : uid.toLatin1();
    const QByteArray list = parameter == u"status"_s && path == u"/runs"_s
                                ? repeated("RUNNING", count)
                                : repeated(value, count);
    const auto reply =
        sandbox.request("GET", QUrl::fromEncoded((sandbox.baseUrl() + path).toLatin1() + '?' +
                                                 parameter.toLatin1() + '=' + list));
    if (status == 200) {
        QCOMPARE(reply.status, 200);
        // Repeated values count once: the one run, once.
        QCOMPARE(SandboxApi::uidsOf(reply.json), QStringList{uid});
        return;
    }
    VERIFY_ERROR_BODY(reply, 400, u"BAD_PARAMETERS"_s, parameter + u": at most 1000 values"_s);
}

// A pathological request does not hold up a normal one: while its 40,000
// values are still arriving the normal request is answered, and once it is
// complete it gets its 400 too (not seconds of work on the event loop).
void TestSandboxHostile::pathologicalRequestDoesNotHoldUpOthers_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("uid=a,a,... x40000")
        << QByteArray("/v1/runs?uid=" + repeated("a", 40000)) << u"uid"_s;
    QTest::newRow("status=RUNNING,... x40000")
        << QByteArray("/v1/runs?status=" + repeated("RUNNING", 40000)) << u"status"_s;
}

void TestSandboxHostile::pathologicalRequestDoesNotHoldUpOthers()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, parameter);
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    // Everything but the blank line that ends the request.
    const QByteArray request = requestHead("GET", target);
    QTcpSocket pathological;
    QVERIFY(connectTo(pathological, sandbox));
    pathological.write(request.left(request.size() - 2));
    QTRY_COMPARE(pathological.bytesToWrite(), qint64(0));

    const auto normal = sandbox.get(u"/workspaces"_s);
    QCOMPARE(normal.status, 200);
    // Answered while the pathological request has not completed.
    QCOMPARE(pathological.bytesAvailable(), qint64(0));
    QCOMPARE(pathological.state(), QAbstractSocket::ConnectedState);

    // Both in parallel, complete: both answered, the pathological one with
    // the 400 of the cap.
    QTcpSocket second;
    QVERIFY(connectTo(second, sandbox));
    pathological.write("\r\n");
    second.write(requestHead("GET", "/v1/workspaces"));
    QByteArray pathologicalBytes;
    QByteArray secondBytes;
    QTRY_VERIFY((pathologicalBytes += pathological.readAll(), parse(pathologicalBytes).complete) &&
                (secondBytes += second.readAll(), parse(secondBytes).complete));
    QCOMPARE(parse(secondBytes).reply.status, 200);
    VERIFY_ERROR_BODY(parse(pathologicalBytes).reply, 400, u"BAD_PARAMETERS"_s,
                      parameter + u": at most 1000 values, got 40000"_s);
}

// RFC 9112 9.6: a connection stays open for the next request until one says
// Connection: close; the server answers that one, says so, and closes.
void TestSandboxHostile::connectionCloseIsHonoured()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    QTcpSocket socket;
    QVERIFY(connectTo(socket, sandbox));
    QByteArray bytes;
    for (int i = 0; i < 2; ++i) {
        bytes.clear();
        socket.write(requestHead("GET", "/v1/workspaces"));
        QTRY_VERIFY((bytes += socket.readAll(), parse(bytes).complete));
        QCOMPARE(parse(bytes).reply.status, 200);
        QVERIFY(parse(bytes).reply.header("Connection").isEmpty());
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
    socket.write(requestHead("GET", "/v1/workspaces", "Connection: close\r\n"));
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    const RawResponse response = parse(socket.readAll());
    QVERIFY(response.complete);
    QCOMPARE(response.reply.status, 200);
    QCOMPARE(response.reply.header("Connection"), QByteArray("close"));

    // An error answer closes too, with the contract's body.
    QTcpSocket refused;
    QVERIFY(connectTo(refused, sandbox));
    refused.write(
        "GET /v1/runs HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive, close\r\n\r\n");
    QTRY_COMPARE(refused.state(), QAbstractSocket::UnconnectedState);
    const RawResponse unauthorized = parse(refused.readAll());
    QVERIFY(unauthorized.complete);
    VERIFY_ERROR_BODY(unauthorized.reply, 401, QString(), u"X-API-Key"_s);
}

// A body over the limit is refused from its Content-Length, before it is
// sent, with the contract's 413 and the connection closed: the server
// never holds it.
void TestSandboxHostile::oversizedBodyIsRefusedBeforeItArrives()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const qint64 limit = sandbox.options().maxBodyBytes;

    QTcpSocket socket;
    QVERIFY(connectTo(socket, sandbox));
    socket.write(requestHead("POST", "/v1/actions/linkedin-search-people/run/async",
                             "Content-Type: application/json\r\nContent-Length: " +
                                 QByteArray::number(limit + 1) + "\r\n") +
                 "{\"inputs\": [");
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    const RawResponse response = parse(socket.readAll());
    QVERIFY(response.complete);
    VERIFY_ERROR_BODY(response.reply, 413, u"PAYLOAD_TOO_LARGE"_s,
                      u"the limit is %1 bytes"_s.arg(limit));
    QCOMPARE(response.reply.header("Connection"), QByteArray("close"));
    QCOMPARE(sandbox.get(u"/runs"_s).json.toArray().size(), 0);
}

// Contract 1.2: a missing or invalid key gets 401 on every route, the admin
// API under /_sandbox/ included (docs/api-decisions.md), and changes
// nothing.
void TestSandboxHostile::everyRouteAsksForAKey()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString uid =
        sandbox.launch(u"linkedin-search-people"_s, QJsonArray{SandboxApi::search(u"cto"_s)});
    QVERIFY(!uid.isEmpty());
    const auto clockBefore = sandbox.adminGet(u"/clock"_s);
    QCOMPARE(clockBefore.status, 200);

    const QStringList routes = sandbox.engine().routes();
    // The walk covers both APIs, or it proves nothing.
    QVERIFY(routes.size() > 20);
    QVERIFY(routes.contains(u"POST /_sandbox/clock/advance"_s));
    QVERIFY(routes.contains(u"POST /_sandbox/reset"_s));
    QVERIFY(routes.contains(u"GET /v1/runs/{uid}/outputs"_s));
    static const QRegularExpression placeholder(u"\\{[^}]+\\}"_s);
    for (const QString &route : routes) {
        const QByteArray method = route.section(u' ', 0, 0).toLatin1();
        QString path = route.section(u' ', 1);
        path.replace(placeholder, uid);
        const QByteArray body = method == "POST" ? QByteArray("{\"seconds\": 3600}") : QByteArray();
        for (const QByteArray &key : {QByteArray(), QByteArray("not-a-key")}) {
            const auto reply = sandbox.request(method, QUrl(sandbox.rootUrl() + path), body,
                                               "application/json", key);
            const QString problem = reply.errorProblem(401, QString(), u"X-API-Key"_s);
            QVERIFY2(problem.isEmpty(), qPrintable(route + u" with key '"_s +
                                                   QString::fromLatin1(key) + u"': "_s + problem));
            QCOMPARE(reply.json[u"error_scope"_s].toString(), u"auth"_s);
        }
    }

    // Nothing moved: the clock, the run.
    QCOMPARE(sandbox.adminGet(u"/clock"_s).json, clockBefore.json);
    QCOMPARE(SandboxApi::uidsOf(sandbox.get(u"/runs"_s).json), QStringList{uid});
}

QTEST_GUILESS_MAIN(TestSandboxHostile)
#include "tst_sandbox_hostile.moc"
