// LiveQuery against the in-process sandbox (contract 2.2 and the live
// etiquette of 1.7): a run answers one page, a second call while one is
// busy is ignored, the next page is the same body POSTed to
// X-Pagination-Next, a call after another waits out the pause first, a
// 429 is waited out and shown through progress(), and a call cancelled
// during its pause never reaches the server.

#include "models/client/apireply.h"
#include "models/live/livequery.h"
#include "tests/support/sandboxclient.h"
#include "tests/support/sandboxfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

namespace {

// QTimer's default Qt::CoarseTimer may end up to 5% early or late, so a
// pause of N ms may show a little more or less than N ms left.
constexpr qint64 coarseEarliest(qint64 ms)
{
    return ms - ms / 20;
}
constexpr qint64 coarseLatest(qint64 ms)
{
    return ms + ms / 20;
}

const QString kSearch = QStringLiteral("linkedin-search-people");
const QString kContact = QStringLiteral("linkedin-extract-contact");
// Contract 2.2: people search pages hold 10 items.
constexpr int kSearchPageSize = 10;

QJsonObject bodyOf(const QJsonObject &input)
{
    return QJsonObject{{QStringLiteral("input"), input}};
}

QJsonObject contactBody(const QString &who)
{
    return bodyOf(QJsonObject{{QStringLiteral("linkedin_profile_url"),
                               QString(QStringLiteral("https://www.linkedin.com/in/") + who)}});
}

} // namespace

class TestLiveQuery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void runReturnsOnePage();
    void secondRunWhileBusyIsIgnored();
    void nextPageFollowsTheHeaderWithTheSameBody();
    void nextPageWaitsForThePause();
    void runAfterACallAlsoWaits();
    void rateLimitIsReportedAndWaitedOut();
    void cancelDuringThePauseSendsNothing();
    void cancelOnTheWireEndsTheCall();
    void walkFetchesEveryPageOneAtATime();
    void walkOfSomePagesStopsThereAndCancelEndsIt();
    void walkWaitsOutRateLimits();
    void walkOnTheTrialTierWaitsOutItsLimit();

private:
    // A search body whose results do not fit in one live page.
    QJsonObject searchWithSeveralPages();
    // How many live pages `body` has, walked directly on the sandbox.
    int pagesOf(const QJsonObject &body);
    // LIVE runs the sandbox recorded (GET /runs?execution_mode=LIVE).
    int liveRunCount();
    // Runs `body` to its end on a fresh page 1; the reply's JSON.
    QJsonValue runToEnd(const QString &slug, const QJsonObject &body);
    // Calls `action` the moment the current call ends (as a page would on
    // a click right away), and records the progress right after it.
    void onceIdle(std::function<void()> action);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxClient> m_connection;
    std::unique_ptr<LiveQuery> m_query;
    QJsonValue m_lastJson;
    int m_lastStatus = 0;
    bool m_lastSucceeded = false;
    int m_lastAttempts = 0;
    // Recorded by onceIdle().
    LiveQuery::Progress m_progressAfterNext;
    qint64 m_msSinceFinish = -1;
    bool m_busyAfterNext = false;
};

void TestLiveQuery::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    m_connection = std::make_unique<SandboxClient>(*m_sandbox);
    m_query = std::make_unique<LiveQuery>(&m_connection->client);
    m_query->setPacing(0, 0);
    m_lastJson = QJsonValue();
    m_lastStatus = 0;
    m_lastSucceeded = false;
    m_lastAttempts = 0;
    m_progressAfterNext = {};
    m_msSinceFinish = -1;
    m_busyAfterNext = false;
    connect(m_query.get(), &LiveQuery::callFinished, this, [this](const ApiResult &result) {
        m_lastJson = result.json;
        m_lastStatus = result.httpStatus;
        m_lastSucceeded = result.succeeded();
        m_lastAttempts = result.attempts;
    });
}

void TestLiveQuery::cleanup()
{
    m_query.reset();
    m_connection.reset();
    m_sandbox.reset();
}

QJsonObject TestLiveQuery::searchWithSeveralPages()
{
    for (const char *keywords : {"cto", "founder", "engineer", "designer", "sales", "marketing",
                                 "product", "data", "finance", "legal", "hr", "ops"}) {
        const QJsonObject body = bodyOf(QJsonObject{
            {QStringLiteral("linkedin_people_search_url"),
             QString(QStringLiteral("https://www.linkedin.com/search/results/people/?keywords=") +
                     QString::fromLatin1(keywords))}});
        const SandboxFixture::Reply reply = m_sandbox->post(
            QStringLiteral("/actions/") + kSearch + QStringLiteral("/run/live"), body);
        if (reply.status == 200 && !reply.header("X-Pagination-Next").isEmpty())
            return body;
    }
    return {};
}

int TestLiveQuery::pagesOf(const QJsonObject &body)
{
    SandboxFixture::Reply reply =
        m_sandbox->post(QStringLiteral("/actions/") + kSearch + QStringLiteral("/run/live"), body);
    int pages = 1;
    while (reply.status == 200 && !reply.header("X-Pagination-Next").isEmpty() && pages < 100) {
        const QUrl next(QString::fromUtf8(reply.header("X-Pagination-Next")));
        reply =
            m_sandbox->request("POST", next, QJsonDocument(body).toJson(QJsonDocument::Compact));
        ++pages;
    }
    return reply.status == 200 ? pages : -1;
}

int TestLiveQuery::liveRunCount()
{
    const QJsonArray runs =
        m_sandbox->getAllByOffset(QStringLiteral("/runs?execution_mode=LIVE"), 100);
    for (const QJsonValue &run : runs) {
        if (run.toObject().value(QStringLiteral("execution_mode")).toString() !=
            QLatin1String("LIVE"))
            qWarning("the execution_mode filter let a non-LIVE run through");
    }
    return static_cast<int>(runs.size());
}

QJsonValue TestLiveQuery::runToEnd(const QString &slug, const QJsonObject &body)
{
    m_query->run(slug, body);
    if (!QTest::qWaitFor([this] { return !m_query->isBusy(); }, 10000))
        qWarning("the live call did not end");
    return m_lastJson;
}

void TestLiveQuery::onceIdle(std::function<void()> action)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto finishedAt = std::make_shared<QElapsedTimer>();
    *connection = connect(m_query.get(), &LiveQuery::callFinished, this,
                          [finishedAt](const ApiResult &) { finishedAt->start(); });
    auto idle = std::make_shared<QMetaObject::Connection>();
    *idle = connect(m_query.get(), &LiveQuery::busyChanged, this,
                    [this, connection, idle, finishedAt, action](bool busy) {
                        if (busy)
                            return;
                        disconnect(*connection);
                        disconnect(*idle);
                        m_msSinceFinish = finishedAt->isValid() ? finishedAt->elapsed() : -1;
                        action();
                        m_progressAfterNext = m_query->progress();
                        m_busyAfterNext = m_query->isBusy();
                    });
}

void TestLiveQuery::runReturnsOnePage()
{
    const QJsonObject body = contactBody(QStringLiteral("ada"));
    // What the sandbox answers for it, asked without LiveQuery.
    const SandboxFixture::Reply direct =
        m_sandbox->post(QStringLiteral("/actions/") + kContact + QStringLiteral("/run/live"), body);
    QCOMPARE(direct.status, 200);
    QVERIFY(direct.json.isObject());
    const int before = liveRunCount();

    QSignalSpy busy(m_query.get(), &LiveQuery::busyChanged);
    QSignalSpy started(m_query.get(), &LiveQuery::callStarted);
    QSignalSpy finished(m_query.get(), &LiveQuery::callFinished);
    QVERIFY(!m_query->isBusy());
    QCOMPARE(m_query->progress().stage, LiveQuery::Stage::Idle);
    QVERIFY(!m_query->lastRequest().has_value());

    m_query->run(kContact, body);
    QVERIFY(m_query->isBusy());
    // The first call has no earlier call to keep a distance from.
    QVERIFY(m_query->progress().stage != LiveQuery::Stage::Pausing);
    QCOMPARE(busy.size(), 1);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(1).toJsonObject(), body);

    QTRY_VERIFY(!m_query->isBusy());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QCOMPARE(finished.size(), 1);
    QVERIFY(m_lastSucceeded);
    QCOMPARE(m_lastStatus, 200);
    QCOMPARE(m_lastAttempts, 1);
    // Contract 2.2: the body is the action's output itself, no wrapper.
    QCOMPARE(m_lastJson, direct.json);
    QCOMPARE(m_query->pages(), 1);
    // A single-record action has no next page.
    QVERIFY(!m_query->hasNextPage());
    QCOMPARE(m_query->progress().stage, LiveQuery::Stage::Idle);
    QCOMPARE(liveRunCount(), before + 1);

    const std::optional<EdgesRequest> request = m_query->lastRequest();
    QVERIFY(request.has_value());
    QCOMPARE(request->method, QByteArray("POST"));
    QCOMPARE(request->path, QStringLiteral("/actions/linkedin-extract-contact/run/live"));
    QCOMPARE(QJsonDocument::fromJson(request->body).object(), body);
    QCOMPARE(request->family, RouteFamily::Live);
    QCOMPARE(m_connection->client.urlOf(*request).toString(),
             m_sandbox->baseUrl() + QStringLiteral("/actions/linkedin-extract-contact/run/live"));
}

void TestLiveQuery::secondRunWhileBusyIsIgnored()
{
    const int before = liveRunCount();
    const QJsonObject first = contactBody(QStringLiteral("ada"));
    const QJsonObject second = contactBody(QStringLiteral("grace"));
    QSignalSpy busy(m_query.get(), &LiveQuery::busyChanged);
    QSignalSpy started(m_query.get(), &LiveQuery::callStarted);

    m_query->run(kContact, first);
    QVERIFY(m_query->isBusy());
    m_query->run(kContact, second);
    m_query->run(kSearch, bodyOf(QJsonObject{}));
    m_query->nextPage();
    QCOMPARE(started.size(), 1);
    QCOMPARE(busy.size(), 1);

    QTRY_VERIFY(!m_query->isBusy());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(started.size(), 1);
    QVERIFY(m_lastSucceeded);
    QCOMPARE(QJsonDocument::fromJson(m_query->lastRequest()->body).object(), first);
    // One call reached the sandbox, not three.
    QCOMPARE(liveRunCount(), before + 1);
}

void TestLiveQuery::nextPageFollowsTheHeaderWithTheSameBody()
{
    const QJsonObject body = searchWithSeveralPages();
    QVERIFY(!body.isEmpty());
    const SandboxFixture::Reply direct =
        m_sandbox->post(QStringLiteral("/actions/") + kSearch + QStringLiteral("/run/live"), body);
    QCOMPARE(direct.status, 200);
    const QJsonArray expectedFirst = direct.json.toArray();
    QCOMPARE(expectedFirst.size(), kSearchPageSize);
    const QUrl next(QString::fromUtf8(direct.header("X-Pagination-Next")));
    QVERIFY(next.isValid());
    const SandboxFixture::Reply directSecond =
        m_sandbox->request("POST", next, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(directSecond.status, 200);
    const QJsonArray expectedSecond = directSecond.json.toArray();
    QVERIFY(!expectedSecond.isEmpty());
    QVERIFY(expectedSecond.size() <= kSearchPageSize);
    QVERIFY(expectedSecond.first() != expectedFirst.first());
    const int before = liveRunCount();

    QCOMPARE(runToEnd(kSearch, body), QJsonValue(expectedFirst));
    QVERIFY(m_lastSucceeded);
    QCOMPARE(m_query->pages(), 1);
    QVERIFY(m_query->hasNextPage());
    // The server's cursor URL, as sent: not one built by the client.
    QCOMPARE(m_query->nextPageUrl(), next);

    QSignalSpy started(m_query.get(), &LiveQuery::callStarted);
    m_query->nextPage();
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(1).toJsonObject(), body);
    QTRY_VERIFY(!m_query->isBusy());
    // The sandbox ties the cursor to the body: another body gets a 400.
    QVERIFY2(m_lastSucceeded, qPrintable(QString::number(m_lastStatus)));
    QCOMPARE(m_lastStatus, 200);
    QCOMPARE(m_lastJson, QJsonValue(expectedSecond));
    QCOMPARE(m_query->pages(), 2);
    QCOMPARE(liveRunCount(), before + 2);

    const std::optional<EdgesRequest> request = m_query->lastRequest();
    QVERIFY(request.has_value());
    QCOMPARE(request->method, QByteArray("POST"));
    QCOMPARE(m_connection->client.urlOf(*request), next);
    QCOMPARE(QJsonDocument::fromJson(request->body).object(), body);

    // Starting over forgets the pages.
    runToEnd(kSearch, body);
    QCOMPARE(m_query->pages(), 1);
    QCOMPARE(m_lastJson, QJsonValue(expectedFirst));
    QCOMPARE(m_query->nextPageUrl(), next);
}

void TestLiveQuery::nextPageWaitsForThePause()
{
    constexpr int kMin = 60;
    constexpr int kMax = 80;
    const QJsonObject body = searchWithSeveralPages();
    QVERIFY(!body.isEmpty());
    const int before = liveRunCount();
    m_query->setPacing(kMin, kMax);
    QSignalSpy busy(m_query.get(), &LiveQuery::busyChanged);
    QSignalSpy started(m_query.get(), &LiveQuery::callStarted);
    onceIdle([this] {
        m_query->nextPage();
        // While the next page waits for its turn, nothing else is started.
        m_query->run(kContact, contactBody(QStringLiteral("ada")));
        m_query->nextPage();
    });
    m_query->run(kSearch, body);
    // The first call does not wait.
    QVERIFY(m_query->progress().stage != LiveQuery::Stage::Pausing);

    // The next page is asked for the moment page 1 ends...
    QTRY_VERIFY(m_msSinceFinish >= 0);
    QVERIFY(m_busyAfterNext);
    // ...and waits out a pause of min..max ms from the end of page 1.
    QCOMPARE(m_progressAfterNext.stage, LiveQuery::Stage::Pausing);
    QVERIFY2(m_progressAfterNext.remainingMs <= coarseLatest(kMax),
             qPrintable(QString::number(m_progressAfterNext.remainingMs)));
    QVERIFY2(m_progressAfterNext.remainingMs >= coarseEarliest(kMin) - m_msSinceFinish - 1,
             qPrintable(QStringLiteral("%1 ms left, %2 ms after the call ended")
                            .arg(m_progressAfterNext.remainingMs)
                            .arg(m_msSinceFinish)));
    QCOMPARE(m_progressAfterNext.attempt, 0);

    // Then it goes out and answers page 2.
    QTRY_VERIFY(!m_query->isBusy());
    QVERIFY(m_lastSucceeded);
    QCOMPARE(m_query->pages(), 2);
    QCOMPARE(started.size(), 2);
    QCOMPARE(started.at(1).at(1).toJsonObject(), body);
    // busy: true (page 1), false, true (page 2, from the pause), false.
    QCOMPARE(busy.size(), 4);
    QCOMPARE(busy.at(2).at(0).toBool(), true);
    QCOMPARE(busy.at(3).at(0).toBool(), false);
    QCOMPARE(liveRunCount(), before + 2);
}

void TestLiveQuery::runAfterACallAlsoWaits()
{
    constexpr int kPause = 70;
    m_query->setPacing(kPause, kPause);
    const int before = liveRunCount();
    onceIdle([this] { m_query->run(kContact, contactBody(QStringLiteral("grace"))); });
    m_query->run(kContact, contactBody(QStringLiteral("ada")));
    QTRY_VERIFY(m_msSinceFinish >= 0);
    // A first page after another call keeps the same distance.
    QVERIFY(m_busyAfterNext);
    QCOMPARE(m_progressAfterNext.stage, LiveQuery::Stage::Pausing);
    QVERIFY2(m_progressAfterNext.remainingMs <= coarseLatest(kPause),
             qPrintable(QString::number(m_progressAfterNext.remainingMs)));
    QVERIFY2(m_progressAfterNext.remainingMs >= coarseEarliest(kPause) - m_msSinceFinish - 1,
             qPrintable(QString::number(m_progressAfterNext.remainingMs)));
    QTRY_VERIFY(!m_query->isBusy());
    QVERIFY(m_lastSucceeded);
    QCOMPARE(m_query->pages(), 1);
    QCOMPARE(QJsonDocument::fromJson(m_query->lastRequest()->body).object(),
             contactBody(QStringLiteral("grace")));
    QCOMPARE(liveRunCount(), before + 2);
}

void TestLiveQuery::rateLimitIsReportedAndWaitedOut()
{
    const QJsonObject body = contactBody(QStringLiteral("grace"));
    // Every API answer is a 429 with Retry-After: 1 until told otherwise.
    QCOMPARE(m_sandbox
                 ->adminPost(QStringLiteral("/faults"),
                             QJsonObject{{QStringLiteral("spec"), QStringLiteral("429=1")}})
                 .status,
             200);
    QSignalSpy progressed(m_query.get(), &LiveQuery::progressChanged);
    m_query->run(kContact, body);
    QTRY_COMPARE(m_query->progress().stage, LiveQuery::Stage::RetryWait);
    LiveQuery::Progress progress = m_query->progress();
    // The first attempt was refused; the second is waited for.
    QVERIFY2(progress.attempt >= 2, qPrintable(QString::number(progress.attempt)));
    // ConnectionSettings: 4 retries after the first attempt.
    QCOMPARE(progress.allowedAttempts, 5);
    QVERIFY(progress.attempt <= progress.allowedAttempts);
    // Retry-After: 1.
    QVERIFY2(progress.remainingMs > 0 && progress.remainingMs <= coarseLatest(1000),
             qPrintable(QString::number(progress.remainingMs)));
    QVERIFY(m_query->isBusy());
    // The countdown is announced while it runs.
    const qsizetype signalsBefore = progressed.size();
    QTRY_VERIFY(progressed.size() > signalsBefore);

    QCOMPARE(
        m_sandbox
            ->adminPost(QStringLiteral("/faults"), QJsonObject{{QStringLiteral("spec"), QString()}})
            .status,
        200);
    QTRY_VERIFY_WITH_TIMEOUT(!m_query->isBusy(), 10000);
    QVERIFY(m_lastSucceeded);
    QCOMPARE(m_lastStatus, 200);
    QVERIFY2(m_lastAttempts >= 2, qPrintable(QString::number(m_lastAttempts)));
    QVERIFY(m_lastJson.isObject());
    QCOMPARE(m_query->pages(), 1);
    QCOMPARE(m_query->progress().stage, LiveQuery::Stage::Idle);
    // Only the answered attempt ran.
    QCOMPARE(liveRunCount(), 1);
}

void TestLiveQuery::cancelDuringThePauseSendsNothing()
{
    const QJsonObject body = searchWithSeveralPages();
    QVERIFY(!body.isEmpty());
    const int before = liveRunCount();
    m_query->setPacing(80, 80);
    QSignalSpy cancelled(m_query.get(), &LiveQuery::cancelledBeforeSending);
    QSignalSpy busy(m_query.get(), &LiveQuery::busyChanged);
    QSignalSpy finished(m_query.get(), &LiveQuery::callFinished);
    LiveQuery::Progress pausing;
    onceIdle([this, &pausing] {
        m_query->nextPage();
        pausing = m_query->progress();
        m_query->cancel();
    });
    runToEnd(kSearch, body);
    QVERIFY(m_lastSucceeded);
    // The next page was waiting for its pause when it was cancelled.
    QCOMPARE(pausing.stage, LiveQuery::Stage::Pausing);
    QCOMPARE(cancelled.size(), 1);
    // true (page 1), false, true (page 2), false (cancelled).
    QCOMPARE(busy.size(), 4);
    QCOMPARE(busy.at(3).at(0).toBool(), false);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_query->isBusy());
    QCOMPARE(m_query->progress().stage, LiveQuery::Stage::Idle);
    QCOMPARE(m_query->pages(), 1);
    QVERIFY(m_query->hasNextPage());

    // Ask again: it waits at least as long as the cancelled call would
    // have, so if that one still went out it is counted by now.
    m_query->nextPage();
    QTRY_VERIFY(!m_query->isBusy());
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(finished.size(), 2);
    QVERIFY(m_lastSucceeded);
    QCOMPARE(m_query->pages(), 2);
    QCOMPARE(liveRunCount(), before + 2);
}

void TestLiveQuery::cancelOnTheWireEndsTheCall()
{
    QSignalSpy cancelled(m_query.get(), &LiveQuery::cancelledBeforeSending);
    QSignalSpy busy(m_query.get(), &LiveQuery::busyChanged);
    m_query->run(kContact, contactBody(QStringLiteral("ada")));
    QVERIFY(m_query->progress().stage != LiveQuery::Stage::Pausing);
    m_query->cancel();
    QTRY_VERIFY(!m_query->isBusy());
    // Already handed to the client: not "before sending".
    QCOMPARE(cancelled.size(), 0);
    QCOMPARE(busy.size(), 2);
    QVERIFY(!m_lastSucceeded);
    QCOMPARE(m_query->pages(), 0);
    QCOMPARE(m_query->progress().stage, LiveQuery::Stage::Idle);
}

// Issue 11: "Fetch all pages" follows every X-Pagination-Next by itself,
// one call in flight at a time, each after the pause.
void TestLiveQuery::walkFetchesEveryPageOneAtATime()
{
    constexpr int kPause = 40;
    const QJsonObject body = searchWithSeveralPages();
    QVERIFY(!body.isEmpty());
    const int total = pagesOf(body);
    QVERIFY2(total >= 3, qPrintable(QString::number(total)));
    const int before = liveRunCount();
    m_query->setPacing(kPause, kPause);
    runToEnd(kSearch, body);
    QCOMPARE(m_query->pages(), 1);

    int inFlight = 0;
    int mostInFlight = 0;
    int sentEarly = 0;
    QElapsedTimer sinceFinish;
    sinceFinish.start();
    bool sent = false;
    connect(m_query.get(), &LiveQuery::callStarted, this, [&] {
        ++inFlight;
        mostInFlight = std::max(mostInFlight, inFlight);
        sent = false;
    });
    // Every page waits its pause after the previous answer before it goes
    // out (the client has it once the stage leaves Pausing).
    connect(m_query.get(), &LiveQuery::progressChanged, this, [&] {
        const LiveQuery::Stage stage = m_query->progress().stage;
        if (sent || stage == LiveQuery::Stage::Pausing || stage == LiveQuery::Stage::Idle)
            return;
        sent = true;
        if (sinceFinish.elapsed() < coarseEarliest(kPause))
            ++sentEarly;
    });
    connect(m_query.get(), &LiveQuery::callFinished, this, [&] {
        --inFlight;
        sinceFinish.restart();
    });
    QSignalSpy walking(m_query.get(), &LiveQuery::walkingChanged);
    m_query->fetchPages(0);
    QVERIFY(m_query->isWalking());
    QCOMPARE(m_query->pagesLeft(), -1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_query->isWalking(), 20000);
    QCOMPARE(m_query->pages(), total);
    QVERIFY(!m_query->hasNextPage());
    QCOMPARE(mostInFlight, 1);
    QCOMPARE(sentEarly, 0);
    QCOMPARE(walking.size(), 2);
    // One live run per page (the first counted before), none twice.
    QCOMPARE(liveRunCount(), before + total);
}

void TestLiveQuery::walkOfSomePagesStopsThereAndCancelEndsIt()
{
    const QJsonObject body = searchWithSeveralPages();
    QVERIFY(!body.isEmpty());
    QVERIFY(pagesOf(body) >= 3);
    runToEnd(kSearch, body);
    // The pause after page 2 is long: the walk below waits in it.
    m_query->setPacing(5000, 5000);
    m_query->fetchPages(1);
    QTRY_VERIFY(!m_query->isWalking());
    QCOMPARE(m_query->pages(), 2);
    QVERIFY(m_query->hasNextPage());

    // Stopped during the pause before its next page: nothing more is sent.
    const int before = liveRunCount();
    m_query->fetchPages(0);
    QVERIFY(m_query->isWalking());
    QCOMPARE(m_query->progress().stage, LiveQuery::Stage::Pausing);
    m_query->cancel();
    QVERIFY(!m_query->isWalking());
    QVERIFY(!m_query->isBusy());
    QCOMPARE(m_query->pages(), 2);
    QCOMPARE(liveRunCount(), before);
}

void TestLiveQuery::walkWaitsOutRateLimits()
{
    const QJsonObject body = searchWithSeveralPages();
    QVERIFY(!body.isEmpty());
    const int total = pagesOf(body);
    runToEnd(kSearch, body);
    // Half the answers are 429s with Retry-After: 1; the walk waits them
    // out and still reaches the last page.
    QCOMPARE(m_sandbox
                 ->adminPost(QStringLiteral("/faults"),
                             QJsonObject{{QStringLiteral("spec"), QStringLiteral("429=0.5")}})
                 .status,
             200);
    bool sawRetryWait = false;
    connect(m_query.get(), &LiveQuery::progressChanged, this, [&] {
        sawRetryWait = sawRetryWait || m_query->progress().stage == LiveQuery::Stage::RetryWait;
    });
    m_query->fetchPages(0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_query->isWalking(), 60000);
    QVERIFY2(m_lastSucceeded, qPrintable(QString::number(m_lastStatus)));
    QCOMPARE(m_query->pages(), total);
    QVERIFY(sawRetryWait);
}

void TestLiveQuery::walkOnTheTrialTierWaitsOutItsLimit()
{
    // The sandbox's own limiter, not injected faults: the trial tier allows
    // one live request per second of the sandbox's (manual) clock, so pages
    // asked for without a pause are refused with Retry-After until the
    // clock moves on.
    const QJsonObject body = searchWithSeveralPages();
    QVERIFY(!body.isEmpty());
    const int total = pagesOf(body);
    QVERIFY2(total >= 3, qPrintable(QString::number(total)));
    m_query.reset();
    m_connection.reset();
    m_sandbox.reset();
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.tier = QStringLiteral("trial");
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->start());
    m_connection = std::make_unique<SandboxClient>(*m_sandbox);
    m_query = std::make_unique<LiveQuery>(&m_connection->client);
    m_query->setPacing(0, 0);
    connect(m_query.get(), &LiveQuery::callFinished, this, [this](const ApiResult &result) {
        m_lastSucceeded = result.succeeded();
        m_lastStatus = result.httpStatus;
    });

    int inFlight = 0;
    int mostInFlight = 0;
    int retryWaits = 0;
    qint64 longestShownWait = 0;
    LiveQuery::Stage lastStage = LiveQuery::Stage::Idle;
    connect(m_query.get(), &LiveQuery::callStarted, this, [&] {
        ++inFlight;
        mostInFlight = std::max(mostInFlight, inFlight);
    });
    connect(m_query.get(), &LiveQuery::callFinished, this, [&] { --inFlight; });
    connect(m_query.get(), &LiveQuery::progressChanged, this, [&] {
        const LiveQuery::Progress progress = m_query->progress();
        const LiveQuery::Stage before = std::exchange(lastStage, progress.stage);
        if (progress.stage == LiveQuery::Stage::RetryWait) {
            longestShownWait = std::max(longestShownWait, progress.remainingMs);
            // Set before advancing: the admin call below runs the event loop,
            // and the countdown may call this again meanwhile.
            if (before != LiveQuery::Stage::RetryWait) {
                ++retryWaits;
                // What the server asked for passes on its clock; the client
                // still waits its Retry-After before asking again.
                m_sandbox->advance(1);
            }
        }
    });

    // Three pages: the first goes through, the next two each meet the
    // per-second window that the previous page used up.
    m_query->run(kSearch, body);
    QTRY_VERIFY_WITH_TIMEOUT(!m_query->isBusy(), 10000);
    QVERIFY2(m_lastSucceeded, qPrintable(QString::number(m_lastStatus)));
    m_query->fetchPages(2);
    QTRY_VERIFY_WITH_TIMEOUT(!m_query->isWalking(), 20000);
    QVERIFY2(m_lastSucceeded, qPrintable(QString::number(m_lastStatus)));
    QCOMPARE(m_query->pages(), 3);
    QCOMPARE(mostInFlight, 1);
    // At least one refusal met and waited out (the second may be spared when
    // the clock moved on meanwhile).
    QVERIFY2(retryWaits >= 1, qPrintable(QString::number(retryWaits)));
    // The wait shown is the server's Retry-After (1 s), counted down.
    QVERIFY2(longestShownWait > 0 && longestShownWait <= coarseLatest(1000),
             qPrintable(QString::number(longestShownWait)));
    // A refused request created nothing: one live run per page.
    QCOMPARE(
        m_sandbox->scalar(QStringLiteral("SELECT COUNT(*) FROM runs WHERE execution_mode = 'LIVE'"))
            .toInt(),
        3);
}

QTEST_GUILESS_MAIN(TestLiveQuery)
#include "tst_livequery.moc"
