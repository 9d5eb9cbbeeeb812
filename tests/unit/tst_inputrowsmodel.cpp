// InputRowsModel under QAbstractItemModelTester: cells edited and checked
// again, custom_data as key=value text (kept as typed when it does not
// read), cells pasted from a spreadsheet with and without a header line,
// rows duplicated and removed in ranges, rows with errors counted and
// removed, another action's columns, rows read from a CSV file keeping
// their numbers and reading problems, and 100,000 rows held without an
// allocation per cell.

#include "core/launch/csvimport.h"
#include "models/launch/inputrowsmodel.h"
#include "tests/support/launchinputs.h"
#include "tests/support/signallog.h"
#include "tests/support/stringlists.h"

#include <QAbstractItemModelTester>
#include <QJsonValue>
#include <QTest>

#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

using LaunchInputs::action;
using LaunchInputs::kProfileUrl;

QString url(int n)
{
    return LaunchInputs::profileUrl(n);
}

// A profile input with custom_data written "key=value; key=value".
InputDraft input(const QString &profileUrl, const char *pairs = nullptr)
{
    InputDraft draft = LaunchInputs::profileInput(profileUrl);
    if (pairs) {
        for (const QString &pair : QString::fromUtf8(pairs).split(QLatin1Char(';'))) {
            const QStringList keyValue = pair.trimmed().split(QLatin1Char('='));
            draft.customData.insert(keyValue.at(0), keyValue.at(1));
        }
    }
    return draft;
}

#ifdef __GLIBC__
// Bytes the heap has handed out: small blocks and the large ones malloc
// maps on their own (a 100,000-row array is one of those).
double heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks) + double(info.hblkhd);
}
#endif

QList<CsvImport::Row> imported(const char *csv)
{
    CsvImport import(action("linkedin-extract-people"));
    import.feed(QByteArrayView(csv));
    import.finish();
    Q_ASSERT(!import.error());
    return import.takeRows();
}

QStringList urls(const InputRowsModel &model)
{
    QStringList list;
    for (const InputDraft &draft : model.inputs())
        list.append(draft.text(kProfileUrl));
    return list;
}

} // namespace

class TestInputRowsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void columnsFollowTheAction();
    void editingChecksTheRow();
    void customDataIsKeyValueText();
    void unreadableCustomDataIsKeptAsTyped();
    void closingAnEditorUnchangedChangesNothing();
    void pasteWithoutHeaderFillsColumnsInOrder();
    void pasteWithHeaderMapsColumnsByName();
    void pasteRaggedRowIsFlaggedUntilEdited();
    void pasteRefusesAHeaderThatCannotBeMapped();
    void duplicateAndRemoveInRanges();
    void removeRowsWithErrorsSaysHowMany();
    void nextErrorRowWraps();
    void setActionKeepsSharedFields();
    void setInputsTouchesOnlyChangedRows();
    void importedRowsKeepNumbersAndReadingProblems();
    void hundredThousandRowsAreCheap();

private:
    std::unique_ptr<InputRowsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<SignalLog> m_log;
};

void TestInputRowsModel::init()
{
    m_model = std::make_unique<InputRowsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setAction(action("linkedin-extract-people"));
    m_log = std::make_unique<SignalLog>(m_model.get());
}

void TestInputRowsModel::cleanup()
{
    m_log.reset();
    m_tester.reset();
    m_model.reset();
}

void TestInputRowsModel::columnsFollowTheAction()
{
    QCOMPARE(m_model->columnCount(), 3);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("linkedin_profile_url *"));
    QVERIFY(m_model->headerData(0, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("LinkedIn URL")));
    QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("custom_data"));
    QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Problems"));
    QCOMPARE(m_model->customDataColumn(), 1);
    QCOMPARE(m_model->problemsColumn(), 2);
    QCOMPARE(m_model->columnOf(u"custom_data"), 1);
    QCOMPARE(m_model->columnOf(u"linkedin_profile_url"), 0);
    QCOMPARE(m_model->columnOf(u"note"), -1);

    QVERIFY(m_model->insertRows(0, 1));
    QVERIFY(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsEditable);
    QVERIFY(m_model->flags(m_model->index(0, 1)) & Qt::ItemIsEditable);
    QVERIFY(!(m_model->flags(m_model->index(0, 2)) & Qt::ItemIsEditable));

    // An action without input fields: custom_data and Problems only.
    m_model->setAction(action("linkedin-extract-connections"));
    QCOMPARE(m_model->columnCount(), 2);
    QCOMPARE(m_model->customDataColumn(), 0);
}

void TestInputRowsModel::editingChecksTheRow()
{
    QVERIFY(m_model->insertRows(0, 1));
    QCOMPARE(m_log->entries, strings({"inserted 0-0"}));
    // An empty row cannot be sent, and says so.
    QCOMPARE(m_model->data(m_model->index(0, 2)).toString(),
             QStringLiteral("linkedin_profile_url: required, but missing"));
    QCOMPARE(m_model->data(m_model->index(0, 0), int(InputRowsModel::Role::Severity)).toInt(),
             int(InputRowsModel::Severity::Error));
    QCOMPARE(m_model->errorRowCount(), 1);

    m_log->clear();
    QVERIFY(m_model->setData(m_model->index(0, 0), url(1)));
    QCOMPARE(m_log->entries, strings({"changed 0"}));
    QCOMPARE(m_model->data(m_model->index(0, 0)).toString(), url(1));
    QCOMPARE(m_model->data(m_model->index(0, 2)).toString(), QString());
    QCOMPARE(m_model->data(m_model->index(0, 0), int(InputRowsModel::Role::Severity)).toInt(),
             int(InputRowsModel::Severity::None));
    QCOMPARE(m_model->errorRowCount(), 0);

    QVERIFY(m_model->setData(m_model->index(0, 0), QStringLiteral("acme.com")));
    const QStringList problems =
        m_model->data(m_model->index(0, 0), int(InputRowsModel::Role::Problems)).toStringList();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(QLatin1String("linkedin_profile_url: not a LinkedIn URL")),
             qPrintable(problems.first()));
    // The cell itself says why, to the eye and to a screen reader.
    QVERIFY(m_model->data(m_model->index(0, 0), Qt::ToolTipRole)
                .toString()
                .startsWith(QLatin1String("not a LinkedIn URL")));
    QCOMPARE(m_model->data(m_model->index(0, 0), Qt::AccessibleDescriptionRole),
             m_model->data(m_model->index(0, 0), Qt::ToolTipRole));
    QCOMPARE(m_model->problemsAt(0).first().path(),
             QStringLiteral("inputs[0].linkedin_profile_url"));

    // A value with blanks around it is sent as written, with a warning.
    QVERIFY(m_model->setData(m_model->index(0, 0), QString(QLatin1Char(' ') + url(1))));
    QCOMPARE(m_model->data(m_model->index(0, 0), int(InputRowsModel::Role::Severity)).toInt(),
             int(InputRowsModel::Severity::Warning));
    QCOMPARE(m_model->errorRowCount(), 0);
    QCOMPARE(m_model->inputAt(0).text(kProfileUrl), QLatin1Char(' ') + url(1));

    QVERIFY(!m_model->setData(m_model->index(0, 2), QStringLiteral("x")));
}

void TestInputRowsModel::customDataIsKeyValueText()
{
    m_model->setInputs({input(url(1))});
    QVERIFY(m_model->setData(m_model->index(0, 1), QStringLiteral("crm_id=42; owner=Alice")));
    const OrderedJsonObject &custom = m_model->inputAt(0).customData;
    QCOMPARE(custom.keys(), strings({"crm_id", "owner"}));
    QCOMPARE(custom.value(u"owner").toString(), QStringLiteral("Alice"));
    QCOMPARE(m_model->data(m_model->index(0, 1)).toString(),
             QStringLiteral("crm_id=42; owner=Alice"));
    QCOMPARE(m_model->errorRowCount(), 0);
}

void TestInputRowsModel::unreadableCustomDataIsKeptAsTyped()
{
    m_model->setInputs({input(url(1), "crm_id=7")});
    QCOMPARE(m_model->firstUnreadableRow(), -1);
    const QString typed = QStringLiteral("a=1; a=2");
    QVERIFY(m_model->setData(m_model->index(0, 1), typed));
    // Shown as typed, flagged, and the input keeps its last readable pairs.
    QCOMPARE(m_model->data(m_model->index(0, 1)).toString(), typed);
    QCOMPARE(m_model->firstUnreadableRow(), 0);
    QCOMPARE(m_model->errorRowCount(), 1);
    QVERIFY(m_model->data(m_model->index(0, 2))
                .toString()
                .startsWith(QLatin1String("custom_data: does not read as key=value pairs")));
    QCOMPARE(m_model->inputAt(0).customData.value(u"crm_id").toString(), QStringLiteral("7"));

    QVERIFY(m_model->setData(m_model->index(0, 1), QStringLiteral("a=1; b=2")));
    QCOMPARE(m_model->firstUnreadableRow(), -1);
    QCOMPARE(m_model->errorRowCount(), 0);
    QCOMPARE(m_model->inputAt(0).customData.keys(), strings({"a", "b"}));
}

void TestInputRowsModel::closingAnEditorUnchangedChangesNothing()
{
    InputDraft draft = input(url(1));
    draft.customData.insert(QStringLiteral("score"), QJsonValue(42));
    m_model->setInputs({draft});
    m_log->clear();
    // A delegate commits the text it showed: a number must stay a number.
    QVERIFY(m_model->setData(m_model->index(0, 1), m_model->data(m_model->index(0, 1))));
    QVERIFY(m_model->setData(m_model->index(0, 0), m_model->data(m_model->index(0, 0))));
    QCOMPARE(m_log->entries, QStringList());
    QCOMPARE(m_model->inputAt(0), draft);
    QVERIFY(m_model->inputAt(0).customData.value(u"score").isDouble());
}

void TestInputRowsModel::pasteWithoutHeaderFillsColumnsInOrder()
{
    m_model->setInputs({input(url(1))});
    m_log->clear();
    const InputRowsModel::Paste paste = m_model->appendFromClipboard(
        url(2) + QStringLiteral("\tcrm_id=2\r\nhttps://example.com/x\t\r\n\t\r\n") + url(4) +
        QStringLiteral("\t\"owner=Ann\nteam=B\"\r\n"));
    QCOMPARE(paste.error, QString());
    QVERIFY(!paste.header);
    QCOMPARE(paste.first, 1);
    QCOMPARE(paste.count, 3);
    QCOMPARE(paste.blankRows, 1);
    QCOMPARE(m_log->entries, strings({"inserted 1-3"}));
    QCOMPARE(urls(*m_model),
             QStringList({url(1), url(2), QStringLiteral("https://example.com/x"), url(4)}));
    QCOMPARE(m_model->inputAt(1).customData.value(u"crm_id").toString(), QStringLiteral("2"));
    QCOMPARE(m_model->inputAt(3).customData.keys(), strings({"owner", "team"}));
    QCOMPARE(m_model->errorRows(), QList<int>({2}));
}

void TestInputRowsModel::pasteWithHeaderMapsColumnsByName()
{
    InputRowsModel::Paste paste = m_model->appendFromClipboard(
        QStringLiteral("Company\tLinkedIn Profile URL\n\"Acme, Inc.\"\t") + url(1) +
        QStringLiteral("\n"));
    QCOMPARE(paste.error, QString());
    QVERIFY(paste.header);
    QCOMPARE(paste.count, 1);
    QCOMPARE(m_model->inputAt(0).text(kProfileUrl), url(1));
    QCOMPARE(m_model->inputAt(0).customData.value(u"Company").toString(),
             QStringLiteral("Acme, Inc."));

    // The table's own titles, as copied from it, name its columns too.
    paste = m_model->appendFromClipboard(QStringLiteral("linkedin_profile_url *\tcustom_data\n") +
                                         url(2) + QStringLiteral("\tk=v\n"));
    QVERIFY(paste.header);
    QCOMPARE(paste.first, 1);
    QCOMPARE(m_model->inputAt(1).customData.value(u"k").toString(), QStringLiteral("v"));
    QCOMPARE(m_model->errorRowCount(), 0);
}

void TestInputRowsModel::pasteRaggedRowIsFlaggedUntilEdited()
{
    const InputRowsModel::Paste paste =
        m_model->appendFromClipboard(url(1) + QStringLiteral("\tk=v\tstray\n"));
    QCOMPARE(paste.count, 1);
    // The input itself is fine; the stray cell had nowhere to go.
    QCOMPARE(m_model->inputAt(0).problems(m_model->action(), 0), QList<LaunchProblem>());
    QCOMPARE(m_model->errorRowCount(), 1);
    QVERIFY(m_model->data(m_model->index(0, 2)).toString().contains(QLatin1String("'stray'")));

    // Reading problems stay through a re-check, and go with an edit.
    m_model->setAction(action("linkedin-extract-contact"));
    QCOMPARE(m_model->errorRowCount(), 1);
    QVERIFY(m_model->setData(m_model->index(0, 1), QStringLiteral("k=v; note=stray")));
    QCOMPARE(m_model->errorRowCount(), 0);
}

void TestInputRowsModel::pasteRefusesAHeaderThatCannotBeMapped()
{
    const InputRowsModel::Paste paste =
        m_model->appendFromClipboard(QStringLiteral("custom_data\nk=v\n"));
    QCOMPARE(paste.count, 0);
    QCOMPARE(paste.first, -1);
    QVERIFY(paste.header);
    QVERIFY2(paste.error.contains(QLatin1String("linkedin_profile_url: required, but no column")),
             qPrintable(paste.error));
    QCOMPARE(m_model->rowCount(), 0);

    const InputRowsModel::Paste open = m_model->appendFromClipboard(QStringLiteral("\"a\tb\n"));
    QVERIFY(open.error.contains(QLatin1String("line 1")));
    QCOMPARE(m_model->rowCount(), 0);
}

void TestInputRowsModel::duplicateAndRemoveInRanges()
{
    m_model->setInputs({input(url(1)), input(url(2)), input(url(3))});
    m_log->clear();
    QCOMPARE(m_model->duplicateRows({2, 0, 2}), 3);
    QCOMPARE(m_log->entries, strings({"inserted 3-4"}));
    QCOMPARE(urls(*m_model), QStringList({url(1), url(2), url(3), url(1), url(3)}));
    QCOMPARE(m_model->duplicateRows({}), -1);

    m_log->clear();
    m_model->removeRowList({3, 0, 1});
    QCOMPARE(m_log->entries, strings({"removed 3-3", "removed 0-1"}));
    QCOMPARE(urls(*m_model), QStringList({url(3), url(3)}));

    m_log->clear();
    QVERIFY(m_model->insertRows(1, 2));
    QCOMPARE(m_log->entries, strings({"inserted 1-2"}));
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(m_model->inputAt(1).isEmpty());
}

void TestInputRowsModel::removeRowsWithErrorsSaysHowMany()
{
    m_model->setInputs({input(url(1)), input(QStringLiteral("acme.com")), input(QString()),
                        input(url(4)), input(QStringLiteral("   ")), input(url(6))});
    QCOMPARE(m_model->errorRowCount(), 3);
    QCOMPARE(m_model->errorRows(), QList<int>({1, 2, 4}));
    QCOMPARE(m_model->errorRows(2, 2), QList<int>({2}));
    m_log->clear();
    QCOMPARE(m_model->removeRowsWithErrors(), 3);
    QCOMPARE(m_log->entries, strings({"removed 4-4", "removed 1-2"}));
    QCOMPARE(urls(*m_model), QStringList({url(1), url(4), url(6)}));
    QCOMPARE(m_model->removeRowsWithErrors(), 0);
}

void TestInputRowsModel::nextErrorRowWraps()
{
    QCOMPARE(m_model->nextErrorRow(-1), -1);
    m_model->setInputs({input(url(1)), input(QString()), input(url(3)), input(QString())});
    QCOMPARE(m_model->nextErrorRow(-1), 1);
    QCOMPARE(m_model->nextErrorRow(1), 3);
    QCOMPARE(m_model->nextErrorRow(3), 1);
}

void TestInputRowsModel::setActionKeepsSharedFields()
{
    InputDraft withNote = input(url(2), "k=v");
    withNote.fields.insert(QStringLiteral("note"), QStringLiteral("not a field"));
    m_model->setInputs({input(url(1)), withNote, input(QString())});
    QCOMPARE(m_model->errorRows(), QList<int>({1, 2}));
    m_log->clear();

    // extract-contact takes the same field: nothing is lost.
    QCOMPARE(m_model->setAction(action("linkedin-extract-contact")), 0);
    QCOMPARE(urls(*m_model), QStringList({url(1), url(2), QString()}));
    QCOMPARE(m_log->entries, strings({"reset"}));

    // search-people does not: two values go, and the caller is told.
    QCOMPARE(m_model->setAction(action("linkedin-search-people")), 2);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("linkedin_people_search_url *"));
    QCOMPARE(m_model->inputAt(0).fields.keys(), QStringList());
    // A key that was no field of either action stays, still flagged.
    QCOMPARE(m_model->inputAt(1).fields.keys(), strings({"note"}));
    QCOMPARE(m_model->inputAt(1).customData.keys(), strings({"k"}));
    QCOMPARE(m_model->errorRowCount(), 3);
    QVERIFY(m_model->data(m_model->index(1, 2)).toString().contains(QLatin1String("note: ")));
}

void TestInputRowsModel::setInputsTouchesOnlyChangedRows()
{
    m_model->appendImportedRows(imported("linkedin_profile_url,custom_data\n"
                                         "https://www.linkedin.com/in/a,k=1\n"
                                         "https://www.linkedin.com/in/b,k=2,stray\n"
                                         "https://www.linkedin.com/in/c,k=3\n"
                                         "https://www.linkedin.com/in/d,k=4\n"));
    QCOMPARE(m_model->errorRows(), QList<int>({1}));
    QList<InputDraft> inputs = m_model->inputs();
    inputs[2].customData.insert(QStringLiteral("k"), QStringLiteral("three"));
    m_log->clear();
    m_model->setInputs(inputs);
    QCOMPARE(m_log->entries, strings({"changed 2"}));
    // Row 1 was left alone: what reading it found is still said.
    QCOMPARE(m_model->errorRows(), QList<int>({1}));
    QCOMPARE(m_model->data(m_model->index(2, 0), int(InputRowsModel::Role::SourceRow)).toInt(), 0);
    QCOMPARE(m_model->data(m_model->index(3, 0), int(InputRowsModel::Role::SourceRow)).toInt(), 4);

    inputs.remove(0);
    inputs.append(input(url(9)));
    inputs.append(input(url(10)));
    m_log->clear();
    m_model->setInputs(inputs);
    QCOMPARE(m_log->entries, strings({"changed 0,0-3,2", "inserted 4-4"}));
    QCOMPARE(m_model->inputs(), inputs);

    m_log->clear();
    m_model->setInputs({});
    QCOMPARE(m_log->entries, strings({"removed 0-4"}));
}

void TestInputRowsModel::importedRowsKeepNumbersAndReadingProblems()
{
    m_model->setInputs({input(url(1))});
    m_log->clear();
    m_model->appendImportedRows(imported("LinkedIn Profile URL,Owner\n"
                                         "https://www.linkedin.com/in/a,ann\n"
                                         ",bob\n"
                                         ",,\n"
                                         "https://example.com/c,cat,stray\n"));
    QCOMPARE(m_log->entries, strings({"inserted 1-3"}));
    QCOMPARE(m_model->data(m_model->index(2, 0), int(InputRowsModel::Role::SourceRow)).toInt(), 2);
    // Row 3 of the file was blank: the next row keeps its own number.
    QCOMPARE(m_model->data(m_model->index(3, 0), int(InputRowsModel::Role::SourceRow)).toInt(), 4);
    QVERIFY(m_model->data(m_model->index(3, 2), Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Imported from row 4 (line 5) of the file.")));
    QCOMPARE(m_model->inputAt(1).customData.value(u"Owner").toString(), QStringLiteral("ann"));

    // Each problem once: the check's own, and the stray cell.
    QCOMPARE(m_model->problemsAt(2).size(), 1);
    QCOMPARE(m_model->problemsAt(2).first().path(),
             QStringLiteral("inputs[2].linkedin_profile_url"));
    const QStringList third =
        m_model->data(m_model->index(3, 0), int(InputRowsModel::Role::Problems)).toStringList();
    QCOMPARE(third.size(), 2);
    QVERIFY(third.at(0).contains(QLatin1String("'stray'")));
    QVERIFY(third.at(1).startsWith(QLatin1String("linkedin_profile_url: not a LinkedIn URL")));
    QCOMPARE(m_model->errorRows(), QList<int>({2, 3}));
}

void TestInputRowsModel::hundredThousandRowsAreCheap()
{
    // Without the tester, which would walk every row on each change.
    cleanup();
    constexpr int kRows = 100000;
    QList<InputDraft> inputs;
    inputs.reserve(kRows);
    const QString owner = QStringLiteral("owner");
    for (int i = 0; i < kRows; ++i) {
        InputDraft draft;
        draft.fields.insert(kProfileUrl, i % 1000 == 0 ? QStringLiteral("acme.com") : url(i));
        draft.customData.insert(owner, QStringLiteral("ann"));
        inputs.append(draft);
    }
#ifdef __GLIBC__
    const double before = heapInUse();
#endif
    InputRowsModel model;
    model.setAction(action("linkedin-extract-people"));
    model.setInputs(inputs);
    QCOMPARE(model.rowCount(), kRows);
    QCOMPARE(model.errorRowCount(), kRows / 1000);
#ifdef __GLIBC__
    // The rows share the inputs' data: what the model adds is its row
    // records and the problems of the flagged rows, not copies of every
    // cell nor an object per row.
    const double perRow = (heapInUse() - before) / kRows;
    qInfo("model heap per row: %.0f bytes", perRow);
    QVERIFY2(perRow < 200, qPrintable(QString::number(perRow)));
#endif
    QCOMPARE(model.data(model.index(kRows - 1, 0)).toString(), url(kRows - 1));
    QCOMPARE(model.data(model.index(kRows - 1, 1)).toString(), QStringLiteral("owner=ann"));
    QCOMPARE(model.removeRowsWithErrors(), kRows / 1000);
    QCOMPARE(model.rowCount(), kRows - kRows / 1000);
}

QTEST_GUILESS_MAIN(TestInputRowsModel)
#include "tst_inputrowsmodel.moc"
