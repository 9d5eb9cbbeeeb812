#include "mainwindow.h"
#include "runs/runsmodel.h"
#include "sandboxclient.h"
#include "sandboxfixture.h"

#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

// The main window on the real widgets against the in-process sandbox, and
// the --screenshot option of the real binary.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsTheRuns();
    void filtersNarrowTheTable();
    void screenshotIsWrittenAndNotBlank();
};

void TestMainWindow::showsTheRuns()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    QCOMPARE(sandbox.adminPost(QStringLiteral("/demo"), QJsonObject()).status, 200);
    SandboxClient connection(sandbox);
    EdgesClient &client = connection.client;

    MainWindow window(&client, QStringLiteral("Sandbox"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("runsTableView"));
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), RunsModel::kPageSize);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("connectionLabel"))->text(),
             QStringLiteral("Connection: <b>Sandbox</b>"));
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("runsUpdatedLabel"))
                    ->text()
                    .startsWith(QStringLiteral("100 runs loaded")));

    // Scrolling to the end loads the next page.
    table->scrollToBottom();
    QTRY_VERIFY(table->model()->rowCount() > RunsModel::kPageSize);

    // F5 refreshes in place: the selection stays on the same run.
    table->selectRow(3);
    const QString uid = window.runsModel()->runAt(table->currentIndex()).uid;
    auto *refresh = window.findChild<QAction *>(QStringLiteral("actionRefresh"));
    QVERIFY(refresh);
    QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
    refresh->trigger();
    QTRY_VERIFY(!window.runsModel()->isLoading());
    QCOMPARE(window.runsModel()->runAt(table->currentIndex()).uid, uid);
}

void TestMainWindow::filtersNarrowTheTable()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    QCOMPARE(sandbox.adminPost(QStringLiteral("/demo"), QJsonObject()).status, 200);
    SandboxClient connection(sandbox);
    MainWindow window(&connection.client, QStringLiteral("Sandbox"));
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("runsTableView"));
    QTRY_COMPARE(table->model()->rowCount(), RunsModel::kPageSize);

    auto *failed = window.findChild<QAction *>(QStringLiteral("statusFilter_FAILED"));
    QVERIFY(failed);
    failed->trigger();
    QTRY_VERIFY(!window.runsModel()->isLoading());
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QVERIFY(table->model()->rowCount() < RunsModel::kPageSize);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, RunsModel::StatusColumn).data().toString(),
                 QStringLiteral("FAILED"));
    QCOMPARE(window.findChild<QToolButton *>(QStringLiteral("statusFilterButton"))->text(),
             QStringLiteral("FAILED"));

    // Narrow further to one action through its combo box, then clear both.
    auto *actions = window.findChild<QComboBox *>(QStringLiteral("actionFilterCombo"));
    actions->setCurrentIndex(actions->findData(QStringLiteral("linkedin-search-people")));
    QTRY_VERIFY(!window.runsModel()->isLoading());
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, RunsModel::ActionColumn).data().toString(),
                 QStringLiteral("linkedin-search-people"));
    failed->trigger();
    actions->setCurrentIndex(0);
    QTRY_COMPARE(table->model()->rowCount(), RunsModel::kPageSize);
}

void TestMainWindow::screenshotIsWrittenAndNotBlank()
{
    QTemporaryDir directory;
    const QString file = directory.filePath(QStringLiteral("runs.png"));
    QProcess process;
    process.start(qEnvironmentVariable("RUNBOARD_BIN_DIR") + QLatin1String("/runboard"),
                  {QStringLiteral("--screenshot"), file, QStringLiteral("--size"),
                   QStringLiteral("1000x600")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1000, 600));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, "the picture looks blank");

    QProcess badPage;
    badPage.start(qEnvironmentVariable("RUNBOARD_BIN_DIR") + QLatin1String("/runboard"),
                  {QStringLiteral("--screenshot"), file, QStringLiteral("--page"),
                   QStringLiteral("nowhere")});
    QVERIFY(badPage.waitForFinished(30000));
    QCOMPARE(badPage.exitCode(), 2);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
