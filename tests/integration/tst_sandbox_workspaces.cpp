#include "sandbox/sandboxengine.h"
#include "sandbox/sandboxoptions.h"
#include "tests/support/callbackreceiver.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// Several workspaces in one sandbox (issue 15; contract 1.2: a key belongs
// to one workspace). Workspace A is the default one (key "sandbox"), B is
// "Beta workspace" with two member keys. A key of B can neither see nor
// touch A's runs, schedules, inputs, outputs or callbacks: 404 on every
// route that names one, absent from every list, whatever the store holds
// and across restarts. And no callback ever goes to a URL its run was not
// given.
class TestSandboxWorkspaces : public QObject
{
    Q_OBJECT

private slots:
    void optionsMapKeysToWorkspaces();
    void workspacesNamesEachKeysWorkspace();
    void everyRouteHidesAnotherWorkspacesObjects();
    void listsHoldOnlyTheCallersWorkspace();
    void ownershipSurvivesARestart();
    void concurrencyIsCountedPerWorkspace();
    void demoSeedsTwoWorkspaces();
    void callbacksGoOnlyToTheRunsUrl();
};

namespace {

const QByteArray kKeyA = "sandbox";
const QByteArray kKeyB = "key-b";
const QByteArray kKeyB2 = "key-b2";
const QString kBeta = u"Beta workspace"_s;
const QString kSearch = u"linkedin-search-people"_s;

SandboxOptions twoWorkspaces()
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.addKey(QString::fromLatin1(kKeyB), kBeta);
    options.addKey(QString::fromLatin1(kKeyB2), kBeta);
    return options;
}

QByteArray bytesOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SandboxFixture::Reply as(SandboxFixture &sandbox, const QByteArray &key, const QByteArray &method,
                         const QString &path, const QByteArray &body = {})
{
    return sandbox.request(method, QUrl(sandbox.baseUrl() + path), body, "application/json", key);
}

// Launches a search in `mode` ("async", "schedule") as `key`, with the
// callback when given; the `field` of the answer (the new uid).
QString create(SandboxFixture &sandbox, const QByteArray &key, const QString &mode,
               QJsonObject body, const QJsonObject &callback, const QString &field)
{
    if (!callback.isEmpty())
        body.insert(u"callback"_s, callback);
    const auto reply =
        as(sandbox, key, "POST", u"/actions/"_s + kSearch + u"/run/"_s + mode, bytesOf(body));
    if (reply.status != 200)
        qWarning("%s failed: %d %s", qPrintable(mode), reply.status, reply.body.constData());
    return reply.json[field].toString();
}

QString launchAs(SandboxFixture &sandbox, const QByteArray &key, const QString &keywords,
                 const QJsonObject &callback = {}, int maxResults = 1000)
{
    return create(sandbox, key, u"async"_s,
                  {{u"inputs"_s, QJsonArray{SandboxApi::search(keywords)}},
                   {u"parameters"_s, QJsonObject{{u"max_results"_s, maxResults}}}},
                  callback, u"run_uid"_s);
}

// Every ten minutes, five results.
QString scheduleAs(SandboxFixture &sandbox, const QByteArray &key, const QJsonObject &callback = {})
{
    return create(sandbox, key, u"schedule"_s,
                  {{u"inputs"_s, QJsonArray{SandboxApi::search(u"cfo"_s)}},
                   {u"parameters"_s, QJsonObject{{u"max_results"_s, 5}}},
                   {u"cron"_s, u"*/10 * * * *"_s},
                   {u"timezone"_s, u"UTC"_s}},
                  callback, u"schedule_uid"_s);
}

QSet<QString> uidSet(const QJsonValue &array)
{
    const QStringList uids = SandboxApi::uidsOf(array);
    return QSet<QString>(uids.cbegin(), uids.cend());
}

// Every list a key can read, each as the set of uids it holds.
struct Lists
{
    QSet<QString> runs;
    QSet<QString> schedules;
    QSet<QString> callbacks;
};

Lists listsOf(SandboxFixture &sandbox, const QByteArray &key)
{
    Lists lists;
    lists.runs = uidSet(as(sandbox, key, "GET", u"/runs?limit=100"_s).json);
    lists.schedules = uidSet(as(sandbox, key, "GET", u"/schedules?limit=100"_s).json);
    lists.callbacks = uidSet(as(sandbox, key, "GET", u"/runs/callbacks?limit=20"_s).json);
    return lists;
}

// What workspace A holds, as A reads it: compared before and after B's
// requests to show that they changed nothing.
QByteArray snapshotOfA(SandboxFixture &sandbox, const QString &run, const QString &schedule)
{
    return as(sandbox, kKeyA, "GET", u"/runs?limit=100"_s).body +
           as(sandbox, kKeyA, "GET", u"/schedules?limit=100"_s).body +
           as(sandbox, kKeyA, "GET", u"/runs/callbacks?limit=20"_s).body +
           as(sandbox, kKeyA, "GET", SandboxApi::runPath(run, u"/outputs?limit=500"_s)).body +
           as(sandbox, kKeyA, "GET", SandboxApi::runPath(run, u"/inputs"_s)).body +
           as(sandbox, kKeyA, "GET", u"/schedules/"_s + schedule).body;
}

QString workspaceNameOf(SandboxFixture &sandbox, const QByteArray &key, QString *uid = nullptr)
{
    const auto reply = as(sandbox, key, "GET", u"/workspaces"_s);
    const QJsonArray workspaces = reply.json.toArray();
    if (reply.status != 200 || workspaces.size() != 1)
        return u"(%1: %2)"_s.arg(reply.status).arg(QString::fromUtf8(reply.body));
    if (uid)
        *uid = workspaces.first()[u"uid"_s].toString();
    return workspaces.first()[u"name"_s].toString();
}

} // namespace

void TestSandboxWorkspaces::optionsMapKeysToWorkspaces()
{
    QString error;
    auto request = SandboxOptions::Request::Serve;
    const auto options = SandboxOptions::parse(
        {u"--api-key"_s, u"k1=Acme"_s, u"--api-key"_s, u"k2"_s, u"--api-key"_s, u"k3=Acme"_s,
         u"--api-key"_s, u"k4=a=b"_s, u"--api-key"_s, u"k1=Acme"_s},
        &error, &request);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->apiKeys, (QStringList{u"k1"_s, u"k2"_s, u"k3"_s, u"k4"_s}));
    QCOMPARE(options->workspaceOf(u"k1"_s)->name, u"Acme"_s);
    QCOMPARE(options->workspaceOf(u"k3"_s)->uid, options->workspaceOf(u"k1"_s)->uid);
    QCOMPARE(options->workspaceOf(u"k2"_s)->uid, SandboxAccount::workspaceUid());
    QVERIFY(options->workspaceOf(u"k1"_s)->uid != SandboxAccount::workspaceUid());
    // Split at the first '=': a name may hold one, a key cannot.
    QCOMPARE(options->workspaceOf(u"k4"_s)->name, u"a=b"_s);
    QVERIFY(!options->workspaceOf(u"sandbox"_s));
    QVERIFY(!options->workspaceOf(u"k1=Acme"_s));

    // Through the server: each key answers for its own workspace.
    SandboxOptions served = *options;
    const SandboxOptions defaults = SandboxFixture::defaultOptions();
    served.port = 0;
    served.clockMode = defaults.clockMode;
    served.clockStartMs = defaults.clockStartMs;
    served.tier = defaults.tier;
    SandboxFixture sandbox(served);
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QCOMPARE(workspaceNameOf(sandbox, "k1"), u"Acme"_s);
    QCOMPARE(workspaceNameOf(sandbox, "k3"), u"Acme"_s);
    QCOMPARE(workspaceNameOf(sandbox, "k2"), u"Sandbox workspace"_s);
    QCOMPARE(as(sandbox, "k1=Acme", "GET", u"/workspaces"_s).status, 401);
}

void TestSandboxWorkspaces::workspacesNamesEachKeysWorkspace()
{
    SandboxFixture sandbox(twoWorkspaces());
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QString uidA;
    QString uidB;
    QString uidB2;
    QCOMPARE(workspaceNameOf(sandbox, kKeyA, &uidA), u"Sandbox workspace"_s);
    QCOMPARE(workspaceNameOf(sandbox, kKeyB, &uidB), kBeta);
    QCOMPARE(workspaceNameOf(sandbox, kKeyB2, &uidB2), kBeta);
    QCOMPARE(uidA, SandboxAccount::workspaceUid());
    QVERIFY(uidA != uidB);
    QCOMPARE(uidB2, uidB);

    // What each key launches records its workspace, and its own user.
    const QString runA = launchAs(sandbox, kKeyA, u"cto"_s);
    const QString runB = launchAs(sandbox, kKeyB, u"cto"_s);
    const QString runB2 = launchAs(sandbox, kKeyB2, u"cto"_s);
    const auto objectOf = [&](const QByteArray &key, const QString &uid) {
        return as(sandbox, key, "GET", SandboxApi::runPath(uid)).json.toObject();
    };
    QCOMPARE(objectOf(kKeyA, runA)[u"workspace_uid"_s].toString(), uidA);
    QCOMPARE(objectOf(kKeyB, runB)[u"workspace_uid"_s].toString(), uidB);
    QCOMPARE(objectOf(kKeyB, runB2)[u"workspace_uid"_s].toString(), uidB);
    QVERIFY(objectOf(kKeyB, runB)[u"user_uid"_s] != objectOf(kKeyB, runB2)[u"user_uid"_s]);
    // Members of one workspace share its runs.
    QCOMPARE(listsOf(sandbox, kKeyB2).runs, (QSet<QString>{runB, runB2}));
    const QString scheduleB = scheduleAs(sandbox, kKeyB);
    QCOMPARE(as(sandbox, kKeyB2, "GET", u"/schedules/"_s + scheduleB)
                 .json[u"workspace_uid"_s]
                 .toString(),
             uidB);
}

// The walk of tst_sandbox_hostile, with B's key on A's objects: every route
// of the router is either one that names a run, schedule or callback (404,
// the error body of contract 1.4, nothing changed), a list (none of A's
// uids), or one that names no workspace object (launches, identities,
// workspaces, the admin API). A new route must be classified here.
void TestSandboxWorkspaces::everyRouteHidesAnotherWorkspacesObjects()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxFixture sandbox(twoWorkspaces());
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    // A's objects: a running async run with outputs and a delivered
    // callback, a live run, a schedule.
    const QString run = launchAs(sandbox, kKeyA, u"cto"_s, receiver.callbackObject());
    QVERIFY(!run.isEmpty());
    const QString schedule = scheduleAs(sandbox, kKeyA);
    QVERIFY(!schedule.isEmpty());
    QCOMPARE(sandbox.advance(9).status, 200);
    QTRY_VERIFY(receiver.count() >= 2);
    QTRY_VERIFY(!sandbox.callbackRecords(run).isEmpty());
    const QJsonArray records = sandbox.callbackRecords(run);
    QTRY_COMPARE(sandbox.callbackRecord(records.first()[u"uid"_s].toString())[u"status"_s],
                 QJsonValue(u"SUCCESS"_s));
    const QString callback = records.first()[u"uid"_s].toString();
    QCOMPARE(sandbox.runStatus(run), u"RUNNING"_s);
    const auto firstPage = sandbox.get(SandboxApi::runPath(run, u"/outputs?limit=1"_s));
    QCOMPARE(firstPage.status, 200);
    const QByteArray nextOutputs = firstPage.header("X-Pagination-Next");
    QVERIFY(!nextOutputs.isEmpty());
    const QByteArray liveBody =
        bytesOf(QJsonObject{{u"input"_s, SandboxApi::search(u"cto"_s)},
                            {u"parameters"_s, QJsonObject{{u"max_results"_s, 100}}}});
    const auto live =
        as(sandbox, kKeyA, "POST", u"/actions/"_s + kSearch + u"/run/live"_s, liveBody);
    QCOMPARE(live.status, 200);
    const QByteArray nextLive = live.header("X-Pagination-Next");
    QVERIFY(!nextLive.isEmpty());
    const QSet<QString> ownRuns = listsOf(sandbox, kKeyA).runs;
    QCOMPARE(ownRuns.size(), 2);
    const QString liveRun = *(QSet<QString>(ownRuns) - QSet<QString>{run}).cbegin();
    const QByteArray before = snapshotOfA(sandbox, run, schedule);

    const QStringList routes = sandbox.engine().routes();
    QVERIFY(routes.size() > 20);
    static const QRegularExpression placeholder(u"\\{[^}]+\\}"_s);
    const QStringList lists = {u"GET /v1/runs"_s, u"GET /v1/schedules"_s,
                               u"GET /v1/runs/callbacks"_s};
    int named = 0;
    for (const QString &route : routes) {
        const QByteArray method = route.section(u' ', 0, 0).toLatin1();
        const QString pattern = route.section(u' ', 1);
        if (!pattern.startsWith(u"/v1/"_s) || lists.contains(route))
            continue;
        // Routes that name no object of a workspace: launches (B's own
        // runs), the shared identities (docs/api-decisions.md), workspaces.
        if (pattern.startsWith(u"/v1/actions/"_s) || pattern.startsWith(u"/v1/identities"_s) ||
            pattern == u"/v1/workspaces"_s)
            continue;
        QStringList uids;
        QStringList actions = {QString()};
        if (pattern.startsWith(u"/v1/runs/callbacks/{uid}"_s)) {
            uids = {callback};
        } else if (pattern.startsWith(u"/v1/runs/{uid}"_s)) {
            uids = {run, liveRun};
        } else if (pattern.startsWith(u"/v1/schedules/{uid}"_s)) {
            uids = {schedule};
            if (pattern.contains(u"{action}"_s))
                actions = {u"pause"_s, u"resume"_s, u"cancel"_s, u"delete"_s, u"update"_s};
        } else {
            QFAIL(qPrintable(u"route not classified by this test: "_s + route));
        }
        for (const QString &uid : std::as_const(uids)) {
            for (const QString &action : std::as_const(actions)) {
                QString path = pattern.mid(3);
                path.replace(u"{action}"_s, action);
                path.replace(placeholder, uid);
                const QByteArray body = action == u"update"_s
                                            ? QByteArray(R"({"name": "taken by B"})")
                                            : QByteArray(method == "POST" ? "{}" : "");
                for (const QByteArray &key : {kKeyB, kKeyB2}) {
                    const auto reply = as(sandbox, key, method, path, body);
                    const QString problem = reply.errorProblem(404, u"NOT_FOUND"_s, uid);
                    QVERIFY2(problem.isEmpty(),
                             qPrintable(route + u" as B on "_s + path + u": "_s + problem));
                    ++named;
                }
            }
        }
    }
    // runs: 2 uids x 7 routes, callbacks: 2 routes, schedules: 1 + 5 actions; two keys each.
    QCOMPARE(named, 2 * (2 * 7 + 2 + 6));

    // A's page links are no use to B either.
    const auto outputsAsB =
        sandbox.request("GET", QUrl::fromEncoded(nextOutputs), {}, "application/json", kKeyB);
    VERIFY_ERROR_BODY(outputsAsB, 404, u"NOT_FOUND"_s, run);
    const auto liveAsB =
        sandbox.request("POST", QUrl::fromEncoded(nextLive), liveBody, "application/json", kKeyB);
    VERIFY_ERROR_BODY(liveAsB, 400, QString(), u"cursor"_s);
    // Filters naming A's objects find nothing for B.
    const QStringList filtered = {u"/runs?uid="_s + run, u"/runs?scheduled_run_uid="_s + schedule,
                                  u"/schedules?uid="_s + schedule,
                                  u"/runs/callbacks?run_uid="_s + run};
    for (const QString &path : filtered) {
        const auto reply = as(sandbox, kKeyB, "GET", path);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json, QJsonValue(QJsonArray()));
    }

    QCOMPARE(snapshotOfA(sandbox, run, schedule), before);
    // And A still reaches all of it.
    QCOMPARE(sandbox.get(u"/runs/callbacks/"_s + callback).status, 200);
    QCOMPARE(sandbox.get(u"/schedules/"_s + schedule).status, 200);
    QCOMPARE(sandbox.get(SandboxApi::runPath(liveRun)).status, 200);
    QCOMPARE(sandbox.request("GET", QUrl::fromEncoded(nextOutputs)).status, 200);
}

void TestSandboxWorkspaces::listsHoldOnlyTheCallersWorkspace()
{
    CallbackReceiver receiver;
    QVERIFY(receiver.listen());
    SandboxFixture sandbox(twoWorkspaces());
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    QSet<QString> runsA;
    QSet<QString> runsB;
    for (const QString &keywords : {u"cto"_s, u"cfo"_s, u"designer"_s}) {
        runsA.insert(launchAs(sandbox, kKeyA, keywords, receiver.callbackObject(), 10));
        runsB.insert(launchAs(sandbox, kKeyB, keywords, receiver.callbackObject(), 10));
    }
    const QSet<QString> schedulesA{scheduleAs(sandbox, kKeyA), scheduleAs(sandbox, kKeyA)};
    const QSet<QString> schedulesB{scheduleAs(sandbox, kKeyB2)};
    // Runs finish, callbacks go out, schedules fire and spawn runs.
    QCOMPARE(sandbox.advance(30 * 60).status, 200);
    QTRY_VERIFY(receiver.count() >= 12);

    const Lists a = listsOf(sandbox, kKeyA);
    const Lists b = listsOf(sandbox, kKeyB);
    QVERIFY(a.runs.contains(runsA));
    QVERIFY(b.runs.contains(runsB));
    // The spawned runs count too: 3 firings in 30 minutes for each schedule.
    QCOMPARE(a.runs.size(), 3 + 2 * 3);
    QCOMPARE(b.runs.size(), 3 + 3);
    QVERIFY(!a.runs.intersects(b.runs));
    QCOMPARE(a.schedules, schedulesA);
    QCOMPARE(b.schedules, schedulesB);
    QVERIFY(!a.callbacks.isEmpty());
    QVERIFY(!b.callbacks.isEmpty());
    QVERIFY(!a.callbacks.intersects(b.callbacks));
    // Each callback B lists is of one of B's runs.
    for (const QJsonValue &record :
         as(sandbox, kKeyB, "GET", u"/runs/callbacks?limit=20"_s).json.toArray())
        QVERIFY(b.runs.contains(record[u"run_uid"_s].toString()));
    // Another member of B sees the same lists.
    const Lists b2 = listsOf(sandbox, kKeyB2);
    QCOMPARE(b2.runs, b.runs);
    QCOMPARE(b2.schedules, b.schedules);
    QCOMPARE(b2.callbacks, b.callbacks);
}

// The workspace is stored with each run and schedule: a restart on the same
// file keeps it, and it follows the workspace's name, not the key. A store
// made before there were several workspaces belongs to the default one.
void TestSandboxWorkspaces::ownershipSurvivesARestart()
{
    SandboxFixture sandbox(SandboxFixture::defaultOptions());
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString older = launchAs(sandbox, kKeyA, u"cto"_s, {}, 5);
    QVERIFY(!older.isEmpty());
    sandbox.stop();

    const QString file = sandbox.databasePath();
    sandbox.options() = twoWorkspaces();
    sandbox.options().databasePath = file;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QCOMPARE(listsOf(sandbox, kKeyA).runs, QSet<QString>{older});
    QVERIFY(listsOf(sandbox, kKeyB).runs.isEmpty());
    const QString runB = launchAs(sandbox, kKeyB, u"cfo"_s, {}, 5);
    const QString scheduleB = scheduleAs(sandbox, kKeyB);
    sandbox.stop();

    // B's keys are gone; a new key of B's name is a member of B.
    sandbox.options().apiKeys = {QString::fromLatin1(kKeyA), u"key-c"_s};
    sandbox.options().keyWorkspaces = {{u"key-c"_s, kBeta}};
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QCOMPARE(as(sandbox, kKeyB, "GET", u"/runs"_s).status, 401);
    const Lists c = listsOf(sandbox, "key-c");
    QCOMPARE(c.runs, QSet<QString>{runB});
    QCOMPARE(c.schedules, QSet<QString>{scheduleB});
    const Lists a = listsOf(sandbox, kKeyA);
    QCOMPARE(a.runs, QSet<QString>{older});
    QVERIFY(a.schedules.isEmpty());
    VERIFY_ERROR_BODY(as(sandbox, kKeyA, "GET", SandboxApi::runPath(runB)), 404, u"NOT_FOUND"_s,
                      runB);
    VERIFY_ERROR_BODY(as(sandbox, "key-c", "GET", SandboxApi::runPath(older)), 404, u"NOT_FOUND"_s,
                      older);
    QCOMPARE(sandbox.scalar(u"SELECT COUNT(DISTINCT workspace_uid) FROM runs"_s).toInt(), 2);
}

// Contract 1.7: concurrency (like the rate limits) is per workspace, so a
// busy workspace does not hold up another's runs.
void TestSandboxWorkspaces::concurrencyIsCountedPerWorkspace()
{
    SandboxOptions options = twoWorkspaces();
    options.concurrency = 1;
    SandboxFixture sandbox(options);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString firstA = launchAs(sandbox, kKeyA, u"cto"_s);
    const QString secondA = launchAs(sandbox, kKeyA, u"cfo"_s);
    const QString onlyB = launchAs(sandbox, kKeyB, u"cto"_s);
    QCOMPARE(sandbox.advance(5).status, 200);
    QCOMPARE(sandbox.runStatus(firstA), u"RUNNING"_s);
    QCOMPARE(sandbox.runStatus(secondA), u"QUEUED"_s);
    QCOMPARE(as(sandbox, kKeyB, "GET", SandboxApi::runPath(onlyB, u"/status"_s))
                 .json[u"status"_s]
                 .toString(),
             u"RUNNING"_s);
    // A's slot frees: its queued run starts.
    QCOMPARE(sandbox.post(SandboxApi::runPath(firstA, u"/cancel"_s), QJsonObject()).status, 200);
    QCOMPARE(sandbox.advance(1).status, 200);
    QCOMPARE(sandbox.runStatus(secondA), u"RUNNING"_s);
}

void TestSandboxWorkspaces::demoSeedsTwoWorkspaces()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QCOMPARE(as(sandbox, SandboxAccount::demoKey().toLatin1(), "GET", u"/runs"_s).status, 401);
    QCOMPARE(sandbox.adminPost(u"/demo"_s).status, 200);

    const QByteArray acmeKey = SandboxAccount::demoKey().toLatin1();
    QString acmeUid;
    QCOMPARE(workspaceNameOf(sandbox, acmeKey, &acmeUid), u"Acme workspace"_s);
    QCOMPARE(workspaceNameOf(sandbox, kKeyA), u"Sandbox workspace"_s);
    const QJsonArray acmeRuns = [&] {
        QJsonArray all;
        for (int offset = 0;; offset += 100) {
            const QJsonArray page =
                as(sandbox, acmeKey, "GET", u"/runs?limit=100&offset=%1"_s.arg(offset))
                    .json.toArray();
            for (const QJsonValue &run : page)
                all.append(run);
            if (page.size() < 100)
                return all;
        }
    }();
    const QJsonArray defaultRuns = sandbox.getAllByOffset(u"/runs"_s, 100);
    qInfo("demo: %lld runs in the default workspace, %lld in Acme", qint64(defaultRuns.size()),
          qint64(acmeRuns.size()));
    // The second one is smaller, and still has something of everything.
    QVERIFY(acmeRuns.size() >= 20);
    QVERIFY(acmeRuns.size() * 4 < defaultRuns.size());
    QSet<QString> statuses;
    for (const QJsonValue &run : acmeRuns) {
        QCOMPARE(run[u"workspace_uid"_s].toString(), acmeUid);
        statuses.insert(run[u"status"_s].toString());
    }
    QVERIFY(statuses.contains(u"SUCCEEDED"_s));
    QVERIFY(statuses.contains(u"FAILED"_s));
    const QJsonArray schedules =
        as(sandbox, acmeKey, "GET", u"/schedules?limit=100"_s).json.toArray();
    QCOMPARE(schedules.size(), 1);
    QCOMPARE(schedules.first()[u"workspace_uid"_s].toString(), acmeUid);
    const QSet<QString> acmeUids = uidSet(acmeRuns);
    QVERIFY(!acmeUids.intersects(uidSet(defaultRuns)));
    for (const QJsonValue &record :
         as(sandbox, acmeKey, "GET", u"/runs/callbacks?limit=20"_s).json.toArray())
        QVERIFY(acmeUids.contains(record[u"run_uid"_s].toString()));
    // The inputs of an Acme run are Acme's alone.
    const QString acmeRun = acmeRuns.first()[u"uid"_s].toString();
    QCOMPARE(as(sandbox, acmeKey, "GET", SandboxApi::runPath(acmeRun, u"/inputs"_s)).status, 200);
    QCOMPARE(sandbox.get(SandboxApi::runPath(acmeRun, u"/inputs"_s)).status, 404);
}

// Issue 15: the sandbox never delivers a callback to any URL other than
// the one the run was given. Receiver B is never given to a run; every
// attempt to get a delivery there fails, and everything A receives is for
// a run launched with A's URL.
void TestSandboxWorkspaces::callbacksGoOnlyToTheRunsUrl()
{
    CallbackReceiver receiverA;
    CallbackReceiver receiverB;
    QVERIFY(receiverA.listen());
    QVERIFY(receiverB.listen());
    const QString urlB = receiverB.url();
    SandboxFixture sandbox(twoWorkspaces());
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    // 1. A redirect from A's receiver (307 keeps the POST) is not followed:
    // the delivery fails and is retried to A.
    receiverA.redirectTo(urlB, 307);
    const QString redirected =
        launchAs(sandbox, kKeyA, u"cto"_s, receiverA.callbackObject(u"final"_s), 3);
    QSet<QString> runsToA{redirected};
    QCOMPARE(sandbox.advance(60).status, 200);
    QTRY_COMPARE(receiverA.count(), 1);
    QTRY_COMPARE(sandbox.callbackRecords(redirected).first()[u"http_status"_s].toInt(), 307);
    const QJsonObject record = sandbox.callbackRecords(redirected).first().toObject();
    QCOMPARE(record[u"status"_s].toString(), u"FAILED"_s);
    QCOMPARE(record[u"retry_count"_s].toInt(), 1);
    QCOMPARE(record[u"callback_url"_s].toString(), receiverA.url());
    receiverA.redirectTo({});
    QCOMPARE(sandbox.advance(10).status, 200);
    QTRY_COMPARE(receiverA.count(), 2);
    QTRY_COMPARE(sandbox.callbackRecords(redirected).first()[u"status"_s].toString(), u"SUCCESS"_s);
    const QString callbackUid = record[u"uid"_s].toString();

    // 2. A replay, or a run operation, whose body names another URL.
    const QJsonObject elsewhere{{u"url"_s, urlB},
                                {u"callback_url"_s, urlB},
                                {u"callback"_s, QJsonObject{{u"url"_s, urlB}}}};
    const auto replay = sandbox.post(u"/runs/callbacks/"_s + callbackUid + u"/replay"_s, elsewhere);
    QVERIFY2(replay.status == 200 || replay.status == 400, replay.body.constData());
    const QString running =
        launchAs(sandbox, kKeyA, u"cfo"_s, receiverA.callbackObject(u"final"_s), 50);
    runsToA.insert(running);
    QCOMPARE(sandbox.advance(3).status, 200);
    for (const QString &operation : {u"/cancel"_s, u"/resume"_s, u"/continue"_s})
        sandbox.post(SandboxApi::runPath(running, operation), elsewhere);

    // 3. A schedule's callback cannot be changed after its launch.
    const QString schedule = scheduleAs(sandbox, kKeyA, receiverA.callbackObject(u"final"_s));
    const auto update = sandbox.post(u"/schedules/"_s + schedule + u"/update"_s,
                                     QJsonObject{{u"callback"_s, QJsonObject{{u"url"_s, urlB}}}});
    VERIFY_ERROR_BODY(update, 400, QString(), u"callback"_s);

    // 4. Another workspace's key replays A's callback: not found.
    const auto foreign =
        as(sandbox, kKeyB, "POST", u"/runs/callbacks/"_s + callbackUid + u"/replay"_s, "{}");
    VERIFY_ERROR_BODY(foreign, 404, u"NOT_FOUND"_s, callbackUid);

    // Everything runs its course: replays, retries, the schedule's firings.
    QCOMPARE(sandbox.advance(40 * 60).status, 200);
    QTRY_VERIFY(sandbox.callbackRecords(running).size() >= 1);
    const QJsonArray spawned =
        sandbox.get(u"/runs?scheduled_run_uid="_s + schedule + u"&limit=100"_s).json.toArray();
    QCOMPARE(spawned.size(), 4);
    for (const QJsonValue &run : spawned)
        runsToA.insert(run[u"uid"_s].toString());
    // Each run that ended has its one final delivery at A (the redirected
    // one twice: its failed attempt and its retry; the replay, if taken,
    // once more).
    QTRY_VERIFY(receiverA.count() >= 2 + 1 + 4);
    QCOMPARE(receiverB.count(), 0);
    for (const CallbackReceiver::Delivery &delivery : receiverA.deliveries()) {
        const QString runUid = delivery.body[u"run"_s][u"run_uid"_s].toString();
        QVERIFY2(runsToA.contains(runUid), qPrintable(runUid));
    }
    for (const QJsonValue &callback : sandbox.get(u"/runs/callbacks?limit=20"_s).json.toArray())
        QCOMPARE(callback[u"callback_url"_s].toString(), receiverA.url());
}

QTEST_GUILESS_MAIN(TestSandboxWorkspaces)
#include "tst_sandbox_workspaces.moc"
