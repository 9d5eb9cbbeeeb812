// The hand-written ISO-8601 writer agrees with QDateTime's own formatting
// on every kind of date it can meet (leap days, century years, the ends of
// its range) and refuses what four year digits cannot hold.

#include "core/time/utctimestamp.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <limits>

namespace {

QString written(qint64 secs)
{
    char text[UtcTimestamp::kLength];
    if (!UtcTimestamp::write(secs, text))
        return QStringLiteral("(refused)");
    return QString::fromLatin1(text, UtcTimestamp::kLength);
}

QString byQt(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

qint64 secsOf(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc())
        .toSecsSinceEpoch();
}

} // namespace

class TestUtcTimestamp : public QObject
{
    Q_OBJECT

private slots:
    void knownInstants_data();
    void knownInstants();
    void agreesWithQDateTime();
    void refusesWhatHasNoFourDigitYear();
};

void TestUtcTimestamp::knownInstants_data()
{
    QTest::addColumn<qint64>("secs");
    QTest::addColumn<QString>("text");

    QTest::newRow("epoch") << qint64(0) << QStringLiteral("1970-01-01T00:00:00Z");
    QTest::newRow("before the epoch") << qint64(-1) << QStringLiteral("1969-12-31T23:59:59Z");
    QTest::newRow("first instant")
        << UtcTimestamp::kFirstSecs << QStringLiteral("0001-01-01T00:00:00Z");
    QTest::newRow("last instant") << UtcTimestamp::kEndSecs - 1
                                  << QStringLiteral("9999-12-31T23:59:59Z");
    QTest::newRow("leap day 2000")
        << secsOf(2000, 2, 29, 12, 34, 56) << QStringLiteral("2000-02-29T12:34:56Z");
    QTest::newRow("no leap day 1900")
        << secsOf(1900, 3, 1) << QStringLiteral("1900-03-01T00:00:00Z");
    QTest::newRow("no leap day 2100")
        << secsOf(2100, 2, 28, 23, 59, 59) << QStringLiteral("2100-02-28T23:59:59Z");
    QTest::newRow("leap day 2400") << secsOf(2400, 2, 29) << QStringLiteral("2400-02-29T00:00:00Z");
    QTest::newRow("year 4 leap day") << secsOf(4, 2, 29) << QStringLiteral("0004-02-29T00:00:00Z");
    QTest::newRow("spring forward in Paris, in UTC")
        << secsOf(2026, 3, 29, 1) << QStringLiteral("2026-03-29T01:00:00Z");
}

void TestUtcTimestamp::knownInstants()
{
    QFETCH(qint64, secs);
    QFETCH(QString, text);
    QCOMPARE(written(secs), text);
    QCOMPARE(byQt(secs), text);
}

void TestUtcTimestamp::agreesWithQDateTime()
{
    // Every day of two 400-year cycles at a varying time of day, and a
    // fixed-seed sample over the whole range.
    for (qint64 day = 0; day < 2 * 146097; ++day) {
        const qint64 secs = secsOf(1601, 1, 1) + day * 86400 + (day * 7919) % 86400;
        QCOMPARE(written(secs), byQt(secs));
    }
    QRandomGenerator random(12);
    for (int i = 0; i < 100000; ++i) {
        const auto span = static_cast<quint64>(UtcTimestamp::kEndSecs - UtcTimestamp::kFirstSecs);
        const qint64 secs =
            UtcTimestamp::kFirstSecs + static_cast<qint64>(random.generate64() % span);
        QCOMPARE(written(secs), byQt(secs));
    }
}

void TestUtcTimestamp::refusesWhatHasNoFourDigitYear()
{
    char text[UtcTimestamp::kLength] = {'x'};
    QVERIFY(!UtcTimestamp::write(UtcTimestamp::kEndSecs, text));
    QVERIFY(!UtcTimestamp::write(UtcTimestamp::kFirstSecs - 1, text));
    QVERIFY(!UtcTimestamp::write(std::numeric_limits<qint64>::max(), text));
    QVERIFY(!UtcTimestamp::write(std::numeric_limits<qint64>::min(), text));
    QCOMPARE(text[0], 'x');
}

QTEST_APPLESS_MAIN(TestUtcTimestamp)
#include "tst_utctimestamp.moc"
