// Issue 15: the API key never reaches what a user keeps, shares or shows —
// the log, the settings and cache folders, screenshots, the window's text,
// "copy as curl", the live query history, exports, and what the headless
// commands print, also when one of them dies on a signal. The key is random
// per run, so nothing in the tree can contain it by accident, and each
// artefact is first checked to hold what it should (a request, a row, a
// picture) so an empty file cannot pass.
#include "models/client/edgesroutes.h"
#include "models/logging/logfile.h"
#include "tests/support/cliprocess.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxsession.h"
#include "ui/mainwindow.h"
#include "ui/screenshotter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUuid>

#include <csignal>

namespace {

QString randomSecret(const char *prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128);
}

// What a widget shows or tells: texts, placeholders, tool tips, titles,
// and every cell of a view (display and tool tip).
void collectTexts(QWidget *widget, QStringList *texts)
{
    texts->append(widget->windowTitle());
    texts->append(widget->toolTip());
    texts->append(widget->accessibleName());
    texts->append(widget->accessibleDescription());
    if (auto *label = qobject_cast<QLabel *>(widget))
        texts->append(label->text());
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        texts->append(line->displayText());
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        texts->append(button->text());
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        texts->append(plain->toPlainText());
    if (auto *rich = qobject_cast<QTextEdit *>(widget))
        texts->append(rich->toPlainText());
    if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < std::min(model->rowCount(), 300); ++row)
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                texts->append(index.data(Qt::DisplayRole).toString());
                texts->append(index.data(Qt::ToolTipRole).toString());
            }
    }
}

// Every file under `folder`, with the path of each that holds `secret`.
QStringList filesHolding(const QString &folder, const QByteArray &secret, int *count)
{
    QStringList holding;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++*count;
        if (file.readAll().contains(secret))
            holding.append(file.fileName());
    }
    return holding;
}

// The uid of a SUCCEEDED async run with outputs on the server, or empty.
QString finishedRunWithOutputs(const QString &baseUrl, const QString &key)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(baseUrl + QLatin1String("/runs?status=SUCCEEDED")));
    request.setRawHeader("X-API-Key", key.toUtf8());
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(15000))
        return {};
    const QJsonArray runs = QJsonDocument::fromJson(reply->readAll()).array();
    reply->deleteLater();
    // Not a live run: the service keeps no outputs of those (contract 3.6).
    for (const QJsonValue &run : runs)
        if (run[QLatin1String("output_count")].toInt() > 0 &&
            run[QLatin1String("execution_mode")].toString() == QLatin1String("ASYNC"))
            return run[QLatin1String("uid")].toString();
    return {};
}

} // namespace

class TestKeyExposure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dashboardNeverShowsOrKeepsTheKey();
    void headlessCommandsNeverPrintOrWriteTheKey();

private:
    QTemporaryDir m_home;
};

void TestKeyExposure::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Everything the dashboard keeps goes under this one folder.
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(name, m_home.filePath(QString::fromLatin1(name).toLower()).toUtf8());
    qputenv("HOME", m_home.path().toUtf8());
    // The dashboard's names, so its settings land where the user's would.
    QCoreApplication::setOrganizationName(QStringLiteral(RUNBOARD_APP_ID));
    QCoreApplication::setApplicationName(QStringLiteral("runboard"));
}

void TestKeyExposure::dashboardNeverShowsOrKeepsTheKey()
{
    const QString key = randomSecret("rbk");
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.apiKeys = {key};
    options.demo = true;
    SandboxFixture sandbox(options);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    LogFile::Options logging;
    logging.path = LogFile::defaultPath();
    logging.terminalLevel = QtFatalMsg;
    QVERIFY2(LogFile::install(logging, &error), qPrintable(error));
    QLoggingCategory::setFilterRules(QStringLiteral("runboard.*.debug=true"));

    const QString pictures = m_home.filePath(QStringLiteral("pictures"));
    QVERIFY(QDir().mkpath(pictures));
    QStringList texts;
    QStringList clipboard;
    {
        SandboxSession session(sandbox, key);
        followSandboxClock(session.session, sandbox);
        MainWindow window(&session.session, QStringLiteral("Exposure"));
        window.setSavesOnClose(true); // as the connection controller makes it
        // Each page as the README pictures it: the live one runs a query
        // (history), the export one opens Export… on a run.
        for (const QString &page :
             {QStringLiteral("runs"), QStringLiteral("run"), QStringLiteral("timeline"),
              QStringLiteral("schedules"), QStringLiteral("live"), QStringLiteral("launch"),
              QStringLiteral("calendar"), QStringLiteral("new-schedule"),
              QStringLiteral("cron-editor"), QStringLiteral("export")}) {
            const QString file = QStringLiteral("%1/%2.png").arg(pictures, page);
            const QString failure = Screenshotter(&window, page, QSize(1280, 800)).save(file);
            QVERIFY2(failure.isEmpty(), qPrintable(page + QLatin1String(": ") + failure));
            for (QWidget *widget : QApplication::allWidgets())
                if (widget->isVisible())
                    collectTexts(widget, &texts);
            for (QWidget *widget : QApplication::topLevelWidgets())
                if (widget != &window && widget->isVisible())
                    widget->close();
        }

        // Copy as curl, from the runs table and from the live query page.
        auto *table = window.findChild<QTableView *>(QStringLiteral("runsTableView"));
        QVERIFY(table && table->model()->rowCount() > 0);
        table->selectAll();
        auto *copyRuns = window.findChild<QAction *>(QStringLiteral("actionCopyRunCurl"));
        QVERIFY(copyRuns && copyRuns->isEnabled());
        copyRuns->trigger();
        clipboard.append(QGuiApplication::clipboard()->text());
        auto *copyLive = window.findChild<QAbstractButton *>(QStringLiteral("liveCopyCurlButton"));
        QVERIFY(copyLive);
        copyLive->click();
        clipboard.append(QGuiApplication::clipboard()->text());
        clipboard.append(session.session.curlCommand(EdgesRoutes::listRuns({})));
        window.close(); // keeps the window's state and the live history
    }
    LogFile::uninstall();
    QLoggingCategory::setFilterRules(QString());

    // The artefacts hold what they should, so the checks below mean
    // something: requests in the log, a history in the settings, pictures.
    QFile log(logging.path);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logText = log.readAll();
    QVERIFY2(logText.contains("GET /v1/runs"), logText.left(2000).constData());
    int files = 0;
    QVERIFY(filesHolding(m_home.path(), "[live]", &files).size() == 1);
    QVERIFY(QFileInfo(pictures + QLatin1String("/runs.png")).size() > 10000);
    QCOMPARE(clipboard.size(), 3);
    for (const QString &command : std::as_const(clipboard))
        QVERIFY2(command.startsWith(QLatin1String("curl ")) &&
                     command.contains(QLatin1String("$EDGES_API_KEY")),
                 qPrintable(command));
    QVERIFY(texts.size() > 500);

    // And none of it holds the key.
    QCOMPARE(filesHolding(m_home.path(), key.toUtf8(), &files), QStringList());
    QVERIFY(files >= 12); // log, settings, ten pictures
    for (const QString &text : std::as_const(texts))
        QVERIFY2(!text.contains(key), qPrintable(text));
    for (const QString &command : std::as_const(clipboard))
        QVERIFY2(!command.contains(key), qPrintable(command));
}

void TestKeyExposure::headlessCommandsNeverPrintOrWriteTheKey()
{
    const QString binDir = qEnvironmentVariable("RUNBOARD_BIN_DIR");
    QVERIFY2(!binDir.isEmpty(), "RUNBOARD_BIN_DIR names the folder of runboard");
    const QString key = randomSecret("rbk");
    const QString wrongKey = randomSecret("rbw");
    QProcess sandbox;
    const QString baseUrl = CliProcess::startSandbox(
        sandbox, binDir, {QStringLiteral("--demo"), QStringLiteral("--api-key"), key});
    QVERIFY2(!baseUrl.isEmpty(), sandbox.readAllStandardError().constData());
    auto stopSandbox = qScopeGuard([&sandbox] {
        sandbox.kill();
        sandbox.waitForFinished();
    });

    const QString runboard = binDir + QLatin1String("/runboard");
    const QString home = m_home.filePath(QStringLiteral("cli"));
    QVERIFY(QDir().mkpath(home));
    const QStringList withKey{QLatin1String("EDGES_API_KEY=") + key,
                              QLatin1String("EDGES_BASE_URL=") + baseUrl};
    QStringList printed;

    // A launch.
    const QString inputs = home + QLatin1String("/inputs.json");
    QFile inputFile(inputs);
    QVERIFY(inputFile.open(QIODevice::WriteOnly));
    inputFile.write(R"([{"linkedin_profile_url": "https://www.linkedin.com/in/ada"}])");
    inputFile.close();
    const CliProcess::Outcome launched = CliProcess::runHeadless(
        runboard,
        {QStringLiteral("launch"), QStringLiteral("linkedin-extract-people"),
         QStringLiteral("--json"), inputs},
        home, withKey);
    QVERIFY2(launched.exitCode == 0, qPrintable(launched.err));
    const QString runUid = launched.out.trimmed();
    QVERIFY(!runUid.isEmpty());
    printed << launched.out << launched.err;

    // The export of a finished demo run with outputs.
    const QString finishedUid = finishedRunWithOutputs(baseUrl, key);
    QVERIFY(!finishedUid.isEmpty());
    const QString csv = home + QLatin1String("/outputs.csv");
    const CliProcess::Outcome exported = CliProcess::runHeadless(
        runboard, {QStringLiteral("export"), finishedUid, QStringLiteral("--output"), csv}, home,
        withKey);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(QFileInfo(csv).size() > 100);
    printed << exported.out << exported.err;

    // A refused key: the error names the refusal, not the key.
    const CliProcess::Outcome refused = CliProcess::runHeadless(
        runboard,
        {QStringLiteral("export"), finishedUid, QStringLiteral("--output"),
         home + QLatin1String("/refused.csv")},
        home,
        {QLatin1String("EDGES_API_KEY=") + wrongKey, QLatin1String("EDGES_BASE_URL=") + baseUrl});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("X-API-Key is not valid")),
             qPrintable(refused.err));
    printed << refused.out << refused.err;

    // Crash output: an export that dies on SIGABRT while it waits for a
    // server that accepted the connection and never answers prints only
    // what it printed until then (there is no crash handler to dump state).
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QProcess dying;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QStringLiteral("EDGES_API_KEY"), key);
    environment.insert(QStringLiteral("HOME"), home);
    dying.setProcessEnvironment(environment);
    dying.start(runboard, {QStringLiteral("export"), finishedUid, QStringLiteral("--output"),
                           home + QLatin1String("/dying.csv"), QStringLiteral("--base-url"),
                           QStringLiteral("http://127.0.0.1:%1/v1").arg(silent.serverPort())});
    QVERIFY(dying.waitForStarted());
    QVERIFY(silent.waitForNewConnection(15000));
    QTcpSocket *request = silent.nextPendingConnection();
    // The request arrived whole (headers end with a blank line)...
    QByteArray received;
    while (!received.contains("\r\n\r\n") && request->waitForReadyRead(15000))
        received += request->readAll();
    QVERIFY2(received.startsWith("GET /v1/runs/"), received.constData());
    // ...carrying the key, as it must: the one place it belongs.
    QVERIFY(received.contains(QByteArray(QByteArray("X-API-Key: ") + key.toUtf8())));
    ::kill(static_cast<pid_t>(dying.processId()), SIGABRT);
    QVERIFY(dying.waitForFinished(15000));
    QCOMPARE(dying.exitStatus(), QProcess::CrashExit);
    printed << QString::fromUtf8(dying.readAllStandardOutput())
            << QString::fromUtf8(dying.readAllStandardError());

    // What was printed is real (the launch's uid, the export's summary), and clean.
    const QString all = printed.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(runUid) && all.contains(QLatin1String(" rows to ") + csv),
             qPrintable(all));
    QVERIFY2(!all.contains(key), qPrintable(all));
    QVERIFY2(!all.contains(wrongKey), qPrintable(all));
    int files = 0;
    QCOMPARE(filesHolding(home, key.toUtf8(), &files), QStringList());
    QCOMPARE(filesHolding(home, wrongKey.toUtf8(), &files), QStringList());
    QVERIFY(files >= 2);
}

QTEST_MAIN(TestKeyExposure)
#include "tst_keyexposure.moc"
