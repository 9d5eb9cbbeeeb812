#include "core/launch/launchrefusal.h"

#include <QTest>

// Where the server's refusal of a launch is shown: a field named in params
// first, else a body path the message starts with, else the launch as a
// whole.
class TestLaunchRefusal : public QObject
{
    Q_OBJECT

private slots:
    void placed_data();
    void placed();
};

void TestLaunchRefusal::placed_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("paramsField");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("input");
    QTest::addColumn<QString>("reason");

    QTest::newRow("input field") << "inputs[3].linkedin_profile_url is required"
                                 << ""
                                 << "linkedin_profile_url" << 3 << "is required";
    QTest::newRow("whole input") << "inputs[0] must be an object, got string"
                                 << ""
                                 << "" << 0 << "must be an object, got string";
    QTest::newRow("cron with colon") << "cron: day-of-month: 32 is out of range 1-31"
                                     << ""
                                     << "cron" << -1 << "day-of-month: 32 is out of range 1-31";
    QTest::newRow("indexed identity") << "identity_ids[0]: unknown identity 'x'"
                                      << ""
                                      << "identity_ids" << -1 << "unknown identity 'x'";
    QTest::newRow("parameter") << "parameters.max_results must be at most 1000"
                               << ""
                               << "parameters.max_results" << -1 << "must be at most 1000";
    QTest::newRow("params win") << "Something is wrong"
                                << "callback.url"
                                << "callback.url" << -1 << "Something is wrong";
    QTest::newRow("no place") << "Injected fault: HTTP 400"
                              << ""
                              << "" << -1 << "Injected fault: HTTP 400";
    // A word that only starts like a field is not one.
    QTest::newRow("prefix only") << "namespace clash"
                                 << ""
                                 << "" << -1 << "namespace clash";
}

void TestLaunchRefusal::placed()
{
    QFETCH(QString, message);
    QFETCH(QString, paramsField);
    QFETCH(QString, field);
    QFETCH(int, input);
    QFETCH(QString, reason);
    ErrorBody body;
    body.label = QStringLiteral("BAD_INPUT");
    body.message = message;
    if (!paramsField.isEmpty())
        body.params.insert(QStringLiteral("field"), paramsField);
    const LaunchProblem problem = LaunchRefusal::problemFrom(body);
    QCOMPARE(problem.field, field);
    QCOMPARE(problem.input, qsizetype(input));
    QCOMPARE(problem.reason, reason);
    QVERIFY(problem.isError());
}

QTEST_GUILESS_MAIN(TestLaunchRefusal)
#include "tst_launchrefusal.moc"
