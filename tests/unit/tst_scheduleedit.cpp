// What an edit of a schedule sends (contract 4.4 `update`): only the fields
// that differ from the schedule as listed, an emptied name as null, a start
// only when one is set; and the fire times it would have, as the service
// computes them (2.4): cron times in the zone from the start on, a
// one-shot's one time, none for an invalid cron or zone.

#include "core/domain/jsonfields.h"
#include "core/domain/schedule.h"
#include "core/schedules/scheduleedit.h"

#include <QJsonDocument>
#include <QTest>

namespace {

QDateTime utc(const char *text)
{
    return JsonFields::parseTimestamp(QString::fromLatin1(text));
}

Schedule recurring()
{
    Schedule schedule;
    schedule.uid = QStringLiteral("s1");
    schedule.name = QStringLiteral("morning");
    schedule.cron = QStringLiteral("0 9 * * *");
    schedule.timezone = QStringLiteral("Europe/Paris");
    schedule.nextExecutionAt = utc("2026-03-02T08:00:00Z");
    return schedule;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList times(const QList<FireTimeNotes::FireTime> &fires)
{
    QStringList result;
    for (const FireTimeNotes::FireTime &fire : fires)
        result.append(fire.at.toUTC().toString(Qt::ISODate));
    return result;
}

} // namespace

class TestScheduleEdit : public QObject
{
    Q_OBJECT

private slots:
    void fromSchedule();
    void body_data();
    void body();
    void fireTimes_data();
    void fireTimes();
};

void TestScheduleEdit::fromSchedule()
{
    const ScheduleEdit edit = ScheduleEdit::of(recurring());
    QCOMPARE(edit.name, QStringLiteral("morning"));
    QCOMPARE(edit.cron, QStringLiteral("0 9 * * *"));
    QCOMPARE(edit.timezone, QStringLiteral("Europe/Paris"));
    // A recurring schedule's start is not in the object.
    QVERIFY(!edit.scheduleAt.isValid());
    QVERIFY(!edit.isOneShot());

    Schedule once = recurring();
    once.cron.clear();
    const ScheduleEdit oneShot = ScheduleEdit::of(once);
    QVERIFY(oneShot.isOneShot());
    QCOMPARE(oneShot.scheduleAt, utc("2026-03-02T08:00:00Z"));
}

void TestScheduleEdit::body_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cron");
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<QDateTime>("scheduleAt");
    QTest::addColumn<int>("fields");
    QTest::addColumn<QString>("body");

    using F = ScheduleEdit::Field;
    const QString name = QStringLiteral("morning");
    const QString cron = QStringLiteral("0 9 * * *");
    const QString zone = QStringLiteral("Europe/Paris");
    QTest::newRow("nothing") << name << cron << zone << QDateTime() << 0 << QStringLiteral("{}");
    QTest::newRow("blanks only") << QStringLiteral(" morning ") << QStringLiteral("0 9 * * * ")
                                 << QStringLiteral(" Europe/Paris") << QDateTime() << 0
                                 << QStringLiteral("{}");
    QTest::newRow("cron") << name << QStringLiteral("30 8 * * 1-5") << zone << QDateTime()
                          << int(F::Cron) << QStringLiteral(R"({"cron":"30 8 * * 1-5"})");
    QTest::newRow("cron trimmed") << name << QStringLiteral(" 30 8 * * 1-5 ") << zone << QDateTime()
                                  << int(F::Cron) << QStringLiteral(R"({"cron":"30 8 * * 1-5"})");
    QTest::newRow("zone and name")
        << QStringLiteral("evening") << cron << QStringLiteral("UTC") << QDateTime()
        << int(F::Name | F::Timezone) << QStringLiteral(R"({"name":"evening","timezone":"UTC"})");
    QTest::newRow("name emptied") << QStringLiteral("  ") << cron << zone << QDateTime()
                                  << int(F::Name) << QStringLiteral(R"({"name":null})");
    QTest::newRow("start set") << name << cron << zone << utc("2026-04-01T07:30:00+02:00")
                               << int(F::ScheduleAt)
                               << QStringLiteral(R"({"schedule_at":"2026-04-01T05:30:00Z"})");
}

void TestScheduleEdit::body()
{
    QFETCH(QString, name);
    QFETCH(QString, cron);
    QFETCH(QString, timezone);
    QFETCH(QDateTime, scheduleAt);
    QFETCH(int, fields);
    QFETCH(QString, body);

    const ScheduleEdit before = ScheduleEdit::of(recurring());
    ScheduleEdit after = before;
    after.name = name;
    after.cron = cron;
    after.timezone = timezone;
    after.scheduleAt = scheduleAt;
    QCOMPARE(after.changesFrom(before).toInt(), fields);
    QCOMPARE(compact(after.updateBody(before)), body);
}

void TestScheduleEdit::fireTimes_data()
{
    QTest::addColumn<QString>("cron");
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<QDateTime>("scheduleAt");
    QTest::addColumn<QStringList>("expected");

    // Monday 2 March 2026, 10:00 UTC: 11:00 in Paris.
    QTest::newRow("daily in Paris")
        << QStringLiteral("0 9 * * *") << QStringLiteral("Europe/Paris") << QDateTime()
        << QStringList{QStringLiteral("2026-03-03T08:00:00Z"),
                       QStringLiteral("2026-03-04T08:00:00Z"),
                       QStringLiteral("2026-03-05T08:00:00Z")};
    QTest::newRow("weekdays in UTC")
        << QStringLiteral("30 8 * * 1-5") << QStringLiteral("UTC") << QDateTime()
        << QStringList{QStringLiteral("2026-03-03T08:30:00Z"),
                       QStringLiteral("2026-03-04T08:30:00Z"),
                       QStringLiteral("2026-03-05T08:30:00Z")};
    // The start is a fire time itself: it is the first.
    QTest::newRow("from the start")
        << QStringLiteral("0 9 * * *") << QStringLiteral("UTC") << utc("2026-03-10T09:00:00Z")
        << QStringList{QStringLiteral("2026-03-10T09:00:00Z"),
                       QStringLiteral("2026-03-11T09:00:00Z"),
                       QStringLiteral("2026-03-12T09:00:00Z")};
    QTest::newRow("start already past")
        << QStringLiteral("0 9 * * *") << QStringLiteral("UTC") << utc("2026-02-01T00:00:00Z")
        << QStringList{QStringLiteral("2026-03-03T09:00:00Z"),
                       QStringLiteral("2026-03-04T09:00:00Z"),
                       QStringLiteral("2026-03-05T09:00:00Z")};
    QTest::newRow("one-shot") << QString() << QStringLiteral("UTC") << utc("2026-03-05T12:00:00Z")
                              << QStringList{QStringLiteral("2026-03-05T12:00:00Z")};
    QTest::newRow("one-shot past fires now")
        << QString() << QStringLiteral("UTC") << utc("2026-03-01T12:00:00Z")
        << QStringList{QStringLiteral("2026-03-02T10:00:00Z")};
    QTest::newRow("one-shot unknown time")
        << QString() << QStringLiteral("UTC") << QDateTime() << QStringList();
    QTest::newRow("invalid cron") << QStringLiteral("0 0 32 * *") << QStringLiteral("UTC")
                                  << QDateTime() << QStringList();
    QTest::newRow("not a zone") << QStringLiteral("0 9 * * *") << QStringLiteral("Paris")
                                << QDateTime() << QStringList();
}

void TestScheduleEdit::fireTimes()
{
    QFETCH(QString, cron);
    QFETCH(QString, timezone);
    QFETCH(QDateTime, scheduleAt);
    QFETCH(QStringList, expected);

    ScheduleEdit edit;
    edit.cron = cron;
    edit.timezone = timezone;
    edit.scheduleAt = scheduleAt;
    QCOMPARE(times(edit.nextFireTimes(utc("2026-03-02T10:00:00Z"), 3)), expected);
}

QTEST_GUILESS_MAIN(TestScheduleEdit)
#include "tst_scheduleedit.moc"
