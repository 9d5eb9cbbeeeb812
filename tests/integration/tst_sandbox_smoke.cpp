#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// The shortest path through the sandbox: launch, advance the clock, read
// the finished run and its outputs page by page.
class TestSandboxSmoke : public QObject
{
    Q_OBJECT

private slots:
    void asyncRunCompletes();
};

void TestSandboxSmoke::asyncRunCompletes()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const auto launched = sandbox.post(
        QStringLiteral("/actions/linkedin-search-people/run/async"),
        QJsonObject{
            {QStringLiteral("inputs"),
             QJsonArray{QJsonObject{{QStringLiteral("linkedin_people_search_url"),
                                     QStringLiteral("https://www.linkedin.com/search/"
                                                    "results/people/?keywords=cto")}}}},
            {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("max_results"), 25}}}});
    QCOMPARE(launched.status, 200);
    QCOMPARE(launched.json[QStringLiteral("status")].toString(), QStringLiteral("pending"));
    const QString uid = launched.json[QStringLiteral("run_uid")].toString();

    QCOMPARE(sandbox.runStatus(uid), QStringLiteral("CREATED"));
    QCOMPARE(sandbox.advance(60).status, 200);
    const QJsonObject run = sandbox.run(uid);
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));
    const int outputCount = run.value(QStringLiteral("output_count")).toInt();
    QVERIFY(outputCount > 0 && outputCount <= 25);
    // Page by page, 7 at a time.
    QCOMPARE(sandbox.outputs(uid, 7).size(), outputCount);
}

QTEST_GUILESS_MAIN(TestSandboxSmoke)
#include "tst_sandbox_smoke.moc"
