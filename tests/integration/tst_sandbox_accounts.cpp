#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// The identity and workspace routes of contract section 9.
class TestSandboxAccounts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void builtInIdentities();
    void createIdentity_data();
    void createIdentity();
    void updateIdentity();
    void createdIdentityCanRunActions();
    void dailyLimits();
    void workspaces();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void TestSandboxAccounts::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void TestSandboxAccounts::cleanup()
{
    m_sandbox.reset();
}

void TestSandboxAccounts::builtInIdentities()
{
    const auto all = m_sandbox->get(QStringLiteral("/identities"));
    QCOMPARE(all.status, 200);
    const QJsonArray identities = all.json.toArray();
    QCOMPARE(identities.size(), 2);
    QStringList types;
    for (const QJsonValue &value : identities) {
        const QJsonObject identity = value.toObject();
        types.append(identity.value(QStringLiteral("type")).toString());
        for (const char *field : {"uid", "created_at", "workspace_uid", "name", "timezone"})
            QVERIFY2(!identity.value(QLatin1String(field)).toString().isEmpty(), field);
        QCOMPARE(identity.value(QStringLiteral("is_active")).toBool(), true);
        QCOMPARE(identity.value(QStringLiteral("integrations")).toArray().size(), 1);
        QVERIFY(identity.value(QStringLiteral("identity_login_links")).isObject());
    }
    types.sort();
    QCOMPARE(types, (QStringList{QStringLiteral("engagement"), QStringLiteral("standard")}));

    const auto search = m_sandbox->get(QStringLiteral("/identities?query=ENGAGE"));
    QCOMPARE(search.json.toArray().size(), 1);
    QCOMPARE(search.json.toArray().first()[QStringLiteral("type")].toString(),
             QStringLiteral("engagement"));
}

void TestSandboxAccounts::createIdentity_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("short name") << QJsonObject{{QStringLiteral("name"), QStringLiteral("Al")}}
                                << QStringLiteral("name must be a string of 3 to 255 characters");
    QTest::newRow("no name") << QJsonObject{}
                             << QStringLiteral("name must be a string of 3 to 255 characters");
    QTest::newRow("bad zone") << QJsonObject{{QStringLiteral("name"), QStringLiteral("Growth")},
                                             {QStringLiteral("timezone"), QStringLiteral("Mars/X")}}
                              << QStringLiteral("timezone: 'Mars/X' is not an IANA time zone");
    QTest::newRow("city without its region")
        << QJsonObject{{QStringLiteral("name"), QStringLiteral("Growth")},
                       {QStringLiteral("timezone"), QStringLiteral("Paris")}}
        << QStringLiteral("timezone: 'Paris' is not an IANA time zone; did you mean "
                          "'Europe/Paris'?");
    QTest::newRow("bad type") << QJsonObject{{QStringLiteral("name"), QStringLiteral("Growth")},
                                             {QStringLiteral("type"), QStringLiteral("vip")}}
                              << QStringLiteral("type must be \"standard\" or \"engagement\"");
    QTest::newRow("unknown field")
        << QJsonObject{{QStringLiteral("name"), QStringLiteral("Growth")},
                       {QStringLiteral("email"), QStringLiteral("a@b.c")}}
        << QStringLiteral("body must not have additional properties (email)");
}

void TestSandboxAccounts::createIdentity()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, message);
    const auto refused = m_sandbox->post(QStringLiteral("/identities"), body);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorLabel(), QStringLiteral("BAD_INPUT"));
    QCOMPARE(refused.message(), message);
    QCOMPARE(m_sandbox->get(QStringLiteral("/identities")).json.toArray().size(), 2);

    const auto created =
        m_sandbox->post(QStringLiteral("/identities"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Growth team")},
                                    {QStringLiteral("type"), QStringLiteral("engagement")}});
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json[QStringLiteral("name")].toString(), QStringLiteral("Growth team"));
    QCOMPARE(created.json[QStringLiteral("type")].toString(), QStringLiteral("engagement"));
    // The contract's default zone.
    QCOMPARE(created.json[QStringLiteral("timezone")].toString(), QStringLiteral("Europe/Paris"));
    QCOMPARE(m_sandbox->get(QStringLiteral("/identities")).json.toArray().size(), 3);
}

void TestSandboxAccounts::updateIdentity()
{
    const QString uid = m_sandbox->standardIdentity();
    const auto updated =
        m_sandbox->request("PUT", QUrl(m_sandbox->baseUrl() + QStringLiteral("/identities/") + uid),
                           R"({"name": "Sales desk", "timezone": "America/New_York"})");
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json[QStringLiteral("name")].toString(), QStringLiteral("Sales desk"));
    QCOMPARE(updated.json[QStringLiteral("timezone")].toString(),
             QStringLiteral("America/New_York"));
    QCOMPARE(updated.json[QStringLiteral("type")].toString(), QStringLiteral("standard"));

    const auto typeChange =
        m_sandbox->request("PUT", QUrl(m_sandbox->baseUrl() + QStringLiteral("/identities/") + uid),
                           R"({"type": "engagement"})");
    QCOMPARE(typeChange.status, 400);
    QCOMPARE(typeChange.message(), QStringLiteral("type cannot be changed after creation"));

    const auto unknown =
        m_sandbox->request("PUT",
                           QUrl(m_sandbox->baseUrl() +
                                QStringLiteral("/identities/00000000-0000-4000-8000-000000000000")),
                           R"({"name": "Nobody"})");
    QCOMPARE(unknown.status, 404);
}

void TestSandboxAccounts::createdIdentityCanRunActions()
{
    const auto created =
        m_sandbox->post(QStringLiteral("/identities"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Night shift")},
                                    {QStringLiteral("type"), QStringLiteral("engagement")}});
    const QString uid = created.json[QStringLiteral("uid")].toString();
    const auto launched = m_sandbox->post(
        QStringLiteral("/actions/linkedin-extract-connections/run/async"),
        QJsonObject{{QStringLiteral("inputs"), QJsonArray{QJsonObject{}}},
                    {QStringLiteral("identity_ids"), QJsonArray{uid}},
                    {QStringLiteral("parameters"),
                     QJsonObject{{QStringLiteral("sync_mode"), QStringLiteral("incremental")},
                                 {QStringLiteral("max_results"), 5}}}});
    QCOMPARE(launched.status, 200);
    m_sandbox->advance(60);
    const auto run = m_sandbox->get(QStringLiteral("/runs/") +
                                    launched.json[QStringLiteral("run_uid")].toString());
    QCOMPARE(run.json[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(run.json[QStringLiteral("output_count")].toInt(), 5);
}

void TestSandboxAccounts::dailyLimits()
{
    const QString uid = m_sandbox->standardIdentity();
    const QString path = QStringLiteral("/identities/") + uid +
                         QStringLiteral("/actions/linkedin-extract-people/limits");
    const auto before = m_sandbox->get(path);
    QCOMPARE(before.status, 200);
    QCOMPARE(before.json[QStringLiteral("limit")].toInt(), 80);
    QCOMPARE(before.json[QStringLiteral("used")].toInt(), 0);
    QCOMPARE(before.json[QStringLiteral("remaining")].toInt(), 80);

    QJsonArray inputs;
    for (const char *handle : {"ada", "bob", "cyd"})
        inputs.append(QJsonObject{
            {QStringLiteral("linkedin_profile_url"),
             QString(QStringLiteral("https://www.linkedin.com/in/") + QLatin1String(handle))}});
    QCOMPARE(m_sandbox
                 ->post(QStringLiteral("/actions/linkedin-extract-people/run/async"),
                        QJsonObject{{QStringLiteral("inputs"), inputs},
                                    {QStringLiteral("identity_ids"), QJsonArray{uid}}})
                 .status,
             200);
    m_sandbox->advance(60);
    const auto after = m_sandbox->get(path);
    QCOMPARE(after.json[QStringLiteral("used")].toInt(), 3);
    QCOMPARE(after.json[QStringLiteral("remaining")].toInt(), 77);
    // A day later the window has moved on.
    m_sandbox->advance(24 * 3600 + 60);
    QCOMPARE(m_sandbox->get(path).json[QStringLiteral("used")].toInt(), 0);

    const auto ownAccount =
        m_sandbox->get(QStringLiteral("/identities/") + uid +
                       QStringLiteral("/actions/linkedin-extract-connections/limits"));
    QVERIFY(ownAccount.json[QStringLiteral("limit")].isNull());
    QCOMPARE(m_sandbox
                 ->get(QStringLiteral("/identities/") + uid +
                       QStringLiteral("/actions/linkedin-send-inmail/limits"))
                 .status,
             404);
}

void TestSandboxAccounts::workspaces()
{
    const auto workspaces = m_sandbox->get(QStringLiteral("/workspaces"));
    QCOMPARE(workspaces.status, 200);
    QCOMPARE(workspaces.json.toArray().size(), 1);
    const QJsonObject workspace = workspaces.json.toArray().first().toObject();
    const auto identities = m_sandbox->get(QStringLiteral("/identities")).json.toArray();
    QCOMPARE(workspace.value(QStringLiteral("uid")).toString(),
             identities.first()[QStringLiteral("workspace_uid")].toString());
}

QTEST_GUILESS_MAIN(TestSandboxAccounts)
#include "tst_sandbox_accounts.moc"
