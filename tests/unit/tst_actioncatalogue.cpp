#include "core/domain/actioncatalogue.h"

#include <QTest>

class TestActionCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void actions_data();
    void actions();
    void unknownSlug();
};

void TestActionCatalogue::actions_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QStringList>("inputFields");
    QTest::addColumn<QStringList>("parameters");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("incremental");
    QTest::addColumn<int>("rule");

    using Rule = ActionSpec::IdentityRule;
    const auto row = [](const char *slug, QStringList input, QStringList parameters, int pageSize,
                        bool incremental, Rule rule) {
        QTest::newRow(slug) << QString::fromLatin1(slug) << input << parameters << pageSize
                            << incremental << static_cast<int>(rule);
    };
    const QString maxResults = QStringLiteral("max_results");
    const QString syncMode = QStringLiteral("sync_mode");
    // Contract section 7, row by row.
    row("linkedin-extract-connections", {}, {maxResults, syncMode}, 40, true,
        Rule::ExactlyOneOwnAccount);
    row("linkedin-extract-messages", {QStringLiteral("linkedin_thread_url")},
        {maxResults, syncMode}, 20, true, Rule::ExactlyOneOwnAccount);
    row("linkedin-extract-profile-viewers", {}, {maxResults, syncMode}, 10, true,
        Rule::ExactlyOneOwnAccount);
    row("linkedin-extract-conversations", {}, {QStringLiteral("read"), maxResults, syncMode}, 20,
        true, Rule::ExactlyOneOwnAccount);
    row("linkedin-search-people", {QStringLiteral("linkedin_people_search_url")},
        {QStringLiteral("only_extract_unique_profile"), maxResults}, 10, false, Rule::Any);
    row("linkedin-extract-people", {QStringLiteral("linkedin_profile_url")},
        {QStringLiteral("sections"), QStringLiteral("experiences"), QStringLiteral("skills"),
         QStringLiteral("highlights")},
        0, false, Rule::Any);
    row("linkedin-extract-contact", {QStringLiteral("linkedin_profile_url")}, {}, 0, false,
        Rule::DirectOrAuto);
}

void TestActionCatalogue::actions()
{
    QFETCH(QString, slug);
    QFETCH(QStringList, inputFields);
    QFETCH(QStringList, parameters);
    QFETCH(int, pageSize);
    QFETCH(bool, incremental);
    QFETCH(int, rule);

    const ActionSpec *action = ActionCatalogue::find(slug);
    QVERIFY(action);
    QCOMPARE(action->slug, slug);
    QCOMPARE(action->inputFields, inputFields);
    QStringList names;
    for (const ActionSpec::Parameter &parameter : action->parameters)
        names.append(parameter.name);
    QCOMPARE(names, parameters);
    QCOMPARE(action->livePageSize, pageSize);
    QCOMPARE(action->returnsList(), pageSize > 0);
    QCOMPARE(action->supportsIncremental, incremental);
    QCOMPARE(static_cast<int>(action->identityRule), rule);
    QVERIFY(!action->title.isEmpty());
    QVERIFY(ActionCatalogue::actionId(slug) >= 1);
    if (action->parameter(QStringLiteral("max_results")))
        QCOMPARE(action->parameter(QStringLiteral("max_results"))->defaultValue.toInt(),
                 ActionCatalogue::kDefaultMaxResults);
}

void TestActionCatalogue::unknownSlug()
{
    QCOMPARE(ActionCatalogue::actions().size(), 7);
    QVERIFY(!ActionCatalogue::find(QStringLiteral("linkedin-send-message")));
    QVERIFY(!ActionCatalogue::find(QStringLiteral("")));
    QCOMPARE(ActionCatalogue::actionId(QStringLiteral("nope")), 0);
}

QTEST_APPLESS_MAIN(TestActionCatalogue)
#include "tst_actioncatalogue.moc"
