#include "core/domain/jsonfields.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// Schedules over real HTTP (contract sections 2.4, 4 and 8 q1/q16/q17):
// cron firings read in an IANA zone across a DST change, the runs each
// firing spawns, the skip rule, one-shots, the manage calls of 4.4 and
// the list endpoint.
class TestSandboxSchedules : public QObject
{
    Q_OBJECT

private slots:
    void cronAcrossSpringForward();
    void cronAcrossFallBack();
    void cronThatNeverFires();
    void firingSkippedWhileRunActive();
    void oneShotCompletesAfterFiring();
    void noCronNoScheduleAtFiresAtOnce();
    void manageTransitions();
    void updateRecomputesAndValidates();
    void deleteAndCancelFromPaused();
    void listFiltersSortAndLimit();
    void getOne();
    void inputsOverOneHundredRefused();
};

namespace {

const QString kSearch = u"linkedin-search-people"_s;

qint64 msOf(const QString &iso)
{
    return JsonFields::parseTimestamp(iso).toMSecsSinceEpoch();
}

QJsonObject searchInput(int n)
{
    return QJsonObject{
        {u"linkedin_people_search_url"_s,
         u"https://www.linkedin.com/search/results/people/?keywords=schedule-%1"_s.arg(n)}};
}

QJsonArray searchInputs(int count)
{
    QJsonArray inputs;
    for (int i = 0; i < count; ++i)
        inputs.append(searchInput(i));
    return inputs;
}

// A schedule body for linkedin-search-people with short runs (one page).
QJsonObject scheduleBody(const QJsonObject &extra)
{
    QJsonObject body{{u"inputs"_s, QJsonArray{searchInput(0)}},
                     {u"parameters"_s, QJsonObject{{u"max_results"_s, 5}}}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

QString createSchedule(SandboxFixture &sandbox, const QJsonObject &extra,
                       const QString &action = kSearch)
{
    const auto reply =
        sandbox.post(u"/actions/"_s + action + u"/run/schedule"_s, scheduleBody(extra));
    if (reply.status != 200) {
        qWarning("schedule creation failed: %d %s", reply.status, reply.body.constData());
        return {};
    }
    return reply.json[u"schedule_uid"_s].toString();
}

QJsonObject scheduleOf(SandboxFixture &sandbox, const QString &uid)
{
    return sandbox.get(u"/schedules/"_s + uid).json.toObject();
}

// The runs a schedule spawned, oldest first (the sandbox's filter, 8 q17).
QJsonArray runsOf(SandboxFixture &sandbox, const QString &scheduleUid)
{
    return sandbox
        .get(u"/runs?scheduled_run_uid="_s + scheduleUid + u"&sort=created_at&limit=100"_s)
        .json.toArray();
}

SandboxFixture::Reply manage(SandboxFixture &sandbox, const QString &uid, const QString &action,
                             const QJsonObject &body = {})
{
    return sandbox.post(u"/schedules/"_s + uid + u'/' + action, body);
}

} // namespace

// "30 2 * * *" in Europe/Paris across 2026-03-29, when 02:00 CET jumps to
// 03:00 CEST: 02:30 does not exist that night and cronie runs such a job
// as soon as the gap ends (03:00 CEST = 01:00 UTC).
void TestSandboxSchedules::cronAcrossSpringForward()
{
    SandboxFixture sandbox;
    sandbox.options().clockStartMs = msOf(u"2026-03-28T00:00:00Z"_s);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const auto created = sandbox.post(u"/actions/linkedin-search-people/run/schedule"_s,
                                      scheduleBody(QJsonObject{{u"cron"_s, u"30 2 * * *"_s},
                                                               {u"timezone"_s, u"Europe/Paris"_s},
                                                               {u"name"_s, u"nightly paris"_s}}));
    QCOMPARE(created.status, 200);
    const QString uid = created.json[u"schedule_uid"_s].toString();
    QVERIFY(!uid.isEmpty());
    QCOMPARE(created.json[u"status"_s].toString(), u"ACTIVE"_s);
    QCOMPARE(created.json[u"cron"_s].toString(), u"30 2 * * *"_s);
    QCOMPARE(created.json[u"timezone"_s].toString(), u"Europe/Paris"_s);
    QCOMPARE(created.json[u"created_at"_s].toString(), u"2026-03-28T00:00:00Z"_s);
    QCOMPARE(created.json[u"next_execution_at"_s].toString(), u"2026-03-28T01:30:00Z"_s);
    QVERIFY(scheduleOf(sandbox, uid)[u"last_executed_at"_s].isNull());
    QCOMPARE(runsOf(sandbox, uid).size(), 0);

    // Up to one second before the firing: nothing yet.
    QCOMPARE(sandbox.advance(5399).status, 200);
    QCOMPARE(runsOf(sandbox, uid).size(), 0);

    const QStringList expectedFirings = {u"2026-03-28T01:30:00Z"_s, u"2026-03-29T01:00:00Z"_s,
                                         u"2026-03-30T00:30:00Z"_s};
    const QStringList expectedNext = {u"2026-03-29T01:00:00Z"_s, u"2026-03-30T00:30:00Z"_s,
                                      u"2026-03-31T00:30:00Z"_s};
    qint64 now = msOf(u"2026-03-28T01:29:59Z"_s);
    for (qsizetype i = 0; i < expectedFirings.size(); ++i) {
        const qint64 firing = msOf(expectedFirings.at(i));
        QCOMPARE(sandbox.advance(double(firing - now) / 1000.0).status, 200);
        now = firing;
        const QJsonArray runs = runsOf(sandbox, uid);
        QCOMPARE(runs.size(), i + 1);
        const QJsonValue run = runs.at(i);
        QCOMPARE(run[u"created_at"_s].toString(), expectedFirings.at(i));
        QCOMPARE(run[u"scheduled_run_uid"_s].toString(), uid);
        QCOMPARE(run[u"scheduled_run_name"_s].toString(), u"nightly paris"_s);
        QCOMPARE(run[u"action_name"_s].toString(), kSearch);
        QCOMPARE(run[u"execution_mode"_s].toString(), u"ASYNC"_s);

        const QJsonObject schedule = scheduleOf(sandbox, uid);
        QCOMPARE(schedule[u"status"_s].toString(), u"ACTIVE"_s);
        QCOMPARE(schedule[u"last_executed_at"_s].toString(), expectedFirings.at(i));
        QCOMPARE(schedule[u"next_execution_at"_s].toString(), expectedNext.at(i));
    }

    // The spawned runs run to completion like any async run.
    QCOMPARE(sandbox.advance(60).status, 200);
    const QJsonArray runs = runsOf(sandbox, uid);
    QCOMPARE(runs.size(), 3);
    for (const QJsonValue &run : runs)
        QCOMPARE(run[u"status"_s].toString(), u"SUCCEEDED"_s);
    // The filter also takes the key[] form (8 q15/q17) and only returns
    // this schedule's runs.
    QCOMPARE(sandbox.get(u"/runs?scheduled_run_uid[]="_s + uid).json.toArray().size(), 3);
    QCOMPARE(sandbox.get(u"/runs?scheduled_run_uid=00000000-0000-4000-8000-000000000000"_s)
                 .json.toArray()
                 .size(),
             0);
    QCOMPARE(sandbox.get(u"/runs?limit=100"_s).json.toArray().size(), 3);
}

// "30 2 * * *" in Europe/Paris across 2026-10-25, when 03:00 CEST falls
// back to 02:00 CET: 02:30 happens twice and cronie runs a fixed-time job
// once, at the first occurrence (02:30 CEST = 00:30 UTC).
void TestSandboxSchedules::cronAcrossFallBack()
{
    SandboxFixture sandbox;
    sandbox.options().clockStartMs = msOf(u"2026-10-24T00:00:00Z"_s);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const QString uid = createSchedule(
        sandbox, QJsonObject{{u"cron"_s, u"30 2 * * *"_s}, {u"timezone"_s, u"Europe/Paris"_s}});
    QVERIFY(!uid.isEmpty());
    QCOMPARE(scheduleOf(sandbox, uid)[u"next_execution_at"_s].toString(),
             u"2026-10-24T00:30:00Z"_s);
    QCOMPARE(sandbox.advance(86400).status, 200);
    QCOMPARE(scheduleOf(sandbox, uid)[u"next_execution_at"_s].toString(),
             u"2026-10-25T00:30:00Z"_s);
    QCOMPARE(sandbox.advance(86400).status, 200);
    QCOMPARE(scheduleOf(sandbox, uid)[u"next_execution_at"_s].toString(),
             u"2026-10-26T01:30:00Z"_s);
    QCOMPARE(sandbox.advance(86400).status, 200);

    QStringList fired;
    for (const QJsonValue &run : runsOf(sandbox, uid))
        fired.append(run[u"created_at"_s].toString());
    QCOMPARE(fired, (QStringList{u"2026-10-24T00:30:00Z"_s, u"2026-10-25T00:30:00Z"_s,
                                 u"2026-10-26T01:30:00Z"_s}));
}

// "0 0 30 2 *" is a valid expression with no fire time. A schedule of it
// could never fire, so creating (or updating to) it is refused and names
// the cron field; nothing is stored.
void TestSandboxSchedules::cronThatNeverFires()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const auto created = sandbox.post(u"/actions/linkedin-search-people/run/schedule"_s,
                                      scheduleBody(QJsonObject{{u"cron"_s, u"0 0 30 2 *"_s}}));
    QCOMPARE(created.status, 400);
    QCOMPARE(created.errorLabel(), u"BAD_INPUT"_s);
    QCOMPARE(created.message(), u"cron: '0 0 30 2 *' never fires (no such date)"_s);
    QCOMPARE(sandbox.get(u"/schedules"_s).json.toArray().size(), 0);

    const auto valid = sandbox.post(u"/actions/linkedin-search-people/run/schedule"_s,
                                    scheduleBody(QJsonObject{{u"cron"_s, u"0 0 * * *"_s}}));
    QCOMPARE(valid.status, 200);
    const QString uid = valid.json[u"schedule_uid"_s].toString();
    const auto updated = sandbox.post(u"/schedules/"_s + uid + u"/update"_s,
                                      QJsonObject{{u"cron"_s, u"0 0 31 4 *"_s}});
    QCOMPARE(updated.status, 400);
    QVERIFY2(updated.message().startsWith(u"cron: "_s), qPrintable(updated.message()));
    QCOMPARE(scheduleOf(sandbox, uid)[u"cron"_s].toString(), u"0 0 * * *"_s);
}

// Contract 4.5: a firing is skipped while the previous run of the schedule
// is still active. Concurrency 1 and a long run holding the slot keep the
// schedule's first run QUEUED across the next firing.
void TestSandboxSchedules::firingSkippedWhileRunActive()
{
    SandboxFixture sandbox;
    sandbox.options().concurrency = 1;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const auto blocker =
        sandbox.post(u"/actions/linkedin-search-people/run/async"_s,
                     QJsonObject{{u"inputs"_s, searchInputs(50)},
                                 {u"parameters"_s, QJsonObject{{u"max_results"_s, 1000}}}});
    QCOMPARE(blocker.status, 200);
    const QString blockerUid = blocker.json[u"run_uid"_s].toString();

    const QString uid = createSchedule(
        sandbox, QJsonObject{{u"cron"_s, u"* * * * *"_s}, {u"name"_s, u"every minute"_s}});
    QVERIFY(!uid.isEmpty());
    QCOMPARE(scheduleOf(sandbox, uid)[u"next_execution_at"_s].toString(),
             u"2026-03-01T10:01:00Z"_s);

    // 10:01: the first firing spawns a run, which waits for the slot.
    QCOMPARE(sandbox.advance(61).status, 200);
    QCOMPARE(sandbox.get(u"/runs/"_s + blockerUid).json[u"status"_s].toString(), u"RUNNING"_s);
    QJsonArray runs = runsOf(sandbox, uid);
    QCOMPARE(runs.size(), 1);
    const QString first = runs.at(0)[u"uid"_s].toString();
    QCOMPARE(runs.at(0)[u"status"_s].toString(), u"QUEUED"_s);
    QJsonObject schedule = scheduleOf(sandbox, uid);
    QCOMPARE(schedule[u"last_executed_at"_s].toString(), u"2026-03-01T10:01:00Z"_s);
    QCOMPARE(schedule[u"next_execution_at"_s].toString(), u"2026-03-01T10:02:00Z"_s);

    // 10:02: the first run is still active, so this firing is skipped: no
    // new run, last_executed_at stays at the firing that did run, and the
    // schedule moves on to the next minute.
    QCOMPARE(sandbox.advance(60).status, 200);
    QCOMPARE(sandbox.get(u"/runs/"_s + blockerUid).json[u"status"_s].toString(), u"RUNNING"_s);
    runs = runsOf(sandbox, uid);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0)[u"status"_s].toString(), u"QUEUED"_s);
    schedule = scheduleOf(sandbox, uid);
    QCOMPARE(schedule[u"status"_s].toString(), u"ACTIVE"_s);
    QCOMPARE(schedule[u"last_executed_at"_s].toString(), u"2026-03-01T10:01:00Z"_s);
    QCOMPARE(schedule[u"next_execution_at"_s].toString(), u"2026-03-01T10:03:00Z"_s);

    // Freeing the slot lets the first run finish; the 10:03 firing then
    // spawns a second run.
    QCOMPARE(sandbox.post(u"/runs/"_s + blockerUid + u"/cancel"_s, QJsonObject()).status, 200);
    QCOMPARE(sandbox.advance(30).status, 200);
    QCOMPARE(sandbox.get(u"/runs/"_s + first).json[u"status"_s].toString(), u"SUCCEEDED"_s);
    QCOMPARE(runsOf(sandbox, uid).size(), 1);
    QCOMPARE(sandbox.advance(30).status, 200);
    runs = runsOf(sandbox, uid);
    QCOMPARE(runs.size(), 2);
    QVERIFY(runs.at(1)[u"uid"_s].toString() != first);
    QCOMPARE(runs.at(1)[u"created_at"_s].toString(), u"2026-03-01T10:03:00Z"_s);
    schedule = scheduleOf(sandbox, uid);
    QCOMPARE(schedule[u"last_executed_at"_s].toString(), u"2026-03-01T10:03:00Z"_s);
    QCOMPARE(schedule[u"next_execution_at"_s].toString(), u"2026-03-01T10:04:00Z"_s);

    // Cancelling the schedule does not stop the run it spawned (4.4), and
    // nothing fires after it.
    const QString second = runs.at(1)[u"uid"_s].toString();
    QCOMPARE(sandbox.get(u"/runs/"_s + second).json[u"status"_s].toString(), u"RUNNING"_s);
    QCOMPARE(manage(sandbox, uid, u"cancel"_s).status, 200);
    QCOMPARE(sandbox.advance(300).status, 200);
    QCOMPARE(sandbox.get(u"/runs/"_s + second).json[u"status"_s].toString(), u"SUCCEEDED"_s);
    QCOMPARE(runsOf(sandbox, uid).size(), 2);
}

void TestSandboxSchedules::oneShotCompletesAfterFiring()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const auto created =
        sandbox.post(u"/actions/linkedin-search-people/run/schedule"_s,
                     scheduleBody(QJsonObject{{u"schedule_at"_s, u"2026-03-01T12:00:00Z"_s},
                                              {u"name"_s, u"once at noon"_s}}));
    QCOMPARE(created.status, 200);
    const QString uid = created.json[u"schedule_uid"_s].toString();
    QCOMPARE(created.json[u"status"_s].toString(), u"ACTIVE"_s);
    QVERIFY(created.json[u"cron"_s].isNull());
    QCOMPARE(created.json[u"timezone"_s].toString(), u"UTC"_s);
    QCOMPARE(created.json[u"next_execution_at"_s].toString(), u"2026-03-01T12:00:00Z"_s);

    QCOMPARE(sandbox.advance(3600).status, 200);
    QCOMPARE(runsOf(sandbox, uid).size(), 0);
    QCOMPARE(scheduleOf(sandbox, uid)[u"status"_s].toString(), u"ACTIVE"_s);

    QCOMPARE(sandbox.advance(3600).status, 200);
    QJsonArray runs = runsOf(sandbox, uid);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0)[u"created_at"_s].toString(), u"2026-03-01T12:00:00Z"_s);
    QCOMPARE(runs.at(0)[u"scheduled_run_uid"_s].toString(), uid);
    QCOMPARE(runs.at(0)[u"scheduled_run_name"_s].toString(), u"once at noon"_s);
    const QJsonObject schedule = scheduleOf(sandbox, uid);
    QCOMPARE(schedule[u"status"_s].toString(), u"COMPLETED"_s);
    QVERIFY(schedule[u"next_execution_at"_s].isNull());
    QCOMPARE(schedule[u"last_executed_at"_s].toString(), u"2026-03-01T12:00:00Z"_s);

    // A completed one-shot never fires again and allows no operation.
    QCOMPARE(sandbox.advance(86400).status, 200);
    runs = runsOf(sandbox, uid);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0)[u"status"_s].toString(), u"SUCCEEDED"_s);
    for (const QString &action : {u"pause"_s, u"resume"_s, u"cancel"_s, u"delete"_s, u"update"_s}) {
        const auto refused = manage(sandbox, uid, action);
        QVERIFY2(refused.status == 422, qPrintable(action));
        QCOMPARE(refused.errorLabel(), u"ACTION_ABORTED"_s);
    }
    QCOMPARE(scheduleOf(sandbox, uid)[u"status"_s].toString(), u"COMPLETED"_s);
}

// Contract 2.4: without cron and schedule_at the run happens straight away.
void TestSandboxSchedules::noCronNoScheduleAtFiresAtOnce()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const auto created =
        sandbox.post(u"/actions/linkedin-search-people/run/schedule"_s, scheduleBody({}));
    QCOMPARE(created.status, 200);
    const QString uid = created.json[u"schedule_uid"_s].toString();
    QVERIFY(created.json[u"cron"_s].isNull());
    QCOMPARE(created.json[u"next_execution_at"_s].toString(), u"2026-03-01T10:00:00Z"_s);
    QCOMPARE(runsOf(sandbox, uid).size(), 0);

    QCOMPARE(sandbox.advance(1).status, 200);
    const QJsonArray runs = runsOf(sandbox, uid);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0)[u"created_at"_s].toString(), u"2026-03-01T10:00:00Z"_s);
    QCOMPARE(runs.at(0)[u"scheduled_run_uid"_s].toString(), uid);
    // An unnamed schedule gives its runs no scheduled_run_name.
    QVERIFY(runs.at(0)[u"scheduled_run_name"_s].isNull());
    const QJsonObject schedule = scheduleOf(sandbox, uid);
    QCOMPARE(schedule[u"status"_s].toString(), u"COMPLETED"_s);
    QVERIFY(schedule[u"next_execution_at"_s].isNull());
    QCOMPARE(schedule[u"last_executed_at"_s].toString(), u"2026-03-01T10:00:00Z"_s);

    QCOMPARE(sandbox.advance(600).status, 200);
    QCOMPARE(runsOf(sandbox, uid).size(), 1);
}

// Contract 4.4: pause (ACTIVE), resume (PAUSED), cancel (ACTIVE, PAUSED);
// anything else is 422, an unknown action word 400, an unknown uid 404.
void TestSandboxSchedules::manageTransitions()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const QString uid = createSchedule(sandbox, QJsonObject{{u"cron"_s, u"0 9 * * *"_s}});
    QVERIFY(!uid.isEmpty());
    QCOMPARE(scheduleOf(sandbox, uid)[u"next_execution_at"_s].toString(),
             u"2026-03-02T09:00:00Z"_s);

    // Refused from ACTIVE: resume.
    auto reply = manage(sandbox, uid, u"resume"_s);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorLabel(), u"ACTION_ABORTED"_s);
    QVERIFY2(reply.message().contains(u"ACTIVE"_s), qPrintable(reply.message()));

    reply = manage(sandbox, uid, u"pause"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[u"uid"_s].toString(), uid);
    QCOMPARE(reply.json[u"status"_s].toString(), u"PAUSED"_s);
    QCOMPARE(scheduleOf(sandbox, uid)[u"status"_s].toString(), u"PAUSED"_s);

    reply = manage(sandbox, uid, u"pause"_s);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorLabel(), u"ACTION_ABORTED"_s);
    QVERIFY2(reply.message().contains(u"PAUSED"_s), qPrintable(reply.message()));

    // A paused schedule does not fire.
    QCOMPARE(sandbox.advance(86400).status, 200);
    QCOMPARE(runsOf(sandbox, uid).size(), 0);

    // Resume recomputes next_execution_at from now (2026-03-02T10:00Z).
    reply = manage(sandbox, uid, u"resume"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[u"status"_s].toString(), u"ACTIVE"_s);
    QCOMPARE(reply.json[u"next_execution_at"_s].toString(), u"2026-03-03T09:00:00Z"_s);
    QCOMPARE(scheduleOf(sandbox, uid)[u"next_execution_at"_s].toString(),
             u"2026-03-03T09:00:00Z"_s);

    // Unknown action word: 400; unknown uid: 404; both leave it alone.
    reply = manage(sandbox, uid, u"explode"_s);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().contains(u"explode"_s), qPrintable(reply.message()));
    reply = manage(sandbox, u"00000000-0000-4000-8000-000000000000"_s, u"pause"_s);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json[u"status_code"_s].toInt(), 404);
    QCOMPARE(scheduleOf(sandbox, uid)[u"status"_s].toString(), u"ACTIVE"_s);

    reply = manage(sandbox, uid, u"cancel"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[u"status"_s].toString(), u"CANCELLED"_s);
    QVERIFY(reply.json[u"next_execution_at"_s].isNull());

    // CANCELLED is terminal: every operation is refused.
    for (const QString &action : {u"pause"_s, u"resume"_s, u"cancel"_s, u"delete"_s, u"update"_s}) {
        reply = manage(sandbox, uid, action,
                       action == u"update"_s ? QJsonObject{{u"name"_s, u"x"_s}} : QJsonObject());
        QVERIFY2(reply.status == 422, qPrintable(action + u": "_s + QString::number(reply.status)));
        QCOMPARE(reply.errorLabel(), u"ACTION_ABORTED"_s);
    }
    const QJsonObject schedule = scheduleOf(sandbox, uid);
    QCOMPARE(schedule[u"status"_s].toString(), u"CANCELLED"_s);
    QVERIFY(schedule[u"name"_s].isNull());
    QCOMPARE(sandbox.advance(2 * 86400).status, 200);
    QCOMPARE(runsOf(sandbox, uid).size(), 0);
}

void TestSandboxSchedules::updateRecomputesAndValidates()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const QString uid = createSchedule(
        sandbox, QJsonObject{{u"cron"_s, u"0 9 * * *"_s}, {u"name"_s, u"morning"_s}});
    QVERIFY(!uid.isEmpty());

    auto reply = manage(sandbox, uid, u"update"_s,
                        QJsonObject{{u"cron"_s, u"15 6 * * *"_s}, {u"name"_s, u"early morning"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[u"status"_s].toString(), u"ACTIVE"_s);
    QCOMPARE(reply.json[u"cron"_s].toString(), u"15 6 * * *"_s);
    QCOMPARE(reply.json[u"name"_s].toString(), u"early morning"_s);
    QCOMPARE(reply.json[u"next_execution_at"_s].toString(), u"2026-03-02T06:15:00Z"_s);

    // 06:15 in New York (EST, UTC-5 until 2026-03-08) is still ahead today.
    reply = manage(sandbox, uid, u"update"_s, QJsonObject{{u"timezone"_s, u"America/New_York"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[u"timezone"_s].toString(), u"America/New_York"_s);
    QCOMPARE(reply.json[u"next_execution_at"_s].toString(), u"2026-03-01T11:15:00Z"_s);

    // A later schedule_at: the recurrence starts no earlier than it (2.4).
    reply = manage(sandbox, uid, u"update"_s,
                   QJsonObject{{u"schedule_at"_s, u"2026-03-10T00:00:00Z"_s}});
    QCOMPARE(reply.status, 200);
    // 2026-03-10 06:15 EDT (UTC-4, DST began 2026-03-08).
    QCOMPARE(reply.json[u"next_execution_at"_s].toString(), u"2026-03-10T10:15:00Z"_s);

    const QJsonObject before = scheduleOf(sandbox, uid);

    // A bad cron is a 400 whose message names the cron field at fault.
    reply = manage(sandbox, uid, u"update"_s, QJsonObject{{u"cron"_s, u"0 0 32 * *"_s}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json[u"status_code"_s].toInt(), 400);
    QVERIFY2(reply.message().contains(u"cron"_s), qPrintable(reply.message()));
    QVERIFY2(reply.message().contains(u"day-of-month"_s), qPrintable(reply.message()));

    reply = manage(sandbox, uid, u"update"_s, QJsonObject{{u"timezone"_s, u"Nowhere/Atlantis"_s}});
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().contains(u"timezone"_s), qPrintable(reply.message()));

    reply = manage(sandbox, uid, u"update"_s, QJsonObject{{u"inputs"_s, QJsonArray()}});
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().contains(u"inputs"_s), qPrintable(reply.message()));

    // A rejected update changes nothing.
    QCOMPARE(scheduleOf(sandbox, uid), before);

    // Update is allowed on a paused schedule; resume then uses the new cron.
    QCOMPARE(manage(sandbox, uid, u"pause"_s).status, 200);
    reply = manage(sandbox, uid, u"update"_s,
                   QJsonObject{{u"cron"_s, u"0 12 * * *"_s},
                               {u"timezone"_s, u"UTC"_s},
                               {u"schedule_at"_s, QJsonValue(QJsonValue::Null)}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[u"status"_s].toString(), u"PAUSED"_s);
    QCOMPARE(reply.json[u"cron"_s].toString(), u"0 12 * * *"_s);
    reply = manage(sandbox, uid, u"resume"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[u"next_execution_at"_s].toString(), u"2026-03-01T12:00:00Z"_s);

    // The updated schedule fires at its new time and spawns a run named
    // after the updated name.
    QCOMPARE(sandbox.advance(2 * 3600).status, 200);
    const QJsonArray runs = runsOf(sandbox, uid);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0)[u"created_at"_s].toString(), u"2026-03-01T12:00:00Z"_s);
    QCOMPARE(runs.at(0)[u"scheduled_run_name"_s].toString(), u"early morning"_s);
}

void TestSandboxSchedules::deleteAndCancelFromPaused()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const QString activeDeleted = createSchedule(sandbox, QJsonObject{{u"cron"_s, u"0 9 * * *"_s}});
    const QString pausedDeleted = createSchedule(sandbox, QJsonObject{{u"cron"_s, u"0 9 * * *"_s}});
    const QString pausedCancelled =
        createSchedule(sandbox, QJsonObject{{u"cron"_s, u"0 9 * * *"_s}});
    QVERIFY(!activeDeleted.isEmpty() && !pausedDeleted.isEmpty() && !pausedCancelled.isEmpty());
    QCOMPARE(manage(sandbox, pausedDeleted, u"pause"_s).status, 200);
    QCOMPARE(manage(sandbox, pausedCancelled, u"pause"_s).status, 200);

    auto reply = manage(sandbox, activeDeleted, u"delete"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[u"status"_s].toString(), u"CANCELLED"_s);
    reply = manage(sandbox, pausedDeleted, u"delete"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[u"status"_s].toString(), u"CANCELLED"_s);
    reply = manage(sandbox, pausedCancelled, u"cancel"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[u"status"_s].toString(), u"CANCELLED"_s);

    // Delete is an alias of cancel: the records stay listable.
    const QJsonArray cancelled = sandbox.get(u"/schedules?status=CANCELLED"_s).json.toArray();
    QCOMPARE(cancelled.size(), 3);
    QCOMPARE(sandbox.get(u"/schedules/"_s + activeDeleted).status, 200);
    for (const QJsonValue &schedule : cancelled)
        QVERIFY(schedule[u"next_execution_at"_s].isNull());

    QCOMPARE(sandbox.advance(86400).status, 200);
    QCOMPARE(sandbox.get(u"/runs"_s).json.toArray().size(), 0);
}

void TestSandboxSchedules::listFiltersSortAndLimit()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString standard = sandbox.standardIdentity();
    QVERIFY(!standard.isEmpty());

    // a at 10:00:00 (next 03-02 09:00), b at 10:00:01 (next 03-02 08:00),
    // c at 10:00:02 (one-shot at 03-05 00:00).
    const QString a = createSchedule(sandbox, QJsonObject{{u"cron"_s, u"0 9 * * *"_s}});
    QCOMPARE(sandbox.advance(1).status, 200);
    const auto createdB = sandbox.post(u"/actions/linkedin-extract-connections/run/schedule"_s,
                                       QJsonObject{{u"inputs"_s, QJsonArray{QJsonObject()}},
                                                   {u"identity_ids"_s, QJsonArray{standard}},
                                                   {u"cron"_s, u"0 8 * * *"_s}});
    QCOMPARE(createdB.status, 200);
    const QString b = createdB.json[u"schedule_uid"_s].toString();
    QCOMPARE(sandbox.advance(1).status, 200);
    const QString c =
        createSchedule(sandbox, QJsonObject{{u"schedule_at"_s, u"2026-03-05T00:00:00Z"_s}});
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());

    auto list = [&sandbox](const QString &query) {
        const auto reply = sandbox.get(u"/schedules"_s + query);
        if (reply.status != 200)
            qWarning("GET /schedules%s: %d %s", qPrintable(query), reply.status,
                     reply.body.constData());
        return SandboxApi::uidsOf(reply.json);
    };

    QCOMPARE(list({}), (QStringList{a, b, c}));
    QCOMPARE(list(u"?sort=-created_at"_s), (QStringList{c, b, a}));
    QCOMPARE(list(u"?sort=next_execution_at"_s), (QStringList{b, a, c}));
    QCOMPARE(list(u"?sort=-next_execution_at"_s), (QStringList{c, a, b}));
    QCOMPARE(list(u"?limit=2"_s), (QStringList{a, b}));
    QCOMPARE(list(u"?limit=2&offset=2"_s), (QStringList{c}));
    QCOMPARE(list(u"?sort=-created_at&limit=1&offset=1"_s), (QStringList{b}));
    QCOMPARE(list(u"?action_name=linkedin-extract-connections"_s), (QStringList{b}));
    QCOMPARE(list(u"?action_name=linkedin-search-people"_s), (QStringList{a, c}));
    QCOMPARE(list(u"?uid="_s + c), (QStringList{c}));
    QCOMPARE(list(u"?uid="_s + a + u"&uid="_s + c), (QStringList{a, c}));
    QCOMPARE(list(u"?uid[]="_s + b + u"&uid[]="_s + c), (QStringList{b, c}));

    QCOMPARE(manage(sandbox, b, u"pause"_s).status, 200);
    QCOMPARE(manage(sandbox, c, u"cancel"_s).status, 200);
    QCOMPARE(list(u"?status=PAUSED"_s), (QStringList{b}));
    QCOMPARE(list(u"?status=ACTIVE"_s), (QStringList{a}));
    QCOMPARE(list(u"?status=ACTIVE,CANCELLED"_s), (QStringList{a, c}));
    QCOMPARE(list(u"?status=COMPLETED"_s), QStringList());
    QCOMPARE(list(u"?status=PAUSED&action_name=linkedin-search-people"_s), QStringList());
    const QString user = scheduleOf(sandbox, a)[u"user_uid"_s].toString();
    QVERIFY(!user.isEmpty());
    QCOMPARE(list(u"?user_uid="_s + user), (QStringList{a, b, c}));
    QCOMPARE(list(u"?user_uid=00000000-0000-4000-8000-000000000000"_s), QStringList());

    // Defaults (8 q16): limit 10, at most 100.
    for (int i = 0; i < 9; ++i)
        QVERIFY(!createSchedule(sandbox, QJsonObject{{u"cron"_s, u"0 9 * * *"_s}}).isEmpty());
    QCOMPARE(list({}).size(), 10);
    QCOMPARE(list(u"?limit=100"_s).size(), 12);

    struct Bad
    {
        QString query;
        QString names;
    };
    const QList<Bad> bad = {{u"?limit=0"_s, u"limit"_s},
                            {u"?limit=101"_s, u"limit"_s},
                            {u"?offset=-1"_s, u"offset"_s},
                            {u"?sort=name"_s, u"sort"_s},
                            {u"?status=RUNNING"_s, u"status"_s}};
    for (const Bad &row : bad) {
        const auto reply = sandbox.get(u"/schedules"_s + row.query);
        QVERIFY2(reply.status == 400, qPrintable(row.query));
        QCOMPARE(reply.errorLabel(), u"BAD_PARAMETERS"_s);
        QVERIFY2(reply.message().contains(row.names), qPrintable(reply.message()));
    }
}

void TestSandboxSchedules::getOne()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const QString uid = createSchedule(sandbox, QJsonObject{{u"cron"_s, u"0 8 * * 1"_s},
                                                            {u"timezone"_s, u"Europe/Paris"_s},
                                                            {u"name"_s, u"weekly"_s}});
    QVERIFY(!uid.isEmpty());
    const auto reply = sandbox.get(u"/schedules/"_s + uid);
    QCOMPARE(reply.status, 200);
    const QJsonObject schedule = reply.json.toObject();
    QCOMPARE(schedule[u"uid"_s].toString(), uid);
    QCOMPARE(schedule[u"name"_s].toString(), u"weekly"_s);
    QCOMPARE(schedule[u"action_name"_s].toString(), kSearch);
    QVERIFY(schedule[u"action_id"_s].isDouble());
    QVERIFY(!schedule[u"user_uid"_s].toString().isEmpty());
    QVERIFY(!schedule[u"workspace_uid"_s].toString().isEmpty());
    QCOMPARE(schedule[u"status"_s].toString(), u"ACTIVE"_s);
    QVERIFY(schedule.contains(u"postponed_until"_s));
    QCOMPARE(schedule[u"cron"_s].toString(), u"0 8 * * 1"_s);
    QCOMPARE(schedule[u"timezone"_s].toString(), u"Europe/Paris"_s);
    // Monday 2026-03-02 08:00 CET.
    QCOMPARE(schedule[u"next_execution_at"_s].toString(), u"2026-03-02T07:00:00Z"_s);
    QVERIFY(schedule[u"last_executed_at"_s].isNull());
    QCOMPARE(schedule[u"created_at"_s].toString(), u"2026-03-01T10:00:00Z"_s);
    QCOMPARE(schedule[u"updated_at"_s].toString(), u"2026-03-01T10:00:00Z"_s);
    // Section 4.2: inputs, parameters, callback and identities are not exposed.
    for (const QString &hidden :
         {u"inputs"_s, u"parameters"_s, u"callback"_s, u"identity_ids"_s, u"config"_s})
        QVERIFY2(!schedule.contains(hidden), qPrintable(hidden));
    // The list shows the same object.
    QCOMPARE(sandbox.get(u"/schedules?uid="_s + uid).json.toArray().at(0).toObject(), schedule);

    const auto missing = sandbox.get(u"/schedules/00000000-0000-4000-8000-000000000000"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json[u"status_code"_s].toInt(), 404);
    QVERIFY(!missing.json[u"error_ref"_s].toString().isEmpty());
}

// Open question 9: schedules take 1 to 100 inputs; over that is 400 BAD_INPUT.
void TestSandboxSchedules::inputsOverOneHundredRefused()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    const auto refused =
        sandbox.post(u"/actions/linkedin-search-people/run/schedule"_s,
                     QJsonObject{{u"inputs"_s, searchInputs(101)}, {u"cron"_s, u"0 9 * * *"_s}});
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorLabel(), u"BAD_INPUT"_s);
    QVERIFY2(refused.message().contains(u"inputs"_s), qPrintable(refused.message()));
    QCOMPARE(sandbox.get(u"/schedules"_s).json.toArray().size(), 0);

    const auto accepted =
        sandbox.post(u"/actions/linkedin-search-people/run/schedule"_s,
                     QJsonObject{{u"inputs"_s, searchInputs(100)}, {u"cron"_s, u"0 9 * * *"_s}});
    QCOMPARE(accepted.status, 200);
    QCOMPARE(sandbox.get(u"/schedules"_s).json.toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxSchedules)
#include "tst_sandbox_schedules.moc"
