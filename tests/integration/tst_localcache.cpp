#include "models/cache/localcache.h"
#include "models/runs/runsmodel.h"
#include "models/runs/runwatcher.h"
#include "models/schedules/schedulesmodel.h"
#include "tests/support/sandboxclient.h"
#include "tests/support/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The local cache: status transitions and last pages survive a restart,
// and a runs table opens at once from the cache before the server answers.
class TestLocalCache : public QObject
{
    Q_OBJECT

private slots:
    void transitionsPersistAcrossOpens();
    void pagesRoundTrip();
    void refusesANewerSchema();
    void runsTableOpensFromTheCache();
    void watcherKeepsHistoryAcrossSessions();
    void schedulesOpenFromTheCache();

private:
    QTemporaryDir m_directory;
};

void TestLocalCache::transitionsPersistAcrossOpens()
{
    const QString path = m_directory.filePath(QStringLiteral("t.sqlite"));
    const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    {
        QString error;
        auto cache = LocalCache::open(path, &error);
        QVERIFY2(cache, qPrintable(error));
        cache->recordTransition(
            {QStringLiteral("r1"), RunStatus::Queued, QStringLiteral("QUEUED"), t0});
        cache->recordTransition(
            {QStringLiteral("r1"), RunStatus::Running, QStringLiteral("RUNNING"), t0.addSecs(5)});
        // The same observation twice is kept once.
        cache->recordTransition(
            {QStringLiteral("r1"), RunStatus::Running, QStringLiteral("RUNNING"), t0.addSecs(5)});
        cache->recordTransition(
            {QStringLiteral("r2"), RunStatus::Failed, QStringLiteral("FAILED"), t0});
    }
    auto cache = LocalCache::open(path, nullptr);
    QVERIFY(cache);
    const QList<StatusTransition> r1 = cache->transitions(QStringLiteral("r1"));
    QCOMPARE(r1.size(), 2);
    QCOMPARE(r1.at(0).status, RunStatus::Queued);
    QCOMPARE(r1.at(1).statusText, QStringLiteral("RUNNING"));
    QCOMPARE(r1.at(1).observedAt, t0.addSecs(5));
    QCOMPARE(cache->transitions(QStringLiteral("r2")).size(), 1);
    QVERIFY(cache->transitions(QStringLiteral("nope")).isEmpty());

    // In one batch, the same answers; runs without any are left out.
    const auto batch = cache->transitions(
        QStringList{QStringLiteral("r1"), QStringLiteral("nope"), QStringLiteral("r2")});
    QCOMPARE(batch.size(), 2);
    QCOMPARE(batch.value(QStringLiteral("r1")), r1);
    QCOMPARE(batch.value(QStringLiteral("r2")), cache->transitions(QStringLiteral("r2")));
}

void TestLocalCache::pagesRoundTrip()
{
    auto cache = LocalCache::open(QStringLiteral(":memory:"), nullptr);
    QVERIFY(cache);
    QVERIFY(!cache->page(QStringLiteral("runs?")).has_value());
    const QJsonArray first{QJsonObject{{QStringLiteral("uid"), QStringLiteral("a")}}};
    cache->storePage(QStringLiteral("runs?"), first);
    QCOMPARE(*cache->page(QStringLiteral("runs?")), first);
    const QJsonArray second{QJsonObject{{QStringLiteral("uid"), QStringLiteral("b")}},
                            QJsonObject{{QStringLiteral("uid"), QStringLiteral("c")}}};
    cache->storePage(QStringLiteral("runs?"), second);
    QCOMPARE(*cache->page(QStringLiteral("runs?")), second);
    QVERIFY(!cache->page(QStringLiteral("runs?status=FAILED")).has_value());
}

void TestLocalCache::refusesANewerSchema()
{
    const QString path = m_directory.filePath(QStringLiteral("newer.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
    QString error;
    QVERIFY(!LocalCache::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
}

void TestLocalCache::runsTableOpensFromTheCache()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    for (int i = 0; i < 3; ++i)
        sandbox.post(
            QStringLiteral("/actions/linkedin-extract-people/run/async"),
            QJsonObject{{QStringLiteral("inputs"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("linkedin_profile_url"),
                              QStringLiteral("https://www.linkedin.com/in/c%1").arg(i)}}}}});
    auto cache = LocalCache::open(QStringLiteral(":memory:"), nullptr);
    SandboxClient connection(sandbox);
    EdgesClient &client = connection.client;

    {
        RunsModel first(&client);
        first.setCache(cache.get());
        first.setFilter({});
        QTRY_COMPARE(first.rowCount(), 3);
    }

    // Another run appears while "the app is closed" (a second later, so it
    // sorts first: the server breaks created_at ties by id).
    sandbox.advance(1);
    sandbox.post(
        QStringLiteral("/actions/linkedin-extract-people/run/async"),
        QJsonObject{{QStringLiteral("inputs"),
                     QJsonArray{QJsonObject{{QStringLiteral("linkedin_profile_url"),
                                             QStringLiteral("https://www.linkedin.com/in/d")}}}}});
    RunsModel second(&client);
    QAbstractItemModelTester tester(&second, QAbstractItemModelTester::FailureReportingMode::Fatal);
    second.setCache(cache.get());
    QSignalSpy resets(&second, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&second, &QAbstractItemModel::rowsInserted);
    second.setFilter({});
    // At once, before any answer: the cached page.
    QCOMPARE(second.rowCount(), 3);
    QCOMPARE(resets.count(), 1);
    // Then the server's page corrects it in place: one new row on top.
    QTRY_COMPARE(second.rowCount(), 4);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(inserted.last().at(1).toInt(), 0);
    QCOMPARE(inserted.last().at(2).toInt(), 0);
}

void TestLocalCache::watcherKeepsHistoryAcrossSessions()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const auto launched = sandbox.post(
        QStringLiteral("/actions/linkedin-extract-people/run/async"),
        QJsonObject{{QStringLiteral("inputs"),
                     QJsonArray{QJsonObject{{QStringLiteral("linkedin_profile_url"),
                                             QStringLiteral("https://www.linkedin.com/in/w")}}}}});
    const QString uid = launched.json[QStringLiteral("run_uid")].toString();
    const QString path = m_directory.filePath(QStringLiteral("w.sqlite"));
    SandboxClient connection(sandbox);
    EdgesClient &client = connection.client;
    {
        auto cache = LocalCache::open(path, nullptr);
        RunWatcher watcher(&client);
        watcher.setCache(cache.get());
        watcher.setIntervals({10, 40, 2.0});
        watcher.watch(Run::fromJson(sandbox.get(QStringLiteral("/runs/") + uid).json.toObject()));
        sandbox.advance(3);
        QTRY_COMPARE(watcher.transitions(uid).size(), 2);
    }
    // A new session: the history is still there and grows from it.
    auto cache = LocalCache::open(path, nullptr);
    RunWatcher watcher(&client);
    watcher.setCache(cache.get());
    watcher.setIntervals({10, 40, 2.0});
    QCOMPARE(watcher.transitions(uid).size(), 2);
    watcher.watch(Run::fromJson(sandbox.get(QStringLiteral("/runs/") + uid).json.toObject()));
    QCOMPARE(watcher.transitions(uid).size(), 2);
    sandbox.advance(60);
    QTRY_VERIFY(!watcher.isPolling());
    const QList<StatusTransition> history = watcher.transitions(uid);
    QCOMPARE(history.first().statusText, QStringLiteral("CREATED"));
    QCOMPARE(history.last().statusText, QStringLiteral("SUCCEEDED"));
}

void TestLocalCache::schedulesOpenFromTheCache()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    QCOMPARE(sandbox.adminPost(QStringLiteral("/demo"), QJsonObject()).status, 200);
    auto cache = LocalCache::open(QStringLiteral(":memory:"), nullptr);
    SandboxClient connection(sandbox);
    EdgesClient &client = connection.client;
    int count = 0;
    {
        SchedulesModel first(&client);
        first.setCache(cache.get());
        first.refresh();
        QTRY_VERIFY(!first.isLoading());
        count = first.rowCount();
        QVERIFY(count > 0);
    }
    SchedulesModel second(&client);
    QAbstractItemModelTester tester(&second, QAbstractItemModelTester::FailureReportingMode::Fatal);
    second.setCache(cache.get());
    second.refresh();
    // Shown from the cache before the server answers, then left in place.
    QCOMPARE(second.rowCount(), count);
    QVERIFY(second.isLoading());
    QSignalSpy removed(&second, &QAbstractItemModel::rowsRemoved);
    QTRY_VERIFY(!second.isLoading());
    QCOMPARE(second.rowCount(), count);
    QCOMPARE(removed.count(), 0);
}

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_localcache.moc"
