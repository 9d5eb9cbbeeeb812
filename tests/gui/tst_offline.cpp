// The main window against servers that refuse, never answer, or come back:
// a banner on every page says what happened and when Runboard tries again,
// recovery needs no user action, and an empty table says why it is empty.
#include "models/runs/runsmodel.h"
#include "models/session/connectionhealth.h"
#include "models/session/session.h"
#include "tests/support/guitesthelpers.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxsession.h"
#include "ui/mainwindow.h"
#include "ui/runs/runspage.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

class TestOffline : public QObject
{
    Q_OBJECT

private slots:
    void refusedServerSaysSoOnEveryPage();
    void silentServerTimesOut();
    void recoversWhenTheServerComesBack();
    void emptyTableSaysWhy();

private:
    // A session on 127.0.0.1:port that gives up quickly, so tests wait for
    // milliseconds, not for the production timeouts.
    static std::unique_ptr<Session> quickSession(QNetworkAccessManager *network, quint16 port,
                                                 int timeoutMs = 2000);
    static quint16 freePort();
};

std::unique_ptr<Session> TestOffline::quickSession(QNetworkAccessManager *network, quint16 port,
                                                   int timeoutMs)
{
    ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    settings.tier = QStringLiteral("unlimited");
    settings.timeoutMs = timeoutMs;
    settings.maxRetries = 1;
    settings.backoffBaseMs = 20;
    settings.backoffCapMs = 50;
    auto session = std::make_unique<Session>(network, settings, [] { return QStringLiteral("k"); });
    session->health()->setProbeDelays({100});
    return session;
}

quint16 TestOffline::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

void TestOffline::refusedServerSaysSoOnEveryPage()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    QNetworkAccessManager network;
    const auto session = quickSession(&network, port);
    MainWindow window(session.get(), QStringLiteral("Dead"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *banner = window.findChild<QWidget *>(QStringLiteral("connectionBanner"));
    auto *text = window.findChild<QLabel *>(QStringLiteral("connectionBannerLabel"));
    QVERIFY(banner && text);
    QTRY_VERIFY(banner->isVisible());
    const QString expected = QStringLiteral("Cannot reach 127.0.0.1:%1").arg(port);
    QVERIFY2(text->text().startsWith(expected), qPrintable(text->text()));
    QVERIFY2(text->text().contains(QStringLiteral("No good answer yet")), qPrintable(text->text()));
    QVERIFY2(text->text().contains(QStringLiteral("Trying again")), qPrintable(text->text()));
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("connectionRetryButton"))->isVisible());

    // Above the tabs, so on every page.
    for (const auto page : {MainWindow::Page::Timeline, MainWindow::Page::Schedules,
                            MainWindow::Page::Live, MainWindow::Page::Runs}) {
        window.showPage(page);
        QVERIFY(banner->isVisible());
    }

    // Not "0 runs loaded · updated 6 s ago": the runs page says it could
    // not load, in its footer and where the rows would be.
    auto *updated = window.findChild<QLabel *>(QStringLiteral("runsUpdatedLabel"));
    QTRY_VERIFY2(updated->text().startsWith(QStringLiteral("Could not load runs: ")),
                 qPrintable(updated->text()));
    auto *empty = window.findChild<QLabel *>(QStringLiteral("runsEmptyLabel"));
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().startsWith(QStringLiteral("Could not load runs: ")),
             qPrintable(empty->text()));
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("runsEmptyClearButton"))->isVisible());

    // Retry now asks again at once, and the banner stays while it fails.
    QSignalSpy probes(session->health(), &ConnectionHealth::probeRequested);
    session->health()->setProbeDelays({60000});
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("connectionRetryButton")),
                      Qt::LeftButton);
    QCOMPARE(probes.count(), 1);
    QTRY_VERIFY(text->text().contains(QStringLiteral("Trying again in ")));
    QVERIFY(banner->isVisible());
}

void TestOffline::silentServerTimesOut()
{
    // Accepts the connection and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    QNetworkAccessManager network;
    const auto session = quickSession(&network, silent.serverPort(), 300);
    MainWindow window(session.get(), QStringLiteral("Silent"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *text = window.findChild<QLabel *>(QStringLiteral("connectionBannerLabel"));
    QTRY_VERIFY2(text->isVisible() &&
                     text->text().contains(QStringLiteral("did not answer in time")),
                 qPrintable(text->text()));
    // The request timed out: the page is not "Loading…" for ever.
    QTRY_VERIFY(!session->runs()->isLoading());
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("runsUpdatedLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Could not load runs: ")));
}

void TestOffline::recoversWhenTheServerComesBack()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    QNetworkAccessManager network;
    const auto session = quickSession(&network, port);
    MainWindow window(session.get(), QStringLiteral("Sandbox"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("connectionBanner"));
    QTRY_VERIFY(banner->isVisible());

    // The server starts on that port, its history already there; nobody
    // touches the window.
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.port = port;
    options.demo = true;
    options.apiKeys.append(QStringLiteral("k"));
    SandboxFixture sandbox(options);
    QVERIFY(sandbox.start());

    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(session->health()->isHealthy());
    QVERIFY(session->health()->lastGoodAt().isValid());
    QTRY_COMPARE(session->runs()->rowCount(), RunsModel::kPageSize);
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("runsUpdatedLabel"))
                    ->text()
                    .startsWith(QStringLiteral("100 runs loaded")));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("runsEmptyState"))->isVisible());
}

void TestOffline::emptyTableSaysWhy()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    SandboxSession connection(sandbox);
    MainWindow window(&connection.session, QStringLiteral("Sandbox"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *empty = window.findChild<QLabel *>(QStringLiteral("runsEmptyLabel"));
    auto *clear = window.findChild<QPushButton *>(QStringLiteral("runsEmptyClearButton"));

    // A new workspace: nothing yet, nothing to clear.
    QTRY_VERIFY(empty->isVisible());
    QVERIFY2(empty->text().startsWith(QStringLiteral("No runs yet")), qPrintable(empty->text()));
    QVERIFY(!clear->isVisible());
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("connectionBanner"))->isVisible());

    // With runs, a search that matches none says so and offers a way back.
    QCOMPARE(sandbox.adminPost(QStringLiteral("/demo")).status, 200);
    TRIGGER_ACTION(&window, "actionRefresh");
    QTRY_COMPARE(connection.session.runs()->rowCount(), RunsModel::kPageSize);
    QTRY_VERIFY(!empty->isVisible());
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("runsSearchEdit"));
    search->setText(QStringLiteral("no run is called this"));
    QTRY_VERIFY(empty->isVisible());
    QVERIFY2(empty->text().startsWith(QStringLiteral("None of the ")), qPrintable(empty->text()));
    QVERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_VERIFY(!empty->isVisible());
    QVERIFY(search->text().isEmpty());
    QCOMPARE(window.runsPage()->table()->model()->rowCount(),
             connection.session.runs()->rowCount());
}

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"
