// An expression that parses but can never fire is refused with a reason
// for its day-of-month field; one that fires, however rarely, is not.

#include "core/cron/cronexpression.h"
#include "core/cron/cronneverfires.h"

#include <QTest>

class TestCronNeverFires : public QObject
{
    Q_OBJECT

private slots:
    void neverFires_data();
    void neverFires();
};

void TestCronNeverFires::neverFires_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *expression, const char *message) {
        QTest::newRow(expression) << QString::fromLatin1(expression) << QString::fromUtf8(message);
    };
    row("0 0 30 2 *", "day-of-month: day 30 never occurs in February, so this expression never "
                      "fires");
    row("0 0 31 4,6,9,11 *", "day-of-month: day 31 never occurs in April, June, September or "
                             "November, so this expression never fires");
    row("* * 30-31 feb *", "day-of-month: days 30 and 31 never occur in February, so this "
                           "expression never fires");
    row("0 0 30 2 */2", "day-of-month: day 30 never occurs in February, so this expression never "
                        "fires");
    // The leap day, the 31st somewhere, and a weekday as an alternative all
    // fire.
    row("0 0 29 2 *", "");
    row("0 0 31 * *", "");
    row("0 0 30 2 1", "");
}

void TestCronNeverFires::neverFires()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    auto parsed = CronExpression::parse(expression);
    QVERIFY(std::holds_alternative<CronExpression>(parsed));
    const auto error = cronNeverFiresError(std::get<CronExpression>(parsed));
    QCOMPARE(error ? error->message() : QString(), message);
    if (error)
        QCOMPARE(error->field, QStringLiteral("day-of-month"));
}

QTEST_APPLESS_MAIN(TestCronNeverFires)
#include "tst_cronneverfires.moc"
