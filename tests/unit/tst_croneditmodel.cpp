// The visual editor's field model: expression -> fields -> expression keeps
// the schedule (the same values and star flags in every field) for every
// expression the fields accept, is exact for canonical text, and is a
// fixed point after one trip. Checked on every expression written in the
// other cron unit tests (read from their sources, so new ones join in) and
// on generated fields of every kind; expressions the fields cannot show are
// refused with the field and its text.

#include "core/cron/croneditmodel.h"
#include "core/cron/cronexpression.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <array>

namespace {

constexpr std::array<CronFieldKind, 5> kKinds = {CronFieldKind::Minute, CronFieldKind::Hour,
                                                 CronFieldKind::DayOfMonth, CronFieldKind::Month,
                                                 CronFieldKind::DayOfWeek};

CronExpression parsed(const QString &text)
{
    auto result = CronExpression::parse(text);
    if (const auto *error = std::get_if<CronError>(&result))
        qFatal("%s does not parse: %s", qPrintable(text), qPrintable(error->message()));
    return std::get<CronExpression>(result);
}

// The C string literals of a source file, with the escapes the cron tests
// use resolved; literals with byte escapes are left out.
QStringList stringLiterals(const QString &source)
{
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\\\n]|\\\\.)*)\""));
    QStringList result;
    for (auto it = literal.globalMatch(source); it.hasNext();) {
        const QString raw = it.next().captured(1);
        if (raw.contains(QLatin1String("\\x")))
            continue;
        QString text;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.at(i) != QLatin1Char('\\') || i + 1 == raw.size()) {
                text += raw.at(i);
                continue;
            }
            const QChar escaped = raw.at(++i);
            if (escaped == QLatin1Char('t')) {
                text += QLatin1Char('\t');
            } else if (escaped == QLatin1Char('n')) {
                text += QLatin1Char('\n');
            } else if (escaped == QLatin1Char('u')) {
                text += QChar(raw.mid(i + 1, 4).toUShort(nullptr, 16));
                i += 4;
            } else {
                text += escaped;
            }
        }
        result.append(text);
    }
    return result;
}

// Every five-field literal in the other cron unit tests that the engine
// accepts, as (file, expression).
QList<std::pair<QString, QString>> existingTestExpressions()
{
    static const QRegularExpression blanks(QStringLiteral("[ \\t]+"));
    const QDir dir(QStringLiteral(RUNBOARD_UNIT_TEST_DIR));
    QList<std::pair<QString, QString>> result;
    const QStringList files = dir.entryList({QStringLiteral("tst_cron*.cpp")}, QDir::Files);
    for (const QString &name : files) {
        if (name == QLatin1String("tst_croneditmodel.cpp"))
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QString &text : stringLiterals(QString::fromUtf8(file.readAll()))) {
            if (text.trimmed().split(blanks).size() != 5)
                continue;
            if (!std::holds_alternative<CronExpression>(CronExpression::parse(text)))
                continue;
            if (!result.contains(std::pair{name, text}))
                result.append({name, text});
        }
    }
    return result;
}

// What the spec should match, worked out from its parts rather than from
// the engine, Sunday as 0.
QList<int> expectedValues(const CronFieldSpec &spec)
{
    const CronFieldKind kind = spec.kind();
    int first = spec.first();
    int last = spec.last();
    int step = spec.stepSize();
    switch (spec.mode()) {
    case CronFieldSpec::Mode::Values:
        return spec.values();
    case CronFieldSpec::Mode::Every:
        first = CronField::lowest(kind);
        last = CronField::highest(kind);
        step = 1;
        break;
    case CronFieldSpec::Mode::Range:
        step = 1;
        break;
    case CronFieldSpec::Mode::Step:
        break;
    }
    QList<int> values;
    for (int value = first; value <= last; value += step)
        values.append(kind == CronFieldKind::DayOfWeek && value == 7 ? 0 : value);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

// A set that is one run of three or more values is written `a-b` and so
// reads back as that range.
CronFieldSpec readBack(const CronFieldSpec &spec)
{
    const QList<int> &values = spec.values();
    if (spec.mode() == CronFieldSpec::Mode::Values && values.size() >= 3 &&
        values.last() - values.first() == values.size() - 1)
        return CronFieldSpec::range(spec.kind(), values.first(), values.last());
    return spec;
}

// Specs of every mode for one field: both ends, the middle, runs and gaps
// in sets, every step from 1 to the field's span, star and written steps.
QList<CronFieldSpec> generatedSpecs(CronFieldKind kind)
{
    const int low = CronField::lowest(kind);
    const int high = kind == CronFieldKind::DayOfWeek ? 6 : CronField::highest(kind);
    const int middle = (low + high) / 2;
    QList<CronFieldSpec> specs{CronFieldSpec::every(kind)};
    for (const QList<int> &set : QList<QList<int>>{{low},
                                                   {high},
                                                   {middle},
                                                   {low, high},
                                                   {low, low + 1},
                                                   {low, low + 1, low + 2},
                                                   {low, low + 1, low + 2, high},
                                                   {low, middle, middle + 1, middle + 2, high},
                                                   {low + 1, low + 3}}) {
        specs.append(CronFieldSpec::values(kind, set));
    }
    specs.append(CronFieldSpec::range(kind, low, high));
    specs.append(CronFieldSpec::range(kind, middle, middle));
    specs.append(CronFieldSpec::range(kind, low + 1, middle));
    if (kind == CronFieldKind::DayOfWeek) {
        specs.append(CronFieldSpec::range(kind, 5, 7));
        specs.append(CronFieldSpec::range(kind, 0, 7));
    }
    // A step of 1 is the field or a range (see CronFieldSpec::step).
    for (int step = 2; step <= high - low; ++step) {
        specs.append(CronFieldSpec::step(kind, step));
        specs.append(CronFieldSpec::step(kind, step, low + 1, high));
        specs.append(CronFieldSpec::step(kind, step, middle, high - 1));
    }
    return specs;
}

} // namespace

class TestCronEditModel : public QObject
{
    Q_OBJECT

private slots:
    void existingTestExpressionsAreFound();
    void existingTestExpressionsRoundTrip_data();
    void existingTestExpressionsRoundTrip();
    void canonicalTextComesBackIdentical_data();
    void canonicalTextComesBackIdentical();
    void otherTextComesBackCanonical_data();
    void otherTextComesBackCanonical();
    void generatedFieldsRoundTrip_data();
    void generatedFieldsRoundTrip();
    void starIsKeptApartFromTheSameValues();
    void cannotShow_data();
    void cannotShow();
    void invalidTextGivesTheEngineError();
    void emptySetIsAProblem();
};

void TestCronEditModel::existingTestExpressionsAreFound()
{
    // The sources hold well over a hundred valid expressions, some of
    // which the fields cannot show: finding fewer means the reader broke.
    const auto found = existingTestExpressions();
    QVERIFY2(found.size() >= 100, qPrintable(QString::number(found.size())));
    qsizetype refused = 0;
    for (const auto &[file, text] : found)
        refused += CronEditModel::fromExpression(text) ? 0 : 1;
    QVERIFY(refused >= 2);
    QVERIFY(refused < found.size() / 4);
}

void TestCronEditModel::existingTestExpressionsRoundTrip_data()
{
    QTest::addColumn<QString>("expression");
    for (const auto &[file, text] : existingTestExpressions())
        QTest::addRow("%s: %s", qPrintable(file), qPrintable(text)) << text;
}

void TestCronEditModel::existingTestExpressionsRoundTrip()
{
    QFETCH(QString, expression);
    CronError why;
    const auto model = CronEditModel::fromExpression(expression, &why);
    if (!model) {
        // Refused: only for a field the fields cannot show, named with its
        // text as typed.
        QVERIFY2(why.reason.contains(QLatin1String("cannot show")), qPrintable(why.message()));
        QVERIFY(parsed(expression).text().split(QLatin1Char(' ')).contains(why.token));
        return;
    }
    const QString written = model->toExpression();
    const auto reparsed = CronExpression::parse(written);
    QVERIFY2(std::holds_alternative<CronExpression>(reparsed), qPrintable(written));
    QVERIFY2(CronEditModel::sameSchedule(parsed(expression), std::get<CronExpression>(reparsed)),
             qPrintable(written));
    // Canonical after one trip: a second changes nothing.
    const auto again = CronEditModel::fromExpression(written);
    QVERIFY(again.has_value());
    QCOMPARE(again->toExpression(), written);
}

void TestCronEditModel::canonicalTextComesBackIdentical_data()
{
    QTest::addColumn<QString>("expression");
    for (const char *text :
         {"* * * * *", "30 8 * * 1-5", "*/15 9-17 * * 1-5", "0 0 1 * *", "0 0 30 2 *",
          "0,15,30,45 * * * *", "5-59/15 * * * *", "0-59/15 * * * *", "0 8-18/2 * * *",
          "0 0 1 */3 *", "0 9-12,14-17 * * *", "0 0 * * 5-7", "0 0 * * 0,6", "0 0 * * 0-7",
          "0 0 * * 1-7/2", "0 0 */2 * 1", "59 23 31 12 *", "7-7 * * * *",
          "1,2 3,5 1-3,7 1,12 0-2,4"}) {
        QTest::newRow(text) << QString::fromLatin1(text);
    }
}

void TestCronEditModel::canonicalTextComesBackIdentical()
{
    QFETCH(QString, expression);
    const auto model = CronEditModel::fromExpression(expression);
    QVERIFY(model.has_value());
    QCOMPARE(model->toExpression(), expression);
}

void TestCronEditModel::otherTextComesBackCanonical_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("canonical");
    const auto row = [](const char *text, const char *canonical) {
        QTest::newRow(text) << QString::fromLatin1(text) << QString::fromLatin1(canonical);
    };
    row("0 0 * * MON,wed,Fri", "0 0 * * 1,3,5");
    row("0 0 * * mon-fri", "0 0 * * 1-5");
    row("0 0 1 jan-Mar *", "0 0 1 1-3 *");
    row("0 0 * * fri-sun", "0 0 * * 5-7");
    row("0 0 * * 5-0/2", "0 0 * * 5-7/2");
    row("0 0 * * 7", "0 0 * * 0");
    row("0 0 * * 0,7", "0 0 * * 0");
    row("05 * * * *", "5 * * * *");
    row("*/1 * * * *", "* * * * *");
    row("0 1-23/1 * * *", "0 1-23 * * *");
    row("45,0,30 * * * *", "0,30,45 * * * *");
    row("1,1-3,2 * * * *", "1-3 * * * *");
    row("0 1,2,3,4,9 * * *", "0 1-4,9 * * *");
    row("  0\t0 *  * *\t", "0 0 * * *");
}

void TestCronEditModel::otherTextComesBackCanonical()
{
    QFETCH(QString, expression);
    QFETCH(QString, canonical);
    const auto model = CronEditModel::fromExpression(expression);
    QVERIFY(model.has_value());
    QCOMPARE(model->toExpression(), canonical);
    QVERIFY(CronEditModel::sameSchedule(parsed(expression), parsed(canonical)));
}

void TestCronEditModel::generatedFieldsRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("index");
    for (const CronFieldKind kind : kKinds) {
        const QList<CronFieldSpec> specs = generatedSpecs(kind);
        for (qsizetype i = 0; i < specs.size(); ++i) {
            QTest::addRow("%s %s", qPrintable(CronField::name(kind)),
                          qPrintable(specs.at(i).toText()))
                << static_cast<int>(kind) << static_cast<int>(i);
        }
    }
}

void TestCronEditModel::generatedFieldsRoundTrip()
{
    QFETCH(int, kind);
    QFETCH(int, index);
    const CronFieldSpec spec = generatedSpecs(static_cast<CronFieldKind>(kind)).at(index);
    // The other fields fixed, so that the day rule and the star flags of
    // the neighbours are those of a real schedule.
    CronEditModel model;
    model.setField(CronFieldSpec::values(CronFieldKind::Minute, {30}));
    model.setField(CronFieldSpec::values(CronFieldKind::Hour, {8}));
    model.setField(spec);
    const QString text = model.toExpression();

    const auto result = CronExpression::parse(text);
    QVERIFY2(std::holds_alternative<CronExpression>(result), qPrintable(text));
    const CronField &field = std::get<CronExpression>(result).field(spec.kind());
    QCOMPARE(field.values(), expectedValues(spec));
    QCOMPARE(field.startsWithStar(), spec.startsWithStar());

    const auto back = CronEditModel::fromExpression(text);
    QVERIFY(back.has_value());
    QCOMPARE(back->field(spec.kind()), readBack(spec));
    QCOMPARE(back->toExpression(), text);
}

void TestCronEditModel::starIsKeptApartFromTheSameValues()
{
    // Same minutes, but only the star makes the job follow the wall clock
    // over daylight saving; and only `*` in the day of the month makes a
    // weekday a condition rather than an alternative.
    QVERIFY(!CronEditModel::sameSchedule(parsed(QStringLiteral("*/15 * * * *")),
                                         parsed(QStringLiteral("0-59/15 * * * *"))));
    QVERIFY(!CronEditModel::sameSchedule(parsed(QStringLiteral("0 0 * * 1")),
                                         parsed(QStringLiteral("0 0 1-31 * 1"))));
    QCOMPARE(CronFieldSpec::step(CronFieldKind::Minute, 15).toText(), QStringLiteral("*/15"));
    QCOMPARE(CronFieldSpec::step(CronFieldKind::Minute, 15, 0, 59).toText(),
             QStringLiteral("*/15"));
    QCOMPARE(CronFieldSpec::step(CronFieldKind::DayOfWeek, 2, 0, 6).toText(),
             QStringLiteral("*/2"));
    QCOMPARE(CronEditModel::fromExpression(QStringLiteral("0-59/15 * * * *"))->toExpression(),
             QStringLiteral("0-59/15 * * * *"));
}

void TestCronEditModel::cannotShow_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *text, const char *message) {
        QTest::newRow(text) << QString::fromLatin1(text) << QString::fromLatin1(message);
    };
    row("1-5,10-20/3 * * * *", "minute: the fields cannot show '1-5,10-20/3': a step in a list; "
                               "edit it as text");
    row("*,5 * * * *", "minute: the fields cannot show '*,5': '*' in a list; edit it as text");
    row("0 */6,1 * * *", "hour: the fields cannot show '*/6,1': '*' in a list; edit it as text");
    row("0 0 1,*/10 * *",
        "day-of-month: the fields cannot show '1,*/10': '*' in a list; edit it as text");
    row("0 0 1 jan,mar-dec/3 *",
        "month: the fields cannot show 'jan,mar-dec/3': a step in a list; edit it as text");
    row("0 0 * * MON-fri/2,sun", "day-of-week: the fields cannot show 'MON-fri/2,sun': a step in "
                                 "a list; edit it as text");
}

void TestCronEditModel::cannotShow()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    CronError why;
    QVERIFY(!CronEditModel::fromExpression(expression, &why).has_value());
    QCOMPARE(why.message(), message);
    // The token is the field as typed, names and case kept.
    QVERIFY(expression.contains(why.token));
}

void TestCronEditModel::invalidTextGivesTheEngineError()
{
    CronError why;
    QVERIFY(!CronEditModel::fromExpression(QStringLiteral("0 0 32 * *"), &why).has_value());
    QCOMPARE(why.message(), QStringLiteral("day-of-month: 32 is out of range 1-31"));
}

void TestCronEditModel::emptySetIsAProblem()
{
    CronEditModel model;
    QVERIFY(!model.problem().has_value());
    model.setField(CronFieldSpec::values(CronFieldKind::Hour, {}));
    QVERIFY(model.problem().has_value());
    QCOMPARE(model.problem()->message(),
             QStringLiteral("hour: no value chosen; choose at least one"));
}

QTEST_APPLESS_MAIN(TestCronEditModel)
#include "tst_croneditmodel.moc"
