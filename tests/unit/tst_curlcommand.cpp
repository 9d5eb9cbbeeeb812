// "Copy as curl": the command is pasteable into a POSIX shell, names the key
// only as $EDGES_API_KEY, and quotes what the shell would otherwise read.

#include "models/client/curlcommand.h"
#include "models/client/edgesrequest.h"

#include <QTest>
#include <QUrl>

class TestCurlCommand : public QObject
{
    Q_OBJECT

private slots:
    void getHasNoBody();
    void postSendsJson();
    void quotesSingleQuotes();
};

void TestCurlCommand::getHasNoBody()
{
    EdgesRequest request;
    request.path = QStringLiteral("/runs/abc");
    const QString command =
        CurlCommand::build(request, QUrl(QStringLiteral("https://api.edges.run/v1/runs/abc")));
    QCOMPARE(command, QStringLiteral("curl -sS 'https://api.edges.run/v1/runs/abc' \\\n"
                                     "  -H \"X-API-Key: $EDGES_API_KEY\""));
}

void TestCurlCommand::postSendsJson()
{
    EdgesRequest request;
    request.method = "POST";
    request.body = R"({"name":"it's"})";
    const QString command =
        CurlCommand::build(request, QUrl(QStringLiteral("http://127.0.0.1:8080/v1/runs/x/cancel")));
    QCOMPARE(command,
             QStringLiteral("curl -sS -X POST 'http://127.0.0.1:8080/v1/runs/x/cancel' \\\n"
                            "  -H \"X-API-Key: $EDGES_API_KEY\" \\\n"
                            "  -H 'Content-Type: application/json' \\\n"
                            "  --data '{\"name\":\"it'\\''s\"}'"));
    request.body.clear();
    QVERIFY(CurlCommand::build(request, QUrl(QStringLiteral("http://h/")))
                .endsWith(QStringLiteral("--data '{}'")));
}

void TestCurlCommand::quotesSingleQuotes()
{
    QCOMPARE(CurlCommand::quoted(QStringLiteral("a'b")), QStringLiteral("'a'\\''b'"));
}

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"
