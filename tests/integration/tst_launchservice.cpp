#include "models/launch/launchservice.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxengine.h"
#include "tests/support/sandboxclient.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

// LaunchService against the in-process sandbox: a launch names the new run
// or schedule, a refusal carries the server's message naming the field and
// creates nothing, a lost answer is reported as uncertain (never resent),
// and the runs created lately under a name can be listed to see whether it
// happened.
class TestLaunchService : public QObject
{
    Q_OBJECT

private slots:
    void asyncLaunchNamesTheRun();
    void scheduleLaunchNamesTheSchedule();
    void refusalNamesTheField();
    void lostAnswerIsUncertainAndFindable();
    void oneLaunchAtATime();
    void inputsOfARunComeBackAsSent();
};

namespace {

QJsonObject asyncBody(const QString &name, const QString &profile)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("inputs"),
             QJsonArray{QJsonObject{{QStringLiteral("linkedin_profile_url"), profile}}}}};
}

const QString kAction = QStringLiteral("linkedin-extract-people");

} // namespace

void TestLaunchService::asyncLaunchNamesTheRun()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    SandboxClient connection(sandbox);
    LaunchService service(&connection.client);
    QSignalSpy launched(&service, &LaunchService::launched);
    QVERIFY(service.launch(LaunchMode::Async, kAction,
                           asyncBody(QStringLiteral("from the dialog"),
                                     QStringLiteral("https://www.linkedin.com/in/ada"))));
    QVERIFY(service.isBusy());
    QTRY_COMPARE(launched.count(), 1);
    QVERIFY(!service.isBusy());
    const QString uid = launched.first().at(1).toString();
    QVERIFY(!uid.isEmpty());
    const auto run = sandbox.get(QStringLiteral("/runs/") + uid);
    QCOMPARE(run.status, 200);
    QCOMPARE(run.json[QStringLiteral("name")].toString(), QStringLiteral("from the dialog"));
}

void TestLaunchService::scheduleLaunchNamesTheSchedule()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    SandboxClient connection(sandbox);
    LaunchService service(&connection.client);
    QSignalSpy launched(&service, &LaunchService::launched);
    QJsonObject body =
        asyncBody(QStringLiteral("weekly"), QStringLiteral("https://www.linkedin.com/in/grace"));
    body.insert(QStringLiteral("cron"), QStringLiteral("0 8 * * 1"));
    body.insert(QStringLiteral("timezone"), QStringLiteral("Europe/Paris"));
    QVERIFY(service.launch(LaunchMode::Schedule, kAction, body));
    QTRY_COMPARE(launched.count(), 1);
    QCOMPARE(launched.first().at(0).value<LaunchMode>(), LaunchMode::Schedule);
    const QString uid = launched.first().at(1).toString();
    const auto schedule = sandbox.get(QStringLiteral("/schedules/") + uid);
    QCOMPARE(schedule.status, 200);
    QCOMPARE(schedule.json[QStringLiteral("cron")].toString(), QStringLiteral("0 8 * * 1"));
}

void TestLaunchService::refusalNamesTheField()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    SandboxClient connection(sandbox);
    LaunchService service(&connection.client);
    QSignalSpy refused(&service, &LaunchService::refused);
    QSignalSpy launched(&service, &LaunchService::launched);
    QVERIFY(service.launch(LaunchMode::Async, kAction,
                           asyncBody(QStringLiteral("bad"), QStringLiteral("not a url"))));
    QTRY_COMPARE(refused.count(), 1);
    const auto error = refused.first().at(0).value<ApiError>();
    QCOMPARE(error.httpStatus, 400);
    QVERIFY2(error.body.message.contains(QStringLiteral("linkedin_profile_url")),
             qPrintable(error.body.message));
    QCOMPARE(launched.count(), 0);
    QCOMPARE(sandbox.get(QStringLiteral("/runs")).json.toArray().size(), 0);
}

void TestLaunchService::lostAnswerIsUncertainAndFindable()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    SandboxClient connection(sandbox);
    LaunchService service(&connection.client);
    QSignalSpy uncertain(&service, &LaunchService::uncertain);
    QSignalSpy found(&service, &LaunchService::recentFound);
    const QDateTime before =
        QDateTime::fromMSecsSinceEpoch(sandbox.engine().clock().nowMs(), Qt::UTC).addSecs(-1);
    // The run is created, then its answer is cut short on the way back.
    QCOMPARE(sandbox
                 .adminPost(QStringLiteral("/faults"),
                            QJsonObject{{QStringLiteral("spec"), QStringLiteral("truncate=1")}})
                 .status,
             200);
    QVERIFY(service.launch(
        LaunchMode::Async, kAction,
        asyncBody(QStringLiteral("maybe"), QStringLiteral("https://www.linkedin.com/in/linus"))));
    QTRY_COMPARE(uncertain.count(), 1);
    QCOMPARE(uncertain.first().at(0).value<ApiError>().kind, ApiError::Kind::LaunchUncertain);
    QCOMPARE(
        sandbox
            .adminPost(QStringLiteral("/faults"), QJsonObject{{QStringLiteral("spec"), QString()}})
            .status,
        200);

    // Not sent twice: the one request made one run, and it can be found.
    QCOMPARE(sandbox.get(QStringLiteral("/runs")).json.toArray().size(), 1);
    service.findRecent(QStringLiteral("maybe"), before);
    QTRY_COMPARE(found.count(), 1);
    const auto runs = found.first().at(0).value<QList<Run>>();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().name, QStringLiteral("maybe"));

    // Another name, or a time after it, finds nothing.
    service.findRecent(QStringLiteral("other"), before);
    QTRY_COMPARE(found.count(), 2);
    QVERIFY(found.last().at(0).value<QList<Run>>().isEmpty());
}

void TestLaunchService::oneLaunchAtATime()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    SandboxClient connection(sandbox);
    LaunchService service(&connection.client);
    QSignalSpy launched(&service, &LaunchService::launched);
    const QJsonObject body =
        asyncBody(QStringLiteral("once"), QStringLiteral("https://www.linkedin.com/in/ken"));
    QVERIFY(service.launch(LaunchMode::Async, kAction, body));
    QVERIFY(!service.launch(LaunchMode::Async, kAction, body));
    QTRY_COMPARE(launched.count(), 1);
    QTest::qWait(0);
    QCOMPARE(sandbox.get(QStringLiteral("/runs")).json.toArray().size(), 1);
}

void TestLaunchService::inputsOfARunComeBackAsSent()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    SandboxClient connection(sandbox);
    LaunchService service(&connection.client);
    // More than one page of 500, each with its custom_data.
    QJsonArray inputs;
    for (int i = 0; i < 1203; ++i)
        inputs.append(
            QJsonObject{{QStringLiteral("linkedin_profile_url"),
                         QStringLiteral("https://www.linkedin.com/in/p%1").arg(i)},
                        {QStringLiteral("custom_data"), QJsonObject{{QStringLiteral("row"), i}}}});
    const QString uid = sandbox.launch(kAction, inputs);
    QVERIFY(!uid.isEmpty());
    QSignalSpy fetched(&service, &LaunchService::inputsFetched);
    service.fetchInputs(uid);
    QTRY_COMPARE(fetched.count(), 1);
    QCOMPARE(fetched.first().at(0).toString(), uid);
    const auto drafts = fetched.first().at(1).value<QList<InputDraft>>();
    QCOMPARE(drafts.size(), inputs.size());
    for (int i = 0; i < drafts.size(); ++i)
        QCOMPARE(drafts.at(i).toJson(), inputs.at(i).toObject());
}

QTEST_MAIN(TestLaunchService)
#include "tst_launchservice.moc"
