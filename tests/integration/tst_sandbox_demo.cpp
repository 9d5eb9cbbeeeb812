#include "core/domain/actioncatalogue.h"
#include "core/domain/jsonfields.h"
#include "sandbox/demohistory.h"
#include "sandbox/sandboxengine.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/timebudget.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The demo history (POST /_sandbox/demo) read back through the API: a
// month of runs in every status and action whose times, counts, inputs and
// outputs agree; schedules and callbacks; active runs that the engine
// really moves on; the same history for the same seed.
class TestSandboxDemo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void historyIsRealistic();
    void activeRunsProgress();
    void sameSeedSameHistory();
    void fillWritesDirectly();
};

namespace {

const QStringList kStatuses = {
    QStringLiteral("CREATED"),   QStringLiteral("INVALID"), QStringLiteral("QUEUED"),
    QStringLiteral("SCHEDULED"), QStringLiteral("BLOCKED"), QStringLiteral("STOPPED"),
    QStringLiteral("RUNNING"),   QStringLiteral("FAILED"),  QStringLiteral("PARTIAL_SUCCEEDED"),
    QStringLiteral("SUCCEEDED")};

const QStringList kActive = {QStringLiteral("CREATED"), QStringLiteral("QUEUED"),
                             QStringLiteral("SCHEDULED"), QStringLiteral("RUNNING")};

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

SandboxFixture::Reply fillDemo(SandboxFixture &sandbox, qint64 *elapsedMs = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    auto reply = sandbox.adminPost(QStringLiteral("/demo"));
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    return reply;
}

qint64 msOf(const QJsonValue &value)
{
    return JsonFields::parseTimestamp(value.toString()).toMSecsSinceEpoch();
}

qint64 nowOf(SandboxFixture &sandbox)
{
    return msOf(sandbox.adminGet(QStringLiteral("/clock")).json[QStringLiteral("now")]);
}

QJsonArray allRuns(SandboxFixture &sandbox)
{
    return sandbox.getAllByOffset(QStringLiteral("/runs"), 100);
}

QString str(const QJsonValue &object, const char *key)
{
    return object[QLatin1String(key)].toString();
}

} // namespace

void TestSandboxDemo::init()
{
    // A failed statement in the store is logged; the demo must cause none.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("exec failed|prepare failed")));
}

void TestSandboxDemo::historyIsRealistic()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    qint64 elapsed = 0;
    QCOMPARE(fillDemo(sandbox, &elapsed).status, 200);
    qInfo("POST /_sandbox/demo (fill and answer) took %lld ms", elapsed);
    const qint64 now = nowOf(sandbox);

    const QJsonArray runs = allRuns(sandbox);
    QVERIFY2(runs.size() >= 200, qPrintable(QString::number(runs.size())));

    QHash<QString, int> byStatus;
    QSet<QString> actions;
    QSet<QString> modes;
    QSet<QString> uids;
    QStringList infoLabels;
    int synced = 0;
    int retried = 0;
    int postponed = 0;
    qint64 outputs = 0;
    for (const QJsonValue &run : runs) {
        const QString status = str(run, "status");
        ++byStatus[status];
        actions.insert(str(run, "action_name"));
        modes.insert(str(run, "execution_mode"));
        QVERIFY(!uids.contains(str(run, "uid")));
        uids.insert(str(run, "uid"));
        outputs += run[QStringLiteral("output_count")].toInteger();

        const qint64 created = msOf(run[QStringLiteral("created_at")]);
        QVERIFY2(created <= now && created >= now - 30 * kDayMs, qPrintable(str(run, "uid")));
        const QJsonValue started = run[QStringLiteral("started_at")];
        const QJsonValue finished = run[QStringLiteral("finished_at")];
        if (!started.isNull())
            QVERIFY(created <= msOf(started) && msOf(started) <= now);
        if (!finished.isNull()) {
            QVERIFY(msOf(finished) <= now);
            if (!started.isNull())
                QVERIFY2(msOf(started) <= msOf(finished), qPrintable(str(run, "uid")));
            else
                QVERIFY(created <= msOf(finished));
        }
        QVERIFY(msOf(run[QStringLiteral("updated_at")]) >= created);
        QVERIFY(msOf(run[QStringLiteral("updated_at")]) <= now);
        if (kActive.contains(status))
            QVERIFY(finished.isNull());
        if (status == QLatin1String("SUCCEEDED") || status == QLatin1String("FAILED") ||
            status == QLatin1String("PARTIAL_SUCCEEDED"))
            QVERIFY(!finished.isNull() && !started.isNull());
        if (str(run, "execution_mode") == QLatin1String("LIVE")) {
            QCOMPARE(status, QStringLiteral("SUCCEEDED"));
            QVERIFY(run[QStringLiteral("callback")].isNull());
        }
        if (run[QStringLiteral("last_info")].isObject())
            infoLabels << run[QStringLiteral("last_info")][QStringLiteral("label")].toString();
        synced += run[QStringLiteral("synced_at")].isNull() ? 0 : 1;
        retried += run[QStringLiteral("retry_count")].toInt() > 0 ? 1 : 0;
        postponed += run[QStringLiteral("postponed_until")].isNull() ? 0 : 1;
        const QJsonObject parameters = run[QStringLiteral("parameters")].toObject();
        const ActionSpec *action = ActionCatalogue::find(str(run, "action_name"));
        QVERIFY(action);
        for (const ActionSpec::Parameter &parameter : action->parameters)
            QVERIFY2(parameters.contains(parameter.name), qPrintable(parameter.name));
    }
    QString summary;
    for (const QString &status : kStatuses)
        summary += QStringLiteral(" %1=%2").arg(status).arg(byStatus.value(status));
    qInfo("%lld runs, %lld outputs;%s", static_cast<long long>(runs.size()),
          static_cast<long long>(outputs), qPrintable(summary));
    qInfo("store rows: inputs=%lld outputs=%lld callbacks=%lld schedules=%lld",
          sandbox.scalar(QStringLiteral("SELECT COUNT(*) FROM inputs")).toLongLong(),
          sandbox.scalar(QStringLiteral("SELECT COUNT(*) FROM outputs")).toLongLong(),
          sandbox.scalar(QStringLiteral("SELECT COUNT(*) FROM callbacks")).toLongLong(),
          sandbox.scalar(QStringLiteral("SELECT COUNT(*) FROM schedules")).toLongLong());

    // Every status, through the API's filter.
    for (const QString &status : kStatuses) {
        const auto page = sandbox.get(QStringLiteral("/runs?status=%1&limit=100").arg(status));
        QCOMPARE(page.status, 200);
        QVERIFY2(!page.json.toArray().isEmpty(), qPrintable(status));
        for (const QJsonValue &run : page.json.toArray())
            QCOMPARE(str(run, "status"), status);
    }
    QVERIFY(byStatus.value(QStringLiteral("SUCCEEDED")) > runs.size() / 2);
    QVERIFY(byStatus.value(QStringLiteral("PARTIAL_SUCCEEDED")) >
            byStatus.value(QStringLiteral("BLOCKED")));
    for (const ActionSpec &action : ActionCatalogue::actions())
        QVERIFY2(actions.contains(action.slug), qPrintable(action.slug));
    QCOMPARE(modes, (QSet<QString>{QStringLiteral("LIVE"), QStringLiteral("ASYNC")}));
    QVERIFY(infoLabels.contains(QStringLiteral("NO_RESULT")));
    QCOMPARE(infoLabels.count(QStringLiteral("MAX_RESULTS_REACHED")), 1);
    QVERIFY(synced > 0);
    QVERIFY(retried > 0);
    QVERIFY(postponed > 0);
    QVERIFY(outputs <= 15000);

    // Blocked runs say why.
    for (const QJsonValue &run :
         sandbox.get(QStringLiteral("/runs?status=BLOCKED&limit=100")).json.toArray()) {
        const QString label = run[QStringLiteral("last_error")][QStringLiteral("label")].toString();
        QVERIFY2(label == QLatin1String("NO_VALID_ACCOUNT_CONFIGURED") ||
                     label == QLatin1String("BAD_INPUT"),
                 qPrintable(label));
        const QJsonArray inputs = sandbox.inputs(str(run, "uid"));
        bool blockedInput = false;
        for (const QJsonValue &input : inputs)
            blockedInput = blockedInput || str(input, "status") == QLatin1String("BLOCKED");
        QVERIFY(blockedInput);
    }

    // output_count agrees with the stored outputs and with the inputs.
    QJsonArray sample;
    for (const QJsonValue &run : runs) {
        if (str(run, "execution_mode") == QLatin1String("ASYNC") &&
            run[QStringLiteral("output_count")].toInt() > 0)
            sample.append(run);
    }
    QVERIFY(sample.size() > 100);
    int checked = 0;
    for (qsizetype i = 0; i < sample.size(); i += sample.size() / 15) {
        const QJsonValue run = sample.at(i);
        const QString uid = str(run, "uid");
        const int outputCount = run[QStringLiteral("output_count")].toInt();
        QCOMPARE(sandbox.outputs(uid).size(), outputCount);
        int fromInputs = 0;
        const QJsonArray inputs = sandbox.inputs(uid);
        QVERIFY(inputs.size() >= 1 && inputs.size() <= 20);
        for (const QJsonValue &input : inputs)
            fromInputs += input[QStringLiteral("output_count")].toInt();
        QCOMPARE(fromInputs, outputCount);
        ++checked;
    }
    QVERIFY(checked >= 10);

    // A partially successful run has a failed input with its error.
    const auto partial =
        sandbox.get(QStringLiteral("/runs?status=PARTIAL_SUCCEEDED&execution_mode=ASYNC&limit=5"));
    QVERIFY(!partial.json.toArray().isEmpty());
    for (const QJsonValue &run : partial.json.toArray()) {
        const QJsonArray inputs = sandbox.inputs(str(run, "uid"));
        int failed = 0;
        int succeeded = 0;
        for (const QJsonValue &input : inputs) {
            if (str(input, "status") == QLatin1String("FAILED")) {
                ++failed;
                QVERIFY(input[QStringLiteral("last_error")][QStringLiteral("has_failed")].toBool());
                QVERIFY(!input[QStringLiteral("last_error")][QStringLiteral("label")]
                             .toString()
                             .isEmpty());
                QCOMPARE(input[QStringLiteral("output_count")].toInt(), 0);
            }
            succeeded += str(input, "status") == QLatin1String("SUCCEEDED") ? 1 : 0;
        }
        QVERIFY(failed > 0);
        QVERIFY(succeeded > 0);
        QCOMPARE(failed + succeeded, inputs.size());
    }

    // Schedules, and the runs they spawned.
    const auto schedules = sandbox.get(QStringLiteral("/schedules?limit=100"));
    QCOMPARE(schedules.status, 200);
    QSet<QString> scheduleStatuses;
    QHash<QString, QString> scheduleNames;
    for (const QJsonValue &schedule : schedules.json.toArray()) {
        const QString status = str(schedule, "status");
        scheduleStatuses.insert(status);
        scheduleNames.insert(str(schedule, "uid"), str(schedule, "name"));
        const QJsonValue next = schedule[QStringLiteral("next_execution_at")];
        if (status == QLatin1String("ACTIVE")) {
            QVERIFY(msOf(next) > now);
            QVERIFY(!str(schedule, "cron").isEmpty());
        } else {
            QVERIFY(next.isNull());
        }
        if (status == QLatin1String("COMPLETED"))
            QVERIFY(schedule[QStringLiteral("cron")].isNull());
        const QJsonValue last = schedule[QStringLiteral("last_executed_at")];
        if (!last.isNull())
            QVERIFY(msOf(last) <= now);
    }
    for (const char *status : {"ACTIVE", "PAUSED", "COMPLETED", "CANCELLED"})
        QVERIFY2(scheduleStatuses.contains(QLatin1String(status)), status);
    int spawned = 0;
    for (const QJsonValue &run : runs) {
        const QJsonValue scheduleUid = run[QStringLiteral("scheduled_run_uid")];
        if (scheduleUid.isNull())
            continue;
        ++spawned;
        QVERIFY(scheduleNames.contains(scheduleUid.toString()));
        QCOMPARE(str(run, "scheduled_run_name"), scheduleNames.value(scheduleUid.toString()));
        QCOMPARE(str(run, "execution_mode"), QStringLiteral("ASYNC"));
    }
    QVERIFY(spawned >= 5);

    // Callbacks: mostly delivered, some failed, none left for the engine.
    const auto delivered = sandbox.get(QStringLiteral("/runs/callbacks?status=SUCCESS&limit=20"));
    QCOMPARE(delivered.status, 200);
    QCOMPARE(delivered.json.toArray().size(), 20);
    for (const QJsonValue &callback : delivered.json.toArray()) {
        QCOMPARE(callback[QStringLiteral("http_status")].toInt(), 200);
        QVERIFY(
            str(callback, "callback_url").startsWith(QLatin1String("http://127.0.0.1:9/edges/")));
    }
    const auto failed = sandbox.get(QStringLiteral("/runs/callbacks?status=FAILED&limit=20"));
    QCOMPARE(failed.status, 200);
    QVERIFY(!failed.json.toArray().isEmpty());
    for (const QJsonValue &callback : failed.json.toArray()) {
        const QJsonValue http = callback[QStringLiteral("http_status")];
        QVERIFY(http.isNull() || http.toInt() == 404 || http.toInt() == 500 || http.toInt() == 502);
        QVERIFY(callback[QStringLiteral("error")].isObject());
    }
    for (const char *status : {"PENDING", "RUNNING"}) {
        const auto queued =
            sandbox.get(QStringLiteral("/runs/callbacks?status=%1").arg(QLatin1String(status)));
        QVERIFY(queued.json.toArray().isEmpty());
    }
    QVERIFY(
        sandbox
            .scalar(QStringLiteral("SELECT COUNT(*) FROM callbacks WHERE parent_uid IS NOT NULL"))
            .toInt() >= 1);
    QCOMPARE(sandbox
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM callbacks WHERE next_attempt_at IS "
                                        "NOT NULL"))
                 .toInt(),
             0);
    QCOMPARE(sandbox
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM runs WHERE due_at IS NOT NULL AND "
                                        "status NOT IN ('CREATED','QUEUED','SCHEDULED','RUNNING')"))
                 .toInt(),
             0);
}

void TestSandboxDemo::activeRunsProgress()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QCOMPARE(fillDemo(sandbox).status, 200);

    QHash<QString, QJsonObject> before;
    for (const QJsonValue &run : allRuns(sandbox))
        before.insert(str(run, "uid"), run.toObject());
    QCOMPARE(sandbox.advance(3600).status, 200);
    const qint64 now = nowOf(sandbox);
    const QJsonArray after = allRuns(sandbox);
    // No schedule is due within this hour at the fixture's start time.
    QCOMPARE(after.size(), before.size());

    int active = 0;
    int finished = 0;
    int waiting = 0;
    for (const QJsonValue &value : after) {
        const QJsonObject run = value.toObject();
        const QJsonObject old = before.value(str(run, "uid"));
        QVERIFY(!old.isEmpty());
        if (!kActive.contains(str(old, "status"))) {
            // The engine leaves the finished past alone.
            QCOMPARE(run, old);
            continue;
        }
        ++active;
        const QString status = str(run, "status");
        QVERIFY2(status == QLatin1String("SUCCEEDED") || kActive.contains(status),
                 qPrintable(str(run, "uid") + QLatin1Char(' ') + status));
        if (status == QLatin1String("SUCCEEDED")) {
            ++finished;
            QVERIFY(run[QStringLiteral("last_error")].isNull());
            QVERIFY(run[QStringLiteral("output_count")].toInt() >=
                    old[QStringLiteral("output_count")].toInt());
            QCOMPARE(sandbox.outputs(str(run, "uid")).size(),
                     run[QStringLiteral("output_count")].toInt());
        } else {
            // Still waiting: only a run postponed beyond the hour.
            QCOMPARE(status, QStringLiteral("SCHEDULED"));
            QVERIFY(msOf(run[QStringLiteral("postponed_until")]) > now);
            ++waiting;
        }
    }
    qInfo("after one hour: %d active demo runs, %d finished, %d still postponed", active, finished,
          waiting);
    QVERIFY(active >= 8);
    QVERIFY(finished >= active - 2);
    for (const char *status : {"PENDING", "RUNNING", "FAILED"}) {
        const qint64 count =
            sandbox
                .scalar(QStringLiteral("SELECT COUNT(*) FROM callbacks WHERE status = ? AND "
                                       "updated_at > ?"),
                        {QString::fromLatin1(status), now - 3600 * 1000})
                .toLongLong();
        QCOMPARE(count, 0);
    }
}

void TestSandboxDemo::sameSeedSameHistory()
{
    SandboxFixture first;
    SandboxFixture second;
    SandboxOptions otherOptions = SandboxFixture::defaultOptions();
    otherOptions.seed = 7;
    SandboxFixture other(otherOptions);
    QString error;
    QVERIFY2(first.start(&error), qPrintable(error));
    QVERIFY2(second.start(&error), qPrintable(error));
    QVERIFY2(other.start(&error), qPrintable(error));
    QCOMPARE(fillDemo(first).status, 200);
    QCOMPARE(fillDemo(second).status, 200);
    QCOMPARE(fillDemo(other).status, 200);

    for (const QString &path :
         {QStringLiteral("/runs?limit=100"), QStringLiteral("/runs?limit=100&offset=200"),
          QStringLiteral("/schedules?limit=100"), QStringLiteral("/runs/callbacks?limit=20")}) {
        const auto a = first.get(path);
        const auto b = second.get(path);
        QCOMPARE(a.status, 200);
        QVERIFY(a.json.toArray().size() > 0);
        QCOMPARE(a.body, b.body);
    }
    QVERIFY(first.get(QStringLiteral("/runs?limit=100")).body !=
            other.get(QStringLiteral("/runs?limit=100")).body);
}

void TestSandboxDemo::fillWritesDirectly()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    SandboxEngine &engine = sandbox.engine();
    // How long it takes is bench_sandbox's figure (tests never time).
    DemoHistory(engine.store(), engine.clock(), engine.data()).fill();
    QVERIFY(sandbox.scalar(QStringLiteral("SELECT COUNT(*) FROM runs")).toInt() >= 200);
}

QTEST_GUILESS_MAIN(TestSandboxDemo)
#include "tst_sandbox_demo.moc"
