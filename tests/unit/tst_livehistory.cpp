#include "models/live/livehistory.h"

#include <QJsonArray>
#include <QTest>

// The live query history: newest first, a query run again moves to the
// front, at most 50 kept, and what the settings file holds reads back the
// same (a damaged entry is dropped).
class TestLiveHistory : public QObject
{
    Q_OBJECT

private slots:
    void newestFirstWithoutRepeats();
    void keepsTheLastFifty();
    void settingsRoundTrip();
};

namespace {

QJsonObject body(int i)
{
    return {{QStringLiteral("input"),
             QJsonObject{{QStringLiteral("linkedin_profile_url"),
                          QStringLiteral("https://www.linkedin.com/in/p%1").arg(i)}}},
            {QStringLiteral("identity_ids"), QJsonArray{QStringLiteral("id-%1").arg(i)}}};
}

QDateTime at(int minutes)
{
    return QDateTime(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC).addSecs(60 * minutes);
}

} // namespace

void TestLiveHistory::newestFirstWithoutRepeats()
{
    LiveHistory history;
    history.add(QStringLiteral("a"), body(1), at(0));
    history.add(QStringLiteral("b"), body(2), at(1));
    history.add(QStringLiteral("a"), body(1), at(2));
    QCOMPARE(history.entries().size(), 2);
    QCOMPARE(history.entries().at(0).action, QStringLiteral("a"));
    QCOMPARE(history.entries().at(0).at, at(2));
    QCOMPARE(history.entries().at(1).body, body(2));
    // Another input of the same action is another entry.
    history.add(QStringLiteral("a"), body(3), at(3));
    QCOMPARE(history.entries().size(), 3);
}

void TestLiveHistory::keepsTheLastFifty()
{
    LiveHistory history;
    for (int i = 0; i < 60; ++i)
        history.add(QStringLiteral("a"), body(i), at(i));
    QCOMPARE(history.entries().size(), LiveHistory::kMaxEntries);
    QCOMPARE(history.entries().first().body, body(59));
    QCOMPARE(history.entries().last().body, body(10));
}

void TestLiveHistory::settingsRoundTrip()
{
    LiveHistory history;
    for (int i = 0; i < 3; ++i)
        history.add(QStringLiteral("act-%1").arg(i), body(i), at(i));
    QVariantList stored = history.toVariant().toList();
    QCOMPARE(stored.size(), 3);
    stored.insert(1, QVariantMap{{QStringLiteral("action"), QStringLiteral("x")},
                                 {QStringLiteral("body"), QStringLiteral("{not json")}});
    const LiveHistory back = LiveHistory::fromVariant(stored);
    QCOMPARE(back.entries().size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(back.entries().at(i).action, history.entries().at(i).action);
        QCOMPARE(back.entries().at(i).body, history.entries().at(i).body);
        QCOMPARE(back.entries().at(i).at, history.entries().at(i).at);
    }
}

QTEST_GUILESS_MAIN(TestLiveHistory)
#include "tst_livehistory.moc"
