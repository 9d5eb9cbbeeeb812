// From spreadsheet cells to launch inputs: the automatic column mapping,
// custom_data as key=value text, the check of each input (missing fields,
// LinkedIn URLs, unknown keys) and CsvImport's row numbers and messages,
// whole or in chunks.

#include "core/domain/actioncatalogue.h"
#include "core/launch/columnmapping.h"
#include "core/launch/csvimport.h"
#include "core/launch/customdatatext.h"
#include "core/launch/inputdraft.h"
#include "tests/support/stringlists.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

#include <initializer_list>
#include <variant>

namespace {

using Target = ColumnMapping::Target;

const ActionSpec &action(const char *slug)
{
    const ActionSpec *spec = ActionCatalogue::find(QString::fromLatin1(slug));
    Q_ASSERT(spec);
    return *spec;
}

QStringList messages(const QList<LaunchProblem> &problems)
{
    QStringList list;
    for (const LaunchProblem &problem : problems)
        list.append(problem.message());
    return list;
}

QStringList rowMessages(const QList<CsvImport::Row> &rows)
{
    QStringList list;
    for (const CsvImport::Row &row : rows) {
        for (const LaunchProblem &problem : row.problems)
            list.append(row.describe(problem));
    }
    return list;
}

OrderedJsonObject pairs(std::initializer_list<std::pair<const char *, const char *>> members)
{
    OrderedJsonObject object;
    for (const auto &[key, value] : members)
        object.insert(QString::fromUtf8(key), QString::fromUtf8(value));
    return object;
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void normalisedNames_data();
    void normalisedNames();
    void automaticMapping();
    void changedMapping();
    void mappingProblems();
    void cellsToInput();
    void customDataText_data();
    void customDataText();
    void customDataTextErrors_data();
    void customDataTextErrors();
    void inputProblems_data();
    void inputProblems();
    void importMessagesNameRowLineAndField();
    void importInChunksMatchesWhole();
    void importRefusesAnUnmappableHeader();
    void importWithAdjustedMapping();
};

void TestCsvImport::normalisedNames_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("words") << QStringLiteral("LinkedIn Profile URL")
                           << QStringLiteral("linkedinprofileurl");
    QTest::newRow("snake") << QStringLiteral("linkedin_profile_url")
                           << QStringLiteral("linkedinprofileurl");
    QTest::newRow("kebab, tabs") << QStringLiteral(" Linkedin-Profile\tUrl ")
                                 << QStringLiteral("linkedinprofileurl");
    QTest::newRow("other punctuation stays")
        << QStringLiteral("profile.url") << QStringLiteral("profile.url");
}

void TestCsvImport::normalisedNames()
{
    QFETCH(QString, header);
    QFETCH(QString, normalised);
    QCOMPARE(ColumnMapping::normalisedName(header), normalised);
}

void TestCsvImport::automaticMapping()
{
    const ColumnMapping mapping(strings({"Full Name", "LinkedIn Profile URL", "custom data", "",
                                         "linkedin_profile_url", "CRM id"}),
                                action("linkedin-extract-people"));
    QCOMPARE(mapping.columnCount(), 6);
    QCOMPARE(mapping.target(0), Target::customDataKey(QStringLiteral("Full Name")));
    QCOMPARE(mapping.target(1), Target::inputField(QStringLiteral("linkedin_profile_url")));
    QCOMPARE(mapping.target(2), Target::customDataPairs());
    QCOMPARE(mapping.target(3), Target::ignored());
    // Only the first column of a name feeds the field.
    QCOMPARE(mapping.target(4), Target::customDataKey(QStringLiteral("linkedin_profile_url")));
    QCOMPARE(mapping.target(5), Target::customDataKey(QStringLiteral("CRM id")));
    QCOMPARE(mapping.columnOf(u"linkedin_profile_url"), 1);
    QCOMPARE(mapping.columnOf(u"linkedin_people_search_url"), -1);

    // The same header for another action: its own field, nothing else.
    const ColumnMapping search(strings({"LinkedIn People Search URL", "LinkedIn Profile URL"}),
                               action("linkedin-search-people"));
    QCOMPARE(search.target(0), Target::inputField(QStringLiteral("linkedin_people_search_url")));
    QCOMPARE(search.target(1), Target::customDataKey(QStringLiteral("LinkedIn Profile URL")));
}

void TestCsvImport::changedMapping()
{
    ColumnMapping mapping(strings({"Profile", "Owner", "Notes"}),
                          action("linkedin-extract-contact"));
    QCOMPARE(messages(mapping.problems()),
             strings({"linkedin_profile_url: required, but no column gives it"}));
    mapping.setTarget(0, Target::inputField(QStringLiteral("linkedin_profile_url")));
    mapping.setTarget(2, Target::ignored());
    QVERIFY(mapping.problems().isEmpty());

    QList<LaunchProblem> problems;
    const InputDraft input = mapping.input(
        strings({"https://www.linkedin.com/in/ada", "alice", "secret"}), 0, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(input.fields.keys(), strings({"linkedin_profile_url"}));
    QCOMPARE(input.customData, pairs({{"Owner", "alice"}}));
}

void TestCsvImport::mappingProblems()
{
    ColumnMapping mapping(strings({"url", "crm", " ", "crm"}), action("linkedin-extract-people"));
    mapping.setTarget(0, Target::inputField(QStringLiteral("linkedin_thread_url")));
    QCOMPARE(messages(mapping.problems()),
             strings({"linkedin_profile_url: required, but no column gives it",
                      "linkedin_thread_url: not an input field of linkedin-extract-people "
                      "(column 'url')",
                      "column 3: has no name, so it is ignored",
                      "custom_data.crm: given by two columns, column 'crm' and column 'crm'"}));
    QCOMPARE(mapping.problems().at(2).severity, LaunchProblem::Severity::Warning);
    QVERIFY(mapping.problems().at(3).isError());
}

void TestCsvImport::cellsToInput()
{
    const ColumnMapping mapping(strings({"company", "linkedin_profile_url", "custom_data", "tier"}),
                                action("linkedin-extract-people"));
    QList<LaunchProblem> problems;
    // Kept exactly, blanks and all; empty custom_data cells add no key;
    // the pairs come in at the custom_data column's place.
    InputDraft input = mapping.input(
        strings({" Acme, Inc. ", " https://linkedin.com/in/x", "b=2; a = 1 ", ""}), 4, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(input.fields.value(u"linkedin_profile_url").toString(),
             QStringLiteral(" https://linkedin.com/in/x"));
    QCOMPARE(input.customData, pairs({{"company", " Acme, Inc. "}, {"b", "2"}, {"a", "1"}}));

    // A short row leaves the field out; a long one is refused, naming the cell.
    input = mapping.input(strings({"Acme"}), 5, &problems);
    QVERIFY(!input.fields.contains(u"linkedin_profile_url"));
    QVERIFY(problems.isEmpty());
    input = mapping.input(strings({"a", "https://linkedin.com/in/y", "", "", "", "lost"}), 6,
                          &problems);
    QCOMPARE(messages(problems), strings({"inputs[6]: has 6 cells but the header names 4 "
                                          "columns; cell 6 ('lost') belongs to no column"}));

    problems.clear();
    input = mapping.input(
        strings({"Acme", "https://linkedin.com/in/z", "company=Other; x", "gold"}), 7, &problems);
    QCOMPARE(messages(problems), strings({"inputs[7].custom_data: 'x' is not key=value"}));
    problems.clear();
    input = mapping.input(strings({"Acme", "https://linkedin.com/in/z", "company=Other", ""}), 8,
                          &problems);
    QCOMPARE(messages(problems), strings({"inputs[8].custom_data: the key 'company' is given "
                                          "twice (again by column 'custom_data')"}));
}

void TestCsvImport::customDataText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<OrderedJsonObject>("pairs");
    QTest::addColumn<QString>("written");

    QTest::newRow("order kept") << QStringLiteral("z=1; a=2;m=3")
                                << pairs({{"z", "1"}, {"a", "2"}, {"m", "3"}})
                                << QStringLiteral("z=1; a=2; m=3");
    QTest::newRow("line breaks separate")
        << QStringLiteral("a=1\nb=2\r\n\r\nc=") << pairs({{"a", "1"}, {"b", "2"}, {"c", ""}})
        << QStringLiteral("a=1; b=2; c=");
    QTest::newRow("blanks around are syntax")
        << QStringLiteral("  owner =  Alice Smith  ;  ") << pairs({{"owner", "Alice Smith"}})
        << QStringLiteral("owner=Alice Smith");
    QTest::newRow("'=' in a value")
        << QStringLiteral("q=a=b") << pairs({{"q", "a=b"}}) << QStringLiteral("q=a=b");
    QTest::newRow("escapes") << QStringLiteral("k\\=1=a\\;b; path=C:\\\\x; pad=\\ x\\ ")
                             << pairs({{"k=1", "a;b"}, {"path", "C:\\x"}, {"pad", " x "}})
                             << QStringLiteral("k\\=1=a\\;b; path=C:\\\\x; pad=\\ x\\ ");
    QTest::newRow("empty") << QString() << OrderedJsonObject() << QString();
}

void TestCsvImport::customDataText()
{
    QFETCH(QString, text);
    QFETCH(OrderedJsonObject, pairs);
    QFETCH(QString, written);

    const auto parsed = CustomDataText::parse(text);
    if (const QString *error = std::get_if<QString>(&parsed))
        QFAIL(qPrintable(*error));
    QCOMPARE(std::get<OrderedJsonObject>(parsed), pairs);
    QCOMPARE(CustomDataText::write(pairs), written);
    QCOMPARE(std::get<OrderedJsonObject>(CustomDataText::parse(written)), pairs);
}

void TestCsvImport::customDataTextErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("no '='") << QStringLiteral("a=1; oops")
                            << QStringLiteral("'oops' is not key=value");
    QTest::newRow("no key") << QStringLiteral("=1") << QStringLiteral("'=1' has no key before '='");
    QTest::newRow("twice") << QStringLiteral("a=1\na=2")
                           << QStringLiteral("the key 'a' is given twice");
}

void TestCsvImport::customDataTextErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const auto parsed = CustomDataText::parse(text);
    QVERIFY(std::holds_alternative<QString>(parsed));
    QCOMPARE(std::get<QString>(parsed), error);
}

void TestCsvImport::inputProblems_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QStringList>("problems");

    const QString people = QStringLiteral("linkedin-extract-people");
    const auto url = [](const char *text) {
        return QJsonObject{{QStringLiteral("linkedin_profile_url"), QString::fromUtf8(text)}};
    };
    QTest::newRow("good") << people << url("https://www.linkedin.com/in/ada-l") << QStringList();
    QTest::newRow("subdomain, http")
        << people << url("http://fr.linkedin.com/in/ada") << QStringList();
    QTest::newRow("missing") << people << QJsonObject()
                             << strings({"inputs[2].linkedin_profile_url: required, but missing"});
    QTest::newRow("empty") << people << url("")
                           << strings({"inputs[2].linkedin_profile_url: required, but empty"});
    QTest::newRow("blanks only")
        << people << url(" \t ")
        << strings({"inputs[2].linkedin_profile_url: required, but only blanks"});
    QTest::newRow("not LinkedIn") << people << url("https://example.com/in/ada")
                                  << strings({"inputs[2].linkedin_profile_url: not a LinkedIn URL: "
                                              "'https://example.com/in/ada'"});
    QTest::newRow("look-alike host")
        << people << url("https://notlinkedin.com/in/ada")
        << strings({"inputs[2].linkedin_profile_url: not a LinkedIn URL: "
                    "'https://notlinkedin.com/in/ada'"});
    QTest::newRow("no scheme") << people << url("linkedin.com/in/ada")
                               << strings({"inputs[2].linkedin_profile_url: not a LinkedIn URL: "
                                           "'linkedin.com/in/ada'"});
    QTest::newRow("blanks around: sent as written")
        << people << url(" https://www.linkedin.com/in/ada ")
        << strings({"inputs[2].linkedin_profile_url: has blanks before or after it; it is sent "
                    "as written"});
    QTest::newRow("a number") << people << QJsonObject{{QStringLiteral("linkedin_profile_url"), 42}}
                              << strings({"inputs[2].linkedin_profile_url: must be text, not a "
                                          "number"});
    QTest::newRow("unknown key kept and named")
        << people
        << QJsonObject{{QStringLiteral("linkedin_profile_url"),
                        QStringLiteral("https://linkedin.com/in/a")},
                       {QStringLiteral("email"), QStringLiteral("a@b.c")}}
        << strings({"inputs[2].email: not an input field (linkedin-extract-people takes "
                    "linkedin_profile_url)"});
    QTest::newRow("custom_data not an object")
        << people
        << QJsonObject{{QStringLiteral("linkedin_profile_url"),
                        QStringLiteral("https://linkedin.com/in/a")},
                       {QStringLiteral("custom_data"), QStringLiteral("crm=1")}}
        << strings({"inputs[2].custom_data: must be an object of key/value pairs, not a string"});
    const QString messages = QStringLiteral("linkedin-extract-messages");
    const auto thread = [](const char *text) {
        return QJsonObject{{QStringLiteral("linkedin_thread_url"), QString::fromUtf8(text)}};
    };
    QTest::newRow("thread id") << messages << thread("2-MTIzNDU2") << QStringList();
    QTest::newRow("thread URL") << messages
                                << thread("https://www.linkedin.com/messaging/thread/2-MTIz/")
                                << QStringList();
    QTest::newRow("thread path elsewhere")
        << messages << thread("https://example.com/thread/1")
        << strings({"inputs[2].linkedin_thread_url: not a LinkedIn URL: "
                    "'https://example.com/thread/1'"});
    QTest::newRow("inputless action")
        << QStringLiteral("linkedin-extract-connections") << url("https://linkedin.com/in/a")
        << strings({"inputs[2].linkedin_profile_url: not an input field "
                    "(linkedin-extract-connections takes no input fields)"});
}

void TestCsvImport::inputProblems()
{
    QFETCH(QString, slug);
    QFETCH(QJsonObject, input);
    QFETCH(QStringList, problems);

    const InputDraft draft = InputDraft::fromJson(input);
    QCOMPARE(messages(draft.problems(*ActionCatalogue::find(slug), 2)), problems);
}

void TestCsvImport::importMessagesNameRowLineAndField()
{
    const QByteArray file = "\xEF\xBB\xBF"
                            "LinkedIn Profile URL;Company;custom_data\r\n"
                            "https://www.linkedin.com/in/ada;\"Acme; Inc.\";crm=1\r\n"
                            "https://example.com/bob;Initech;\r\n"
                            "\r\n"
                            ";\"Multi\r\nline\";\r\n"
                            ";;\r\n"
                            "https://www.linkedin.com/in/cy;Hooli;crm\r\n"
                            "https://www.linkedin.com/in/dee;Umbrella;crm=4\r\n";
    CsvImport import(action("linkedin-extract-people"));
    import.feed(file);
    import.finish();
    QVERIFY2(!import.error(), qPrintable(import.error() ? import.error()->message() : QString()));
    const QList<CsvImport::Row> rows = import.takeRows();
    QCOMPARE(import.mapping()->target(0),
             Target::inputField(QStringLiteral("linkedin_profile_url")));
    QCOMPARE(rows.size(), 5);
    QCOMPARE(import.rowCount(), 5);
    QCOMPARE(import.blankRows(), 1);
    QCOMPARE(import.emptyLines(), 1);
    QCOMPARE(rowMessages(rows),
             strings({"row 2 (line 3), linkedin_profile_url: not a LinkedIn URL: "
                      "'https://example.com/bob'",
                      "row 3 (line 5), linkedin_profile_url: required, but empty",
                      "row 5 (line 8), custom_data: 'crm' is not key=value"}));
    QCOMPARE(rows.at(0).row, 1);
    QVERIFY(!rows.at(0).hasErrors());
    QCOMPARE(rows.at(0).input.customData, pairs({{"Company", "Acme; Inc."}, {"crm", "1"}}));
    QCOMPARE(rows.at(2).input.customData, pairs({{"Company", "Multi\r\nline"}}));
    QCOMPARE(rows.at(4).row, 6);
    QCOMPARE(rows.at(4).line, 9);
    // The problems' input is the row's place among the imported inputs.
    QCOMPARE(rows.at(3).problems.constFirst().input, 3);
}

void TestCsvImport::importInChunksMatchesWhole()
{
    QByteArray file = "linkedin_profile_url,name,notes\n";
    for (int i = 1; i <= 300; ++i)
        file += "https://www.linkedin.com/in/p" + QByteArray::number(i) + ",\"Name, " +
                QByteArray::number(i) + "\",\"line one\nline two\"\n";
    file += "nope,x,y\n";
    CsvImport whole(action("linkedin-extract-contact"));
    whole.feed(file);
    whole.finish();
    const QList<CsvImport::Row> expected = whole.takeRows();
    QCOMPARE(expected.size(), 301);
    QCOMPARE(rowMessages(expected),
             strings({"row 301 (line 602), linkedin_profile_url: not a LinkedIn URL: 'nope'"}));

    for (const qsizetype chunk : {1, 7, 64, 4096}) {
        CsvImport chunked(action("linkedin-extract-contact"));
        QList<CsvImport::Row> rows;
        for (qsizetype at = 0; at < file.size(); at += chunk) {
            chunked.feed(QByteArrayView(file).sliced(at, std::min(chunk, file.size() - at)));
            rows.append(chunked.takeRows());
        }
        chunked.finish();
        rows.append(chunked.takeRows());
        QCOMPARE(rows.size(), expected.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).input, expected.at(i).input);
            QCOMPARE(rows.at(i).line, expected.at(i).line);
            QCOMPARE(rows.at(i).problems, expected.at(i).problems);
        }
    }
}

void TestCsvImport::importRefusesAnUnmappableHeader()
{
    CsvImport import(action("linkedin-search-people"));
    import.feed("url,name\nhttps://www.linkedin.com/search/results/people/?k=a,x\n");
    import.finish();
    QVERIFY(import.error());
    QCOMPARE(import.error()->message(),
             QStringLiteral("line 1: linkedin_people_search_url: required, but no column "
                            "gives it"));
    QVERIFY(import.takeRows().isEmpty());

    CsvImport empty(action("linkedin-search-people"));
    empty.feed("\r\n\r\n");
    empty.finish();
    QCOMPARE(empty.error()->reason, QStringLiteral("the file is empty: no header line"));

    CsvImport unclosed(action("linkedin-extract-people"));
    unclosed.feed("linkedin_profile_url\nhttps://linkedin.com/in/a\n\"https://linkedin.com/in/b\n");
    unclosed.finish();
    QCOMPARE(unclosed.takeRows().size(), 1);
    QCOMPARE(unclosed.error()->message(),
             QStringLiteral("line 3: a quoted field opened on this line is never closed"));
}

void TestCsvImport::importWithAdjustedMapping()
{
    const QByteArray file = "who,notes\nhttps://www.linkedin.com/in/a,keep\n";
    ColumnMapping mapping(strings({"who", "notes"}), action("linkedin-extract-people"));
    mapping.setTarget(0, Target::inputField(QStringLiteral("linkedin_profile_url")));
    mapping.setTarget(1, Target::customDataKey(QStringLiteral("note")));
    CsvImport import(action("linkedin-extract-people"), mapping);
    import.feed(file);
    import.finish();
    const QList<CsvImport::Row> rows = import.takeRows();
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.at(0).problems.isEmpty());
    QCOMPARE(rows.at(0).input.customData, pairs({{"note", "keep"}}));

    CsvImport other(action("linkedin-extract-people"), mapping);
    other.feed("linkedin_profile_url,notes\n");
    other.finish();
    QCOMPARE(other.error()->message(),
             QStringLiteral("line 1: the header is not the one the columns were mapped for"));
}

QTEST_APPLESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
