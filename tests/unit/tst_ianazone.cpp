// The zone-name check every part shares: names of the zone database pass;
// names QTimeZone would silently read as POSIX rules at UTC ("Paris",
// "abc1") and Qt's own offset ids are refused, with a suggestion when one
// known name fits.

#include "core/time/ianazone.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

class TestIanaZone : public QObject
{
    Q_OBJECT

private slots:
    void known_data();
    void known();
    void refused_data();
    void refused();
    void namesAreLoadableAndSorted();
};

void TestIanaZone::known_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"UTC", "Europe/Paris", "America/New_York", "Australia/Lord_Howe",
                             "America/Argentina/Buenos_Aires", "Etc/UTC", "Etc/GMT", "Etc/GMT+5",
                             "Etc/GMT-14", "Etc/GMT+12"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestIanaZone::known()
{
    QFETCH(QString, name);
    QVERIFY(IanaZone::isKnown(name));
    QVERIFY(!IanaZone::check(name));
    QVERIFY(IanaZone::names().contains(name));
}

void TestIanaZone::refused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");

    const auto row = [](const char *tag, const QString &name, const char *reason) {
        QTest::newRow(tag) << name << QString::fromUtf8(reason);
    };
    // What QTimeZone alone takes for a POSIX rule at UTC.
    row("abc1", QStringLiteral("abc1"), "'abc1' is not an IANA time zone");
    row("bogus", QStringLiteral("bogus"), "'bogus' is not an IANA time zone");
    row("POSIX rule", QStringLiteral("ABC-3"), "'ABC-3' is not an IANA time zone");
    // What it refused already, refused the same way.
    row("x", QStringLiteral("x"), "'x' is not an IANA time zone");
    row("Nowhere/Zone", QStringLiteral("Nowhere/Zone"), "'Nowhere/Zone' is not an IANA time zone");
    row("empty", QString(), "'' is not an IANA time zone");
    // Qt's offset ids are not IANA names.
    row("UTC+05:30", QStringLiteral("UTC+05:30"), "'UTC+05:30' is not an IANA time zone");
    row("unknown Etc zone", QStringLiteral("Etc/GMT+13"), "'Etc/GMT+13' is not an IANA time zone");
    // Names are matched exactly; the one name that fits is suggested: the
    // same in another case, or the one zone whose last part it is.
    const char *const meant[][2] = {
        {"Paris", "Europe/Paris"},
        {"europe/paris", "Europe/Paris"},
        {"utc", "UTC"},
        {" Europe/Paris ", "Europe/Paris"},
        {"New York", "America/New_York"},
        {"Asia/Paris", "Europe/Paris"},
        {"GMT", "Etc/GMT"},
    };
    for (const auto &[name, suggestion] : meant) {
        QTest::newRow(name) << QString::fromLatin1(name)
                            << QLatin1Char('\'') + QLatin1String(name) +
                                   QLatin1String("' is not an IANA time zone; did you mean '") +
                                   QLatin1String(suggestion) + QLatin1String("'?");
    }
    // A control character cannot break the message's line.
    row("newline", QStringLiteral("Europe/Paris\nX"),
        "'Europe/Paris\xEF\xBF\xBDX' is not an IANA time zone");
    // A huge name is refused at once and shown cut short.
    QTest::newRow("100,000 characters")
        << QString(100000, QLatin1Char('A'))
        << QLatin1Char('\'') + QString(64, QLatin1Char('A')) + QChar(0x2026) +
               QLatin1String("' (100000 characters) is not an IANA time zone");
}

void TestIanaZone::refused()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    QVERIFY(!IanaZone::isKnown(name));
    const auto error = IanaZone::check(name, QStringLiteral("tz"));
    QVERIFY(error);
    QCOMPARE(error->field, QStringLiteral("tz"));
    QCOMPARE(error->token, name);
    QCOMPARE(error->reason, reason);
    QCOMPARE(error->message(), QStringLiteral("tz: ") + reason);
    QCOMPARE(IanaZone::check(name)->field, QStringLiteral("timezone"));
}

// Every accepted name must be one CronSchedule can read; a name QTimeZone
// could not load would be read as UTC.
void TestIanaZone::namesAreLoadableAndSorted()
{
    const QStringList &names = IanaZone::names();
    QVERIFY(names.size() > 300);
    for (const QString &name : names) {
        QVERIFY2(QTimeZone(name.toLatin1()).isValid(), qPrintable(name));
        QVERIFY2(!name.startsWith(QLatin1String("UTC+")) && !name.startsWith(QLatin1String("UTC-")),
                 qPrintable(name));
    }
    QVERIFY(std::is_sorted(names.cbegin(), names.cend()));
    QVERIFY(std::adjacent_find(names.cbegin(), names.cend()) == names.cend());
}

QTEST_APPLESS_MAIN(TestIanaZone)
#include "tst_ianazone.moc"
