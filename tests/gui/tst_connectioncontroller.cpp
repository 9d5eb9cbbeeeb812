// Switching connections on real windows: each connection gets its own
// client and window, runs never mix, a missing key keeps the current
// window and asks for the key, and the choice survives a restart.

#include "models/runs/runsmodel.h"
#include "models/session/session.h"
#include "tests/support/guitesthelpers.h"
#include "tests/support/sandboxfixture.h"
#include "ui/connection/connectioncontroller.h"
#include "ui/connection/connectiondialog.h"
#include "ui/connection/connectionswitcher.h"
#include "ui/mainwindow.h"

#include <QJsonArray>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void switchesBetweenServers();
    void missingKeyKeepsTheWindow();
    void selectionSurvivesRestart();
    void sandboxRunsOnlyWhileUsed();
    void sandboxThatCannotStartIsReported();
    void switcherNamesTheWorkspace();

private:
    static QString addSecond(ConnectionController &controller, SandboxFixture &second,
                             bool withKey);
    static ConnectionController::EmbeddedSandbox
    embedded(SandboxFixture &sandbox, int *starts = nullptr, int *stops = nullptr);
    static int launched(SandboxFixture &sandbox, int runs);
};

void TestConnectionController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// The fixture stands for the engine main() starts; the counters show when
// the controller asks for it.
ConnectionController::EmbeddedSandbox TestConnectionController::embedded(SandboxFixture &sandbox,
                                                                         int *starts, int *stops)
{
    const ConnectionController::Embedded address{QUrl(sandbox.baseUrl()), QStringLiteral("sandbox"),
                                                 QStringLiteral("unlimited")};
    return {[address, starts](QString *) {
                if (starts)
                    ++*starts;
                return std::optional(address);
            },
            [stops] {
                if (stops)
                    ++*stops;
            }};
}

int TestConnectionController::launched(SandboxFixture &sandbox, int runs)
{
    for (int i = 0; i < runs; ++i) {
        const QJsonArray inputs = {
            QJsonObject{{QStringLiteral("linkedin_profile_url"),
                         QStringLiteral("https://www.linkedin.com/in/second%1").arg(i)}}};
        if (sandbox.launch(QStringLiteral("linkedin-extract-people"), inputs).isEmpty())
            return -1;
    }
    return runs;
}

QString TestConnectionController::addSecond(ConnectionController &controller,
                                            SandboxFixture &second, bool withKey)
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("Second sandbox");
    profile.baseUrl = QUrl(second.baseUrl());
    profile.tier = QStringLiteral("gold");
    profile.kind = ConnectionProfile::Kind::Custom;
    profile.keyStorage = ConnectionProfile::KeyStorage::Session;
    const QString id = controller.store()->save(profile);
    if (withKey)
        controller.keys()->keep(id, QStringLiteral("sandbox"));
    return id;
}

void TestConnectionController::switchesBetweenServers()
{
    SandboxFixture first;
    SandboxFixture second;
    QVERIFY(first.start() && second.start());
    QCOMPARE(first.adminPost(QStringLiteral("/demo")).status, 200);
    QCOMPARE(launched(second, 3), 3);
    QTemporaryDir directory;
    QSettings settings(directory.filePath(QStringLiteral("runboard.ini")), QSettings::IniFormat);

    ConnectionController controller(&settings, embedded(first));
    controller.setUsesCache(false);
    QSignalSpy changed(&controller, &ConnectionController::windowChanged);
    controller.start();
    QCOMPARE(changed.count(), 1);
    QPointer<MainWindow> sandboxWindow = controller.window();
    QTRY_COMPARE(sandboxWindow->runsModel()->rowCount(), RunsModel::kPageSize);
    QCOMPARE(controller.currentId(), ConnectionStore::SandboxId);

    // A filter belongs to its connection.
    SET_ACTION_CHECKED(sandboxWindow.data(), "statusFilter_FAILED", true);
    QTRY_COMPARE(sandboxWindow->runsModel()->filter().statuses,
                 QStringList{QStringLiteral("FAILED")});

    const QString id = addSecond(controller, second, true);
    controller.open(id);
    QCOMPARE(changed.count(), 2);
    MainWindow *secondWindow = controller.window();
    QVERIFY(secondWindow != sandboxWindow);
    QCOMPARE(controller.session()->settings().baseUrl, QUrl(second.baseUrl()));
    QCOMPARE(controller.session()->settings().tier, QStringLiteral("gold"));
    QVERIFY(secondWindow->windowTitle().contains(QStringLiteral("Second sandbox")));
    QTRY_VERIFY(!secondWindow->runsModel()->isLoading());
    QTRY_COMPARE(secondWindow->runsModel()->rowCount(), 3);
    // The old window and its client are gone once the event loop ran.
    QTRY_VERIFY(sandboxWindow.isNull());
    QCOMPARE(controller.store()->selectedId(), id);

    QCOMPARE(secondWindow->runsModel()->filter(), RunsModel::Filter());

    controller.open(ConnectionStore::SandboxId);
    QCOMPARE(controller.window()->runsModel()->filter().statuses,
             QStringList{QStringLiteral("FAILED")});
    QTRY_VERIFY(!controller.window()->runsModel()->isLoading());
    QVERIFY(controller.window()->runsModel()->rowCount() > 0);
}

void TestConnectionController::missingKeyKeepsTheWindow()
{
    SandboxFixture first;
    SandboxFixture second;
    QVERIFY(first.start() && second.start());
    QTemporaryDir directory;
    QSettings settings(directory.filePath(QStringLiteral("runboard.ini")), QSettings::IniFormat);
    ConnectionController controller(&settings, embedded(first));
    controller.setUsesCache(false);
    controller.start();
    MainWindow *window = controller.window();

    QSignalSpy failed(&controller, &ConnectionController::openFailed);
    const QString id = addSecond(controller, second, false);
    controller.open(id);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), id);
    QCOMPARE(controller.window(), window);
    QCOMPARE(controller.currentId(), ConnectionStore::SandboxId);
    // The user is asked for the key, for that connection.
    auto *dialog = window->findChild<ConnectionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->profile().id, id);
    dialog->reject();

    // File > Add connection…, shown under a controller (TRIGGER_ACTION fails
    // on a hidden action), asks the controller for a new profile.
    TRIGGER_ACTION(window, "actionAddConnection");
    ConnectionDialog *adding = nullptr;
    QTRY_VERIFY((adding = window->findChild<ConnectionDialog *>()) && adding->isVisible());
    adding->reject();
}

void TestConnectionController::selectionSurvivesRestart()
{
    SandboxFixture first;
    SandboxFixture second;
    QVERIFY(first.start() && second.start());
    QCOMPARE(launched(second, 2), 2);
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("runboard.ini"));
    QString id;
    {
        QSettings settings(path, QSettings::IniFormat);
        ConnectionController controller(&settings, embedded(first));
        controller.setUsesCache(false);
        controller.start();
        id = addSecond(controller, second, true);
        controller.open(id);
        QCOMPARE(controller.currentId(), id);
        controller.saveSettings();
    }
    // A session key is gone after a restart: the sandbox opens instead, and
    // the reason is reported.
    QSettings settings(path, QSettings::IniFormat);
    ConnectionController controller(&settings, embedded(first));
    controller.setUsesCache(false);
    QSignalSpy failed(&controller, &ConnectionController::openFailed);
    controller.start();
    QTRY_VERIFY(controller.window());
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(controller.currentId(), ConnectionStore::SandboxId);

    // With the key at hand the saved choice is honoured.
    controller.keys()->keep(id, QStringLiteral("sandbox"));
    controller.open(id);
    QTRY_COMPARE(controller.window()->runsModel()->rowCount(), 2);
}

void TestConnectionController::sandboxRunsOnlyWhileUsed()
{
    SandboxFixture first;
    SandboxFixture second;
    QVERIFY(first.start() && second.start());
    QTemporaryDir directory;
    QSettings settings(directory.filePath(QStringLiteral("runboard.ini")), QSettings::IniFormat);
    int starts = 0;
    int stops = 0;
    {
        ConnectionController controller(&settings, embedded(first, &starts, &stops));
        controller.setUsesCache(false);
        const QString id = addSecond(controller, second, true);
        // Opening another server never starts the sandbox.
        controller.open(id);
        QVERIFY(controller.window());
        QCOMPARE(starts, 0);

        controller.open(ConnectionStore::SandboxId);
        QCOMPARE(starts, 1);
        QTRY_VERIFY(!controller.window()->runsModel()->isLoading());
        QCOMPARE(stops, 0);

        // Switching away stops it, but only once the old session is gone.
        controller.open(id);
        QCOMPARE(stops, 0);
        QTRY_COMPARE(stops, 1);
        QCoreApplication::processEvents();
        QCOMPARE(starts, 1);

        controller.open(ConnectionStore::SandboxId);
        QCOMPARE(starts, 2);
        QTRY_VERIFY(!controller.window()->runsModel()->isLoading());
        QCOMPARE(stops, 1);
    }
    // Quitting on the sandbox stops it too.
    QCOMPARE(stops, 2);
}

void TestConnectionController::sandboxThatCannotStartIsReported()
{
    SandboxFixture second;
    QVERIFY(second.start());
    QTemporaryDir directory;
    QSettings settings(directory.filePath(QStringLiteral("runboard.ini")), QSettings::IniFormat);
    ConnectionController::EmbeddedSandbox broken{
        [](QString *error) {
            *error = QStringLiteral("port taken");
            return std::optional<ConnectionController::Embedded>();
        },
        [] {}};
    ConnectionController controller(&settings, std::move(broken));
    controller.setUsesCache(false);
    QSignalSpy failed(&controller, &ConnectionController::openFailed);
    controller.start();
    QVERIFY(!controller.window());
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("port taken")));

    // A working server still opens, and the sandbox's failure stays its own.
    const QString id = addSecond(controller, second, true);
    controller.open(id);
    QVERIFY(controller.window());
    controller.open(ConnectionStore::SandboxId);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(controller.currentId(), id);
    QTRY_VERIFY(
        controller.window()->statusBar()->currentMessage().contains(QStringLiteral("port taken")));
}

// The switcher shows the workspace GET /workspaces names for the key in
// use (issue 15): the sandbox's default one, then another server's key that
// belongs to a named workspace.
void TestConnectionController::switcherNamesTheWorkspace()
{
    SandboxFixture first;
    SandboxOptions acme = SandboxFixture::defaultOptions();
    acme.apiKeys = {QStringLiteral("acme-key")};
    acme.keyWorkspaces = {{QStringLiteral("acme-key"), QStringLiteral("Acme workspace")}};
    SandboxFixture second(acme);
    QVERIFY(first.start() && second.start());
    QTemporaryDir directory;
    QSettings settings(directory.filePath(QStringLiteral("runboard.ini")), QSettings::IniFormat);
    ConnectionController controller(&settings, embedded(first));
    controller.setUsesCache(false);
    controller.start();
    auto *switcher =
        controller.window()->findChild<ConnectionSwitcher *>(QStringLiteral("connectionSwitcher"));
    QVERIFY(switcher);
    QTRY_COMPARE(switcher->currentText(), QStringLiteral("Sandbox — Sandbox workspace"));

    const QString id = addSecond(controller, second, false);
    controller.keys()->keep(id, QStringLiteral("acme-key"));
    controller.open(id);
    QCOMPARE(controller.currentId(), id);
    switcher =
        controller.window()->findChild<ConnectionSwitcher *>(QStringLiteral("connectionSwitcher"));
    QVERIFY(switcher);
    QTRY_COMPARE(switcher->currentText(), QStringLiteral("Second sandbox — Acme workspace"));
    // Only the entry in use is named: the other key was not asked.
    QCOMPARE(switcher->itemText(switcher->findData(ConnectionStore::SandboxId)),
             QStringLiteral("Sandbox"));
}

QTEST_MAIN(TestConnectionController)
#include "tst_connectioncontroller.moc"
