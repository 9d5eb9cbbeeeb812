// The sandbox's plan rate limits (contract section 1.7, open questions 13,
// 14 and 25): every tier's windows and concurrency, refusal at exactly one
// past the allowance with the right Retry-After and X-RateLimit-Type, window
// alignment and reset, X-RateLimit-Remaining counting down, and independent
// workspaces and buckets. Time is always passed in; nothing sleeps.

#include "sandbox/ratelimiter.h"

#include <QStringList>
#include <QTest>

#include <algorithm>

namespace {

using Bucket = RateLimiter::Bucket;
using Window = RateLimiter::Window;

constexpr qint64 Minute = 60000;
// A time aligned on every window length used (1 s, 2 s, 1 min), so the
// first request of a test opens fresh windows.
constexpr qint64 T0 = 1'700'000'040'000;
static_assert(T0 % Minute == 0);

const QString Workspace = QStringLiteral("ws-acme");

RateLimiter::Tier namedTier(const QString &name)
{
    return RateLimiter::tier(name).value();
}

QString typeFor(Bucket bucket)
{
    return bucket == Bucket::Live ? QStringLiteral("/v1/actions/run/live")
                                  : QStringLiteral("/v1/runs");
}

RateLimiter::Tier customTier(const QList<Window> &live)
{
    RateLimiter::Tier tier;
    tier.name = QStringLiteral("custom");
    tier.live = live;
    tier.concurrency = 1;
    return tier;
}

// One row per tier and bucket: the short window (count, length) and the
// one-minute count, as contract section 1.7 gives them.
void addWindowRows()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<Bucket>("bucket");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("lengthMs");
    QTest::addColumn<int>("minuteCount");
    // Retry-After for a refusal 250 ms into the short window.
    QTest::addColumn<int>("retryAfter");

    struct Row
    {
        const char *tier;
        int liveCount;
        int liveMinute;
        int runsCount;
        qint64 runsMs;
        int runsMinute;
    };
    const Row rows[] = {
        {"trial", 1, 60, 1, 2000, 30},         {"bronze", 2, 120, 1, 1000, 60},
        {"silver", 10, 600, 5, 2000, 150},     {"gold", 10, 600, 5, 2000, 150},
        {"platinum", 20, 1200, 5, 1000, 300},  {"diamond", 20, 1200, 5, 1000, 300},
        {"titanium", 40, 1200, 10, 1000, 600},
    };
    for (const Row &row : rows) {
        const QString tier = QLatin1String(row.tier);
        QTest::addRow("%s live", row.tier)
            << tier << Bucket::Live << row.liveCount << qint64(1000) << row.liveMinute << 1;
        QTest::addRow("%s runs", row.tier) << tier << Bucket::Runs << row.runsCount << row.runsMs
                                           << row.runsMinute << (row.runsMs == 2000 ? 2 : 1);
    }
}

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void tierNames();
    void tierLookup_data();
    void tierLookup();
    void tierTable_data();
    void tierTable();
    void unlimitedTier();
    void overriddenConcurrencyIsKept();

    void shortWindow_data();
    void shortWindow();
    void minuteWindow_data();
    void minuteWindow();
    void workspacesAreIndependent_data();
    void workspacesAreIndependent();
    void bucketsAreIndependent_data();
    void bucketsAreIndependent();

    void retryAfterRounding_data();
    void retryAfterRounding();
    void windowsAreAligned();
    void refusedRequestsAreNotCounted();
    void retryAfterIsTheLargestOverFullWindows();
    void titaniumLiveMinuteFillsInThirtySeconds();
    void trialRunsOnePerTwoSeconds();
    void unlimitedNeverRefuses_data();
    void unlimitedNeverRefuses();
};

void TestRateLimiter::tierNames()
{
    const QStringList expected = {
        QStringLiteral("trial"),    QStringLiteral("bronze"),    QStringLiteral("silver"),
        QStringLiteral("gold"),     QStringLiteral("platinum"),  QStringLiteral("diamond"),
        QStringLiteral("titanium"), QStringLiteral("unlimited"),
    };
    QCOMPARE(RateLimiter::tierNames(), expected);
    for (const QString &name : expected)
        QVERIFY2(RateLimiter::tier(name).has_value(), qPrintable(name));
}

void TestRateLimiter::tierLookup_data()
{
    QTest::addColumn<QString>("input");
    // Empty when the name is not a tier.
    QTest::addColumn<QString>("name");

    QTest::newRow("lower") << QStringLiteral("silver") << QStringLiteral("silver");
    QTest::newRow("capitalised") << QStringLiteral("Silver") << QStringLiteral("silver");
    QTest::newRow("upper") << QStringLiteral("GOLD") << QStringLiteral("gold");
    QTest::newRow("mixed") << QStringLiteral("tItAnIuM") << QStringLiteral("titanium");
    QTest::newRow("unlimited") << QStringLiteral("UNLIMITED") << QStringLiteral("unlimited");
    QTest::newRow("unknown") << QStringLiteral("copper") << QString();
    QTest::newRow("old name") << QStringLiteral("highest") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("prefix") << QStringLiteral("silv") << QString();
    QTest::newRow("suffix") << QStringLiteral("silver2") << QString();
}

void TestRateLimiter::tierLookup()
{
    QFETCH(QString, input);
    QFETCH(QString, name);

    const std::optional<RateLimiter::Tier> tier = RateLimiter::tier(input);
    QCOMPARE(tier.has_value(), !name.isEmpty());
    if (tier)
        QCOMPARE(tier->name, name);
}

void TestRateLimiter::tierTable_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<int>("liveCount");
    QTest::addColumn<int>("liveMinute");
    QTest::addColumn<int>("runsCount");
    QTest::addColumn<qint64>("runsMs");
    QTest::addColumn<int>("runsMinute");
    QTest::addColumn<int>("concurrency");

    QTest::newRow("trial") << QStringLiteral("trial") << 1 << 60 << 1 << qint64(2000) << 30 << 2;
    QTest::newRow("bronze") << QStringLiteral("bronze") << 2 << 120 << 1 << qint64(1000) << 60 << 2;
    QTest::newRow("silver") << QStringLiteral("silver") << 10 << 600 << 5 << qint64(2000) << 150
                            << 5;
    QTest::newRow("gold") << QStringLiteral("gold") << 10 << 600 << 5 << qint64(2000) << 150 << 5;
    QTest::newRow("platinum") << QStringLiteral("platinum") << 20 << 1200 << 5 << qint64(1000)
                              << 300 << 10;
    QTest::newRow("diamond") << QStringLiteral("diamond") << 20 << 1200 << 5 << qint64(1000) << 300
                             << 10;
    QTest::newRow("titanium") << QStringLiteral("titanium") << 40 << 1200 << 10 << qint64(1000)
                              << 600 << 15;
}

void TestRateLimiter::tierTable()
{
    QFETCH(QString, tier);
    QFETCH(int, liveCount);
    QFETCH(int, liveMinute);
    QFETCH(int, runsCount);
    QFETCH(qint64, runsMs);
    QFETCH(int, runsMinute);
    QFETCH(int, concurrency);

    const RateLimiter::Tier t = namedTier(tier);
    QCOMPARE(t.name, tier);
    QCOMPARE(t.live.size(), 2);
    QCOMPARE(t.live.at(0).count, liveCount);
    QCOMPARE(t.live.at(0).lengthMs, qint64(1000));
    QCOMPARE(t.live.at(1).count, liveMinute);
    QCOMPARE(t.live.at(1).lengthMs, Minute);
    QCOMPARE(t.runs.size(), 2);
    QCOMPARE(t.runs.at(0).count, runsCount);
    QCOMPARE(t.runs.at(0).lengthMs, runsMs);
    QCOMPARE(t.runs.at(1).count, runsMinute);
    QCOMPARE(t.runs.at(1).lengthMs, Minute);
    QCOMPARE(t.concurrency, concurrency);
}

void TestRateLimiter::unlimitedTier()
{
    const RateLimiter::Tier t = namedTier(QStringLiteral("unlimited"));
    QCOMPARE(t.name, QStringLiteral("unlimited"));
    QVERIFY(t.live.isEmpty());
    QVERIFY(t.runs.isEmpty());
    QCOMPARE(t.concurrency, 1000);
}

// Question 25: concurrency is configurable; the limiter keeps what it is given.
void TestRateLimiter::overriddenConcurrencyIsKept()
{
    RateLimiter::Tier t = namedTier(QStringLiteral("silver"));
    t.concurrency = 7;
    const RateLimiter limiter(t);
    QCOMPARE(limiter.currentTier().name, QStringLiteral("silver"));
    QCOMPARE(limiter.currentTier().concurrency, 7);
    QCOMPARE(limiter.currentTier().live.size(), 2);
}

void TestRateLimiter::shortWindow_data()
{
    addWindowRows();
}

// Exactly the allowance passes with Remaining counting down, one more is
// refused until the window turns, and the next window starts afresh.
void TestRateLimiter::shortWindow()
{
    QFETCH(QString, tier);
    QFETCH(Bucket, bucket);
    QFETCH(int, count);
    QFETCH(qint64, lengthMs);
    QFETCH(int, minuteCount);
    QFETCH(int, retryAfter);

    RateLimiter limiter(namedTier(tier));
    for (int i = 0; i < count; ++i) {
        const RateLimiter::Decision d = limiter.check(bucket, Workspace, T0 + i);
        QVERIFY2(d.allowed, qPrintable(QString::number(i)));
        QCOMPARE(d.remaining, std::min(count - i - 1, minuteCount - i - 1));
        QCOMPARE(d.retryAfterSeconds, 0);
        QCOMPARE(d.type, typeFor(bucket));
    }

    RateLimiter::Decision d = limiter.check(bucket, Workspace, T0 + 250);
    QVERIFY(!d.allowed);
    QCOMPARE(d.retryAfterSeconds, retryAfter);
    QCOMPARE(d.remaining, 0);
    QCOMPARE(d.type, typeFor(bucket));

    // Still refused on the window's last millisecond, with the 1 s minimum.
    d = limiter.check(bucket, Workspace, T0 + lengthMs - 1);
    QVERIFY(!d.allowed);
    QCOMPARE(d.retryAfterSeconds, 1);
    QCOMPARE(d.type, typeFor(bucket));

    d = limiter.check(bucket, Workspace, T0 + lengthMs);
    QVERIFY(d.allowed);
    QCOMPARE(d.retryAfterSeconds, 0);
    QCOMPARE(d.remaining, std::min(count - 1, minuteCount - count - 1));
}

void TestRateLimiter::minuteWindow_data()
{
    addWindowRows();
}

// Offering one more than each short window allows, all minute long, lets
// through exactly the minute's allowance; the next minute starts afresh.
void TestRateLimiter::minuteWindow()
{
    QFETCH(QString, tier);
    QFETCH(Bucket, bucket);
    QFETCH(int, count);
    QFETCH(qint64, lengthMs);
    QFETCH(int, minuteCount);

    RateLimiter limiter(namedTier(tier));
    int allowed = 0;
    for (qint64 start = T0; start < T0 + Minute; start += lengthMs) {
        for (int i = 0; i <= count; ++i) {
            const RateLimiter::Decision d = limiter.check(bucket, Workspace, start + i);
            if (d.allowed) {
                ++allowed;
            } else {
                QVERIFY(d.retryAfterSeconds >= 1);
                QCOMPARE(d.remaining, 0);
                QCOMPARE(d.type, typeFor(bucket));
            }
        }
    }
    QCOMPARE(allowed, minuteCount);

    RateLimiter::Decision d = limiter.check(bucket, Workspace, T0 + Minute - 500);
    QVERIFY(!d.allowed);
    QCOMPARE(d.retryAfterSeconds, 1);

    d = limiter.check(bucket, Workspace, T0 + Minute);
    QVERIFY(d.allowed);
    QCOMPARE(d.remaining, std::min(count - 1, minuteCount - 1));
}

void TestRateLimiter::workspacesAreIndependent_data()
{
    addWindowRows();
}

void TestRateLimiter::workspacesAreIndependent()
{
    QFETCH(QString, tier);
    QFETCH(Bucket, bucket);
    QFETCH(int, count);
    QFETCH(int, minuteCount);

    RateLimiter limiter(namedTier(tier));
    const QString other = QStringLiteral("ws-globex");
    for (int i = 0; i < count; ++i)
        QVERIFY(limiter.check(bucket, Workspace, T0).allowed);
    QVERIFY(!limiter.check(bucket, Workspace, T0).allowed);

    const RateLimiter::Decision d = limiter.check(bucket, other, T0);
    QVERIFY(d.allowed);
    QCOMPARE(d.remaining, std::min(count - 1, minuteCount - 1));
    QVERIFY(!limiter.check(bucket, Workspace, T0).allowed);
}

void TestRateLimiter::bucketsAreIndependent_data()
{
    addWindowRows();
}

// Filling one bucket leaves the other bucket of the same workspace untouched.
void TestRateLimiter::bucketsAreIndependent()
{
    QFETCH(QString, tier);
    QFETCH(Bucket, bucket);
    QFETCH(int, count);

    const RateLimiter::Tier t = namedTier(tier);
    const Bucket otherBucket = bucket == Bucket::Live ? Bucket::Runs : Bucket::Live;
    const QList<Window> &otherWindows = bucket == Bucket::Live ? t.runs : t.live;

    RateLimiter limiter(t);
    for (int i = 0; i < count; ++i)
        QVERIFY(limiter.check(bucket, Workspace, T0).allowed);
    QVERIFY(!limiter.check(bucket, Workspace, T0).allowed);

    const RateLimiter::Decision d = limiter.check(otherBucket, Workspace, T0);
    QVERIFY(d.allowed);
    QCOMPARE(d.type, typeFor(otherBucket));
    QCOMPARE(d.remaining, std::min(otherWindows.at(0).count, otherWindows.at(1).count) - 1);
    QVERIFY(!limiter.check(bucket, Workspace, T0).allowed);
}

void TestRateLimiter::retryAfterRounding_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<Bucket>("bucket");
    QTest::addColumn<qint64>("offsetMs");
    QTest::addColumn<int>("retryAfter");

    const QString bronze = QStringLiteral("bronze");
    const QString trial = QStringLiteral("trial");
    QTest::newRow("1 s window, at its start") << bronze << Bucket::Live << qint64(0) << 1;
    QTest::newRow("1 s window, 999 ms left") << bronze << Bucket::Live << qint64(1) << 1;
    QTest::newRow("1 s window, 1 ms left") << bronze << Bucket::Live << qint64(999) << 1;
    QTest::newRow("2 s window, at its start") << trial << Bucket::Runs << qint64(0) << 2;
    QTest::newRow("2 s window, 1999 ms left") << trial << Bucket::Runs << qint64(1) << 2;
    QTest::newRow("2 s window, 1000 ms left") << trial << Bucket::Runs << qint64(1000) << 1;
    QTest::newRow("2 s window, 999 ms left") << trial << Bucket::Runs << qint64(1001) << 1;
    QTest::newRow("2 s window, 1 ms left") << trial << Bucket::Runs << qint64(1999) << 1;
}

// Retry-After is whole seconds rounded up, never 0.
void TestRateLimiter::retryAfterRounding()
{
    QFETCH(QString, tier);
    QFETCH(Bucket, bucket);
    QFETCH(qint64, offsetMs);
    QFETCH(int, retryAfter);

    const RateLimiter::Tier t = namedTier(tier);
    const int count = (bucket == Bucket::Live ? t.live : t.runs).at(0).count;
    RateLimiter limiter(t);
    for (int i = 0; i < count; ++i)
        QVERIFY(limiter.check(bucket, Workspace, T0).allowed);

    const RateLimiter::Decision d = limiter.check(bucket, Workspace, T0 + offsetMs);
    QVERIFY(!d.allowed);
    QCOMPARE(d.retryAfterSeconds, retryAfter);
}

// Fixed windows start on multiples of their length, not at the first
// request: a request late in a second does not hold the next second back.
void TestRateLimiter::windowsAreAligned()
{
    RateLimiter limiter(namedTier(QStringLiteral("bronze")));
    QVERIFY(limiter.check(Bucket::Runs, Workspace, T0 + 900).allowed);
    const RateLimiter::Decision refused = limiter.check(Bucket::Runs, Workspace, T0 + 999);
    QVERIFY(!refused.allowed);
    QCOMPARE(refused.retryAfterSeconds, 1);
    QVERIFY(limiter.check(Bucket::Runs, Workspace, T0 + 1000).allowed);
    QVERIFY(!limiter.check(Bucket::Runs, Workspace, T0 + 1001).allowed);
}

void TestRateLimiter::refusedRequestsAreNotCounted()
{
    RateLimiter limiter(customTier({{1, 1000}, {2, Minute}}));
    QVERIFY(limiter.check(Bucket::Live, Workspace, T0).allowed);
    // Were these counted, the minute window would be full by now.
    for (int i = 1; i <= 5; ++i)
        QVERIFY(!limiter.check(Bucket::Live, Workspace, T0 + 100 * i).allowed);

    RateLimiter::Decision d = limiter.check(Bucket::Live, Workspace, T0 + 1000);
    QVERIFY(d.allowed);
    QCOMPARE(d.remaining, 0);

    d = limiter.check(Bucket::Live, Workspace, T0 + 2000);
    QVERIFY(!d.allowed);
    QCOMPARE(d.retryAfterSeconds, 58);
}

void TestRateLimiter::retryAfterIsTheLargestOverFullWindows()
{
    RateLimiter limiter(customTier({{1, 1000}, {1, Minute}}));
    QVERIFY(limiter.check(Bucket::Live, Workspace, T0).allowed);

    // Both windows full: the second resets in 0.5 s, the minute in 59.5 s.
    RateLimiter::Decision d = limiter.check(Bucket::Live, Workspace, T0 + 500);
    QVERIFY(!d.allowed);
    QCOMPARE(d.retryAfterSeconds, 60);

    // Only the minute is full.
    d = limiter.check(Bucket::Live, Workspace, T0 + 1000);
    QVERIFY(!d.allowed);
    QCOMPARE(d.retryAfterSeconds, 59);

    QVERIFY(limiter.check(Bucket::Live, Workspace, T0 + Minute).allowed);

    // The order of the windows does not matter.
    RateLimiter reversed(customTier({{1, Minute}, {1, 1000}}));
    QVERIFY(reversed.check(Bucket::Live, Workspace, T0).allowed);
    d = reversed.check(Bucket::Live, Workspace, T0 + 500);
    QVERIFY(!d.allowed);
    QCOMPARE(d.retryAfterSeconds, 60);
}

// Question 14: titanium's 40/s and 1,200/min are both enforced, so a client
// at full speed uses its minute up in 30 s and then waits out the rest.
void TestRateLimiter::titaniumLiveMinuteFillsInThirtySeconds()
{
    RateLimiter limiter(namedTier(QStringLiteral("titanium")));
    for (int second = 0; second < 30; ++second) {
        for (int i = 0; i < 40; ++i) {
            const RateLimiter::Decision d =
                limiter.check(Bucket::Live, Workspace, T0 + second * 1000 + i);
            QVERIFY(d.allowed);
            QCOMPARE(d.remaining, std::min(39 - i, 1200 - (second * 40 + i) - 1));
        }
    }

    // Second 29 and the minute are both full: the minute's 30.5 s wins.
    RateLimiter::Decision d = limiter.check(Bucket::Live, Workspace, T0 + 29500);
    QVERIFY(!d.allowed);
    QCOMPARE(d.retryAfterSeconds, 31);

    d = limiter.check(Bucket::Live, Workspace, T0 + 30000);
    QVERIFY(!d.allowed);
    QCOMPARE(d.retryAfterSeconds, 30);
    QCOMPARE(d.remaining, 0);
    QCOMPARE(d.type, QStringLiteral("/v1/actions/run/live"));

    d = limiter.check(Bucket::Live, Workspace, T0 + Minute - 1);
    QVERIFY(!d.allowed);
    QCOMPARE(d.retryAfterSeconds, 1);

    d = limiter.check(Bucket::Live, Workspace, T0 + Minute);
    QVERIFY(d.allowed);
    QCOMPARE(d.remaining, 39);
}

// Trial's "below 1 per second" on /runs is one request per 2 s.
void TestRateLimiter::trialRunsOnePerTwoSeconds()
{
    RateLimiter limiter(namedTier(QStringLiteral("trial")));
    for (int k = 0; k < 30; ++k) {
        const qint64 start = T0 + k * 2000;
        const RateLimiter::Decision allowed = limiter.check(Bucket::Runs, Workspace, start);
        QVERIFY2(allowed.allowed, qPrintable(QString::number(k)));
        QCOMPARE(allowed.remaining, 0);

        const RateLimiter::Decision refused = limiter.check(Bucket::Runs, Workspace, start + 1000);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, 1);
        QCOMPARE(refused.type, QStringLiteral("/v1/runs"));
    }
    const RateLimiter::Decision next = limiter.check(Bucket::Runs, Workspace, T0 + Minute);
    QVERIFY(next.allowed);
}

void TestRateLimiter::unlimitedNeverRefuses_data()
{
    QTest::addColumn<Bucket>("bucket");
    QTest::newRow("live") << Bucket::Live;
    QTest::newRow("runs") << Bucket::Runs;
}

void TestRateLimiter::unlimitedNeverRefuses()
{
    QFETCH(Bucket, bucket);

    RateLimiter limiter(namedTier(QStringLiteral("unlimited")));
    // A burst in one millisecond, then a steady stream over two minutes.
    for (int i = 0; i < 5000; ++i) {
        const RateLimiter::Decision d = limiter.check(bucket, Workspace, T0);
        QVERIFY(d.allowed);
        QCOMPARE(d.retryAfterSeconds, 0);
        QCOMPARE(d.remaining, 1000000);
        QCOMPARE(d.type, typeFor(bucket));
    }
    for (qint64 t = T0; t < T0 + 2 * Minute; t += 10)
        QVERIFY(limiter.check(bucket, Workspace, t).allowed);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
