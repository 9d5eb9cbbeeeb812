#include "models/logging/logfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

Q_LOGGING_CATEGORY(lcTest, "runboard.test", QtInfoMsg)

QStringList linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

// The log file behind every message: its line shape, the levels the
// logging rules let through, and rotation by size.
class TestLogFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesOneLinePerMessage();
    void debugOnlyWhenTheRulesAllow();
    void rotatesAtTheSizeLimit();
    void severityOrder();

private:
    LogFile::Options options() const;

    QTemporaryDir m_directory;
};

LogFile::Options TestLogFile::options() const
{
    LogFile::Options options;
    options.path = m_directory.filePath(QStringLiteral("state/runboard/runboard.log"));
    // The test's own terminal stays quiet.
    options.terminalLevel = QtFatalMsg;
    return options;
}

void TestLogFile::init()
{
    QLoggingCategory::setFilterRules(QString());
}

void TestLogFile::cleanup()
{
    LogFile::uninstall();
    QLoggingCategory::setFilterRules(QString());
    const QStringList names =
        QDir(m_directory.filePath(QStringLiteral("state/runboard"))).entryList(QDir::Files);
    for (const QString &name : names)
        QFile::remove(m_directory.filePath(QStringLiteral("state/runboard/") + name));
}

void TestLogFile::writesOneLinePerMessage()
{
    QString error;
    QVERIFY2(LogFile::install(options(), &error), qPrintable(error));
    QCOMPARE(LogFile::currentPath(), options().path);
    qCWarning(lcTest) << "disk almost full";
    qCInfo(lcTest, "opened %d files", 3);
    LogFile::uninstall();
    QCOMPARE(LogFile::currentPath(), QString());
    qCWarning(lcTest) << "after uninstall";

    const QStringList lines = linesOf(options().path);
    QCOMPARE(lines.size(), 2);
    const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (warning|info) runboard\\.test: "));
    QVERIFY2(shape.match(lines.at(0)).hasMatch(), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).endsWith(QLatin1String(" warning runboard.test: disk almost full")));
    QVERIFY(lines.at(1).endsWith(QLatin1String(" info runboard.test: opened 3 files")));
}

void TestLogFile::debugOnlyWhenTheRulesAllow()
{
    QString error;
    QVERIFY2(LogFile::install(options(), &error), qPrintable(error));
    qCDebug(lcTest) << "hidden";
    QLoggingCategory::setFilterRules(QStringLiteral("runboard.*.debug=true"));
    qCDebug(lcTest) << "shown";
    LogFile::uninstall();
    const QStringList lines = linesOf(options().path);
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().endsWith(QLatin1String(" debug runboard.test: shown")));
}

void TestLogFile::rotatesAtTheSizeLimit()
{
    LogFile::Options small = options();
    small.maxBytes = 1000;
    small.files = 3;
    QString error;
    QVERIFY2(LogFile::install(small, &error), qPrintable(error));
    for (int i = 0; i < 100; ++i)
        qCWarning(lcTest, "line %04d ................................", i);
    LogFile::uninstall();

    QVERIFY(QFile::exists(small.path));
    QVERIFY(QFile::exists(small.path + QLatin1String(".1")));
    QVERIFY(QFile::exists(small.path + QLatin1String(".2")));
    QVERIFY(!QFile::exists(small.path + QLatin1String(".3")));
    QStringList kept;
    for (const QString &suffix : {QStringLiteral(".2"), QStringLiteral(".1"), QString()}) {
        const QString path = small.path + suffix;
        QVERIFY2(QFileInfo(path).size() <= small.maxBytes, qPrintable(path));
        QVERIFY2(QFileInfo(path).size() > small.maxBytes / 2, qPrintable(path));
        kept += linesOf(path);
    }
    // The newest lines, in order, without a gap; the oldest are gone.
    QVERIFY(kept.last().endsWith(QLatin1String("line 0099 ................................")));
    const QRegularExpression number(QStringLiteral("line (\\d{4})"));
    int previous = -1;
    for (const QString &line : std::as_const(kept)) {
        const int current = number.match(line).captured(1).toInt();
        if (previous >= 0)
            QCOMPARE(current, previous + 1);
        previous = current;
    }
    QVERIFY(number.match(kept.first()).captured(1).toInt() > 0);
}

void TestLogFile::severityOrder()
{
    QVERIFY(LogFile::severity(QtDebugMsg) < LogFile::severity(QtInfoMsg));
    QVERIFY(LogFile::severity(QtInfoMsg) < LogFile::severity(QtWarningMsg));
    QVERIFY(LogFile::severity(QtWarningMsg) < LogFile::severity(QtCriticalMsg));
    QVERIFY(LogFile::severity(QtCriticalMsg) < LogFile::severity(QtFatalMsg));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
