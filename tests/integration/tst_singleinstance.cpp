#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// Two `runboard` processes as a user starts them, offscreen, against a
// server that never answers (the window opens all the same): the second
// raises the first and ends; a killed first leaves nothing that blocks the
// next start; a first that does not answer is named, not waited on forever.
// Settings under the names used before the app id move to its folder.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aSecondStartRaisesTheFirst();
    void aKilledFirstDoesNotBlockTheNext();
    void aFirstThatDoesNotAnswerIsNamed();
    void settingsMoveToTheAppIdFolder();

private:
    void start(QProcess &process, const QStringList &extra = {});
    // Starts a second process and waits for it to end.
    int second(QString *out, QString *err, const QStringList &extra = {});
    QString socketPath() const;

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
    QProcess m_first;
};

namespace {

const QString kAppId = QStringLiteral(RUNBOARD_APP_ID);

} // namespace

void TestSingleInstance::init()
{
    m_bin = qEnvironmentVariable("RUNBOARD_BIN_DIR");
    QVERIFY(QFile::exists(m_bin + QLatin1String("/runboard")));
    m_home = std::make_unique<QTemporaryDir>();
    const QString runtime = m_home->filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtime));
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_LOGGING_RULES", "XDG_CONFIG_HOME",
                             "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
        m_environment.remove(QString::fromLatin1(name));
    m_environment.insert(QStringLiteral("HOME"), m_home->path());
    m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_environment.insert(QStringLiteral("EDGES_API_KEY"), QStringLiteral("single-instance-key"));
}

void TestSingleInstance::cleanup()
{
    if (m_first.state() != QProcess::NotRunning) {
        ::kill(static_cast<pid_t>(m_first.processId()), SIGCONT);
        m_first.terminate();
        if (!m_first.waitForFinished(15000))
            m_first.kill();
        m_first.waitForFinished();
    }
}

QString TestSingleInstance::socketPath() const
{
    return m_home->filePath(QStringLiteral("runtime/") + kAppId + QLatin1String(".socket"));
}

void TestSingleInstance::start(QProcess &process, const QStringList &extra)
{
    process.setProcessEnvironment(m_environment);
    // Port 9 (discard) refuses: the window opens with the server shown as
    // unreachable, and nothing here depends on it answering.
    process.start(
        m_bin + QLatin1String("/runboard"),
        QStringList{QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/v1")} + extra);
    QVERIFY(process.waitForStarted());
}

int TestSingleInstance::second(QString *out, QString *err, const QStringList &extra)
{
    QProcess process;
    start(process, extra);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    *out = QString::fromUtf8(process.readAllStandardOutput());
    *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestSingleInstance::aSecondStartRaisesTheFirst()
{
    start(m_first);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socketPath()), 30000);
    const QString expected = QStringLiteral("runboard: Runboard is already running (process %1); "
                                            "its window was raised\n")
                                 .arg(m_first.processId());
    QString out;
    QString err;
    QCOMPARE(second(&out, &err), 0);
    QCOMPARE(out, expected);
    QCOMPARE(err, QString());
    // Options meant for a new window change nothing: the first is raised.
    QCOMPARE(second(&out, &err, {QStringLiteral("--page"), QStringLiteral("timeline")}), 0);
    QCOMPARE(out, expected);
    QCOMPARE(m_first.state(), QProcess::Running);
}

void TestSingleInstance::aKilledFirstDoesNotBlockTheNext()
{
    start(m_first);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socketPath()), 30000);
    m_first.kill();
    QVERIFY(m_first.waitForFinished());
    // The lock and the socket file stay behind, as after a crash.
    QVERIFY(QFile::exists(socketPath()));

    QProcess next;
    start(next);
    // It takes over the dead process's lock (the file's first line is the
    // holder's pid), so a third start finds it.
    const QString lock =
        m_home->filePath(QStringLiteral("runtime/") + kAppId + QLatin1String(".lock"));
    const auto holder = [&lock] {
        QFile file(lock);
        return file.open(QIODevice::ReadOnly) ? file.readLine().trimmed() : QByteArray();
    };
    QTRY_COMPARE_WITH_TIMEOUT(holder(), QByteArray::number(next.processId()), 30000);
    QString out;
    QString err;
    QCOMPARE(second(&out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("(process %1)").arg(next.processId())), qPrintable(out));
    QCOMPARE(next.state(), QProcess::Running);
    next.terminate();
    QVERIFY(next.waitForFinished(15000));
}

void TestSingleInstance::aFirstThatDoesNotAnswerIsNamed()
{
    start(m_first);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socketPath()), 30000);
    ::kill(static_cast<pid_t>(m_first.processId()), SIGSTOP);
    QString out;
    QString err;
    QCOMPARE(second(&out, &err), 1);
    QCOMPARE(out, QString());
    QCOMPARE(err, QStringLiteral("runboard: Runboard is already running (process %1) but did not "
                                 "answer\n")
                      .arg(m_first.processId()));
    ::kill(static_cast<pid_t>(m_first.processId()), SIGCONT);
}

void TestSingleInstance::settingsMoveToTheAppIdFolder()
{
    const QString legacy = m_home->filePath(QStringLiteral(".config/Runboard/Runboard.conf"));
    {
        QSettings old(legacy, QSettings::IniFormat);
        old.setValue(QStringLiteral("test/marker"), 42);
    }
    const QString legacyData = m_home->filePath(QStringLiteral(".local/share/Runboard/Runboard"));
    QVERIFY(QDir().mkpath(legacyData));
    QFile marker(legacyData + QLatin1String("/kept.txt"));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write("kept");
    marker.close();

    start(m_first);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socketPath()), 30000);
    const QString moved =
        m_home->filePath(QStringLiteral(".config/") + kAppId + QLatin1String("/runboard.conf"));
    QVERIFY(QFile::exists(moved));
    QVERIFY(!QFile::exists(legacy));
    QCOMPARE(QSettings(moved, QSettings::IniFormat).value(QStringLiteral("test/marker")).toInt(),
             42);
    QVERIFY(QFile::exists(m_home->filePath(QStringLiteral(".local/share/") + kAppId +
                                           QLatin1String("/runboard/kept.txt"))));
    QVERIFY(!QDir(m_home->filePath(QStringLiteral(".local/share/Runboard"))).exists());
    // Settings, data, cache and log folders are the user's alone.
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QStringList folders{QStringLiteral(".config/") + kAppId,
                              QStringLiteral(".local/share/") + kAppId + QLatin1String("/runboard"),
                              QStringLiteral(".cache/") + kAppId + QLatin1String("/runboard"),
                              QStringLiteral(".local/state/runboard")};
    for (const QString &folder : folders) {
        const QString path = m_home->filePath(folder);
        QVERIFY2(QFileInfo(path).isDir(), qPrintable(path));
        QVERIFY2((QFile::permissions(path) & others) == 0, qPrintable(path));
    }
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
