// Parsing of standard five-field cron expressions (Vixie cron / cronie
// semantics): every accepted syntax form and the value set it yields, and
// the field, token and message of every kind of rejected expression.

#include "core/cron/cronexpression.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

#include <variant>

namespace {

QList<int> range(int first, int last, int step = 1)
{
    QList<int> values;
    for (int value = first; value <= last; value += step)
        values.append(value);
    return values;
}

const QStringList &fieldNames()
{
    static const QStringList names = {
        QStringLiteral("minute"), QStringLiteral("hour"),        QStringLiteral("day-of-month"),
        QStringLiteral("month"),  QStringLiteral("day-of-week"), QStringLiteral("expression"),
    };
    return names;
}

} // namespace

class TestCronParse : public QObject
{
    Q_OBJECT

private slots:
    void validForms_data();
    void validForms();
    void starFlags_data();
    void starFlags();
    void normalisedText_data();
    void normalisedText();
    void invalidExpressions_data();
    void invalidExpressions();
    void messagesStartWithFieldName_data();
    void messagesStartWithFieldName();
};

void TestCronParse::validForms_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("field");
    QTest::addColumn<QList<int>>("values");

    // `*` covers each field's whole range.
    QTest::newRow("* minute") << QStringLiteral("* * * * *") << 0 << range(0, 59);
    QTest::newRow("* hour") << QStringLiteral("* * * * *") << 1 << range(0, 23);
    QTest::newRow("* day-of-month") << QStringLiteral("* * * * *") << 2 << range(1, 31);
    QTest::newRow("* month") << QStringLiteral("* * * * *") << 3 << range(1, 12);
    QTest::newRow("* day-of-week") << QStringLiteral("* * * * *") << 4 << range(0, 6);

    // `*/step` counts from the field's lowest value.
    QTest::newRow("*/15 minute") << QStringLiteral("*/15 * * * *") << 0
                                 << QList<int>{0, 15, 30, 45};
    QTest::newRow("*/7 minute") << QStringLiteral("*/7 * * * *") << 0 << range(0, 59, 7);
    QTest::newRow("*/5 hour") << QStringLiteral("0 */5 * * *") << 1 << QList<int>{0, 5, 10, 15, 20};
    QTest::newRow("*/10 day-of-month")
        << QStringLiteral("0 0 */10 * *") << 2 << QList<int>{1, 11, 21, 31};
    QTest::newRow("*/3 month") << QStringLiteral("0 0 1 */3 *") << 3 << QList<int>{1, 4, 7, 10};
    QTest::newRow("*/1 minute") << QStringLiteral("*/1 * * * *") << 0 << range(0, 59);
    QTest::newRow("*/59 minute") << QStringLiteral("*/59 * * * *") << 0 << QList<int>{0, 59};

    // Leading zeros carry no value, however many there are.
    QTest::newRow("leading zeros") << QStringLiteral("0000000005 * * * *") << 0 << QList<int>{5};
    QTest::newRow("step with leading zeros")
        << QStringLiteral("*/0000000030 * * * *") << 0 << QList<int>{0, 30};
    // The largest step each field takes is the number of values it has;
    // it selects only the first value (larger ones are refused).
    QTest::newRow("*/60 minute") << QStringLiteral("*/60 * * * *") << 0 << QList<int>{0};
    QTest::newRow("*/24 hour") << QStringLiteral("0 */24 * * *") << 1 << QList<int>{0};
    QTest::newRow("*/31 day-of-month") << QStringLiteral("0 0 */31 * *") << 2 << QList<int>{1};
    QTest::newRow("*/12 month") << QStringLiteral("0 0 1 */12 *") << 3 << QList<int>{1};
    QTest::newRow("*/8 day-of-week") << QStringLiteral("0 0 * * */8") << 4 << QList<int>{0};
    QTest::newRow("10-20/50 minute") << QStringLiteral("10-20/50 * * * *") << 0 << QList<int>{10};
    QTest::newRow("10-20/11 minute") << QStringLiteral("10-20/11 * * * *") << 0 << QList<int>{10};
    QTest::newRow("10-20/10 minute")
        << QStringLiteral("10-20/10 * * * *") << 0 << QList<int>{10, 20};

    // A single value, including both ends of each range.
    QTest::newRow("n minute 0") << QStringLiteral("0 * * * *") << 0 << QList<int>{0};
    QTest::newRow("n minute 59") << QStringLiteral("59 * * * *") << 0 << QList<int>{59};
    QTest::newRow("n minute leading zero") << QStringLiteral("05 * * * *") << 0 << QList<int>{5};
    QTest::newRow("n hour 0") << QStringLiteral("0 0 * * *") << 1 << QList<int>{0};
    QTest::newRow("n hour 23") << QStringLiteral("0 23 * * *") << 1 << QList<int>{23};
    QTest::newRow("n day-of-month 1") << QStringLiteral("0 0 1 * *") << 2 << QList<int>{1};
    QTest::newRow("n day-of-month 31") << QStringLiteral("0 0 31 * *") << 2 << QList<int>{31};
    QTest::newRow("n month 1") << QStringLiteral("0 0 1 1 *") << 3 << QList<int>{1};
    QTest::newRow("n month 12") << QStringLiteral("0 0 1 12 *") << 3 << QList<int>{12};
    QTest::newRow("n day-of-week 0") << QStringLiteral("0 0 * * 0") << 4 << QList<int>{0};
    QTest::newRow("n day-of-week 6") << QStringLiteral("0 0 * * 6") << 4 << QList<int>{6};
    QTest::newRow("n day-of-week 7 is Sunday") << QStringLiteral("0 0 * * 7") << 4 << QList<int>{0};

    // `a-b` and `a-b/step`.
    QTest::newRow("a-b minute") << QStringLiteral("10-15 * * * *") << 0 << range(10, 15);
    QTest::newRow("a-a minute") << QStringLiteral("7-7 * * * *") << 0 << QList<int>{7};
    QTest::newRow("0-59 minute") << QStringLiteral("0-59 * * * *") << 0 << range(0, 59);
    QTest::newRow("a-b hour") << QStringLiteral("0 9-17 * * *") << 1 << range(9, 17);
    QTest::newRow("a-b day-of-month") << QStringLiteral("0 0 1-7 * *") << 2 << range(1, 7);
    QTest::newRow("a-b month") << QStringLiteral("0 0 1 6-8 *") << 3 << QList<int>{6, 7, 8};
    QTest::newRow("a-b day-of-week") << QStringLiteral("0 0 * * 1-5") << 4 << range(1, 5);
    QTest::newRow("a-b/step minute")
        << QStringLiteral("5-59/15 * * * *") << 0 << QList<int>{5, 20, 35, 50};
    QTest::newRow("a-b/step hour")
        << QStringLiteral("0 8-18/2 * * *") << 1 << QList<int>{8, 10, 12, 14, 16, 18};
    QTest::newRow("a-b/step day-of-month")
        << QStringLiteral("0 0 2-31/2 * *") << 2 << range(2, 30, 2);
    QTest::newRow("a-b/step day-of-week 1-7/2")
        << QStringLiteral("0 0 * * 1-7/2") << 4 << QList<int>{0, 1, 3, 5};

    // Lists, including overlapping items.
    QTest::newRow("list minute") << QStringLiteral("0,15,30,45 * * * *") << 0
                                 << QList<int>{0, 15, 30, 45};
    QTest::newRow("list unsorted")
        << QStringLiteral("45,0,30 * * * *") << 0 << QList<int>{0, 30, 45};
    QTest::newRow("list of mixed forms") << QStringLiteral("1,10-12,*/20,50-59/5 * * * *") << 0
                                         << QList<int>{0, 1, 10, 11, 12, 20, 40, 50, 55};
    QTest::newRow("list overlapping ranges")
        << QStringLiteral("0 1-5,3-8 * * *") << 1 << range(1, 8);
    QTest::newRow("list overlapping value and range")
        << QStringLiteral("1,1-3,2 * * * *") << 0 << QList<int>{1, 2, 3};
    QTest::newRow("list repeated value") << QStringLiteral("0 0 5,5,5 * *") << 2 << QList<int>{5};
    QTest::newRow("list with *") << QStringLiteral("*,5 * * * *") << 0 << range(0, 59);
    QTest::newRow("list day-of-week 0 and 7")
        << QStringLiteral("0 0 * * 0,7") << 4 << QList<int>{0};

    // Month names, any case, as values, range ends and list items.
    QTest::newRow("month JAN") << QStringLiteral("0 0 1 JAN *") << 3 << QList<int>{1};
    QTest::newRow("month jan") << QStringLiteral("0 0 1 jan *") << 3 << QList<int>{1};
    QTest::newRow("month Dec") << QStringLiteral("0 0 1 Dec *") << 3 << QList<int>{12};
    QTest::newRow("month jan-Mar") << QStringLiteral("0 0 1 jan-Mar *") << 3 << QList<int>{1, 2, 3};
    QTest::newRow("month name-number range")
        << QStringLiteral("0 0 1 oct-12 *") << 3 << QList<int>{10, 11, 12};
    QTest::newRow("month jan-dec/3")
        << QStringLiteral("0 0 1 jan-dec/3 *") << 3 << QList<int>{1, 4, 7, 10};
    QTest::newRow("month names in list")
        << QStringLiteral("0 0 1 jan,JUN,dec *") << 3 << QList<int>{1, 6, 12};
    QTest::newRow("month all names")
        << QStringLiteral("0 0 1 jan,feb,mar,apr,may,jun,jul,aug,sep,oct,nov,dec *") << 3
        << range(1, 12);

    // Day names and ranges; 0 and 7 are both Sunday.
    QTest::newRow("dow mon") << QStringLiteral("0 0 * * mon") << 4 << QList<int>{1};
    QTest::newRow("dow SUN") << QStringLiteral("0 0 * * SUN") << 4 << QList<int>{0};
    QTest::newRow("dow Sat") << QStringLiteral("0 0 * * Sat") << 4 << QList<int>{6};
    QTest::newRow("dow mon-fri") << QStringLiteral("0 0 * * mon-fri") << 4 << range(1, 5);
    QTest::newRow("dow MON-Fri") << QStringLiteral("0 0 * * MON-Fri") << 4 << range(1, 5);
    QTest::newRow("dow fri-sun") << QStringLiteral("0 0 * * fri-sun") << 4 << QList<int>{0, 5, 6};
    QTest::newRow("dow sat-sun") << QStringLiteral("0 0 * * sat-sun") << 4 << QList<int>{0, 6};
    QTest::newRow("dow sun-sat") << QStringLiteral("0 0 * * sun-sat") << 4 << range(0, 6);
    QTest::newRow("dow mon-sun") << QStringLiteral("0 0 * * mon-sun") << 4 << range(0, 6);
    QTest::newRow("dow sun-sun") << QStringLiteral("0 0 * * sun-sun") << 4 << QList<int>{0};
    QTest::newRow("dow 5-0") << QStringLiteral("0 0 * * 5-0") << 4 << QList<int>{0, 5, 6};
    QTest::newRow("dow 5-7") << QStringLiteral("0 0 * * 5-7") << 4 << QList<int>{0, 5, 6};
    QTest::newRow("dow 7-0") << QStringLiteral("0 0 * * 7-0") << 4 << QList<int>{0};
    QTest::newRow("dow 0-7") << QStringLiteral("0 0 * * 0-7") << 4 << range(0, 6);
    QTest::newRow("dow 0-6") << QStringLiteral("0 0 * * 0-6") << 4 << range(0, 6);
    QTest::newRow("dow 5-0/2") << QStringLiteral("0 0 * * 5-0/2") << 4 << QList<int>{0, 5};
    QTest::newRow("dow */2") << QStringLiteral("0 0 * * */2") << 4 << QList<int>{0, 2, 4, 6};
    QTest::newRow("dow */7") << QStringLiteral("0 0 * * */7") << 4 << QList<int>{0};
    QTest::newRow("dow mon-fri/2")
        << QStringLiteral("0 0 * * mon-fri/2") << 4 << QList<int>{1, 3, 5};
    QTest::newRow("dow names in list")
        << QStringLiteral("0 0 * * MON,wed,Fri") << 4 << QList<int>{1, 3, 5};
    QTest::newRow("dow names and numbers in list")
        << QStringLiteral("0 0 * * sun,3,sat-sun") << 4 << QList<int>{0, 3, 6};

    // Blanks: tabs, runs of blanks, leading and trailing blanks.
    QTest::newRow("tab separated minute") << QStringLiteral("5\t6\t7\t8\t2") << 0 << QList<int>{5};
    QTest::newRow("tab separated day-of-week")
        << QStringLiteral("5\t6\t7\t8\t2") << 4 << QList<int>{2};
    QTest::newRow("multiple spaces hour")
        << QStringLiteral("5   6  7    8 2") << 1 << QList<int>{6};
    QTest::newRow("mixed tabs and spaces month")
        << QStringLiteral("5 \t 6\t \t7  \t8 2") << 3 << QList<int>{8};
    QTest::newRow("leading and trailing blanks minute")
        << QStringLiteral(" \t 5 6 7 8 2 \t ") << 0 << QList<int>{5};
    QTest::newRow("leading and trailing blanks day-of-week")
        << QStringLiteral(" \t 5 6 7 8 2 \t ") << 4 << QList<int>{2};
}

void TestCronParse::validForms()
{
    QFETCH(QString, expression);
    QFETCH(int, field);
    QFETCH(QList<int>, values);

    const auto result = CronExpression::parse(expression);
    if (const auto *error = std::get_if<CronError>(&result))
        QFAIL(qPrintable(QStringLiteral("unexpected error: ") + error->message()));
    const auto &parsed = std::get<CronExpression>(result);
    QCOMPARE(parsed.field(static_cast<CronFieldKind>(field)).values(), values);
}

void TestCronParse::starFlags_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("field");
    QTest::addColumn<bool>("startsWithStar");
    QTest::addColumn<bool>("unrestricted");

    QTest::newRow("* minute") << QStringLiteral("* 0 1 1 1") << 0 << true << true;
    QTest::newRow("* day-of-month") << QStringLiteral("0 0 * 1 1") << 2 << true << true;
    QTest::newRow("* day-of-week") << QStringLiteral("0 0 1 1 *") << 4 << true << true;
    QTest::newRow("*/2 day-of-week") << QStringLiteral("0 0 1 1 */2") << 4 << true << false;
    QTest::newRow("*/15 minute") << QStringLiteral("*/15 0 1 1 1") << 0 << true << false;
    QTest::newRow("*/60 minute") << QStringLiteral("*/60 0 1 1 1") << 0 << true << false;
    QTest::newRow("*,5 minute") << QStringLiteral("*,5 0 1 1 1") << 0 << true << false;
    QTest::newRow("5,* minute") << QStringLiteral("5,* 0 1 1 1") << 0 << false << false;
    QTest::newRow("0-59 minute") << QStringLiteral("0-59 0 1 1 1") << 0 << false << false;
    QTest::newRow("1-31 day-of-month") << QStringLiteral("0 0 1-31 1 1") << 2 << false << false;
    QTest::newRow("0-7 day-of-week") << QStringLiteral("0 0 1 1 0-7") << 4 << false << false;
    QTest::newRow("value hour") << QStringLiteral("0 5 1 1 1") << 1 << false << false;
    QTest::newRow("name month") << QStringLiteral("0 0 1 jan 1") << 3 << false << false;
}

void TestCronParse::starFlags()
{
    QFETCH(QString, expression);
    QFETCH(int, field);
    QFETCH(bool, startsWithStar);
    QFETCH(bool, unrestricted);

    const auto result = CronExpression::parse(expression);
    if (const auto *error = std::get_if<CronError>(&result))
        QFAIL(qPrintable(QStringLiteral("unexpected error: ") + error->message()));
    const CronField &parsed =
        std::get<CronExpression>(result).field(static_cast<CronFieldKind>(field));
    QCOMPARE(parsed.startsWithStar(), startsWithStar);
    QCOMPARE(parsed.isUnrestricted(), unrestricted);
}

void TestCronParse::normalisedText_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("text");

    QTest::newRow("single spaces") << QStringLiteral("0 0 * * *") << QStringLiteral("0 0 * * *");
    QTest::newRow("tabs") << QStringLiteral("0\t0\t*\t*\t*") << QStringLiteral("0 0 * * *");
    QTest::newRow("runs of blanks")
        << QStringLiteral("0  \t 0 *\t\t* \t*") << QStringLiteral("0 0 * * *");
    QTest::newRow("leading and trailing blanks")
        << QStringLiteral("\t  */5 9-17 * jan-Mar mon-fri  \t")
        << QStringLiteral("*/5 9-17 * jan-Mar mon-fri");
    QTest::newRow("field text kept as written") << QStringLiteral("05 1,1-3 */10 JAN fri-sun")
                                                << QStringLiteral("05 1,1-3 */10 JAN fri-sun");
}

void TestCronParse::normalisedText()
{
    QFETCH(QString, expression);
    QFETCH(QString, text);

    const auto result = CronExpression::parse(expression);
    if (const auto *error = std::get_if<CronError>(&result))
        QFAIL(qPrintable(QStringLiteral("unexpected error: ") + error->message()));
    QCOMPARE(std::get<CronExpression>(result).text(), text);
}

void TestCronParse::invalidExpressions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("message");

    // Out of range, low and high, in each field.
    QTest::newRow("minute 60") << QStringLiteral("60 * * * *") << QStringLiteral("minute")
                               << QStringLiteral("60")
                               << QStringLiteral("minute: 60 is out of range 0-59");
    QTest::newRow("minute range end 60")
        << QStringLiteral("1-60 * * * *") << QStringLiteral("minute") << QStringLiteral("60")
        << QStringLiteral("minute: 60 is out of range 0-59");
    QTest::newRow("minute 60 in list")
        << QStringLiteral("0,30,60 * * * *") << QStringLiteral("minute") << QStringLiteral("60")
        << QStringLiteral("minute: 60 is out of range 0-59");
    QTest::newRow("hour 24") << QStringLiteral("0 24 * * *") << QStringLiteral("hour")
                             << QStringLiteral("24")
                             << QStringLiteral("hour: 24 is out of range 0-23");
    QTest::newRow("day-of-month 0")
        << QStringLiteral("0 0 0 * *") << QStringLiteral("day-of-month") << QStringLiteral("0")
        << QStringLiteral("day-of-month: 0 is out of range 1-31");
    QTest::newRow("day-of-month 32")
        << QStringLiteral("0 0 32 * *") << QStringLiteral("day-of-month") << QStringLiteral("32")
        << QStringLiteral("day-of-month: 32 is out of range 1-31");
    QTest::newRow("day-of-month range start 0")
        << QStringLiteral("0 0 0-5 * *") << QStringLiteral("day-of-month") << QStringLiteral("0")
        << QStringLiteral("day-of-month: 0 is out of range 1-31");
    QTest::newRow("month 0") << QStringLiteral("0 0 1 0 *") << QStringLiteral("month")
                             << QStringLiteral("0")
                             << QStringLiteral("month: 0 is out of range 1-12");
    QTest::newRow("month 13") << QStringLiteral("0 0 1 13 *") << QStringLiteral("month")
                              << QStringLiteral("13")
                              << QStringLiteral("month: 13 is out of range 1-12");
    QTest::newRow("day-of-week 8")
        << QStringLiteral("0 0 * * 8") << QStringLiteral("day-of-week") << QStringLiteral("8")
        << QStringLiteral("day-of-week: 8 is out of range 0-7");
    QTest::newRow("huge number") << QStringLiteral("99999999999 * * * *")
                                 << QStringLiteral("minute") << QStringLiteral("99999999999")
                                 << QStringLiteral("minute: 99999999999 is out of range 0-59");
    QTest::newRow("huge range end") << QStringLiteral("0 1-99999999999 * * *")
                                    << QStringLiteral("hour") << QStringLiteral("99999999999")
                                    << QStringLiteral("hour: 99999999999 is out of range 0-23");
    QTest::newRow("first bad field wins")
        << QStringLiteral("60 24 32 13 8") << QStringLiteral("minute") << QStringLiteral("60")
        << QStringLiteral("minute: 60 is out of range 0-59");

    // Reversed ranges.
    QTest::newRow("reversed minute")
        << QStringLiteral("30-10 * * * *") << QStringLiteral("minute") << QStringLiteral("30-10")
        << QStringLiteral("minute: range 30-10 is reversed; write the smaller value first");
    QTest::newRow("reversed hour with step")
        << QStringLiteral("0 20-8/2 * * *") << QStringLiteral("hour") << QStringLiteral("20-8/2")
        << QStringLiteral("hour: range 20-8 is reversed; write the smaller value first");
    QTest::newRow("reversed month names")
        << QStringLiteral("0 0 1 mar-jan *") << QStringLiteral("month") << QStringLiteral("mar-jan")
        << QStringLiteral("month: range mar-jan is reversed; write the smaller value first");
    QTest::newRow("reversed day names")
        << QStringLiteral("0 0 * * sat-mon") << QStringLiteral("day-of-week")
        << QStringLiteral("sat-mon")
        << QStringLiteral("day-of-week: range sat-mon is reversed; write the smaller value first");
    QTest::newRow("reversed day numbers")
        << QStringLiteral("0 0 * * 6-1") << QStringLiteral("day-of-week") << QStringLiteral("6-1")
        << QStringLiteral("day-of-week: range 6-1 is reversed; write the smaller value first");

    // Steps.
    QTest::newRow("n/step") << QStringLiteral("5/15 * * * *") << QStringLiteral("minute")
                            << QStringLiteral("5/15")
                            << QStringLiteral(
                                   "minute: '5/15' has a step but no range; write 5-59/15 or */15");
    QTest::newRow("n/step day-of-week")
        << QStringLiteral("0 0 * * 1/2") << QStringLiteral("day-of-week") << QStringLiteral("1/2")
        << QStringLiteral("day-of-week: '1/2' has a step but no range; write 1-7/2 or */2");
    QTest::newRow("*/0") << QStringLiteral("*/0 * * * *") << QStringLiteral("minute")
                         << QStringLiteral("*/0")
                         << QStringLiteral("minute: step 0 in '*/0' must be above 0");
    QTest::newRow("a-b/0") << QStringLiteral("0 1-5/0 * * *") << QStringLiteral("hour")
                           << QStringLiteral("1-5/0")
                           << QStringLiteral("hour: step 0 in '1-5/0' must be above 0");
    QTest::newRow("*/x") << QStringLiteral("*/x * * * *") << QStringLiteral("minute")
                         << QStringLiteral("*/x")
                         << QStringLiteral("minute: step 'x' in '*/x' is not a decimal number");
    QTest::newRow("*/-5") << QStringLiteral("*/-5 * * * *") << QStringLiteral("minute")
                          << QStringLiteral("*/-5")
                          << QStringLiteral("minute: step '-5' in '*/-5' is not a decimal number");
    QTest::newRow("*/") << QStringLiteral("*/ * * * *") << QStringLiteral("minute")
                        << QStringLiteral("*/")
                        << QStringLiteral("minute: '*/' is missing a step after '/'");
    QTest::newRow("*/2/3") << QStringLiteral("*/2/3 * * * *") << QStringLiteral("minute")
                           << QStringLiteral("*/2/3")
                           << QStringLiteral("minute: '*/2/3' has more than one step");
    QTest::newRow("/5") << QStringLiteral("/5 * * * *") << QStringLiteral("minute")
                        << QStringLiteral("/5")
                        << QStringLiteral("minute: '/5' has no value before '/'");

    // A step beyond the field's number of values, in each field and with
    // numbers no int holds: refused, never wrapped or capped.
    struct WideStep
    {
        const char *expression;
        const char *field;
        const char *token;
        const char *reason;
    };
    const WideStep wideSteps[] = {
        {"*/100 * * * *", "minute", "*/100", "step 100 is larger than the range 0-59 (60 values)"},
        {"*/61 * * * *", "minute", "*/61", "step 61 is larger than the range 0-59 (60 values)"},
        {"0 */25 * * *", "hour", "*/25", "step 25 is larger than the range 0-23 (24 values)"},
        {"0 0 */32 * *", "day-of-month", "*/32",
         "step 32 is larger than the range 1-31 (31 values)"},
        {"0 0 1 */13 *", "month", "*/13", "step 13 is larger than the range 1-12 (12 values)"},
        {"0 0 * * */9", "day-of-week", "*/9", "step 9 is larger than the range 0-7 (8 values)"},
        {"10-20/61 * * * *", "minute", "10-20/61",
         "step 61 is larger than the range 0-59 (60 values)"},
        {"*/4294967296 * * * *", "minute", "*/4294967296",
         "step 4294967296 is larger than the range 0-59 (60 values)"},
        {"0 */2147483648 * * *", "hour", "*/2147483648",
         "step 2147483648 is larger than the range 0-23 (24 values)"},
        {"*/999999999999999999999999999999 * * * *", "minute", "*/999999999999999999999999999999",
         "step 999999999999999999999999999999 is larger than the range 0-59 (60 values)"},
        {"*/000100 * * * *", "minute", "*/000100",
         "step 100 is larger than the range 0-59 (60 values)"},
    };
    for (const WideStep &row : wideSteps) {
        QTest::newRow(row.expression)
            << QString::fromLatin1(row.expression) << QString::fromLatin1(row.field)
            << QString::fromLatin1(row.token)
            << QString::fromLatin1(row.field) + QLatin1String(": ") +
                   QString::fromLatin1(row.reason);
    }

    // Empty list items.
    QTest::newRow("1,,2") << QStringLiteral("1,,2 * * * *") << QStringLiteral("minute")
                          << QStringLiteral("1,,2")
                          << QStringLiteral("minute: empty item in list '1,,2'");
    QTest::newRow(",1") << QStringLiteral("0 ,1 * * *") << QStringLiteral("hour")
                        << QStringLiteral(",1") << QStringLiteral("hour: empty item in list ',1'");
    QTest::newRow("1,") << QStringLiteral("0 0 1, * *") << QStringLiteral("day-of-month")
                        << QStringLiteral("1,")
                        << QStringLiteral("day-of-month: empty item in list '1,'");

    // Extensions from other schedulers.
    QTest::newRow("? day-of-month")
        << QStringLiteral("0 0 ? * 1") << QStringLiteral("day-of-month") << QStringLiteral("?")
        << QStringLiteral("day-of-month: '?' is not supported; use *");
    QTest::newRow("? day-of-week")
        << QStringLiteral("0 0 1 * ?") << QStringLiteral("day-of-week") << QStringLiteral("?")
        << QStringLiteral("day-of-week: '?' is not supported; use *");
    QTest::newRow("L") << QStringLiteral("0 0 L * *") << QStringLiteral("day-of-month")
                       << QStringLiteral("L")
                       << QStringLiteral("day-of-month: 'L': 'L' (last day) is not supported");
    QTest::newRow("5L") << QStringLiteral("0 0 * * 5L") << QStringLiteral("day-of-week")
                        << QStringLiteral("5L")
                        << QStringLiteral("day-of-week: '5L': 'L' (last day) is not supported");
    QTest::newRow("LW") << QStringLiteral("0 0 LW * *") << QStringLiteral("day-of-month")
                        << QStringLiteral("LW")
                        << QStringLiteral("day-of-month: 'LW': 'L' (last day) is not supported");
    QTest::newRow("15W") << QStringLiteral("0 0 15W * *") << QStringLiteral("day-of-month")
                         << QStringLiteral("15W")
                         << QStringLiteral(
                                "day-of-month: '15W': 'W' (nearest weekday) is not supported");
    QTest::newRow("5#3")
        << QStringLiteral("0 0 * * 5#3") << QStringLiteral("day-of-week") << QStringLiteral("5#3")
        << QStringLiteral("day-of-week: '5#3': '#' (nth weekday of the month) is not supported");

    // Aliases, empty input and the wrong number of fields.
    QTest::newRow("@daily") << QStringLiteral("@daily") << QStringLiteral("expression")
                            << QStringLiteral("@daily")
                            << QStringLiteral("expression: '@daily': aliases such as @daily are "
                                              "not supported; write the 5 fields, e.g. 0 0 * * *");
    QTest::newRow("@reboot") << QStringLiteral("@reboot") << QStringLiteral("expression")
                             << QStringLiteral("@reboot")
                             << QStringLiteral("expression: '@reboot': aliases such as @daily are "
                                               "not supported; write the 5 fields, e.g. 0 0 * * *");
    QTest::newRow("alias then tab")
        << QStringLiteral("@daily\tx") << QStringLiteral("expression") << QStringLiteral("@daily")
        << QStringLiteral("expression: '@daily': aliases such as @daily are not supported; "
                          "write the 5 fields, e.g. 0 0 * * *");
    QTest::newRow("zero step with leading zeros")
        << QStringLiteral("*/0000000000 * * * *") << QStringLiteral("minute")
        << QStringLiteral("*/0000000000")
        << QStringLiteral("minute: step 0 in '*/0000000000' must be above 0");
    QTest::newRow("digit outside the BMP")
        << (QString::fromUtf8("\xF0\x9D\x9F\x93") + QStringLiteral(" * * * *"))
        << QStringLiteral("minute") << QString::fromUtf8("\xF0\x9D\x9F\x93")
        << (QStringLiteral("minute: '") + QString::fromUtf8("\xF0\x9D\x9F\x93") +
            QStringLiteral("' contains a non-ASCII digit"));
    QTest::newRow("@hourly with blanks")
        << QStringLiteral("  @hourly  ") << QStringLiteral("expression")
        << QStringLiteral("@hourly")
        << QStringLiteral("expression: '@hourly': aliases such as @daily are not supported; "
                          "write the 5 fields, e.g. 0 0 * * *");
    QTest::newRow("empty") << QString() << QStringLiteral("expression") << QString()
                           << QStringLiteral("expression: no fields given; expected 5: minute "
                                             "hour day-of-month month day-of-week");
    QTest::newRow("blanks only") << QStringLiteral(" \t  ") << QStringLiteral("expression")
                                 << QString()
                                 << QStringLiteral("expression: no fields given; expected 5: "
                                                   "minute hour day-of-month month day-of-week");
    QTest::newRow("4 fields") << QStringLiteral("* * * *") << QStringLiteral("expression")
                              << QStringLiteral("* * * *")
                              << QStringLiteral("expression: expected 5 fields (minute hour "
                                                "day-of-month month day-of-week) but found 4");
    QTest::newRow("1 field") << QStringLiteral("**") << QStringLiteral("expression")
                             << QStringLiteral("**")
                             << QStringLiteral("expression: expected 5 fields (minute hour "
                                               "day-of-month month day-of-week) but found 1");
    QTest::newRow("6 fields")
        << QStringLiteral("0 0 0 * * *") << QStringLiteral("expression")
        << QStringLiteral("0 0 0 * * *")
        << QStringLiteral("expression: expected 5 fields (minute hour day-of-month month "
                          "day-of-week) but found 6; seconds and year fields are not supported");
    QTest::newRow("7 fields")
        << QStringLiteral("0 0 0 * * * 2024") << QStringLiteral("expression")
        << QStringLiteral("0 0 0 * * * 2024")
        << QStringLiteral("expression: expected 5 fields (minute hour day-of-month month "
                          "day-of-week) but found 7; seconds and year fields are not supported");
    QTest::newRow("8 fields") << QStringLiteral("* * * * * * * *") << QStringLiteral("expression")
                              << QStringLiteral("* * * * * * * *")
                              << QStringLiteral("expression: expected 5 fields (minute hour "
                                                "day-of-month month day-of-week) but found 8");

    // Non-ASCII digits.
    QTest::newRow("arabic-indic digit")
        << QStringLiteral("\u0665 * * * *") << QStringLiteral("minute") << QStringLiteral("\u0665")
        << QStringLiteral("minute: '\u0665' contains a non-ASCII digit");
    QTest::newRow("fullwidth digit")
        << QStringLiteral("0 \uFF15 * * *") << QStringLiteral("hour") << QStringLiteral("\uFF15")
        << QStringLiteral("hour: '\uFF15' contains a non-ASCII digit");
    QTest::newRow("ASCII and arabic-indic digit")
        << QStringLiteral("0 0 1\u0665 * *") << QStringLiteral("day-of-month")
        << QStringLiteral("1\u0665")
        << QStringLiteral("day-of-month: '1\u0665' contains a non-ASCII digit");
    QTest::newRow("arabic-indic digit day-of-week")
        << QStringLiteral("0 0 * * \u0665") << QStringLiteral("day-of-week")
        << QStringLiteral("\u0665")
        << QStringLiteral("day-of-week: '\u0665' contains a non-ASCII digit");
    QTest::newRow("fullwidth digit step")
        << QStringLiteral("*/\uFF15 * * * *") << QStringLiteral("minute")
        << QStringLiteral("*/\uFF15")
        << QStringLiteral("minute: '\uFF15' contains a non-ASCII digit");

    // Names in the wrong field, or not three letters.
    QTest::newRow("mon in month") << QStringLiteral("0 0 1 mon *") << QStringLiteral("month")
                                  << QStringLiteral("mon")
                                  << QStringLiteral(
                                         "month: 'mon' is not a month (1-12 or jan-dec)");
    QTest::newRow("january in month")
        << QStringLiteral("0 0 1 january *") << QStringLiteral("month") << QStringLiteral("january")
        << QStringLiteral("month: 'january' is not a month (1-12 or jan-dec)");
    QTest::newRow("jan in day-of-week")
        << QStringLiteral("0 0 * * jan") << QStringLiteral("day-of-week") << QStringLiteral("jan")
        << QStringLiteral("day-of-week: 'jan' is not a day of the week (0-7 or sun-sat)");
    QTest::newRow("jan in minute")
        << QStringLiteral("jan * * * *") << QStringLiteral("minute") << QStringLiteral("jan")
        << QStringLiteral("minute: 'jan' is not a number");
    QTest::newRow("mon in day-of-month")
        << QStringLiteral("0 0 mon * *") << QStringLiteral("day-of-month") << QStringLiteral("mon")
        << QStringLiteral("day-of-month: 'mon' is not a number");
    QTest::newRow("monday")
        << QStringLiteral("0 0 * * monday") << QStringLiteral("day-of-week")
        << QStringLiteral("monday")
        << QStringLiteral(
               "day-of-week: 'monday' is not a day name; day names are three letters (sun-sat)");
    QTest::newRow("range end monday")
        << QStringLiteral("0 0 * * sun-monday") << QStringLiteral("day-of-week")
        << QStringLiteral("monday")
        << QStringLiteral(
               "day-of-week: 'monday' is not a day name; day names are three letters (sun-sat)");

    // Malformed ranges, negative numbers and letters.
    QTest::newRow("1-2-3") << QStringLiteral("1-2-3 * * * *") << QStringLiteral("minute")
                           << QStringLiteral("1-2-3")
                           << QStringLiteral("minute: '1-2-3' is not a valid range");
    QTest::newRow("-5") << QStringLiteral("-5 * * * *") << QStringLiteral("minute")
                        << QStringLiteral("-5")
                        << QStringLiteral("minute: '-5' is missing the start of the range");
    QTest::newRow("negative hour")
        << QStringLiteral("0 -1 * * *") << QStringLiteral("hour") << QStringLiteral("-1")
        << QStringLiteral("hour: '-1' is missing the start of the range");
    QTest::newRow("negative range end")
        << QStringLiteral("1--5 * * * *") << QStringLiteral("minute") << QStringLiteral("1--5")
        << QStringLiteral("minute: '1--5' is not a valid range");
    QTest::newRow("5-") << QStringLiteral("5- * * * *") << QStringLiteral("minute")
                        << QStringLiteral("5-")
                        << QStringLiteral("minute: '5-' is missing the end of the range");
    QTest::newRow("*-5") << QStringLiteral("*-5 * * * *") << QStringLiteral("minute")
                         << QStringLiteral("*-5")
                         << QStringLiteral("minute: '*' cannot be part of a range in '*-5'");
    QTest::newRow("5-*") << QStringLiteral("0 5-* * * *") << QStringLiteral("hour")
                         << QStringLiteral("5-*")
                         << QStringLiteral("hour: '*' cannot be part of a range in '5-*'");
    QTest::newRow("1x") << QStringLiteral("1x * * * *") << QStringLiteral("minute")
                        << QStringLiteral("1x") << QStringLiteral("minute: '1x' is not a number");
    QTest::newRow("letter in range end")
        << QStringLiteral("0 1-5x * * *") << QStringLiteral("hour") << QStringLiteral("5x")
        << QStringLiteral("hour: '5x' is not a number");
    QTest::newRow("**") << QStringLiteral("** * * * *") << QStringLiteral("minute")
                        << QStringLiteral("**") << QStringLiteral("minute: '**' is not a number");
}

void TestCronParse::invalidExpressions()
{
    QFETCH(QString, expression);
    QFETCH(QString, field);
    QFETCH(QString, token);
    QFETCH(QString, message);

    const auto result = CronExpression::parse(expression);
    QVERIFY2(std::holds_alternative<CronError>(result), "the expression was accepted");
    const auto &error = std::get<CronError>(result);
    QCOMPARE(error.field, field);
    QCOMPARE(error.token, token);
    QCOMPARE(error.message(), message);
}

void TestCronParse::messagesStartWithFieldName_data()
{
    invalidExpressions_data();
}

void TestCronParse::messagesStartWithFieldName()
{
    QFETCH(QString, expression);

    const auto result = CronExpression::parse(expression);
    QVERIFY2(std::holds_alternative<CronError>(result), "the expression was accepted");
    const auto &error = std::get<CronError>(result);
    QVERIFY2(fieldNames().contains(error.field), qPrintable(error.field));
    const QString prefix = error.field + QStringLiteral(": ");
    QVERIFY2(error.message().startsWith(prefix), qPrintable(error.message()));
    QVERIFY(!error.reason.isEmpty());
    QCOMPARE(error.message(), prefix + error.reason);
}

QTEST_APPLESS_MAIN(TestCronParse)
#include "tst_cronparse.moc"
