// The sandbox's fault specs: every accepted form and the fault it yields,
// the exact message for every kind of rejected spec, the frequencies of
// drawn faults, and reproducibility by seed.

#include "sandbox/faultinjector.h"

#include <QTest>

#include <array>

namespace {

using Fault = FaultInjector::Fault;
using Kind = FaultInjector::Fault::Kind;

constexpr quint64 Seed = 20240601;

bool sameFault(const Fault &a, const Fault &b)
{
    return a.kind == b.kind && a.status == b.status && a.delayMs == b.delayMs;
}

FaultInjector parsed(const QString &spec, quint64 seed)
{
    QString error;
    std::optional<FaultInjector> injector = FaultInjector::parse(spec, seed, &error);
    if (!injector)
        qFatal("%s", qPrintable(error));
    return *injector;
}

} // namespace

class TestFaultInjector : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void certainFault_data();
    void certainFault();
    void rejects_data();
    void rejects();
    void errorIsOptional();
    void emptySpec_data();
    void emptySpec();
    void defaultConstructedDrawsNothing();
    void frequencies_data();
    void frequencies();
    void sameSeedSameSequence_data();
    void sameSeedSameSequence();
    void seedChangesSequence_data();
    void seedChangesSequence();
};

void TestFaultInjector::accepts_data()
{
    QTest::addColumn<QString>("spec");

    QTest::newRow("header example")
        << QStringLiteral("429=0.05,500=0.02,drop=0.01,slow=0.05:2s,truncate=0.01");
    QTest::newRow("blanks around items")
        << QStringLiteral("  429=0.05 ,  500=0.02\t,drop=0.01 , slow=0.05:2s ");
    QTest::newRow("blanks inside items") << QStringLiteral("429 = 0.05, slow = 0.1 : 500ms");
    QTest::newRow("upper-case kinds") << QStringLiteral("DROP=0.1,Slow=0.1:1S,TRUNCATE=0.1");
    QTest::newRow("rate 0") << QStringLiteral("500=0");
    QTest::newRow("rate 1") << QStringLiteral("500=1");
    QTest::newRow("rate 1.0") << QStringLiteral("500=1.0");
    QTest::newRow("rate .5") << QStringLiteral("500=.5");
    QTest::newRow("sum exactly 1") << QStringLiteral("429=0.5,500=0.5");
    QTest::newRow("sum 1 with rounding") << QStringLiteral("500=0.34,502=0.56,drop=0.1");
    QTest::newRow("lowest status") << QStringLiteral("400=0.1");
    QTest::newRow("highest status") << QStringLiteral("599=0.1");
    QTest::newRow("every status kind once")
        << QStringLiteral("429=0.1,500=0.1,502=0.1,503=0.1,504=0.1");
    QTest::newRow("shortest delay") << QStringLiteral("slow=0.1:1ms");
    QTest::newRow("longest delay") << QStringLiteral("slow=0.1:60s");
    QTest::newRow("longest delay in ms") << QStringLiteral("slow=0.1:60000ms");
}

void TestFaultInjector::accepts()
{
    QFETCH(QString, spec);

    QString error = QStringLiteral("stale");
    const std::optional<FaultInjector> injector = FaultInjector::parse(spec, Seed, &error);
    QVERIFY2(injector.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(!injector->isEmpty());
    QCOMPARE(injector->spec(), spec.trimmed());
}

void TestFaultInjector::certainFault_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("delayMs");

    QTest::newRow("429") << QStringLiteral("429=1") << Kind::Status << 429 << 0;
    QTest::newRow("400") << QStringLiteral("400=1") << Kind::Status << 400 << 0;
    QTest::newRow("599") << QStringLiteral("599=1") << Kind::Status << 599 << 0;
    QTest::newRow("drop") << QStringLiteral("drop=1") << Kind::Drop << 0 << 0;
    QTest::newRow("DROP") << QStringLiteral("DROP=1") << Kind::Drop << 0 << 0;
    QTest::newRow("truncate") << QStringLiteral("Truncate=1") << Kind::Truncate << 0 << 0;
    QTest::newRow("slow 2s") << QStringLiteral("slow=1:2s") << Kind::Slow << 0 << 2000;
    QTest::newRow("slow 500ms") << QStringLiteral("slow=1:500ms") << Kind::Slow << 0 << 500;
    QTest::newRow("slow 1.5s") << QStringLiteral("slow=1:1.5s") << Kind::Slow << 0 << 1500;
    QTest::newRow("slow 250MS") << QStringLiteral("SLOW=1:250MS") << Kind::Slow << 0 << 250;
    QTest::newRow("slow 60s") << QStringLiteral("slow=1:60s") << Kind::Slow << 0 << 60000;
    QTest::newRow("slow 1ms") << QStringLiteral("slow=1:1ms") << Kind::Slow << 0 << 1;
    QTest::newRow("slow 0.25s") << QStringLiteral("slow=1:0.25s") << Kind::Slow << 0 << 250;
    QTest::newRow("blanks") << QStringLiteral("  503 = 1  ") << Kind::Status << 503 << 0;
    QTest::newRow("after a rate-0 fault") << QStringLiteral("500=0,drop=1") << Kind::Drop << 0 << 0;
    QTest::newRow("before a rate-0 fault")
        << QStringLiteral("slow=1:3s,500=0") << Kind::Slow << 0 << 3000;
}

// A fault at rate 1 comes with every draw, carrying its status or delay.
void TestFaultInjector::certainFault()
{
    QFETCH(QString, spec);
    QFETCH(Kind, kind);
    QFETCH(int, status);
    QFETCH(int, delayMs);

    FaultInjector injector = parsed(spec, Seed);
    Fault expected;
    expected.kind = kind;
    expected.status = status;
    expected.delayMs = delayMs;
    for (int i = 0; i < 1000; ++i)
        QVERIFY2(sameFault(injector.draw(), expected), qPrintable(QString::number(i)));
}

void TestFaultInjector::rejects_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");

    // Kinds.
    QTest::newRow("unknown kind") << QStringLiteral("boom=0.1")
                                  << QStringLiteral("faults: unknown fault 'boom' in 'boom=0.1'");
    QTest::newRow("unknown kind, blanks")
        << QStringLiteral(" 429=0.1,  boom = 0.1 ")
        << QStringLiteral("faults: unknown fault 'boom' in 'boom = 0.1'");
    QTest::newRow("status class") << QStringLiteral("5xx=0.1")
                                  << QStringLiteral("faults: unknown fault '5xx' in '5xx=0.1'");
    QTest::newRow("status too low")
        << QStringLiteral("302=0.1")
        << QStringLiteral("faults: status 302 in '302=0.1' is not between 400 and 599");
    QTest::newRow("status too high")
        << QStringLiteral("600=0.1")
        << QStringLiteral("faults: status 600 in '600=0.1' is not between 400 and 599");
    QTest::newRow("status overflows")
        << QStringLiteral("99999999999=0.1")
        << QStringLiteral(
               "faults: status 99999999999 in '99999999999=0.1' is not between 400 and 599");
    QTest::newRow("no equals") << QStringLiteral("drop")
                               << QStringLiteral("faults: 'drop' is not KIND=RATE");
    QTest::newRow("no kind") << QStringLiteral("=0.1")
                             << QStringLiteral("faults: '=0.1' is not KIND=RATE");

    // Rates.
    QTest::newRow("rate above 1") << QStringLiteral("500=1.5")
                                  << QStringLiteral(
                                         "faults: rate 1.5 in '500=1.5' is not between 0 and 1");
    QTest::newRow("negative rate")
        << QStringLiteral("500=-0.1")
        << QStringLiteral("faults: rate -0.1 in '500=-0.1' is not between 0 and 1");
    QTest::newRow("rate not a number")
        << QStringLiteral("500=abc")
        << QStringLiteral("faults: rate 'abc' in '500=abc' is not a number");
    QTest::newRow("rate nan") << QStringLiteral("drop=nan")
                              << QStringLiteral("faults: rate 'nan' in 'drop=nan' is not a number");
    QTest::newRow("rate with exponent")
        << QStringLiteral("500=1e-2")
        << QStringLiteral("faults: rate '1e-2' in '500=1e-2' is not a number");
    QTest::newRow("rate as percent")
        << QStringLiteral("500=5%")
        << QStringLiteral("faults: rate '5%' in '500=5%' is not a number");
    QTest::newRow("no rate") << QStringLiteral("500=")
                             << QStringLiteral("faults: '500=' has no rate");
    QTest::newRow("sum above 1")
        << QStringLiteral("500=0.6,drop=0.6")
        << QStringLiteral("faults: rates in '500=0.6,drop=0.6' add up to 1.2, more than 1");

    // Durations.
    QTest::newRow("slow without duration")
        << QStringLiteral("slow=0.1")
        << QStringLiteral("faults: 'slow=0.1' needs a duration (slow=RATE:DURATION)");
    QTest::newRow("slow with empty duration")
        << QStringLiteral("slow=0.1:")
        << QStringLiteral("faults: 'slow=0.1:' needs a duration (slow=RATE:DURATION)");
    QTest::newRow("duration without unit")
        << QStringLiteral("slow=0.1:500")
        << QStringLiteral("faults: duration '500' in 'slow=0.1:500' is not like 500ms or 2s");
    QTest::newRow("duration in minutes")
        << QStringLiteral("slow=0.1:2m")
        << QStringLiteral("faults: duration '2m' in 'slow=0.1:2m' is not like 500ms or 2s");
    QTest::newRow("duration twice")
        << QStringLiteral("slow=0.1:2s:3s")
        << QStringLiteral("faults: duration '2s:3s' in 'slow=0.1:2s:3s' is not like 500ms or 2s");
    QTest::newRow("zero duration")
        << QStringLiteral("slow=0.1:0ms")
        << QStringLiteral("faults: duration 0ms in 'slow=0.1:0ms' is not between 1ms and 60s");
    QTest::newRow("negative duration")
        << QStringLiteral("slow=0.1:-2s")
        << QStringLiteral("faults: duration -2s in 'slow=0.1:-2s' is not between 1ms and 60s");
    QTest::newRow("duration over a minute")
        << QStringLiteral("slow=0.1:61s")
        << QStringLiteral("faults: duration 61s in 'slow=0.1:61s' is not between 1ms and 60s");
    QTest::newRow("status with duration")
        << QStringLiteral("500=0.1:2s")
        << QStringLiteral("faults: '500=0.1:2s' takes no duration (only slow does)");
    QTest::newRow("drop with empty duration")
        << QStringLiteral("drop=0.1:")
        << QStringLiteral("faults: 'drop=0.1:' takes no duration (only slow does)");

    // Items.
    QTest::newRow("duplicate status")
        << QStringLiteral("500=0.1,500=0.2")
        << QStringLiteral("faults: duplicate fault '500' in '500=0.2'");
    QTest::newRow("duplicate kind, other case")
        << QStringLiteral("drop=0.1,DROP=0.2")
        << QStringLiteral("faults: duplicate fault 'DROP' in 'DROP=0.2'");
    QTest::newRow("duplicate slow")
        << QStringLiteral("slow=0.1:1s,slow=0.1:2s")
        << QStringLiteral("faults: duplicate fault 'slow' in 'slow=0.1:2s'");
    QTest::newRow("empty item") << QStringLiteral("500=0.1,,drop=0.1")
                                << QStringLiteral("faults: empty item in '500=0.1,,drop=0.1'");
    QTest::newRow("trailing comma")
        << QStringLiteral("500=0.1, ") << QStringLiteral("faults: empty item in '500=0.1,'");
    QTest::newRow("only a comma") << QStringLiteral(",")
                                  << QStringLiteral("faults: empty item in ','");
}

void TestFaultInjector::rejects()
{
    QFETCH(QString, spec);
    QFETCH(QString, message);

    QString error;
    const std::optional<FaultInjector> injector = FaultInjector::parse(spec, Seed, &error);
    QVERIFY(!injector.has_value());
    QCOMPARE(error, message);
}

void TestFaultInjector::errorIsOptional()
{
    QVERIFY(!FaultInjector::parse(u"boom=0.1", Seed, nullptr).has_value());
    QVERIFY(FaultInjector::parse(u"drop=0.1", Seed, nullptr).has_value());
    QVERIFY(FaultInjector::parse(u"", Seed, nullptr).has_value());
}

void TestFaultInjector::emptySpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("null") << QString();
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("blanks") << QStringLiteral("  \t ");
}

void TestFaultInjector::emptySpec()
{
    QFETCH(QString, spec);

    QString error = QStringLiteral("stale");
    std::optional<FaultInjector> injector = FaultInjector::parse(spec, Seed, &error);
    QVERIFY(injector.has_value());
    QVERIFY(error.isEmpty());
    QVERIFY(injector->isEmpty());
    QVERIFY(injector->spec().isEmpty());
    for (int i = 0; i < 10000; ++i)
        QVERIFY(injector->draw().kind == Kind::None);
}

void TestFaultInjector::defaultConstructedDrawsNothing()
{
    FaultInjector injector;
    QVERIFY(injector.isEmpty());
    for (int i = 0; i < 1000; ++i)
        QVERIFY(injector.draw().kind == Kind::None);
}

void TestFaultInjector::frequencies_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 42") << quint64(42);
    QTest::newRow("seed 20240601") << Seed;
    QTest::newRow("64-bit seed") << quint64(0xdeadbeefcafef00dULL);
}

// Over 20000 draws each fault shows up at its rate, within 1.5 percentage
// points (over five standard deviations for the largest rate).
void TestFaultInjector::frequencies()
{
    QFETCH(quint64, seed);

    constexpr int Draws = 20000;
    constexpr double Tolerance = 0.015;
    FaultInjector injector = parsed(QStringLiteral("429=0.1,drop=0.05,slow=0.2:250ms"), seed);

    // Indexed by Kind.
    std::array<int, 5> counts = {};
    for (int i = 0; i < Draws; ++i) {
        const Fault fault = injector.draw();
        ++counts.at(std::size_t(fault.kind));
        switch (fault.kind) {
        case Kind::Status:
            QCOMPARE(fault.status, 429);
            QCOMPARE(fault.delayMs, 0);
            break;
        case Kind::Slow:
            QCOMPARE(fault.delayMs, 250);
            QCOMPARE(fault.status, 0);
            break;
        case Kind::Drop:
        case Kind::None:
            QCOMPARE(fault.status, 0);
            QCOMPARE(fault.delayMs, 0);
            break;
        case Kind::Truncate:
            QFAIL("truncate is not in the spec");
        }
    }

    const auto frequency = [&counts](Kind kind) {
        return double(counts.at(std::size_t(kind))) / Draws;
    };
    const auto near = [](double actual, double expected) {
        return qAbs(actual - expected) <= Tolerance;
    };
    QVERIFY2(near(frequency(Kind::Status), 0.10),
             qPrintable(QString::number(frequency(Kind::Status))));
    QVERIFY2(near(frequency(Kind::Drop), 0.05), qPrintable(QString::number(frequency(Kind::Drop))));
    QVERIFY2(near(frequency(Kind::Slow), 0.20), qPrintable(QString::number(frequency(Kind::Slow))));
    QVERIFY2(near(frequency(Kind::None), 0.65), qPrintable(QString::number(frequency(Kind::None))));
    QCOMPARE(counts.at(std::size_t(Kind::Truncate)), 0);
}

void TestFaultInjector::sameSeedSameSequence_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("example, seed 0")
        << QStringLiteral("429=0.1,drop=0.05,slow=0.2:250ms") << quint64(0);
    QTest::newRow("example, seed 7")
        << QStringLiteral("429=0.1,drop=0.05,slow=0.2:250ms") << quint64(7);
    QTest::newRow("all kinds, 64-bit seed")
        << QStringLiteral("429=0.2,500=0.2,drop=0.2,slow=0.2:1s,truncate=0.2")
        << quint64(0x0123456789abcdefULL);
}

void TestFaultInjector::sameSeedSameSequence()
{
    QFETCH(QString, spec);
    QFETCH(quint64, seed);

    FaultInjector first = parsed(spec, seed);
    FaultInjector second = parsed(spec, seed);
    int faults = 0;
    for (int i = 0; i < 5000; ++i) {
        const Fault a = first.draw();
        QVERIFY2(sameFault(a, second.draw()), qPrintable(QString::number(i)));
        if (a.kind != Kind::None)
            ++faults;
    }
    QVERIFY(faults > 0);
}

void TestFaultInjector::seedChangesSequence_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<quint64>("otherSeed");
    QTest::newRow("adjacent seeds") << quint64(42) << quint64(43);
    // Only the high 32 bits differ: the whole seed counts.
    QTest::newRow("high bits") << quint64(1) << ((quint64(1) << 32) | 1);
}

void TestFaultInjector::seedChangesSequence()
{
    QFETCH(quint64, seed);
    QFETCH(quint64, otherSeed);

    FaultInjector first = parsed(QStringLiteral("500=0.5"), seed);
    FaultInjector second = parsed(QStringLiteral("500=0.5"), otherSeed);
    int differences = 0;
    for (int i = 0; i < 1000; ++i) {
        if (!sameFault(first.draw(), second.draw()))
            ++differences;
    }
    // Independent sequences differ in about half the draws.
    QVERIFY2(differences > 300, qPrintable(QString::number(differences)));
}

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
