#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// Incremental sync over real HTTP (contract 6.3, 3.8, 2.5): the first
// iteration is the newest max_results items, each continue fetches only
// the items that arrived since, the surplus over max_results is lost and
// reported, and an incremental schedule keeps continuing one run.
class TestSandboxIncremental : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void iterationsFetchOnlyNewItems();
    void continueRefusedWhileActiveOrNotIncremental();
    void incrementalNeedsEngagementIdentity();
    void incrementalOnlyForSupportedActions();
    void incrementalNotOnLiveRoute();
    void scheduleContinuesTheSameRun();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_engagement;
    QString m_standard;
};

namespace {

const QString kConnections = u"linkedin-extract-connections"_s;

QJsonObject incrementalBody(const QString &identity, int maxResults = 10)
{
    return QJsonObject{{u"inputs"_s, QJsonArray{QJsonObject()}},
                       {u"identity_ids"_s, QJsonArray{identity}},
                       {u"parameters"_s, QJsonObject{{u"sync_mode"_s, u"incremental"_s},
                                                     {u"max_results"_s, maxResults}}}};
}

// One connection is one LinkedIn profile: its URL identifies the item.
QString keyOf(const QJsonValue &item)
{
    return item[u"linkedin_profile_url"_s].toString();
}

QStringList keysOf(const QJsonArray &items, qsizetype from = 0)
{
    QStringList keys;
    for (qsizetype i = from; i < items.size(); ++i)
        keys.append(keyOf(items.at(i)));
    return keys;
}

} // namespace

void TestSandboxIncremental::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_engagement = m_sandbox->engagementIdentity();
    m_standard = m_sandbox->standardIdentity();
    QVERIFY(!m_engagement.isEmpty());
    QVERIFY(!m_standard.isEmpty());
}

void TestSandboxIncremental::cleanup()
{
    m_sandbox.reset();
}

namespace {

SandboxFixture::Reply grow(SandboxFixture &sandbox, const QString &identity, int count)
{
    return sandbox.adminPost(u"/sources/grow"_s, QJsonObject{{u"action"_s, kConnections},
                                                             {u"identity_uid"_s, identity},
                                                             {u"count"_s, count}});
}

// A fresh incremental run's first iteration: the newest `count` items of
// the source right now, newest first.
QStringList newestNow(SandboxFixture &sandbox, const QString &identity, int count)
{
    const auto launched = sandbox.post(u"/actions/linkedin-extract-connections/run/async"_s,
                                       incrementalBody(identity, count));
    if (launched.status != 200)
        return {};
    const QString uid = launched.json[u"run_uid"_s].toString();
    sandbox.advance(30);
    return keysOf(sandbox.outputs(uid));
}

} // namespace

void TestSandboxIncremental::iterationsFetchOnlyNewItems()
{
    SandboxFixture &sandbox = *m_sandbox;
    const auto launched = sandbox.post(u"/actions/linkedin-extract-connections/run/async"_s,
                                       incrementalBody(m_engagement));
    QCOMPARE(launched.status, 200);
    const QString uid = launched.json[u"run_uid"_s].toString();
    QVERIFY(!uid.isEmpty());

    // Iteration 1: a full sync capped at max_results, newest first.
    QCOMPARE(sandbox.advance(30).status, 200);
    QJsonObject run = sandbox.run(uid);
    QCOMPARE(run[u"status"_s].toString(), u"SUCCEEDED"_s);
    QCOMPARE(run[u"output_count"_s].toInt(), 10);
    QCOMPARE(run[u"parameters"_s][u"sync_mode"_s].toString(), u"incremental"_s);
    QVERIFY(!run[u"synced_at"_s].toString().isEmpty());
    QCOMPARE(run[u"synced_at"_s], run[u"finished_at"_s]);
    const QString firstSync = run[u"synced_at"_s].toString();
    const QJsonArray first = sandbox.outputs(uid);
    QCOMPARE(first.size(), 10);
    for (qsizetype i = 1; i < first.size(); ++i) {
        const QString newer = first.at(i - 1)[u"connected_at"_s].toString();
        const QString older = first.at(i)[u"connected_at"_s].toString();
        QVERIFY2(newer > older, qPrintable(newer + u" then "_s + older));
    }
    const QStringList firstKeys = keysOf(first);
    QCOMPARE(QSet<QString>(firstKeys.cbegin(), firstKeys.cend()).size(), 10);
    // They are the source's newest: a second first iteration agrees.
    QCOMPARE(newestNow(sandbox, m_engagement, 10), firstKeys);

    // Iteration 2: five new items arrive; continue fetches exactly them.
    QCOMPARE(grow(sandbox, m_engagement, 5).status, 200);
    auto continued = sandbox.post(u"/runs/"_s + uid + u"/continue"_s, QJsonObject());
    QCOMPARE(continued.status, 200);
    QCOMPARE(continued.json[u"uid"_s].toString(), uid);
    QCOMPARE(continued.json[u"status"_s].toString(), u"SCHEDULED"_s);
    QCOMPARE(sandbox.inputStatuses(uid), QStringList{u"SCHEDULED"_s});
    QCOMPARE(sandbox.advance(30).status, 200);
    run = sandbox.run(uid);
    QCOMPARE(run[u"status"_s].toString(), u"SUCCEEDED"_s);
    QCOMPARE(run[u"output_count"_s].toInt(), 15);
    QVERIFY(run[u"last_info"_s].isNull());
    const QString secondSync = run[u"synced_at"_s].toString();
    QVERIFY2(secondSync > firstSync, qPrintable(secondSync));
    QCOMPARE(run[u"synced_at"_s], run[u"finished_at"_s]);
    QJsonArray outputs = sandbox.outputs(uid);
    QCOMPARE(outputs.size(), 15);
    const QStringList secondKeys = keysOf(outputs, 10);
    for (const QString &key : secondKeys)
        QVERIFY2(!firstKeys.contains(key), qPrintable(key));
    QCOMPARE(QSet<QString>(secondKeys.cbegin(), secondKeys.cend()).size(), 5);
    QVERIFY(outputs.at(10)[u"connected_at"_s].toString() >=
            first.at(0)[u"connected_at"_s].toString());
    QCOMPARE(newestNow(sandbox, m_engagement, 5), secondKeys);

    // Iteration 3: 25 new items but max_results 10: the newest 10 are
    // fetched, the 15 older ones are lost, and last_info says so.
    QCOMPARE(grow(sandbox, m_engagement, 25).status, 200);
    const QStringList expectedThird = newestNow(sandbox, m_engagement, 10);
    QCOMPARE(expectedThird.size(), 10);
    continued = sandbox.post(u"/runs/"_s + uid + u"/continue"_s, QJsonObject());
    QCOMPARE(continued.status, 200);
    QCOMPARE(continued.json[u"uid"_s].toString(), uid);
    QCOMPARE(continued.json[u"status"_s].toString(), u"SCHEDULED"_s);
    QCOMPARE(sandbox.advance(30).status, 200);
    run = sandbox.run(uid);
    QCOMPARE(run[u"status"_s].toString(), u"SUCCEEDED"_s);
    QCOMPARE(run[u"output_count"_s].toInt(), 25);
    outputs = sandbox.outputs(uid);
    QCOMPARE(outputs.size(), 25);
    const QStringList thirdKeys = keysOf(outputs, 15);
    QCOMPARE(thirdKeys, expectedThird);
    for (const QString &key : thirdKeys)
        QVERIFY2(!firstKeys.contains(key) && !secondKeys.contains(key), qPrintable(key));
    const QJsonObject info = run[u"last_info"_s].toObject();
    QCOMPARE(info[u"label"_s].toString(), u"MAX_RESULTS_REACHED"_s);
    QCOMPARE(info[u"params"_s][u"lost_items"_s].toInt(), 15);
    QCOMPARE(info[u"params"_s][u"new_items"_s].toInt(), 25);
    QCOMPARE(info[u"params"_s][u"max_results"_s].toInt(), 10);
    QVERIFY(!info[u"message"_s].toString().isEmpty());

    // The lost items are never fetched later: with nothing new, the next
    // iteration fetches nothing.
    continued = sandbox.post(u"/runs/"_s + uid + u"/continue"_s, QJsonObject());
    QCOMPARE(continued.status, 200);
    QCOMPARE(sandbox.advance(30).status, 200);
    run = sandbox.run(uid);
    QCOMPARE(run[u"status"_s].toString(), u"SUCCEEDED"_s);
    QCOMPARE(run[u"output_count"_s].toInt(), 25);
    QCOMPARE(sandbox.outputs(uid).size(), 25);
    // last_info describes this iteration, which lost nothing.
    QVERIFY2(run[u"last_info"_s][u"label"_s].toString() != u"MAX_RESULTS_REACHED"_s,
             qPrintable(QString::fromUtf8(QJsonDocument(run[u"last_info"_s].toObject()).toJson())));

    // Continue never created a run: this one plus the three check runs.
    QCOMPARE(sandbox.get(u"/runs?limit=100"_s).json.toArray().size(), 4);
    QCOMPARE(sandbox.get(u"/runs?uid="_s + uid).json.toArray().size(), 1);
}

// Contract 3.8 / 3.10: continue only on incremental runs, and only from
// BLOCKED, STOPPED, FAILED, PARTIAL_SUCCEEDED or SUCCEEDED; else 422.
void TestSandboxIncremental::continueRefusedWhileActiveOrNotIncremental()
{
    SandboxFixture &sandbox = *m_sandbox;
    const auto launched = sandbox.post(u"/actions/linkedin-extract-connections/run/async"_s,
                                       incrementalBody(m_engagement, 100));
    QCOMPARE(launched.status, 200);
    const QString uid = launched.json[u"run_uid"_s].toString();

    // CREATED.
    auto refused = sandbox.post(u"/runs/"_s + uid + u"/continue"_s, QJsonObject());
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorLabel(), u"ACTION_ABORTED"_s);
    QVERIFY2(refused.message().contains(u"CREATED"_s), qPrintable(refused.message()));

    // RUNNING: 100 items at 40 a page take three pages.
    QCOMPARE(sandbox.advance(3).status, 200);
    QCOMPARE(sandbox.run(uid)[u"status"_s].toString(), u"RUNNING"_s);
    refused = sandbox.post(u"/runs/"_s + uid + u"/continue"_s, QJsonObject());
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorLabel(), u"ACTION_ABORTED"_s);
    QCOMPARE(refused.json[u"status_code"_s].toInt(), 422);
    QVERIFY2(refused.message().contains(u"RUNNING"_s), qPrintable(refused.message()));
    QCOMPARE(sandbox.run(uid)[u"status"_s].toString(), u"RUNNING"_s);

    // STOPPED allows continue.
    QCOMPARE(sandbox.post(u"/runs/"_s + uid + u"/cancel"_s, QJsonObject()).status, 200);
    QCOMPARE(sandbox.run(uid)[u"status"_s].toString(), u"STOPPED"_s);
    const auto continued = sandbox.post(u"/runs/"_s + uid + u"/continue"_s, QJsonObject());
    QCOMPARE(continued.status, 200);
    QCOMPARE(continued.json[u"status"_s].toString(), u"SCHEDULED"_s);
    // SCHEDULED again refuses another continue.
    refused = sandbox.post(u"/runs/"_s + uid + u"/continue"_s, QJsonObject());
    QCOMPARE(refused.status, 422);
    QCOMPARE(sandbox.advance(60).status, 200);
    QCOMPARE(sandbox.run(uid)[u"status"_s].toString(), u"SUCCEEDED"_s);
    // The high-water mark is the newest item seen (6.3): the cancelled
    // iteration already fetched the newest page, so the continued one must
    // not fetch those items again.
    const QStringList keys = keysOf(sandbox.outputs(uid));
    QVERIFY(!keys.isEmpty());
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());

    // A full-sync run cannot be continued even when finished.
    const auto full =
        sandbox.post(u"/actions/linkedin-extract-connections/run/async"_s,
                     QJsonObject{{u"inputs"_s, QJsonArray{QJsonObject()}},
                                 {u"identity_ids"_s, QJsonArray{m_engagement}},
                                 {u"parameters"_s, QJsonObject{{u"max_results"_s, 5}}}});
    QCOMPARE(full.status, 200);
    const QString fullUid = full.json[u"run_uid"_s].toString();
    QCOMPARE(sandbox.advance(30).status, 200);
    QCOMPARE(sandbox.run(fullUid)[u"status"_s].toString(), u"SUCCEEDED"_s);
    refused = sandbox.post(u"/runs/"_s + fullUid + u"/continue"_s, QJsonObject());
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorLabel(), u"ACTION_ABORTED"_s);
    QVERIFY2(refused.message().contains(u"incremental"_s), qPrintable(refused.message()));

    // Unknown run: 404.
    refused = sandbox.post(u"/runs/00000000-0000-4000-8000-000000000000/continue"_s, QJsonObject());
    QCOMPARE(refused.status, 404);
}

void TestSandboxIncremental::incrementalNeedsEngagementIdentity()
{
    SandboxFixture &sandbox = *m_sandbox;
    for (const QString &mode : {u"async"_s, u"schedule"_s}) {
        const auto refused = sandbox.post(u"/actions/linkedin-extract-connections/run/"_s + mode,
                                          incrementalBody(m_standard));
        QVERIFY2(refused.status == 400, qPrintable(mode));
        QCOMPARE(refused.errorLabel(), u"BAD_PARAMETERS"_s);
        QCOMPARE(refused.json[u"error_scope"_s].toString(), u"input"_s);
        QVERIFY2(refused.message().contains(u"engagement"_s), qPrintable(refused.message()));
        QVERIFY2(refused.message().contains(u"identity"_s), qPrintable(refused.message()));
    }
    // Without any identity at all, the same refusal.
    QJsonObject body = incrementalBody(m_engagement);
    body.remove(u"identity_ids"_s);
    const auto refused = sandbox.post(u"/actions/linkedin-extract-connections/run/async"_s, body);
    QCOMPARE(refused.status, 400);
    QCOMPARE(sandbox.get(u"/runs"_s).json.toArray().size(), 0);
    QCOMPARE(sandbox.get(u"/schedules"_s).json.toArray().size(), 0);
}

void TestSandboxIncremental::incrementalOnlyForSupportedActions()
{
    SandboxFixture &sandbox = *m_sandbox;
    QJsonObject body{
        {u"inputs"_s, QJsonArray{QJsonObject{
                          {u"linkedin_people_search_url"_s,
                           u"https://www.linkedin.com/search/results/people/?keywords=cto"_s}}}},
        {u"identity_ids"_s, QJsonArray{m_engagement}},
        {u"parameters"_s, QJsonObject{{u"sync_mode"_s, u"incremental"_s}}}};
    for (const QString &mode : {u"async"_s, u"schedule"_s}) {
        const auto refused = sandbox.post(u"/actions/linkedin-search-people/run/"_s + mode, body);
        QVERIFY2(refused.status == 400, qPrintable(mode));
        QCOMPARE(refused.errorLabel(), u"BAD_PARAMETERS"_s);
        QCOMPARE(refused.json[u"status_code"_s].toInt(), 400);
        QVERIFY2(refused.message().contains(u"sync_mode"_s), qPrintable(refused.message()));
    }
    // The other own-account actions do support it.
    for (const QString &action :
         {u"linkedin-extract-profile-viewers"_s, u"linkedin-extract-conversations"_s}) {
        const auto accepted =
            sandbox.post(u"/actions/"_s + action + u"/run/async"_s, incrementalBody(m_engagement));
        QVERIFY2(accepted.status == 200, accepted.body.constData());
    }
    QCOMPARE(sandbox.get(u"/runs"_s).json.toArray().size(), 2);
}

void TestSandboxIncremental::incrementalNotOnLiveRoute()
{
    SandboxFixture &sandbox = *m_sandbox;
    const auto refused = sandbox.post(
        u"/actions/linkedin-extract-connections/run/live"_s,
        QJsonObject{{u"identity_ids"_s, QJsonArray{m_engagement}},
                    {u"parameters"_s, QJsonObject{{u"sync_mode"_s, u"incremental"_s}}}});
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorLabel(), u"BAD_PARAMETERS"_s);
    QVERIFY2(refused.message().contains(u"sync_mode"_s), qPrintable(refused.message()));
    QCOMPARE(sandbox.get(u"/runs"_s).json.toArray().size(), 0);

    // The same live call in full mode is fine.
    const auto accepted =
        sandbox.post(u"/actions/linkedin-extract-connections/run/live"_s,
                     QJsonObject{{u"identity_ids"_s, QJsonArray{m_engagement}},
                                 {u"parameters"_s, QJsonObject{{u"sync_mode"_s, u"full"_s}}}});
    QCOMPARE(accepted.status, 200);
    QVERIFY(accepted.json.isArray());
}

// Contract 6.3: each firing of an incremental schedule is the next
// iteration of one run (same uid), not a new run.
void TestSandboxIncremental::scheduleContinuesTheSameRun()
{
    SandboxFixture &sandbox = *m_sandbox;
    QJsonObject body = incrementalBody(m_engagement);
    body.insert(u"cron"_s, u"*/10 * * * *"_s);
    body.insert(u"name"_s, u"inbox sync"_s);
    const auto created =
        sandbox.post(u"/actions/linkedin-extract-connections/run/schedule"_s, body);
    QCOMPARE(created.status, 200);
    const QString schedule = created.json[u"schedule_uid"_s].toString();
    QCOMPARE(created.json[u"next_execution_at"_s].toString(), u"2026-03-01T10:10:00Z"_s);
    const QString runsQuery = u"/runs?scheduled_run_uid="_s + schedule;

    // 10:10: the first firing creates the run.
    QCOMPARE(sandbox.advance(660).status, 200);
    QJsonArray runs = sandbox.get(runsQuery).json.toArray();
    QCOMPARE(runs.size(), 1);
    const QString uid = runs.at(0)[u"uid"_s].toString();
    QCOMPARE(runs.at(0)[u"status"_s].toString(), u"SUCCEEDED"_s);
    QCOMPARE(runs.at(0)[u"output_count"_s].toInt(), 10);
    QCOMPARE(runs.at(0)[u"scheduled_run_name"_s].toString(), u"inbox sync"_s);
    const QStringList firstKeys = keysOf(sandbox.outputs(uid));

    // 10:20: three new items; the firing continues the same run.
    QCOMPARE(grow(sandbox, m_engagement, 3).status, 200);
    QCOMPARE(sandbox.advance(600).status, 200);
    runs = sandbox.get(runsQuery).json.toArray();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0)[u"uid"_s].toString(), uid);
    QCOMPARE(runs.at(0)[u"status"_s].toString(), u"SUCCEEDED"_s);
    QCOMPARE(runs.at(0)[u"output_count"_s].toInt(), 13);
    const QJsonArray outputs = sandbox.outputs(uid);
    QCOMPARE(outputs.size(), 13);
    for (const QString &key : keysOf(outputs, 10))
        QVERIFY2(!firstKeys.contains(key), qPrintable(key));
    QJsonObject scheduleObject = sandbox.get(u"/schedules/"_s + schedule).json.toObject();
    QCOMPARE(scheduleObject[u"last_executed_at"_s].toString(), u"2026-03-01T10:20:00Z"_s);
    QCOMPARE(scheduleObject[u"next_execution_at"_s].toString(), u"2026-03-01T10:30:00Z"_s);

    // 10:30: nothing new; still one run, nothing fetched.
    QCOMPARE(sandbox.advance(600).status, 200);
    runs = sandbox.get(runsQuery).json.toArray();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0)[u"uid"_s].toString(), uid);
    QCOMPARE(runs.at(0)[u"output_count"_s].toInt(), 13);
    QCOMPARE(runs.at(0)[u"synced_at"_s].toString().left(16), u"2026-03-01T10:30"_s);
    scheduleObject = sandbox.get(u"/schedules/"_s + schedule).json.toObject();
    QCOMPARE(scheduleObject[u"last_executed_at"_s].toString(), u"2026-03-01T10:30:00Z"_s);
    QCOMPARE(sandbox.get(u"/runs"_s).json.toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxIncremental)
#include "tst_sandbox_incremental.moc"
