#include "core/domain/jsonfields.h"
#include "core/domain/runstatus.h"
#include "tests/reliability/sandboxprocess.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/soakmode.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace SandboxApi;

// runboard-sandbox, the real binary, killed with SIGKILL at seeded points
// while a client keeps launches (live, async, schedule) and clock advances
// (runs stepping, schedules firing) in flight. After every restart on the
// same database: every launch that got a 2xx answer is still there, the
// runs finish once the clock moves on, each finished run's output_count is
// the number of outputs it serves, and no schedule fired twice for one
// instant.
//
// RUNBOARD_KILL_SEED replays a plan (the seed is printed first, each kill
// point after it); RUNBOARD_KILL_POINTS sets how many kills (20 by default,
// 100 in the soak variant).

namespace {

constexpr qint64 kStartMs = 1772359200000; // 2026-03-01T10:00:00Z
// Requests kept in flight while the kill comes.
constexpr int kInFlight = 6;
// A virtual hour: far longer than any run launched here lasts.
constexpr int kDrainSeconds = 3600;
constexpr int kDrainStepSeconds = 600;
// Schedules older than this many rounds are cancelled, so the number of
// firings per virtual hour stays bounded over a long soak.
constexpr int kScheduleRounds = 2;

qint64 msOf(const QJsonValue &iso)
{
    return JsonFields::parseTimestamp(iso.toString()).toMSecsSinceEpoch();
}

// One request of the load, as the plan drew it.
struct Planned
{
    enum class Kind
    {
        Async,
        Live,
        Schedule,
        Advance,
    };
    Kind kind = Kind::Async;
    QString action;
    QJsonObject body;
    int seconds = 0;

    QString describe() const
    {
        switch (kind) {
        case Kind::Async:
            return QStringLiteral("async %1 x%2")
                .arg(action)
                .arg(body.value(QStringLiteral("inputs")).toArray().size());
        case Kind::Live:
            return QStringLiteral("live %1").arg(action);
        case Kind::Schedule:
            return QStringLiteral("schedule %1")
                .arg(body.value(QStringLiteral("cron")).toString(QStringLiteral("one-shot")));
        case Kind::Advance:
            return QStringLiteral("advance %1 s").arg(seconds);
        }
        return {};
    }
};

} // namespace

class TestSandboxSigkill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void acknowledgedWorkSurvivesKills();

private:
    Planned draw();
    // Keeps kInFlight requests going and kills the process after `answers`
    // answers and `delayMs` more; returns what was in flight then.
    QStringList loadAndKill(int answers, int delayMs);
    void take(const Planned &planned, const SandboxProcess::Reply &reply);
    // Every check of a restart; empty when all hold, else what broke.
    QString checkAfterRestart(int round);
    QString checkAcknowledged();
    QString drainAndCheckRuns(qint64 restartClockMs);
    QString cancelOldSchedules(int round);
    bool advance(int seconds);

    quint64 m_seed = 0;
    QRandomGenerator m_random;
    QTemporaryDir m_directory;
    std::unique_ptr<SandboxProcess> m_sandbox;
    qint64 m_clockMs = kStartMs;
    int m_launchNumber = 0;

    QStringList m_ackedRuns;
    // Schedule uid -> the round it was created in.
    QHash<QString, int> m_ackedSchedules;
    int m_ackedLive = 0;
    QSet<QString> m_checkedRuns;
    QSet<QString> m_cancelledSchedules;
    int m_firings = 0;
    QStringList m_refusals;
};

void TestSandboxSigkill::initTestCase()
{
    bool seeded = false;
    m_seed = qEnvironmentVariable("RUNBOARD_KILL_SEED").toULongLong(&seeded);
    if (!seeded)
        m_seed = QRandomGenerator::global()->generate();
    m_random.seed(static_cast<quint32>(m_seed));
    qInfo("seed %llu (replay: RUNBOARD_KILL_SEED=%llu)", m_seed, m_seed);
    QVERIFY(m_directory.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_directory.filePath(QStringLiteral("k.sqlite")));
}

Planned TestSandboxSigkill::draw()
{
    Planned planned;
    const int pick = m_random.bounded(100);
    const int n = ++m_launchNumber;
    if (pick < 35) {
        planned.kind = Planned::Kind::Async;
        QJsonArray inputs;
        const int count = 1 + m_random.bounded(4);
        if (m_random.bounded(2) == 0) {
            planned.action = QStringLiteral("linkedin-extract-people");
            for (int i = 0; i < count; ++i)
                inputs.append(profile(QStringLiteral("kill-%1-%2").arg(n).arg(i)));
        } else {
            planned.action = QStringLiteral("linkedin-search-people");
            for (int i = 0; i < count; ++i)
                inputs.append(search(QStringLiteral("kill-%1-%2").arg(n).arg(i)));
            planned.body.insert(
                QStringLiteral("parameters"),
                QJsonObject{{QStringLiteral("max_results"), 5 + m_random.bounded(40)}});
        }
        planned.body.insert(QStringLiteral("inputs"), inputs);
    } else if (pick < 55) {
        planned.kind = Planned::Kind::Live;
        planned.action = QStringLiteral("linkedin-extract-people");
        planned.body.insert(QStringLiteral("input"), profile(QStringLiteral("live-%1").arg(n)));
    } else if (pick < 65) {
        planned.kind = Planned::Kind::Schedule;
        planned.action = QStringLiteral("linkedin-search-people");
        planned.body = QJsonObject{
            {QStringLiteral("inputs"), QJsonArray{search(QStringLiteral("schedule-%1").arg(n))}},
            {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("max_results"), 5}}},
            {QStringLiteral("name"), QStringLiteral("kill schedule %1").arg(n)}};
        if (m_random.bounded(3) == 0)
            planned.body.insert(QStringLiteral("schedule_at"),
                                QDateTime::fromMSecsSinceEpoch(
                                    m_clockMs + 60000 * (1 + m_random.bounded(30)), Qt::UTC)
                                    .toString(Qt::ISODate));
        else
            planned.body.insert(QStringLiteral("cron"),
                                QStringLiteral("*/%1 * * * *").arg(2 + m_random.bounded(9)));
    } else {
        planned.kind = Planned::Kind::Advance;
        planned.seconds = 5 + m_random.bounded(600);
    }
    return planned;
}

void TestSandboxSigkill::take(const Planned &planned, const SandboxProcess::Reply &reply)
{
    if (reply.status < 200 || reply.status > 299) {
        // No answer is what a kill gives, and a live input may fail on the
        // platform (424); any other refusal is the plan's mistake, and
        // would test nothing.
        if (reply.status != 0 && !(planned.kind == Planned::Kind::Live && reply.status == 424))
            m_refusals.append(
                QStringLiteral("%1: HTTP %2 %3")
                    .arg(planned.describe())
                    .arg(reply.status)
                    .arg(reply.json.toObject().value(QStringLiteral("message")).toString()));
        return;
    }
    const QJsonObject object = reply.json.toObject();
    switch (planned.kind) {
    case Planned::Kind::Async:
        m_ackedRuns.append(object.value(QStringLiteral("run_uid")).toString());
        break;
    case Planned::Kind::Live:
        ++m_ackedLive;
        break;
    case Planned::Kind::Schedule:
        // The round it belongs to is set by the caller's count of kills.
        m_ackedSchedules.insert(object.value(QStringLiteral("schedule_uid")).toString(), -1);
        break;
    case Planned::Kind::Advance:
        m_clockMs = std::max(m_clockMs, msOf(object.value(QStringLiteral("now"))));
        break;
    }
}

QStringList TestSandboxSigkill::loadAndKill(int answers, int delayMs)
{
    QHash<QNetworkReply *, Planned> inFlight;
    int answered = 0;
    bool killed = false;
    QEventLoop loop;
    QTimer killTimer;
    killTimer.setSingleShot(true);
    QStringList atKill;
    const auto kill = [&] {
        for (const Planned &planned : std::as_const(inFlight))
            atKill.append(planned.describe());
        killed = true;
        m_sandbox->kill();
        if (inFlight.isEmpty())
            loop.quit();
    };
    connect(&killTimer, &QTimer::timeout, &loop, kill);

    std::function<void()> sendOne = [&] {
        const Planned planned = draw();
        QNetworkReply *reply = nullptr;
        if (planned.kind == Planned::Kind::Advance) {
            reply = m_sandbox->send("POST", m_sandbox->adminUrl(QStringLiteral("/clock/advance")),
                                    QJsonObject{{QStringLiteral("seconds"), planned.seconds}});
        } else {
            const QString mode = planned.kind == Planned::Kind::Live ? QStringLiteral("live")
                                 : planned.kind == Planned::Kind::Async
                                     ? QStringLiteral("async")
                                     : QStringLiteral("schedule");
            reply = m_sandbox->send(
                "POST",
                m_sandbox->url(QStringLiteral("/actions/%1/run/%2").arg(planned.action, mode)),
                planned.body);
        }
        inFlight.insert(reply, planned);
        connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            const Planned done = inFlight.take(reply);
            take(done, SandboxProcess::read(reply));
            reply->deleteLater();
            if (!killed) {
                if (++answered == answers)
                    killTimer.start(delayMs);
                // The load goes on until the kill.
                sendOne();
            }
            if (killed && inFlight.isEmpty())
                loop.quit();
        });
    };
    for (int i = 0; i < kInFlight; ++i)
        sendOne();
    if (answers == 0)
        killTimer.start(delayMs);
    loop.exec();
    return atKill;
}

bool TestSandboxSigkill::advance(int seconds)
{
    const SandboxProcess::Reply reply =
        m_sandbox->request("POST", m_sandbox->adminUrl(QStringLiteral("/clock/advance")),
                           QJsonObject{{QStringLiteral("seconds"), seconds}});
    if (reply.status != 200)
        return false;
    m_clockMs = std::max(m_clockMs, msOf(reply.json.toObject().value(QStringLiteral("now"))));
    return true;
}

QString TestSandboxSigkill::checkAcknowledged()
{
    for (const QString &uid : std::as_const(m_ackedRuns)) {
        const auto reply = m_sandbox->request("GET", m_sandbox->url(runPath(uid)));
        if (reply.status != 200)
            return QStringLiteral("acknowledged run %1 is gone (HTTP %2)")
                .arg(uid)
                .arg(reply.status);
    }
    for (auto it = m_ackedSchedules.cbegin(); it != m_ackedSchedules.cend(); ++it) {
        const auto reply =
            m_sandbox->request("GET", m_sandbox->url(QStringLiteral("/schedules/") + it.key()));
        if (reply.status != 200)
            return QStringLiteral("acknowledged schedule %1 is gone (HTTP %2)")
                .arg(it.key())
                .arg(reply.status);
    }
    bool ok = false;
    const QJsonArray live = m_sandbox->all(QStringLiteral("/runs?execution_mode=LIVE"), &ok);
    if (!ok)
        return QStringLiteral("the live runs could not be listed");
    // A live answer records its run before it answers: a kill may leave
    // one recorded and not answered, never one answered and not recorded.
    if (live.size() < m_ackedLive)
        return QStringLiteral("%1 live launches answered, %2 live runs stored")
            .arg(m_ackedLive)
            .arg(live.size());
    return {};
}

QString TestSandboxSigkill::drainAndCheckRuns(qint64 restartClockMs)
{
    for (int elapsed = 0; elapsed < kDrainSeconds; elapsed += kDrainStepSeconds) {
        if (!advance(kDrainStepSeconds))
            return QStringLiteral("the clock did not advance");
    }
    bool ok = false;
    const QJsonArray runs = m_sandbox->all(QStringLiteral("/runs?sort=created_at"), &ok);
    if (!ok)
        return QStringLiteral("the runs could not be listed");
    QHash<QString, QSet<qint64>> instants;
    for (const QJsonValue &value : runs) {
        const QJsonObject run = value.toObject();
        const QString uid = run.value(QStringLiteral("uid")).toString();
        const QString status = run.value(QStringLiteral("status")).toString();
        const qint64 createdAt = msOf(run.value(QStringLiteral("created_at")));
        const QString schedule = run.value(QStringLiteral("scheduled_run_uid")).toString();
        if (!schedule.isEmpty()) {
            // On a manual clock a firing's run is created at the firing's
            // instant.
            QSet<qint64> &seen = instants[schedule];
            if (seen.contains(createdAt))
                return QStringLiteral("schedule %1 fired twice at %2")
                    .arg(schedule, run.value(QStringLiteral("created_at")).toString());
            seen.insert(createdAt);
        }
        const bool terminal = isTerminal(runStatusFromApi(status));
        if (createdAt <= restartClockMs && !terminal)
            return QStringLiteral("run %1 (created %2) is still %3 an hour later")
                .arg(uid, run.value(QStringLiteral("created_at")).toString(), status);
        // A live run keeps no outputs (its results were the live answer;
        // /outputs refuses it with a 400), so only async and scheduled
        // runs have outputs to count.
        if (!terminal || m_checkedRuns.contains(uid) ||
            run.value(QStringLiteral("execution_mode")).toString() != QLatin1String("ASYNC"))
            continue;
        const QJsonArray outputs = m_sandbox->all(runPath(uid, QStringLiteral("/outputs")), &ok);
        if (!ok)
            return QStringLiteral("the outputs of run %1 could not be listed").arg(uid);
        const qint64 count = run.value(QStringLiteral("output_count")).toInteger();
        if (outputs.size() != count)
            return QStringLiteral("run %1 (%2) has output_count %3 and serves %4 outputs")
                .arg(uid, status)
                .arg(count)
                .arg(outputs.size());
        m_checkedRuns.insert(uid);
    }
    m_firings = 0;
    for (const QSet<qint64> &seen : std::as_const(instants))
        m_firings += seen.size();
    return {};
}

QString TestSandboxSigkill::cancelOldSchedules(int round)
{
    for (auto it = m_ackedSchedules.begin(); it != m_ackedSchedules.end(); ++it) {
        if (it.value() < 0)
            it.value() = round;
        if (round - it.value() < kScheduleRounds || m_cancelledSchedules.contains(it.key()))
            continue;
        const auto reply = m_sandbox->request(
            "POST", m_sandbox->url(QStringLiteral("/schedules/%1/cancel").arg(it.key())),
            QJsonObject());
        // A one-shot that fired is COMPLETED and cannot be cancelled: 422.
        if (reply.status != 200 && reply.status != 422)
            return QStringLiteral("cancelling schedule %1: HTTP %2")
                .arg(it.key())
                .arg(reply.status);
        m_cancelledSchedules.insert(it.key());
    }
    return {};
}

QString TestSandboxSigkill::checkAfterRestart(int round)
{
    if (QString problem = checkAcknowledged(); !problem.isEmpty())
        return problem;
    if (QString problem = drainAndCheckRuns(m_clockMs); !problem.isEmpty())
        return problem;
    return cancelOldSchedules(round);
}

void TestSandboxSigkill::acknowledgedWorkSurvivesKills()
{
    bool given = false;
    int kills = qEnvironmentVariable("RUNBOARD_KILL_POINTS").toInt(&given);
    if (!given || kills < 1)
        kills = SoakMode::on() ? 100 : 20;
    QString error;
    QElapsedTimer wall;
    wall.start();
    for (int round = 1; round <= kills; ++round) {
        QVERIFY2(m_sandbox->start(m_clockMs, &error), qPrintable(error));
        const int answers = m_random.bounded(16);
        const int delayMs = m_random.bounded(25);
        const qint64 pid = m_sandbox->pid();
        const QStringList atKill = loadAndKill(answers, delayMs);
        qInfo("kill %d/%d: pid %lld after %d answers + %d ms; in flight: %s", round, kills, pid,
              answers, delayMs, qPrintable(atKill.join(QStringLiteral(", "))));
        QVERIFY(!m_sandbox->isRunning());

        QVERIFY2(m_sandbox->start(m_clockMs, &error), qPrintable(error));
        const QString problem = checkAfterRestart(round);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("after kill %1: %2").arg(round).arg(problem)));
        m_sandbox->kill();
    }
    QVERIFY2(m_refusals.isEmpty(), qPrintable(m_refusals.join(QLatin1Char('\n'))));
    qInfo("%d kills: %lld async launches, %d live, %lld schedules acknowledged; %lld finished "
          "runs' outputs counted; %d schedule firings, none twice; %lld ms",
          kills, static_cast<qint64>(m_ackedRuns.size()), m_ackedLive,
          static_cast<qint64>(m_ackedSchedules.size()), static_cast<qint64>(m_checkedRuns.size()),
          m_firings, wall.elapsed());
}

QTEST_GUILESS_MAIN(TestSandboxSigkill)
#include "tst_sandbox_sigkill.moc"
