#include "core/cron/crondescription.h"
#include "core/cron/cronexpression.h"

#include <QTest>

class TestCronDescription : public QObject
{
    Q_OBJECT

private slots:
    void describe_data();
    void describe();
};

void TestCronDescription::describe_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *expression, const char *expected) {
        QTest::newRow(expression) << QString::fromLatin1(expression)
                                  << QString::fromLatin1(expected);
    };
    row("0 9 * * 1-5", "At 09:00, Monday through Friday");
    row("0 9 * * mon-fri", "At 09:00, Monday through Friday");
    row("* * * * *", "Every minute");
    row("*/5 * * * *", "Every 5 minutes");
    row("0 0 * * *", "At 00:00");
    row("30 8,17 * * *", "At 08:30 and 17:30");
    row("0 6,12,18 * * *", "At 06:00, 12:00 and 18:00");
    row("5,35 * * * *", "At minutes 5 and 35 past every hour");
    row("0 * * * *", "At minute 0 past every hour");
    row("0 */2 * * *", "At minute 0 past every 2nd hour");
    row("*/15 9-17 * * 1-5", "Every 15 minutes, during hours 9 through 17, Monday through Friday");
    row("* 9 * * *", "Every minute, during hour 9");
    row("10-20 * * * *", "At minutes 10 through 20");
    row("0-30/10 3 * * *", "Every 10 minutes from minute 0 through 30, during hour 3");
    row("0 0 1 * *", "At 00:00, on day 1 of the month");
    row("0 0 1,15 * *", "At 00:00, on days 1 and 15 of the month");
    row("0 0 */2 * *", "At 00:00, on every 2nd day of the month");
    row("0 0 1 1 *", "At 00:00, on day 1 of the month, only in January");
    row("0 0 * jan-mar sun", "At 00:00, only on Sunday, January through March");
    row("30 4 1 */3 *", "At 04:30, on day 1 of the month, in January, April, July and October");
    row("15 10 * * 0,6", "At 10:15, on Sunday and Saturday");
    row("15 10 * * 7", "At 10:15, only on Sunday");
    row("0 12 1,15 * mon", "At 12:00, on days 1 and 15 of the month or on Monday");
    row("0 0 */2 * 1", "At 00:00, on every 2nd day of the month, if it is a Monday");
    row("0 0 */2 * 1,3", "At 00:00, on every 2nd day of the month, if it is a Monday or Wednesday");
    row("0 0 1 * 1-5", "At 00:00, on day 1 of the month or Monday through Friday");
    row("0 0 30 2 *", "At 00:00, on day 30 of the month, only in February");
}

void TestCronDescription::describe()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    auto parsed = CronExpression::parse(expression);
    QVERIFY(std::holds_alternative<CronExpression>(parsed));
    QCOMPARE(describeCron(std::get<CronExpression>(parsed)), expected);
}

QTEST_APPLESS_MAIN(TestCronDescription)
#include "tst_crondescription.moc"
