// The presets above the cron fields: each expression recognised as the
// preset it is (or Custom, however close), and every preset with every
// value of its parameters written, read back and recognised as itself.

#include "core/cron/croneditmodel.h"
#include "core/cron/cronpreset.h"

#include <QTest>

namespace {

QString presetName(CronPreset::Kind kind)
{
    static const QStringList names = {QStringLiteral("every minutes"), QStringLiteral("hourly"),
                                      QStringLiteral("daily"),         QStringLiteral("weekdays"),
                                      QStringLiteral("weekly"),        QStringLiteral("monthly"),
                                      QStringLiteral("custom")};
    return names.at(static_cast<qsizetype>(kind));
}

} // namespace

class TestCronPreset : public QObject
{
    Q_OBJECT

private slots:
    void presetsDetected_data();
    void presetsDetected();
    void everyPresetRoundTrips();
};

void TestCronPreset::presetsDetected_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<CronPreset>("preset");
    const auto row = [](const char *text, CronPreset::Kind kind, int every, int minute, int hour,
                        int day, QList<int> weekdays) {
        CronPreset preset;
        preset.kind = kind;
        preset.everyMinutes = every;
        preset.minute = minute;
        preset.hour = hour;
        preset.dayOfMonth = day;
        preset.weekdays = weekdays;
        QTest::newRow(text) << QString::fromLatin1(text) << preset;
    };
    using Kind = CronPreset::Kind;
    row("* * * * *", Kind::EveryMinutes, 1, 0, 9, 1, {1});
    row("*/5 * * * *", Kind::EveryMinutes, 5, 0, 9, 1, {1});
    row("15 * * * *", Kind::HourlyAtMinute, 15, 15, 9, 1, {1});
    row("30 8 * * *", Kind::DailyAt, 15, 30, 8, 1, {1});
    row("30 8 * * 1-5", Kind::WeekdaysAt, 15, 30, 8, 1, {1});
    row("30 8 * * mon,tue,wed,thu,fri", Kind::WeekdaysAt, 15, 30, 8, 1, {1});
    row("0 18 * * 0,6", Kind::WeeklyAt, 15, 0, 18, 1, {0, 6});
    row("0 18 * * fri-sun", Kind::WeeklyAt, 15, 0, 18, 1, {0, 5, 6});
    row("0 0 1 * *", Kind::MonthlyAt, 15, 0, 0, 1, {1});
    row("45 23 31 * *", Kind::MonthlyAt, 15, 45, 23, 31, {1});
    // Anything else is custom, however close.
    row("0-59/5 * * * *", Kind::Custom, 15, 0, 9, 1, {1});
    row("*/5 9-17 * * *", Kind::Custom, 15, 0, 9, 1, {1});
    row("0,30 * * * *", Kind::Custom, 15, 0, 9, 1, {1});
    row("0 8,20 * * *", Kind::Custom, 15, 0, 9, 1, {1});
    row("0 8 * 1 *", Kind::Custom, 15, 0, 9, 1, {1});
    row("0 8 1 * 1", Kind::Custom, 15, 0, 8, 1, {1});
    row("0 8 * * */2", Kind::Custom, 15, 0, 8, 1, {1});
    row("5-59/15 * * * *", Kind::Custom, 15, 0, 9, 1, {1});
}

void TestCronPreset::presetsDetected()
{
    QFETCH(QString, expression);
    QFETCH(CronPreset, preset);
    const auto model = CronEditModel::fromExpression(expression);
    QVERIFY(model.has_value());
    const CronPreset detected = CronPreset::detect(*model);
    QCOMPARE(presetName(detected.kind), presetName(preset.kind));
    QVERIFY(detected == preset);
}

void TestCronPreset::everyPresetRoundTrips()
{
    // Each preset and each value of its parameters: written, parsed and
    // recognised as itself (Monday to Friday chosen as a weekly preset is
    // the weekdays preset).
    QList<CronPreset> presets;
    const auto add = [&presets](CronPreset::Kind kind, auto &&set) {
        CronPreset preset;
        preset.kind = kind;
        set(preset);
        presets.append(preset);
    };
    for (int n = 1; n <= 59; ++n)
        add(CronPreset::Kind::EveryMinutes, [n](CronPreset &p) { p.everyMinutes = n; });
    for (int m = 0; m <= 59; ++m)
        add(CronPreset::Kind::HourlyAtMinute, [m](CronPreset &p) { p.minute = m; });
    for (int h = 0; h <= 23; ++h) {
        for (const int m : {0, 7, 30, 59}) {
            const auto at = [h, m](CronPreset &p) {
                p.hour = h;
                p.minute = m;
            };
            add(CronPreset::Kind::DailyAt, at);
            add(CronPreset::Kind::WeekdaysAt, at);
        }
    }
    for (int days = 1; days < 128; ++days) {
        add(CronPreset::Kind::WeeklyAt, [days](CronPreset &p) {
            p.weekdays.clear();
            for (int day = 0; day < 7; ++day) {
                if (days & (1 << day))
                    p.weekdays.append(day);
            }
        });
    }
    for (int d = 1; d <= 31; ++d)
        add(CronPreset::Kind::MonthlyAt, [d](CronPreset &p) { p.dayOfMonth = d; });

    for (const CronPreset &preset : std::as_const(presets)) {
        const auto model = preset.toModel();
        QVERIFY(model.has_value());
        const QString text = model->toExpression();
        const auto back = CronEditModel::fromExpression(text);
        QVERIFY2(back.has_value(), qPrintable(text));
        QCOMPARE(back->toExpression(), text);
        CronPreset expected = preset;
        if (preset.kind == CronPreset::Kind::WeeklyAt && preset.weekdays == QList{1, 2, 3, 4, 5}) {
            expected.kind = CronPreset::Kind::WeekdaysAt;
            expected.weekdays = CronPreset().weekdays;
        }
        QVERIFY2(CronPreset::detect(*back) == expected, qPrintable(text));
    }
    QVERIFY(!CronPreset().toModel().has_value());
}

QTEST_APPLESS_MAIN(TestCronPreset)
#include "tst_cronpreset.moc"
