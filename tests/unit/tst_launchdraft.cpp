// A launch before it is sent: the contract's input limits per mode, the
// exact body of async, schedule and live launches, and the refusals that
// keep a launch from leaving (identity rules of 2.5, incremental sync of
// 6.3, parameters, callback, cron and time zone), each naming its field.

#include "core/domain/actioncatalogue.h"
#include "core/launch/inputlimits.h"
#include "core/launch/launchdraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QTest>
#include <QTimeZone>

namespace {

const QString kPeople = QStringLiteral("linkedin-extract-people");
const QString kMessages = QStringLiteral("linkedin-extract-messages");
const QString kContact = QStringLiteral("linkedin-extract-contact");
const QString kConnections = QStringLiteral("linkedin-extract-connections");

Identity identity(const char *uid, const char *type)
{
    Identity value;
    value.uid = QString::fromLatin1(uid);
    value.name = QStringLiteral("Identity ") + value.uid;
    value.type = QString::fromLatin1(type);
    return value;
}

InputDraft profile(const char *url)
{
    InputDraft input;
    input.fields.insert(QStringLiteral("linkedin_profile_url"), QString::fromUtf8(url));
    return input;
}

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "json", text);
    return document.object();
}

// Errors only, as "path: reason".
QStringList errors(const LaunchDraft &draft, const QDateTime &now = {})
{
    QStringList list;
    for (const LaunchProblem &problem : draft.validate(now)) {
        if (problem.isError())
            list.append(problem.message());
    }
    return list;
}

QStringList warnings(const LaunchDraft &draft, const QDateTime &now = {})
{
    QStringList list;
    for (const LaunchProblem &problem : draft.validate(now)) {
        if (!problem.isError())
            list.append(problem.message());
    }
    return list;
}

LaunchDraft asyncPeople()
{
    LaunchDraft draft;
    draft.action = kPeople;
    draft.inputs = {profile("https://www.linkedin.com/in/ada")};
    return draft;
}

LaunchDraft ownAccount(const QList<Identity> &identities)
{
    LaunchDraft draft;
    draft.action = kMessages;
    draft.inputs = {
        InputDraft::fromJson({{QStringLiteral("linkedin_thread_url"), QStringLiteral("2-MTIz")}})};
    draft.identities = identities;
    return draft;
}

} // namespace

class TestLaunchDraft : public QObject
{
    Q_OBJECT

private slots:
    void limits_data();
    void limits();
    void asyncBody();
    void scheduleBody();
    void liveBody();
    void inputlessActionSendsOneEmptyInput();
    void inputProblemsNameTheirInput();
    void ownAccountNeedsExactlyOneIdentity();
    void managedIdentities();
    void directModeNeedsIdentities();
    void incrementalSync_data();
    void incrementalSync();
    void parameters_data();
    void parameters();
    void callback_data();
    void callback();
    void schedule_data();
    void schedule();
    void nameLength();
    void unknownAction();
};

void TestLaunchDraft::limits_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("problem");

    const int live = int(LaunchMode::Live);
    const int async = int(LaunchMode::Async);
    const int schedule = int(LaunchMode::Schedule);
    QTest::newRow("live 1") << live << 1 << QString();
    QTest::newRow("live 2") << live << 2
                            << QStringLiteral("A live query takes one input; this one has 2.");
    QTest::newRow("async 100,000") << async << 100000 << QString();
    QTest::newRow("async 100,001")
        << async << 100001
        << QStringLiteral("An async run takes at most 100,000 inputs; this one has 100,001.");
    QTest::newRow("async none") << async << 0
                                << QStringLiteral("An async run needs at least one input.");
    QTest::newRow("schedule 100") << schedule << 100 << QString();
    QTest::newRow("schedule 101") << schedule << 101
                                  << QStringLiteral(
                                         "A schedule takes at most 100 inputs; this one has 101.");
}

void TestLaunchDraft::limits()
{
    QFETCH(int, mode);
    QFETCH(int, count);
    QFETCH(QString, problem);

    QCOMPARE(InputLimits::problem(LaunchMode(mode), count).value_or(QString()), problem);
    QCOMPARE(InputLimits::maximum(LaunchMode::Live), 1);
    QCOMPARE(InputLimits::maximum(LaunchMode::Async), 100000);
    QCOMPARE(InputLimits::maximum(LaunchMode::Schedule), 100);
}

void TestLaunchDraft::asyncBody()
{
    LaunchDraft draft = asyncPeople();
    draft.name = QStringLiteral("Q3 prospects");
    InputDraft second = profile("https://www.linkedin.com/in/bob");
    second.customData.insert(QStringLiteral("crm_id"), QStringLiteral("42"));
    draft.inputs.append(second);
    draft.parameters = json(R"({"sections": true})");
    draft.identityMode = IdentityMode::Auto;
    draft.identities = {identity("id-1", "standard"), identity("id-2", "standard")};
    LaunchCallback callback;
    callback.url = QStringLiteral("https://hooks.example.com/edges");
    callback.on = LaunchCallback::On::Final;
    callback.headers = {{QStringLiteral("X-Secret"), QStringLiteral("s3cr3t")}};
    draft.callback = callback;
    // Schedule fields are not part of an async body.
    draft.cron = QStringLiteral("0 8 * * 1");

    QVERIFY2(draft.validate().isEmpty(), qPrintable(errors(draft).join(QLatin1Char('\n'))));
    const QJsonObject expected = json(R"({
        "inputs": [
            {"linkedin_profile_url": "https://www.linkedin.com/in/ada"},
            {"linkedin_profile_url": "https://www.linkedin.com/in/bob",
             "custom_data": {"crm_id": "42"}}
        ],
        "parameters": {"sections": true},
        "identity_ids": ["id-1", "id-2"],
        "identity_mode": "auto",
        "callback": {"url": "https://hooks.example.com/edges", "on": "final",
                     "headers": {"X-Secret": "s3cr3t"}},
        "name": "Q3 prospects"
    })");
    QCOMPARE(draft.toJson(), expected);

    // Nothing set, nothing sent: the service's defaults apply.
    const QJsonObject defaults =
        json(R"({"inputs": [{"linkedin_profile_url": "https://www.linkedin.com/in/ada"}]})");
    QCOMPARE(asyncPeople().toJson(), defaults);
}

void TestLaunchDraft::scheduleBody()
{
    LaunchDraft draft = asyncPeople();
    draft.mode = LaunchMode::Schedule;
    draft.name = QStringLiteral("weekly");
    draft.cron = QStringLiteral("  0  8 * *\tmon ");
    draft.timezone = QStringLiteral("Europe/Paris");
    draft.scheduleAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone("Europe/Paris"));
    draft.callback = LaunchCallback{QStringLiteral("https://hooks.example.com/x"), {}, {}};

    QVERIFY2(errors(draft).isEmpty(), qPrintable(errors(draft).join(QLatin1Char('\n'))));
    const QJsonObject expected = json(R"({
        "inputs": [{"linkedin_profile_url": "https://www.linkedin.com/in/ada"}],
        "callback": {"url": "https://hooks.example.com/x"},
        "name": "weekly",
        "cron": "0 8 * * mon",
        "timezone": "Europe/Paris",
        "schedule_at": "2026-03-02T08:30:00Z"
    })");
    QCOMPARE(draft.toJson(), expected);

    // Neither cron nor time: the schedule runs at once (2.4).
    draft.cron.clear();
    draft.timezone.clear();
    draft.scheduleAt = {};
    QCOMPARE(draft.toJson().keys(),
             (QStringList{QStringLiteral("callback"), QStringLiteral("inputs"),
                          QStringLiteral("name")}));
}

void TestLaunchDraft::liveBody()
{
    LaunchDraft draft = asyncPeople();
    draft.mode = LaunchMode::Live;
    draft.name = QStringLiteral("not sent");
    draft.callback = LaunchCallback{QStringLiteral("https://hooks.example.com/x"), {}, {}};
    draft.identityMode = IdentityMode::Managed;
    QVERIFY(draft.validate().isEmpty());
    const QJsonObject expected = json(R"({
        "input": {"linkedin_profile_url": "https://www.linkedin.com/in/ada"},
        "identity_mode": "managed"
    })");
    QCOMPARE(draft.toJson(), expected);
    draft.inputs.append(profile("https://www.linkedin.com/in/bob"));
    QCOMPARE(errors(draft),
             QStringList{QStringLiteral("inputs: A live query takes one input; this one has 2.")});

    LaunchDraft connections;
    connections.action = kConnections;
    connections.mode = LaunchMode::Live;
    connections.identities = {identity("id-1", "standard")};
    QVERIFY(connections.validate().isEmpty());
    const QJsonObject inputless = json(R"({"identity_ids": ["id-1"]})");
    QCOMPARE(connections.toJson(), inputless);
}

void TestLaunchDraft::inputlessActionSendsOneEmptyInput()
{
    LaunchDraft draft;
    draft.action = kConnections;
    draft.identities = {identity("id-1", "engagement")};
    QVERIFY(draft.validate().isEmpty());
    QCOMPARE(draft.toJson().value(QStringLiteral("inputs")), QJsonValue(QJsonArray{QJsonObject()}));
}

void TestLaunchDraft::inputProblemsNameTheirInput()
{
    LaunchDraft draft = asyncPeople();
    draft.inputs.append(profile("https://example.com/in/bob"));
    draft.inputs.append(profile("   "));
    const QList<LaunchProblem> problems = draft.validate();
    QCOMPARE(errors(draft),
             (QStringList{QStringLiteral("inputs[1].linkedin_profile_url: not a LinkedIn URL: "
                                         "'https://example.com/in/bob'"),
                          QStringLiteral("inputs[2].linkedin_profile_url: required, but only "
                                         "blanks")}));
    QCOMPARE(problems.at(0).input, 1);
    QCOMPARE(problems.at(0).field, QStringLiteral("linkedin_profile_url"));
    QVERIFY(LaunchProblem::anyError(problems));
    QVERIFY(!LaunchProblem::anyError(asyncPeople().validate()));
}

void TestLaunchDraft::ownAccountNeedsExactlyOneIdentity()
{
    const QString twoChosen = QStringLiteral("identity_ids: linkedin-extract-messages reads the "
                                             "identity's own account: choose exactly one "
                                             "identity (2 chosen)");
    LaunchDraft draft = ownAccount({identity("id-1", "standard"), identity("id-2", "standard")});
    QCOMPARE(errors(draft), QStringList{twoChosen});
    draft.identityMode = IdentityMode::Direct;
    QCOMPARE(errors(draft), QStringList{twoChosen});
    draft.identities.removeLast();
    QVERIFY(errors(draft).isEmpty());
    draft.identities.clear();
    draft.identityMode = IdentityMode::Auto;
    QCOMPARE(errors(draft), QStringList{QStringLiteral(
                                "identity_ids: linkedin-extract-messages reads the identity's "
                                "own account: choose exactly one identity (0 chosen)")});
    draft.identities = {identity("id-1", "standard"), identity("id-1", "standard")};
    QCOMPARE(errors(draft).constFirst(), QStringLiteral("identity_ids: 'id-1' is chosen twice"));
}

void TestLaunchDraft::managedIdentities()
{
    LaunchDraft own = ownAccount({identity("id-1", "standard")});
    own.identityMode = IdentityMode::Managed;
    QCOMPARE(errors(own), QStringList{QStringLiteral(
                              "identity_mode: linkedin-extract-messages reads the identity's own "
                              "account, so it cannot run on managed identities")});

    LaunchDraft contact = asyncPeople();
    contact.action = kContact;
    contact.identityMode = IdentityMode::Managed;
    QCOMPARE(errors(contact),
             QStringList{QStringLiteral("identity_mode: linkedin-extract-contact runs on direct or "
                                        "auto identities only, not managed")});

    LaunchDraft people = asyncPeople();
    people.identityMode = IdentityMode::Managed;
    QVERIFY(errors(people).isEmpty());
    QCOMPARE(people.creditMultiplier(), 1.5);
    people.identityMode = IdentityMode::Auto;
    QCOMPARE(people.creditMultiplier(), 1.0);
    QCOMPARE(identityModeFromApi(u"Managed"), IdentityMode::Managed);
    QCOMPARE(toApiString(IdentityMode::Direct), QLatin1String("direct"));
}

void TestLaunchDraft::directModeNeedsIdentities()
{
    LaunchDraft draft = asyncPeople();
    draft.identityMode = IdentityMode::Direct;
    QCOMPARE(errors(draft), QStringList{QStringLiteral("identity_ids: direct mode runs on the "
                                                       "identities listed: choose at least one")});
    draft.identities = {identity("id-1", "standard")};
    QVERIFY(errors(draft).isEmpty());
}

void TestLaunchDraft::incrementalSync_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("identityType");
    QTest::addColumn<QString>("refusal");

    const int async = int(LaunchMode::Async);
    QTest::newRow("engagement, async")
        << kMessages << async << QStringLiteral("engagement") << QString();
    QTest::newRow("engagement, schedule")
        << kMessages << int(LaunchMode::Schedule) << QStringLiteral("engagement") << QString();
    QTest::newRow("standard identity")
        << kMessages << async << QStringLiteral("standard")
        << QStringLiteral("incremental sync needs an engagement identity; Identity id-1 is "
                          "standard");
    QTest::newRow("type unknown")
        << kMessages << async << QString()
        << QStringLiteral("incremental sync needs an engagement identity; Identity id-1 is of "
                          "unknown type");
    QTest::newRow("live") << kMessages << int(LaunchMode::Live) << QStringLiteral("engagement")
                          << QStringLiteral("incremental sync runs in async and schedule modes "
                                            "only");
}

void TestLaunchDraft::incrementalSync()
{
    QFETCH(QString, action);
    QFETCH(int, mode);
    QFETCH(QString, identityType);
    QFETCH(QString, refusal);

    LaunchDraft draft = ownAccount({identity("id-1", "x")});
    draft.identities.first().type = identityType;
    draft.action = action;
    draft.mode = LaunchMode(mode);
    draft.parameters = json(R"({"sync_mode": "incremental", "max_results": 500})");
    const QStringList found = errors(draft);
    if (refusal.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        QCOMPARE(draft.toJson().value(QStringLiteral("parameters")).toObject(), draft.parameters);
    } else {
        QCOMPARE(found, QStringList{QStringLiteral("parameters.sync_mode: ") + refusal});
    }
    QCOMPARE(LaunchDraft::incrementalRefusal(*ActionCatalogue::find(action), LaunchMode(mode),
                                             draft.identities)
                 .value_or(QString()),
             refusal);
}

void TestLaunchDraft::parameters_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("parameters");
    QTest::addColumn<QString>("error");

    QTest::newRow("max_results 0") << kMessages << QByteArray(R"({"max_results": 0})") << QString();
    QTest::newRow("max_results 1000")
        << kMessages << QByteArray(R"({"max_results": 1000})") << QString();
    QTest::newRow("max_results 1001")
        << kMessages << QByteArray(R"({"max_results": 1001})")
        << QStringLiteral("parameters.max_results: must be a whole number from 0 to 1000, not "
                          "1001");
    QTest::newRow("max_results fraction")
        << kMessages << QByteArray(R"({"max_results": 2.5})")
        << QStringLiteral("parameters.max_results: must be a whole number from 0 to 1000, not 2.5");
    QTest::newRow("max_results text")
        << kMessages << QByteArray(R"({"max_results": "10"})")
        << QStringLiteral("parameters.max_results: must be a whole number from 0 to 1000, not a "
                          "string");
    QTest::newRow("boolean") << kPeople << QByteArray(R"({"skills": "yes"})")
                             << QStringLiteral("parameters.skills: must be true or false, not a "
                                               "string");
    QTest::newRow("sync_mode") << kMessages << QByteArray(R"({"sync_mode": "partial"})")
                               << QStringLiteral("parameters.sync_mode: must be \"full\" or "
                                                 "\"incremental\"");
    QTest::newRow("sync_mode full anywhere it exists")
        << kMessages << QByteArray(R"({"sync_mode": "full"})") << QString();
    QTest::newRow("not incremental: no sync_mode at all")
        << kPeople << QByteArray(R"({"sync_mode": "incremental"})")
        << QStringLiteral("parameters.sync_mode: not a parameter of linkedin-extract-people");
    QTest::newRow("unknown") << kContact << QByteArray(R"({"max_results": 5})")
                             << QStringLiteral("parameters.max_results: not a parameter of "
                                               "linkedin-extract-contact");
}

void TestLaunchDraft::parameters()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, parameters);
    QFETCH(QString, error);

    LaunchDraft draft =
        action == kMessages ? ownAccount({identity("id-1", "engagement")}) : asyncPeople();
    draft.action = action;
    draft.parameters = json(parameters.constData());
    QCOMPARE(errors(draft), error.isEmpty() ? QStringList() : QStringList{error});
}

void TestLaunchDraft::callback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("headerName");
    QTest::addColumn<QString>("headerValue");
    QTest::addColumn<QStringList>("problems");

    const QString https = QStringLiteral("https://hooks.example.com/in");
    const QString name = QStringLiteral("Authorization");
    const QString value = QStringLiteral("Bearer abc");
    QTest::newRow("https") << https << name << value << QStringList();
    QTest::newRow("local http (the sandbox delivers there)")
        << QStringLiteral("http://127.0.0.1:8080/hook") << name << value << QStringList();
    QTest::newRow("remote http") << QStringLiteral("http://hooks.example.com/in") << name << value
                                 << QStringList{QStringLiteral(
                                        "callback.url: must be an https URL (http only on this "
                                        "computer)")};
    QTest::newRow("empty") << QString() << name << value
                           << QStringList{QStringLiteral("callback.url: required for a callback")};
    QTest::newRow("not a URL") << QStringLiteral("https://exa mple.com") << name << value
                               << QStringList{QStringLiteral("callback.url: not a URL: "
                                                             "'https://exa mple.com'")};
    QTest::newRow("header name")
        << https << QStringLiteral("X Secret") << value
        << QStringList{QStringLiteral("callback.headers.X Secret: 'X Secret' is not a header name "
                                      "(letters, digits and !#$%&'*+-.^_`|~ only)")};
    // The value is a secret: the message does not repeat it.
    QTest::newRow("header value on two lines")
        << https << name << QStringLiteral("abc\r\nX-Injected: 1")
        << QStringList{QStringLiteral("callback.headers.Authorization: the value must be one line "
                                      "of text")};
}

void TestLaunchDraft::callback()
{
    QFETCH(QString, url);
    QFETCH(QString, headerName);
    QFETCH(QString, headerValue);
    QFETCH(QStringList, problems);

    LaunchDraft draft = asyncPeople();
    draft.callback = LaunchCallback{url, LaunchCallback::On::All, {{headerName, headerValue}}};
    QCOMPARE(errors(draft), problems);
    if (!problems.isEmpty())
        return;
    const QJsonObject expected{{QStringLiteral("url"), url},
                               {QStringLiteral("on"), QStringLiteral("all")},
                               {QStringLiteral("headers"), QJsonObject{{headerName, headerValue}}}};
    QCOMPARE(draft.toJson().value(QStringLiteral("callback")).toObject(), expected);
    // Header names are case-insensitive: one given twice in two spellings.
    draft.callback->headers.append({headerName.toUpper(), QStringLiteral("again")});
    QCOMPARE(errors(draft), QStringList{QStringLiteral("callback.headers.") + headerName.toUpper() +
                                        QStringLiteral(": given twice")});
}

void TestLaunchDraft::schedule_data()
{
    QTest::addColumn<QString>("cron");
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("warnings");

    const QString paris = QStringLiteral("Europe/Paris");
    QTest::newRow("good") << QStringLiteral("*/15 9-17 * * mon-fri") << paris << QStringList()
                          << QStringList();
    QTest::newRow("field error from the cron engine")
        << QStringLiteral("0 8 32 * *") << paris
        << QStringList{QStringLiteral("cron: day-of-month: 32 is out of range 1-31")}
        << QStringList();
    QTest::newRow("never fires") << QStringLiteral("0 0 30 2 *") << paris
                                 << QStringList{QStringLiteral(
                                        "cron: day-of-month: day 30 never occurs in February, "
                                        "so this expression never fires")}
                                 << QStringList();
    QTest::newRow("too long") << QStringLiteral("0 0 * * ") + QString(260, QLatin1Char('1'))
                              << paris
                              << QStringList{QStringLiteral("cron: at most 256 characters")}
                              << QStringList();
    QTest::newRow("unknown zone") << QStringLiteral("0 8 * * *") << QStringLiteral("Mars/Olympus")
                                  << QStringList{QStringLiteral("timezone: 'Mars/Olympus' is not "
                                                                "an IANA time zone")}
                                  << QStringList();
    // QTimeZone alone reads these as POSIX rules at UTC.
    QTest::newRow("city without its region")
        << QStringLiteral("0 8 * * *") << QStringLiteral("Paris")
        << QStringList{QStringLiteral("timezone: 'Paris' is not an IANA time zone; did you "
                                      "mean 'Europe/Paris'?")}
        << QStringList();
    QTest::newRow("zone abc1") << QStringLiteral("0 8 * * *") << QStringLiteral("abc1")
                               << QStringList{QStringLiteral("timezone: 'abc1' is not an IANA "
                                                             "time zone")}
                               << QStringList();
    QTest::newRow("no zone") << QStringLiteral("0 8 * * *") << QString() << QStringList()
                             << QStringList{QStringLiteral("timezone: not given, so the service "
                                                           "reads the cron in UTC")};
}

void TestLaunchDraft::schedule()
{
    QFETCH(QString, cron);
    QFETCH(QString, timezone);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, warnings);

    LaunchDraft draft = asyncPeople();
    draft.mode = LaunchMode::Schedule;
    draft.callback = LaunchCallback{QStringLiteral("https://hooks.example.com/x"), {}, {}};
    draft.cron = cron;
    draft.timezone = timezone;
    QCOMPARE(::errors(draft), errors);
    QCOMPARE(::warnings(draft), warnings);
}

void TestLaunchDraft::nameLength()
{
    LaunchDraft draft = asyncPeople();
    draft.name = QString(255, QLatin1Char('n'));
    QVERIFY(errors(draft).isEmpty());
    draft.name.append(QLatin1Char('n'));
    QCOMPARE(errors(draft),
             QStringList{QStringLiteral("name: at most 255 characters (this one has 256)")});

    // Schedule without callback, in the past: sent, with a word first.
    LaunchDraft schedule = asyncPeople();
    schedule.mode = LaunchMode::Schedule;
    const QDateTime now(QDate(2026, 5, 1), QTime(12, 0), QTimeZone::utc());
    schedule.scheduleAt = now.addSecs(-60);
    QVERIFY(errors(schedule, now).isEmpty());
    QCOMPARE(warnings(schedule, now),
             (QStringList{QStringLiteral("schedule_at: in the past; the contract does not say "
                                         "whether the service then runs it at once or refuses it"),
                          QStringLiteral("callback: the schedules guide lists a callback as "
                                         "required; the service may refuse a schedule without "
                                         "one")}));
    schedule.scheduleAt = now.addSecs(60);
    QCOMPARE(warnings(schedule, now).size(), 1);
}

void TestLaunchDraft::unknownAction()
{
    LaunchDraft draft = asyncPeople();
    draft.action = QStringLiteral("linkedin-send-message");
    QCOMPARE(errors(draft), QStringList{QStringLiteral(
                                "action: 'linkedin-send-message' is not in the catalogue")});
    draft.action.clear();
    QCOMPARE(errors(draft), QStringList{QStringLiteral("action: choose an action")});
}

QTEST_APPLESS_MAIN(TestLaunchDraft)
#include "tst_launchdraft.moc"
