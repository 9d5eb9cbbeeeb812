// The sandbox's synthetic results: a pure function of seed and arguments,
// each action's objects carrying exactly the fields and JSON types of
// contract section 7, extract-people's flags adding their fields, outcome
// classification by content, result counts, unique ids per index, and
// incremental items dated by their createdAt.
//
// The field tables below are copied from EDGES_API.md section 7, not from
// the implementation: a field the contract gives no type for is a string.

#include "core/domain/actioncatalogue.h"
#include "sandbox/actionslugs.h"
#include "sandbox/syntheticdata.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTest>

#include <cmath>

namespace {

enum class Type
{
    String,
    Integer,
    Boolean,
    DateTime,
    Object,
    // Elements unspecified by the contract.
    Array,
    StringArray,
    // Elements are objects; their fields are in elementFields().
    ObjectArray,
};

struct Field
{
    QString name;
    Type type = Type::String;
};

using FieldTable = QList<Field>;

FieldTable table(std::initializer_list<std::pair<const char *, Type>> rows)
{
    FieldTable fields;
    for (const auto &[name, type] : rows)
        fields.append({QString::fromLatin1(name), type});
    return fields;
}

// 7.1
FieldTable connectionFields()
{
    return table({
        {"connected_at", Type::DateTime},
        {"first_name", Type::String},
        {"last_name", Type::String},
        {"full_name", Type::String},
        {"job_title", Type::String},
        {"linkedin_profile_handle", Type::String},
        {"linkedin_profile_url", Type::String},
        {"linkedin_profile_id", Type::Integer},
        {"profile_image_url", Type::String},
        {"sales_navigator_profile_id", Type::String},
    });
}

// 7.2
FieldTable messageFields()
{
    return table({
        {"linkedin_thread_id", Type::String},
        {"position", Type::Integer},
        {"delivered_at", Type::DateTime},
        {"created_at", Type::DateTime},
        {"first_name", Type::String},
        {"last_name", Type::String},
        {"linkedin_profile_id", Type::Integer},
        {"sales_navigator_profile_id", Type::String},
        {"job_title", Type::String},
        {"content", Type::String},
        {"message_id", Type::String},
        {"attachments", Type::ObjectArray},
    });
}

// 7.3
FieldTable viewerFields()
{
    return table({
        {"view_timestamp", Type::Integer},
        {"view_date", Type::String},
        {"connection_degree", Type::String},
        {"linkedin_profile_handle", Type::String},
        {"headline", Type::String},
        {"linkedin_profile_url", Type::String},
        {"sales_navigator_profile_id", Type::String},
        {"linkedin_profile_id", Type::Integer},
        {"profile_image_url", Type::String},
        {"linkedin_people_post_search_url", Type::String},
    });
}

// 7.4
FieldTable conversationFields()
{
    return table({
        {"linkedin_thread_id", Type::String},
        {"linkedin_thread_url", Type::String},
        {"participants", Type::ObjectArray},
        {"last_message", Type::Object},
        {"last_activity_at", Type::DateTime},
        {"read", Type::Boolean},
        {"unread_count", Type::Integer},
        {"total_received_messages", Type::Integer},
        {"created_at", Type::DateTime},
        {"sponsored", Type::Boolean},
    });
}

// 7.5
FieldTable searchPeopleFields()
{
    return table({
        {"full_name", Type::String},
        {"first_name", Type::String},
        {"last_name", Type::String},
        {"job_title", Type::String},
        {"current_title", Type::String},
        {"company_name", Type::String},
        {"headline", Type::String},
        {"location", Type::String},
        {"linkedin_profile_url", Type::String},
        {"linkedin_profile_handle", Type::String},
        {"profile_image_url", Type::String},
        {"linkedin_profile_id", Type::Integer},
        {"sales_navigator_profile_id", Type::String},
        {"connection_degree", Type::String},
        {"shared_connection_search_url", Type::String},
        {"number_shared_connections", Type::Integer},
        {"shared_connection_profile_urls", Type::StringArray},
        {"linkedin_people_post_search_url", Type::String},
    });
}

// 7.6, always present.
FieldTable peopleFields()
{
    return table({
        {"linkedin_profile_handle", Type::String},
        {"first_name", Type::String},
        {"last_name", Type::String},
        {"full_name", Type::String},
        {"birth_date", Type::String},
        {"headline", Type::String},
        {"profile_image_url", Type::String},
        {"sales_navigator_profile_id", Type::String},
        {"linkedin_profile_id", Type::Integer},
        {"linkedin_profile_url", Type::String},
        {"linkedin_people_post_search_url", Type::String},
        {"profile_country", Type::String},
        {"profile_language", Type::String},
        {"location", Type::String},
        {"open_to_work", Type::Boolean},
    });
}

FieldTable sectionsFields()
{
    return table({
        {"summary", Type::String},
        {"job_title", Type::String},
        {"company_name", Type::String},
        {"linkedin_company_url", Type::String},
        {"linkedin_company_id", Type::Integer},
        {"education", Type::ObjectArray},
        {"languages", Type::Array},
        {"volunteer_experiences", Type::Array},
    });
}

// Besides these, `past_*` summary fields (checked by prefix).
FieldTable experiencesFields()
{
    return table({{"experiences", Type::ObjectArray}});
}

FieldTable skillsFields()
{
    return table({{"skills", Type::ObjectArray}});
}

FieldTable highlightsFields()
{
    return table({
        {"number_connections", Type::Integer},
        {"number_followers", Type::Integer},
        {"connection_degree", Type::String},
        {"linkedin_thread_id", Type::String},
        {"connected_at", Type::DateTime},
    });
}

// 7.7
FieldTable contactFields()
{
    return table({
        {"connected_at", Type::DateTime},
        {"email", Type::String},
        {"website", Type::String},
        {"twitter_handles", Type::StringArray},
        {"twitter", Type::String},
        {"phones", Type::StringArray},
        {"phone", Type::String},
        {"linkedin_profile_handle", Type::String},
        {"linkedin_profile_url", Type::String},
        {"sales_navigator_profile_id", Type::String},
        {"linkedin_profile_id", Type::Integer},
    });
}

// Elements of the object arrays; an empty table means "objects of any
// shape" (7.4's participants are only "profile-like").
FieldTable elementFields(const QString &arrayName)
{
    if (arrayName == QLatin1String("attachments"))
        return table({{"type", Type::String}, {"errorMessage", Type::String}});
    if (arrayName == QLatin1String("education")) {
        return table({
            {"title", Type::String},
            {"school_name", Type::String},
            {"school_description", Type::String},
            {"linkedin_school_url", Type::String},
            {"linkedin_school_id", Type::String},
            {"date", Type::String},
            {"degree_name", Type::String},
            {"field_of_study", Type::String},
            {"company_logo_url", Type::String},
        });
    }
    if (arrayName == QLatin1String("experiences")) {
        return table({
            {"title", Type::String},
            {"company_name", Type::String},
            {"company_description", Type::String},
            {"linkedin_company_url", Type::String},
            {"linkedin_company_id", Type::Integer},
            {"location", Type::String},
            {"date", Type::String},
            {"job_time_period", Type::String},
            {"job_contract_type", Type::String},
            {"company_logo_url", Type::String},
        });
    }
    if (arrayName == QLatin1String("skills"))
        return table({{"name", Type::String}});
    return {};
}

FieldTable withExtractedAt(FieldTable fields)
{
    fields.append({QStringLiteral("extracted_at"), Type::DateTime});
    return fields;
}

bool isIsoUtc(const QJsonValue &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    return value.isString() && pattern.match(value.toString()).hasMatch() &&
           QDateTime::fromString(value.toString(), Qt::ISODate).isValid();
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::trunc(number) == number && std::abs(number) < 9007199254740992.0;
}

QString checkFields(const QJsonObject &object, const FieldTable &fields, const QString &where);

// Empty when the value has the type, else what is wrong.
QString checkValue(const QJsonValue &value, const Field &field, const QString &where)
{
    const QString at = where + u'.' + field.name;
    bool ok = false;
    switch (field.type) {
    case Type::String:
        ok = value.isString();
        break;
    case Type::Integer:
        ok = isInteger(value);
        break;
    case Type::Boolean:
        ok = value.isBool();
        break;
    case Type::DateTime:
        ok = isIsoUtc(value);
        break;
    case Type::Object:
        ok = value.isObject();
        break;
    case Type::Array:
        ok = value.isArray();
        break;
    case Type::StringArray:
        ok = value.isArray();
        for (const QJsonValue &element : value.toArray())
            ok = ok && element.isString();
        break;
    case Type::ObjectArray: {
        ok = value.isArray();
        const FieldTable elements = elementFields(field.name);
        for (const QJsonValue &element : value.toArray()) {
            if (!element.isObject() || element.toObject().isEmpty())
                return at + QLatin1String(": element is not a non-empty object");
            if (!elements.isEmpty()) {
                const QString problem = checkFields(element.toObject(), elements, at);
                if (!problem.isEmpty())
                    return problem;
            }
        }
        break;
    }
    }
    if (ok)
        return {};
    return at + QLatin1String(": wrong type in ") +
           QString::fromUtf8(
               QJsonDocument(QJsonObject{{field.name, value}}).toJson(QJsonDocument::Compact));
}

// Exactly the table's keys, each of its type.
QString checkFields(const QJsonObject &object, const FieldTable &fields, const QString &where)
{
    QStringList expected;
    for (const Field &field : fields)
        expected << field.name;
    QStringList actual = object.keys();
    expected.sort();
    actual.sort();
    if (actual != expected) {
        QStringList missing, extra;
        for (const QString &name : std::as_const(expected)) {
            if (!actual.contains(name))
                missing << name;
        }
        for (const QString &name : std::as_const(actual)) {
            if (!expected.contains(name))
                extra << name;
        }
        return where + QLatin1String(": missing [") + missing.join(QLatin1String(", ")) +
               QLatin1String("], unexpected [") + extra.join(QLatin1String(", ")) + u']';
    }
    for (const Field &field : fields) {
        const QString problem = checkValue(object.value(field.name), field, where);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

const ActionSpec &action(const char *slug)
{
    const ActionSpec *spec = ActionCatalogue::find(QString::fromLatin1(slug));
    if (!spec)
        qFatal("action %s is not in the catalogue", slug);
    return *spec;
}

QJsonObject profileInput(const QString &url)
{
    return {{QStringLiteral("linkedin_profile_url"), url}};
}

QJsonObject threadInput(const QString &url)
{
    return {{QStringLiteral("linkedin_thread_url"), url}};
}

QJsonObject searchInput(const QString &url)
{
    return {{QStringLiteral("linkedin_people_search_url"), url}};
}

// A plausible input for each action.
QJsonObject sampleInput(const QString &slug)
{
    if (slug == QLatin1String("linkedin-extract-messages"))
        return threadInput(QStringLiteral("https://www.linkedin.com/messaging/thread/2-ZmE2OTk=/"));
    if (slug == QLatin1String("linkedin-search-people")) {
        return searchInput(QStringLiteral(
            "https://www.linkedin.com/search/results/people/?keywords=data%20engineer"));
    }
    if (slug == QLatin1String("linkedin-extract-people") ||
        slug == QLatin1String("linkedin-extract-contact"))
        return profileInput(QStringLiteral("https://www.linkedin.com/in/jane-doe/"));
    return {};
}

QJsonObject peopleParameters(bool sections, bool experiences, bool skills, bool highlights)
{
    return {
        {QStringLiteral("sections"), sections},
        {QStringLiteral("experiences"), experiences},
        {QStringLiteral("skills"), skills},
        {QStringLiteral("highlights"), highlights},
    };
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

const QDateTime ExtractedAt = utc("2026-03-20T10:15:00Z");

QStringList listSlugs()
{
    return {
        QStringLiteral("linkedin-extract-connections"), QStringLiteral("linkedin-extract-messages"),
        QStringLiteral("linkedin-extract-profile-viewers"),
        QStringLiteral("linkedin-extract-conversations"), QStringLiteral("linkedin-search-people")};
}

} // namespace

Q_DECLARE_METATYPE(FieldTable)
Q_DECLARE_METATYPE(SyntheticData::InputOutcome)

class TestSyntheticData : public QObject
{
    Q_OBJECT

private slots:
    void slugsAreInTheCatalogue();
    void sameSeedSameData_data();
    void sameSeedSameData();
    void otherSeedOtherData_data();
    void otherSeedOtherData();

    void resultFields_data();
    void resultFields();
    void extractPeopleFlags_data();
    void extractPeopleFlags();

    void outcome_data();
    void outcome();
    void availableResultsSingle_data();
    void availableResultsSingle();
    void availableResultsSpread_data();
    void availableResultsSpread();

    void uniqueAcrossIndices_data();
    void uniqueAcrossIndices();
    void listDatesNewestFirstInThePast_data();
    void listDatesNewestFirstInThePast();
    void resultsFollowInput();
    void conversationThreadHasItsParticipants();
    void searchesDiffer();
    void customDataIsIgnored();

    void sourceItemFields_data();
    void sourceItemFields();
    void sourceItemDates_data();
    void sourceItemDates();
    void sourceItemsUnique_data();
    void sourceItemsUnique();
};

void TestSyntheticData::sameSeedSameData_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QJsonObject>("parameters");
    for (const ActionSpec &spec : ActionCatalogue::actions())
        QTest::newRow(qPrintable(spec.slug)) << spec.slug << QJsonObject();
    QTest::newRow("linkedin-extract-people all flags")
        << QStringLiteral("linkedin-extract-people") << peopleParameters(true, true, true, true);
}

void TestSyntheticData::sameSeedSameData()
{
    QFETCH(QString, slug);
    QFETCH(QJsonObject, parameters);
    const ActionSpec *spec = ActionCatalogue::find(slug);
    QVERIFY(spec);
    const SyntheticData first(42);
    const SyntheticData second(42);
    const QJsonObject input = sampleInput(slug);
    for (int index = 0; index < 5; ++index) {
        QCOMPARE(first.result(*spec, input, parameters, index, ExtractedAt),
                 second.result(*spec, input, parameters, index, ExtractedAt));
    }
    QCOMPARE(first.availableResults(*spec, input), second.availableResults(*spec, input));
    const QString identity = QStringLiteral("7f1c2a44-0d5e-4b8e-9a51-3c2f6b1e9d07");
    QCOMPARE(first.sourceItem(*spec, identity, 3, ExtractedAt.addDays(-1), ExtractedAt),
             second.sourceItem(*spec, identity, 3, ExtractedAt.addDays(-1), ExtractedAt));
}

void TestSyntheticData::otherSeedOtherData_data()
{
    sameSeedSameData_data();
}

void TestSyntheticData::otherSeedOtherData()
{
    QFETCH(QString, slug);
    QFETCH(QJsonObject, parameters);
    const ActionSpec *spec = ActionCatalogue::find(slug);
    QVERIFY(spec);
    const QJsonObject input = sampleInput(slug);
    const QJsonObject one = SyntheticData(42).result(*spec, input, parameters, 0, ExtractedAt);
    const QJsonObject other = SyntheticData(43).result(*spec, input, parameters, 0, ExtractedAt);
    QVERIFY(one != other);
    QCOMPARE(one.keys(), other.keys());
}

void TestSyntheticData::resultFields_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QJsonObject>("parameters");
    QTest::addColumn<FieldTable>("fields");

    const QString jane = QStringLiteral("https://www.linkedin.com/in/jane-doe/");
    QTest::newRow("connections") << QStringLiteral("linkedin-extract-connections") << QJsonObject()
                                 << QJsonObject() << connectionFields();
    QTest::newRow("messages") << QStringLiteral("linkedin-extract-messages")
                              << sampleInput(QStringLiteral("linkedin-extract-messages"))
                              << QJsonObject() << messageFields();
    QTest::newRow("profile viewers") << QStringLiteral("linkedin-extract-profile-viewers")
                                     << QJsonObject() << QJsonObject() << viewerFields();
    QTest::newRow("conversations")
        << QStringLiteral("linkedin-extract-conversations") << QJsonObject()
        << QJsonObject{{QStringLiteral("read"), false}} << conversationFields();
    QTest::newRow("search people")
        << QStringLiteral("linkedin-search-people")
        << searchInput(QStringLiteral("https://www.linkedin.com/search/results/people/"
                                      "?keywords=recruiter&origin=GLOBAL_SEARCH_HEADER"))
        << QJsonObject{{QStringLiteral("only_extract_unique_profile"), true}}
        << searchPeopleFields();
    QTest::newRow("extract people, defaults")
        << QStringLiteral("linkedin-extract-people") << profileInput(jane) << QJsonObject()
        << peopleFields();
    QTest::newRow("extract people, sales navigator url")
        << QStringLiteral("linkedin-extract-people")
        << profileInput(QStringLiteral("https://www.linkedin.com/sales/lead/ACwAAB1x,NAME,abc"))
        << QJsonObject() << peopleFields();
    QTest::newRow("extract contact") << QStringLiteral("linkedin-extract-contact")
                                     << profileInput(jane) << QJsonObject() << contactFields();
}

void TestSyntheticData::resultFields()
{
    QFETCH(QString, slug);
    QFETCH(QJsonObject, input);
    QFETCH(QJsonObject, parameters);
    QFETCH(FieldTable, fields);
    const ActionSpec *spec = ActionCatalogue::find(slug);
    QVERIFY(spec);
    const SyntheticData data(7);
    // Enough indices that optional contents (attachments, shared
    // connections, second participants) show up and get checked.
    const int count = spec->returnsList() ? 60 : 3;
    for (int index = 0; index < count; ++index) {
        const QJsonObject result = data.result(*spec, input, parameters, index, ExtractedAt);
        const QString problem =
            checkFields(result, withExtractedAt(fields), QStringLiteral("[%1]").arg(index));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(result.value(QLatin1String("extracted_at")).toString(),
                 QStringLiteral("2026-03-20T10:15:00Z"));
    }
}

void TestSyntheticData::extractPeopleFlags_data()
{
    QTest::addColumn<QJsonObject>("parameters");
    QTest::addColumn<FieldTable>("fields");
    QTest::addColumn<bool>("past");

    QTest::newRow("no flags") << peopleParameters(false, false, false, false) << peopleFields()
                              << false;
    QTest::newRow("sections") << peopleParameters(true, false, false, false)
                              << peopleFields() + sectionsFields() << false;
    QTest::newRow("experiences") << peopleParameters(false, true, false, false)
                                 << peopleFields() + experiencesFields() << true;
    QTest::newRow("skills") << peopleParameters(false, false, true, false)
                            << peopleFields() + skillsFields() << false;
    QTest::newRow("highlights") << peopleParameters(false, false, false, true)
                                << peopleFields() + highlightsFields() << false;
    QTest::newRow("sections and skills")
        << peopleParameters(true, false, true, false)
        << peopleFields() + sectionsFields() + skillsFields() << false;
    QTest::newRow("all") << peopleParameters(true, true, true, true)
                         << peopleFields() + sectionsFields() + experiencesFields() +
                                skillsFields() + highlightsFields()
                         << true;
}

void TestSyntheticData::extractPeopleFlags()
{
    QFETCH(QJsonObject, parameters);
    QFETCH(FieldTable, fields);
    QFETCH(bool, past);
    const ActionSpec &spec = action("linkedin-extract-people");
    const SyntheticData data(11);
    const QStringList urls = {QStringLiteral("https://www.linkedin.com/in/jane-doe/"),
                              QStringLiteral("https://www.linkedin.com/in/marco-rossi-8b12a7"),
                              QStringLiteral("https://www.linkedin.com/in/xiaoming")};
    for (const QString &url : urls) {
        const QJsonObject input = profileInput(url);
        QJsonObject result = data.result(spec, input, parameters, 0, ExtractedAt);

        // past_* fields are only named by example in 7.6: there must be
        // some with experiences, none without, and they are strings.
        QStringList pastKeys;
        for (const QString &key : result.keys()) {
            if (key.startsWith(QLatin1String("past_"))) {
                pastKeys << key;
                QVERIFY2(result.value(key).isString(), qPrintable(key));
                result.remove(key);
            }
        }
        QCOMPARE(!pastKeys.isEmpty(), past);

        const QString problem = checkFields(result, withExtractedAt(fields), url);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Flags add fields; they never change the ones always present.
        const QJsonObject plain = data.result(spec, input, QJsonObject(), 0, ExtractedAt);
        for (const Field &field : peopleFields())
            QCOMPARE(result.value(field.name), plain.value(field.name));
    }
}

void TestSyntheticData::outcome_data()
{
    using Outcome = SyntheticData::InputOutcome;
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<Outcome>("expected");

    const QString people = QStringLiteral("linkedin-extract-people");
    QTest::newRow("plain profile")
        << people << profileInput(QStringLiteral("https://www.linkedin.com/in/jane-doe"))
        << Outcome::Normal;
    QTest::newRow("products page")
        << people << profileInput(QStringLiteral("https://www.linkedin.com/products/acme-widget/"))
        << Outcome::Blocked;
    QTest::newRow("products page, other case")
        << people << profileInput(QStringLiteral("HTTPS://WWW.LinkedIn.com/Products/acme/"))
        << Outcome::Blocked;
    QTest::newRow("no-result") << people
                               << profileInput(
                                      QStringLiteral("https://www.linkedin.com/in/no-result-42"))
                               << Outcome::NoResult;
    QTest::newRow("NO-RESULT") << people
                               << profileInput(
                                      QStringLiteral("https://www.linkedin.com/in/NO-RESULT"))
                               << Outcome::NoResult;
    QTest::newRow("unusable") << people
                              << profileInput(
                                     QStringLiteral("https://www.linkedin.com/in/unusable-jo"))
                              << Outcome::Unusable;
    QTest::newRow("transient") << QStringLiteral("linkedin-extract-messages")
                               << threadInput(QStringLiteral(
                                      "https://www.linkedin.com/messaging/thread/Transient-1/"))
                               << Outcome::Transient;
    QTest::newRow("products wins over transient")
        << people
        << profileInput(QStringLiteral("https://www.linkedin.com/products/transient-widget"))
        << Outcome::Blocked;
    QTest::newRow("no-result wins over unusable")
        << people << profileInput(QStringLiteral("https://www.linkedin.com/in/unusable-no-result"))
        << Outcome::NoResult;
    QTest::newRow("unusable wins over transient")
        << people << profileInput(QStringLiteral("https://www.linkedin.com/in/transient-unusable"))
        << Outcome::Unusable;
    QTest::newRow("any string field counts")
        << people
        << QJsonObject{{QStringLiteral("linkedin_profile_url"),
                        QStringLiteral("https://www.linkedin.com/in/jane-doe")},
                       {QStringLiteral("note"), QStringLiteral("make it transient")}}
        << Outcome::Transient;
    QTest::newRow("custom_data does not count")
        << people
        << QJsonObject{{QStringLiteral("linkedin_profile_url"),
                        QStringLiteral("https://www.linkedin.com/in/jane-doe")},
                       {QStringLiteral("custom_data"),
                        QJsonObject{{QStringLiteral("tag"), QStringLiteral("unusable")}}}}
        << Outcome::Normal;
    QTest::newRow("no input") << QStringLiteral("linkedin-extract-connections") << QJsonObject()
                              << Outcome::Normal;
}

void TestSyntheticData::outcome()
{
    QFETCH(QString, slug);
    QFETCH(QJsonObject, input);
    QFETCH(SyntheticData::InputOutcome, expected);
    const ActionSpec *spec = ActionCatalogue::find(slug);
    QVERIFY(spec);
    QCOMPARE(SyntheticData(1).outcome(*spec, input), expected);
    QCOMPARE(SyntheticData(2).outcome(*spec, input), expected);
}

void TestSyntheticData::availableResultsSingle_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("expected");

    for (const char *slug : {"linkedin-extract-people", "linkedin-extract-contact"}) {
        const QString name = QString::fromLatin1(slug);
        const QString prefix = name + QLatin1String(", ");
        QTest::newRow(qPrintable(prefix + QLatin1String("normal")))
            << name << QStringLiteral("https://www.linkedin.com/in/jane-doe") << 1;
        QTest::newRow(qPrintable(prefix + QLatin1String("transient")))
            << name << QStringLiteral("https://www.linkedin.com/in/transient") << 1;
        QTest::newRow(qPrintable(prefix + QLatin1String("no result")))
            << name << QStringLiteral("https://www.linkedin.com/in/no-result") << 0;
        QTest::newRow(qPrintable(prefix + QLatin1String("unusable")))
            << name << QStringLiteral("https://www.linkedin.com/in/unusable") << 0;
        QTest::newRow(qPrintable(prefix + QLatin1String("blocked")))
            << name << QStringLiteral("https://www.linkedin.com/products/x") << 0;
    }
    QTest::newRow("search, no result")
        << QStringLiteral("linkedin-search-people")
        << QStringLiteral("https://www.linkedin.com/search/results/people/?keywords=no-result")
        << 0;
    QTest::newRow("search, unusable")
        << QStringLiteral("linkedin-search-people")
        << QStringLiteral("https://www.linkedin.com/search/results/people/?keywords=unusable") << 0;
    QTest::newRow("messages, blocked")
        << QStringLiteral("linkedin-extract-messages")
        << QStringLiteral("https://www.linkedin.com/products/x") << 0;
}

void TestSyntheticData::availableResultsSingle()
{
    QFETCH(QString, slug);
    QFETCH(QString, url);
    QFETCH(int, expected);
    const ActionSpec *spec = ActionCatalogue::find(slug);
    QVERIFY(spec);
    const QString field = spec->inputFields.constFirst();
    QCOMPARE(SyntheticData(5).availableResults(*spec, QJsonObject{{field, url}}), expected);
}

void TestSyntheticData::availableResultsSpread_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::newRow("normal") << QStringLiteral("designer");
    QTest::newRow("transient behaves like normal") << QStringLiteral("transient");
}

void TestSyntheticData::availableResultsSpread()
{
    QFETCH(QString, keyword);
    const ActionSpec &spec = action("linkedin-search-people");
    const SyntheticData data(99);
    const SyntheticData same(99);
    const SyntheticData other(100);
    const int inputs = 400;
    int small = 0;
    int large = 0;
    int differentAcrossSeeds = 0;
    QSet<int> distinct;
    for (int i = 0; i < inputs; ++i) {
        const QJsonObject input = searchInput(
            QStringLiteral("https://www.linkedin.com/search/results/people/?keywords=%1&page=%2")
                .arg(keyword)
                .arg(i));
        const int count = data.availableResults(spec, input);
        QVERIFY2(count >= 5 && count <= 600, qPrintable(QString::number(count)));
        QCOMPARE(same.availableResults(spec, input), count);
        if (other.availableResults(spec, input) != count)
            ++differentAcrossSeeds;
        if (count <= 250)
            ++small;
        else
            ++large;
        distinct.insert(count);
    }
    // Most inputs hold a few pages, a few hold many.
    QVERIFY2(small >= inputs * 3 / 4, qPrintable(QString::number(small)));
    QVERIFY(large >= 1);
    QVERIFY(distinct.size() >= 50);
    QVERIFY(differentAcrossSeeds >= inputs / 2);

    // Actions without input get one count per seed, in the same bounds.
    for (const QString &slug : listSlugs()) {
        const ActionSpec *list = ActionCatalogue::find(slug);
        QVERIFY(list);
        const int count = data.availableResults(*list, sampleInput(slug));
        QVERIFY2(count >= 5 && count <= 600, qPrintable(slug));
    }
}

void TestSyntheticData::uniqueAcrossIndices_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("connections") << QStringLiteral("linkedin-extract-connections")
                                 << QStringList{QStringLiteral("linkedin_profile_id"),
                                                QStringLiteral("linkedin_profile_handle")};
    QTest::newRow("messages") << QStringLiteral("linkedin-extract-messages")
                              << QStringList{QStringLiteral("message_id"),
                                             QStringLiteral("created_at")};
    QTest::newRow("profile viewers") << QStringLiteral("linkedin-extract-profile-viewers")
                                     << QStringList{QStringLiteral("linkedin_profile_id"),
                                                    QStringLiteral("linkedin_profile_handle")};
    QTest::newRow("conversations")
        << QStringLiteral("linkedin-extract-conversations")
        << QStringList{QStringLiteral("linkedin_thread_id"), QStringLiteral("linkedin_thread_url")};
    QTest::newRow("search people") << QStringLiteral("linkedin-search-people")
                                   << QStringList{QStringLiteral("linkedin_profile_id"),
                                                  QStringLiteral("linkedin_profile_handle")};
    QTest::newRow("extract people") << QStringLiteral("linkedin-extract-people")
                                    << QStringList{QStringLiteral("linkedin_profile_id")};
    QTest::newRow("extract contact") << QStringLiteral("linkedin-extract-contact")
                                     << QStringList{QStringLiteral("linkedin_profile_id")};
}

void TestSyntheticData::uniqueAcrossIndices()
{
    QFETCH(QString, slug);
    QFETCH(QStringList, keys);
    const ActionSpec *spec = ActionCatalogue::find(slug);
    QVERIFY(spec);
    const SyntheticData data(3);
    const QJsonObject input = sampleInput(slug);
    const int count = spec->returnsList() ? 600 : 20;
    for (const QString &key : std::as_const(keys)) {
        QSet<QString> seen;
        for (int index = 0; index < count; ++index) {
            const QJsonValue value =
                data.result(*spec, input, QJsonObject(), index, ExtractedAt).value(key);
            const QString text =
                value.isString() ? value.toString() : QString::number(value.toInteger());
            QVERIFY2(!seen.contains(text), qPrintable(key + QLatin1String(" repeats: ") + text));
            seen.insert(text);
        }
    }
}

void TestSyntheticData::listDatesNewestFirstInThePast_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("field");
    QTest::newRow("connections") << QStringLiteral("linkedin-extract-connections")
                                 << QStringLiteral("connected_at");
    QTest::newRow("messages") << QStringLiteral("linkedin-extract-messages")
                              << QStringLiteral("created_at");
    QTest::newRow("profile viewers")
        << QStringLiteral("linkedin-extract-profile-viewers") << QStringLiteral("view_timestamp");
    QTest::newRow("conversations")
        << QStringLiteral("linkedin-extract-conversations") << QStringLiteral("last_activity_at");
}

void TestSyntheticData::listDatesNewestFirstInThePast()
{
    QFETCH(QString, slug);
    QFETCH(QString, field);
    const ActionSpec *spec = ActionCatalogue::find(slug);
    QVERIFY(spec);
    const SyntheticData data(8);
    QDateTime previous = ExtractedAt;
    for (int index = 0; index < 300; ++index) {
        const QJsonObject result =
            data.result(*spec, sampleInput(slug), QJsonObject(), index, ExtractedAt);
        const QJsonValue value = result.value(field);
        const QDateTime when = value.isString()
                                   ? QDateTime::fromString(value.toString(), Qt::ISODate)
                                   : QDateTime::fromSecsSinceEpoch(value.toInteger(), Qt::UTC);
        QVERIFY(when.isValid());
        QVERIFY2(when < previous, qPrintable(QString::number(index)));
        previous = when;
        if (result.contains(QLatin1String("delivered_at"))) {
            const QDateTime delivered = QDateTime::fromString(
                result.value(QLatin1String("delivered_at")).toString(), Qt::ISODate);
            QVERIFY(delivered >= when && delivered <= ExtractedAt);
        }
        if (result.contains(QLatin1String("view_date"))) {
            QCOMPARE(result.value(QLatin1String("view_date")).toString(),
                     when.date().toString(Qt::ISODate));
        }
    }
}

void TestSyntheticData::resultsFollowInput()
{
    const SyntheticData data(21);
    const QJsonObject jane = profileInput(QStringLiteral("https://www.linkedin.com/in/jane-doe/"));
    const QJsonObject person =
        data.result(action("linkedin-extract-people"), jane,
                    peopleParameters(true, true, true, true), 0, ExtractedAt);
    QCOMPARE(person.value(QLatin1String("linkedin_profile_handle")).toString(),
             QStringLiteral("jane-doe"));
    QCOMPARE(person.value(QLatin1String("linkedin_profile_url")).toString(),
             QStringLiteral("https://www.linkedin.com/in/jane-doe"));
    QCOMPARE(person.value(QLatin1String("first_name")).toString(), QStringLiteral("Jane"));
    QCOMPARE(person.value(QLatin1String("last_name")).toString(), QStringLiteral("Doe"));
    QCOMPARE(person.value(QLatin1String("full_name")).toString(), QStringLiteral("Jane Doe"));
    QVERIFY(person.value(QLatin1String("connected_at")).toString() <
            person.value(QLatin1String("extracted_at")).toString());

    // Both actions describe the same person for the same profile.
    const QJsonObject contact =
        data.result(action("linkedin-extract-contact"), jane, QJsonObject(), 0, ExtractedAt);
    QCOMPARE(contact.value(QLatin1String("linkedin_profile_handle")).toString(),
             QStringLiteral("jane-doe"));
    QCOMPARE(contact.value(QLatin1String("linkedin_profile_id")),
             person.value(QLatin1String("linkedin_profile_id")));
    QVERIFY(
        contact.value(QLatin1String("email")).toString().startsWith(QLatin1String("jane.doe@")));

    // A bare handle is accepted too.
    const QJsonObject bare =
        data.result(action("linkedin-extract-people"), profileInput(QStringLiteral("jane-doe")),
                    QJsonObject(), 0, ExtractedAt);
    QCOMPARE(bare.value(QLatin1String("linkedin_profile_id")),
             person.value(QLatin1String("linkedin_profile_id")));

    const ActionSpec &messages = action("linkedin-extract-messages");
    const QString threadId = QStringLiteral("2-OWE3YzQxZjUtYzE0Mi00ZDNi==");
    const QJsonObject byUrl =
        threadInput(QLatin1String("https://www.linkedin.com/messaging/thread/") + threadId +
                    QLatin1String("/?trk=x"));
    for (int index = 0; index < 25; ++index) {
        const QJsonObject message = data.result(messages, byUrl, QJsonObject(), index, ExtractedAt);
        QCOMPARE(message.value(QLatin1String("linkedin_thread_id")).toString(), threadId);
        QCOMPARE(message.value(QLatin1String("position")).toInt(), index);
    }
    const QJsonObject byId =
        data.result(messages, threadInput(threadId), QJsonObject(), 0, ExtractedAt);
    QCOMPARE(byId.value(QLatin1String("linkedin_thread_id")).toString(), threadId);
}

void TestSyntheticData::conversationThreadHasItsParticipants()
{
    // Extracting the messages of a listed conversation shows the same
    // people: its participant and the account owner.
    const SyntheticData data(31);
    const ActionSpec &conversations = action("linkedin-extract-conversations");
    const ActionSpec &messages = action("linkedin-extract-messages");
    int checked = 0;
    for (int index = 0; index < 20; ++index) {
        const QJsonObject conversation =
            data.result(conversations, QJsonObject(), QJsonObject(), index, ExtractedAt);
        const QJsonArray participants = conversation.value(QLatin1String("participants")).toArray();
        if (participants.size() != 1)
            continue;
        const QJsonValue participantId =
            participants.first().toObject().value(QLatin1String("linkedin_profile_id"));
        const QJsonObject input =
            threadInput(conversation.value(QLatin1String("linkedin_thread_url")).toString());
        QSet<qint64> senders;
        for (int position = 0; position < 30; ++position) {
            const QJsonObject message =
                data.result(messages, input, QJsonObject(), position, ExtractedAt);
            QCOMPARE(message.value(QLatin1String("linkedin_thread_id")),
                     conversation.value(QLatin1String("linkedin_thread_id")));
            senders.insert(message.value(QLatin1String("linkedin_profile_id")).toInteger());
        }
        QCOMPARE(senders.size(), 2);
        QVERIFY(senders.contains(participantId.toInteger()));
        ++checked;
    }
    QVERIFY(checked > 10);
}

void TestSyntheticData::searchesDiffer()
{
    const SyntheticData data(5);
    const ActionSpec &search = action("linkedin-search-people");
    const QJsonObject designers = searchInput(
        QStringLiteral("https://www.linkedin.com/search/results/people/?keywords=designer"));
    const QJsonObject recruiters = searchInput(
        QStringLiteral("https://www.linkedin.com/search/results/people/?keywords=recruiter"));
    for (int index = 0; index < 10; ++index) {
        QVERIFY(data.result(search, designers, QJsonObject(), index, ExtractedAt) !=
                data.result(search, recruiters, QJsonObject(), index, ExtractedAt));
    }
}

void TestSyntheticData::customDataIsIgnored()
{
    const SyntheticData data(4);
    for (const ActionSpec &spec : ActionCatalogue::actions()) {
        const QJsonObject input = sampleInput(spec.slug);
        QJsonObject tagged = input;
        tagged.insert(QLatin1String("custom_data"),
                      QJsonObject{{QStringLiteral("crm_id"), QStringLiteral("no-result 17")}});
        QCOMPARE(data.outcome(spec, tagged), SyntheticData::InputOutcome::Normal);
        QCOMPARE(data.availableResults(spec, tagged), data.availableResults(spec, input));
        QCOMPARE(data.result(spec, tagged, QJsonObject(), 2, ExtractedAt),
                 data.result(spec, input, QJsonObject(), 2, ExtractedAt));
    }
}

void TestSyntheticData::sourceItemFields_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<FieldTable>("fields");
    QTest::newRow("connections") << QStringLiteral("linkedin-extract-connections")
                                 << connectionFields();
    QTest::newRow("messages") << QStringLiteral("linkedin-extract-messages") << messageFields();
    QTest::newRow("profile viewers")
        << QStringLiteral("linkedin-extract-profile-viewers") << viewerFields();
    QTest::newRow("conversations")
        << QStringLiteral("linkedin-extract-conversations") << conversationFields();
}

void TestSyntheticData::sourceItemFields()
{
    QFETCH(QString, slug);
    QFETCH(FieldTable, fields);
    const ActionSpec *spec = ActionCatalogue::find(slug);
    QVERIFY(spec);
    QVERIFY(spec->supportsIncremental);
    const SyntheticData data(12);
    const QDateTime start = utc("2025-12-01T08:00:00Z");
    for (qint64 index = 0; index < 40; ++index) {
        const QJsonObject item = data.sourceItem(*spec, QStringLiteral("identity-a"), index,
                                                 start.addSecs(index * 3607), ExtractedAt);
        const QString problem =
            checkFields(item, withExtractedAt(fields), QStringLiteral("[%1]").arg(index));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestSyntheticData::sourceItemDates_data()
{
    sourceItemFields_data();
}

void TestSyntheticData::sourceItemDates()
{
    QFETCH(QString, slug);
    const ActionSpec *spec = ActionCatalogue::find(slug);
    QVERIFY(spec);
    const SyntheticData data(12);
    const QDateTime createdAt = utc("2026-02-14T09:30:05Z");
    const QString iso = QStringLiteral("2026-02-14T09:30:05Z");
    const QJsonObject item =
        data.sourceItem(*spec, QStringLiteral("identity-a"), 17, createdAt, ExtractedAt);
    const auto text = [&](const char *key) { return item.value(QLatin1String(key)).toString(); };

    if (slug == QLatin1String("linkedin-extract-connections")) {
        QCOMPARE(text("connected_at"), iso);
    } else if (slug == QLatin1String("linkedin-extract-messages")) {
        QCOMPARE(text("created_at"), iso);
        const QDateTime delivered = QDateTime::fromString(text("delivered_at"), Qt::ISODate);
        QVERIFY(delivered >= createdAt && delivered <= createdAt.addSecs(5));
        // Index 0 is the oldest message of the thread.
        QCOMPARE(item.value(QLatin1String("position")).toInt(), 17);
    } else if (slug == QLatin1String("linkedin-extract-profile-viewers")) {
        QCOMPARE(item.value(QLatin1String("view_timestamp")).toInteger(),
                 createdAt.toSecsSinceEpoch());
        QCOMPARE(text("view_date"), QStringLiteral("2026-02-14"));
    } else if (slug == QLatin1String("linkedin-extract-conversations")) {
        QCOMPARE(text("last_activity_at"), iso);
        QVERIFY(QDateTime::fromString(text("created_at"), Qt::ISODate) <= createdAt);
    } else {
        QFAIL("no expectation for this action");
    }
    QCOMPARE(text("extracted_at"), QStringLiteral("2026-03-20T10:15:00Z"));

    // The date is the only thing createdAt changes.
    const QJsonObject later =
        data.sourceItem(*spec, QStringLiteral("identity-a"), 17, createdAt.addDays(1), ExtractedAt);
    QVERIFY(later != item);
    const QStringList idKeys = {QStringLiteral("linkedin_profile_id"), QStringLiteral("message_id"),
                                QStringLiteral("linkedin_thread_id")};
    for (const QString &key : idKeys)
        QCOMPARE(later.value(key), item.value(key));
}

void TestSyntheticData::sourceItemsUnique_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("key");
    QTest::newRow("connections") << QStringLiteral("linkedin-extract-connections")
                                 << QStringLiteral("linkedin_profile_id");
    QTest::newRow("messages") << QStringLiteral("linkedin-extract-messages")
                              << QStringLiteral("message_id");
    QTest::newRow("profile viewers") << QStringLiteral("linkedin-extract-profile-viewers")
                                     << QStringLiteral("linkedin_profile_id");
    QTest::newRow("conversations")
        << QStringLiteral("linkedin-extract-conversations") << QStringLiteral("linkedin_thread_id");
}

void TestSyntheticData::sourceItemsUnique()
{
    QFETCH(QString, slug);
    QFETCH(QString, key);
    const ActionSpec *spec = ActionCatalogue::find(slug);
    QVERIFY(spec);
    const SyntheticData data(12);
    const QDateTime createdAt = utc("2026-01-01T00:00:00Z");
    QSet<QString> seen;
    for (const QString &identity : {QStringLiteral("identity-a"), QStringLiteral("identity-b")}) {
        for (qint64 index = 0; index < 500; ++index) {
            const QJsonValue value =
                data.sourceItem(*spec, identity, index, createdAt, ExtractedAt).value(key);
            const QString text =
                value.isString() ? value.toString() : QString::number(value.toInteger());
            QVERIFY2(!seen.contains(text), qPrintable(identity + u' ' + QString::number(index)));
            seen.insert(text);
        }
    }
}

void TestSyntheticData::slugsAreInTheCatalogue()
{
    // A typo in the sandbox's own spelling would make a generator or a
    // limit silently apply to no action.
    for (const QLatin1String slug :
         {ActionSlugs::Connections, ActionSlugs::Messages, ActionSlugs::Viewers,
          ActionSlugs::Conversations, ActionSlugs::SearchPeople, ActionSlugs::ExtractPeople,
          ActionSlugs::ExtractContact})
        QVERIFY2(ActionCatalogue::find(QString(slug)), slug.data());
}

QTEST_GUILESS_MAIN(TestSyntheticData)
#include "tst_syntheticdata.moc"
