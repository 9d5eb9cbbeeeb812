#include "models/client/cursorwalker.h"
#include "models/common/recordrole.h"
#include "models/outputs/runoutputsmodel.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxclient.h"
#include "tests/support/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

// RunOutputsModel and CursorWalker against the sandbox: outputs stream in
// pages of 500 only as the view asks, columns are the union of flattened
// keys, a walker never runs ahead of its consumer, and only the pages used
// last stay in memory, a dropped one coming back when asked for.
class TestRunOutputsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsLazilyToTheEnd();
    void walkerWaitsForTheConsumer();
    void columnsAreTheUnionOfKeys();
    void liveRunOutputsFail();
    void dropsFarPagesAndFetchesThemBack();

private:
    QString finishedSearchRun(int inputs, int maxResults);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestRunOutputsModel::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_client = std::make_unique<SandboxClient>(*m_sandbox);
}

void TestRunOutputsModel::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

QString TestRunOutputsModel::finishedSearchRun(int inputs, int maxResults)
{
    QJsonArray list;
    for (int i = 0; i < inputs; ++i)
        list.append(QJsonObject{
            {QStringLiteral("linkedin_people_search_url"),
             QStringLiteral("https://www.linkedin.com/search/results/people/?keywords=k%1")
                 .arg(i)}});
    const auto launched =
        m_sandbox->post(QStringLiteral("/actions/linkedin-search-people/run/async"),
                        QJsonObject{{QStringLiteral("inputs"), list},
                                    {QStringLiteral("parameters"),
                                     QJsonObject{{QStringLiteral("max_results"), maxResults}}}});
    const QString uid = launched.json[QStringLiteral("run_uid")].toString();
    m_sandbox->advance(24 * 3600);
    return uid;
}

void TestRunOutputsModel::loadsLazilyToTheEnd()
{
    const QString uid = finishedSearchRun(12, 1000);
    const int outputCount =
        m_sandbox->get(QStringLiteral("/runs/") + uid).json[QStringLiteral("output_count")].toInt();
    QVERIFY2(outputCount > RunOutputsModel::kPageSize, "need more than one page");

    RunOutputsModel model(&m_client->client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy completed(&model, &RunOutputsModel::completed);
    model.setRunUid(uid);
    // The first page arrives by itself; the tester, like a view, may ask
    // for more from inside rowsInserted (back-pressure: see the walker test).
    QTRY_VERIFY(model.rowCount() >= RunOutputsModel::kPageSize);
    while (completed.isEmpty()) {
        QTRY_VERIFY(model.canFetchMore() || !completed.isEmpty());
        if (model.canFetchMore())
            model.fetchMore();
        QTRY_VERIFY(!model.isLoading());
    }
    QCOMPARE(model.rowCount(), outputCount);
    QVERIFY(!model.canFetchMore());

    const QStringList columns = model.columnNames();
    for (const char *name : {"full_name", "linkedin_profile_url", "shared_connection_profile_urls",
                             "extracted_at", "number_shared_connections"})
        QVERIFY2(columns.contains(QLatin1String(name)), name);
    const int urls =
        static_cast<int>(columns.indexOf(QStringLiteral("shared_connection_profile_urls")));
    // Arrays of strings read as one cell, joined.
    QVERIFY(model.index(0, urls).data().toString().contains(QStringLiteral("https://")));
    QCOMPARE(model.headerData(urls, Qt::Horizontal).toString(),
             QStringLiteral("shared_connection_profile_urls"));
}

void TestRunOutputsModel::walkerWaitsForTheConsumer()
{
    const QString uid = finishedSearchRun(10, 1000);
    CursorWalker walker(&m_client->client,
                        [this, uid] { return m_client->client.runOutputs(uid, 100); });
    QSignalSpy pages(&walker, &CursorWalker::pageReady);
    walker.next();
    QVERIFY(pages.wait());
    QCOMPARE(pages.count(), 1);
    QCOMPARE(pages.last().at(0).toJsonArray().size(), 100);
    // Without a call to next() no second page is fetched.
    QVERIFY(!walker.isLoading());
    QVERIFY(!pages.wait(200));
    QCOMPARE(walker.pagesSeen(), 1);

    qsizetype total = 100;
    while (!walker.atEnd()) {
        walker.next();
        QVERIFY(pages.wait());
        total += pages.last().at(0).toJsonArray().size();
    }
    QCOMPARE(pages.last().at(1).toBool(), true);
    QCOMPARE(total, m_sandbox->get(QStringLiteral("/runs/") + uid)
                        .json[QStringLiteral("output_count")]
                        .toInt());
}

void TestRunOutputsModel::columnsAreTheUnionOfKeys()
{
    RunOutputsModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy columnsInserted(&model, &QAbstractItemModel::columnsInserted);
    model.appendItems(QJsonDocument::fromJson(R"([{"a": 1, "b": {"c": "x"}}, {"a": 2}])").array());
    QCOMPARE(model.columnNames(), (QStringList{QStringLiteral("a"), QStringLiteral("b.c")}));
    model.appendItems(QJsonDocument::fromJson(R"([{"d": [1, 2], "a": 3}])").array());
    QCOMPARE(model.columnNames(),
             (QStringList{QStringLiteral("a"), QStringLiteral("b.c"), QStringLiteral("d")}));
    QCOMPARE(columnsInserted.count(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("x"));
    QCOMPARE(model.index(1, 1).data().toString(), QString());
    QCOMPARE(model.index(0, 2).data().toString(), QString());
    QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("1; 2"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("3"));
}

void TestRunOutputsModel::liveRunOutputsFail()
{
    m_sandbox->post(QStringLiteral("/actions/linkedin-extract-people/run/live"),
                    QJsonObject{{QStringLiteral("input"),
                                 QJsonObject{{QStringLiteral("linkedin_profile_url"),
                                              QStringLiteral("https://www.linkedin.com/in/x")}}}});
    const QString uid = m_sandbox->get(QStringLiteral("/runs?execution_mode=LIVE"))
                            .json.toArray()
                            .first()[QStringLiteral("uid")]
                            .toString();
    RunOutputsModel model(&m_client->client);
    QSignalSpy failed(&model, &RunOutputsModel::loadFailed);
    model.setRunUid(uid);
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus, 400);
    QCOMPARE(model.rowCount(), 0);
}

void TestRunOutputsModel::dropsFarPagesAndFetchesThemBack()
{
    constexpr int kPage = RunOutputsModel::kPageSize;
    const QString uid = finishedSearchRun(30, 1000);
    for (int day = 0; day < 10 && m_sandbox->runStatus(uid) != QLatin1String("SUCCEEDED"); ++day)
        m_sandbox->advance(24 * 3600);
    const QJsonArray stored = m_sandbox->outputs(uid);
    const int outputCount = static_cast<int>(stored.size());
    QVERIFY2(outputCount > 5 * kPage, "need more than five pages");

    RunOutputsModel model(&m_client->client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy completed(&model, &RunOutputsModel::completed);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setMaxResidentPages(2);
    model.setRunUid(uid);
    QTRY_VERIFY(model.rowCount() >= kPage);
    const int name = static_cast<int>(model.columnNames().indexOf(QStringLiteral("full_name")));
    QVERIFY(name >= 0);
    const auto storedName = [&stored](int row) {
        return stored.at(row)[QStringLiteral("full_name")].toString();
    };
    // Scrolled to the end, a page at a time: never more than two pages held.
    while (completed.isEmpty()) {
        QTRY_VERIFY(model.canFetchMore() || !completed.isEmpty());
        if (model.canFetchMore())
            model.fetchMore();
        QTRY_VERIFY(!model.isLoading());
        QVERIFY2(model.residentRowCount() <= 2 * kPage,
                 qPrintable(QString::number(model.residentRowCount())));
    }
    QCOMPARE(model.rowCount(), outputCount);
    QCOMPARE(removed.count(), 0);

    // A far page was dropped: its cells are empty, and asking for them
    // fetches it back with the same outputs, announced by dataChanged.
    const int far = kPage + 17;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Says so (a copy asks this of a whole selection before copying).
    QCOMPARE(model.index(far, 0).data(kRowLoadedRole), QVariant(false));
    QCOMPARE(model.index(far, name).data().toString(), QString());
    QTRY_COMPARE(model.index(far, name).data().toString(), storedName(far));
    QCOMPARE(model.index(far, 0).data(kRowLoadedRole), QVariant(true));
    // (The tester's own reads may have brought other pages back meanwhile.)
    const bool announced = std::any_of(changed.cbegin(), changed.cend(), [](const auto &signal) {
        return signal.at(0).toModelIndex().row() == kPage &&
               signal.at(1).toModelIndex().row() == 2 * kPage - 1;
    });
    QVERIFY(announced);
    QCOMPARE(model.index(far, 0).data(kRecordRole).toJsonObject(), stored.at(far).toObject());
    QVERIFY(model.residentRowCount() <= 2 * kPage);

    // Back and forth in jumps: every row right, the memory still bounded.
    for (const int row : {outputCount - 1, 3 * kPage + 5, 0, outputCount / 2, kPage + 1}) {
        QTRY_COMPARE(model.index(row, name).data().toString(), storedName(row));
        QVERIFY(model.residentRowCount() <= 2 * kPage);
    }
    QCOMPARE(model.rowCount(), outputCount);
}

QTEST_GUILESS_MAIN(TestRunOutputsModel)
#include "tst_runoutputsmodel.moc"
