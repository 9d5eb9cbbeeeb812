// The shared input editor on real widgets: a 1,000-row CSV file with three
// bad rows imported through the import dialog (preview, automatic
// mapping, the job off the GUI thread), the three rows named by number and
// field and dropped, the 997 good rows kept in order with their
// custom_data; a bad row fixed in place instead; the JSON tab converting
// without loss, its errors shown with line, column and input and blocking
// the switch to the table; the count against the mode's limit and
// canLaunch(); rows typed, pasted with Ctrl+V and removed from the
// keyboard; and Cancel of a 200,000-row import leaving the editor as it
// was.

#include "core/launch/inputlimits.h"
#include "core/launch/inputsjson.h"
#include "models/launch/inputrowsmodel.h"
#include "tests/support/celltyping.h"
#include "tests/support/guitesthelpers.h"
#include "tests/support/launchinputs.h"
#include "ui/common/fieldmessage.h"
#include "ui/launch/csvimportdialog.h"
#include "ui/launch/inputeditor.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

#include <memory>

namespace {

constexpr int kTimeoutMs = 30000;
using LaunchInputs::action;
using LaunchInputs::kProfileUrl;
using LaunchInputs::profileInput;
using LaunchInputs::profileUrl;

template <typename T>
T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

using LaunchInputs::kMissingRow;
using LaunchInputs::kNotLinkedInRow;
using LaunchInputs::kRaggedRow;
using LaunchInputs::thousandRowsCsv;

} // namespace

class TestInputEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void csvImportNamesBadRowsAndDropsThem();
    void badRowIsFixedInPlace();
    void mappingCanBeChangedAndIsChecked();
    void jsonTabRoundTripsWithoutLoss();
    void jsonErrorNamesLineColumnAndInputAndBlocksSwitching();
    void jsonOfManyInputsIsWrittenOffTheGuiThread();
    void countAndLimitForSchedule();
    void liveModeWorksWithOneRow();
    void pasteAndRemoveFromTheKeyboard();
    void cancelledImportLeavesEditorUnchanged();

private:
    QString writeFile(const char *name, const QByteArray &bytes);
    CsvImportDialog *openImportDialog(const QString &path);
    QTableView *table() const { return child<QTableView>(m_editor.get(), "inputTable"); }
    QTabWidget *tabs() const { return child<QTabWidget>(m_editor.get(), "inputEditorTabs"); }
    QPlainTextEdit *jsonEdit() const
    {
        return child<QPlainTextEdit>(m_editor.get(), "inputJsonEdit");
    }
    QString countText() const { return child<QLabel>(m_editor.get(), "inputCountLabel")->text(); }
    void typeIntoCell(int row, int column, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InputEditor> m_editor;
};

void TestInputEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Counts follow the locale; these checks read them as an American
    // desktop shows them ("1,000 rows", "limit 100,000").
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestInputEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_editor = std::make_unique<InputEditor>();
    m_editor->setAction(action("linkedin-extract-people"));
    m_editor->setMode(LaunchMode::Async);
    m_editor->resize(900, 600);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestInputEditor::cleanup()
{
    m_editor.reset();
    m_dir.reset();
}

QString TestInputEditor::writeFile(const char *name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(QString::fromLatin1(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

CsvImportDialog *TestInputEditor::openImportDialog(const QString &path)
{
    // As the user does: the table's Import CSV… action opens the dialog.
    const QString problem = GuiTest::triggerAction(m_editor.get(), "actionImportCsv");
    if (!problem.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        return nullptr;
    }
    auto *dialog = m_editor->findChild<CsvImportDialog *>();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    dialog->setFile(path);
    return dialog;
}

void TestInputEditor::typeIntoCell(int row, int column, const QString &text)
{
    TYPE_INTO_CELL(table(), table()->model()->index(row, column), text);
}

void TestInputEditor::csvImportNamesBadRowsAndDropsThem()
{
    const QString path = writeFile("people.csv", thousandRowsCsv());
    QVERIFY(!path.isEmpty());
    CsvImportDialog *dialog = openImportDialog(path);
    QVERIFY(dialog);

    // The preview and the automatic mapping, accepted as they are.
    QCOMPARE(child<QComboBox>(dialog, "csvDelimiterCombo")->currentData().toInt(), int(','));
    const auto *preview =
        static_cast<QStandardItemModel *>(child<QTableView>(dialog, "csvPreviewTable")->model());
    QCOMPARE(preview->rowCount(), 20);
    QCOMPARE(preview->item(0, 0)->text(), profileUrl(1));
    QCOMPARE(child<QComboBox>(dialog, "csvColumnTarget0")->currentText(), kProfileUrl);
    QCOMPARE(child<QComboBox>(dialog, "csvColumnTarget1")->currentText(),
             QStringLiteral("custom_data key \"Segment\""));
    QVERIFY(child<FieldMessage>(dialog, "csvMappingMessage")->isHidden());

    auto *import = child<QPushButton>(dialog, "csvImportButton");
    QVERIFY(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    auto *summary = child<QLabel>(dialog, "csvImportSummary");
    QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty(), kTimeoutMs);
    QVERIFY2(summary->text().startsWith(QLatin1String("1,000 rows imported, 3 with problems (row "
                                                      "250 (line 251), linkedin_profile_url: "
                                                      "required, but empty).")),
             qPrintable(summary->text()));
    QVERIFY(!import->isEnabled());

    // Each bad row named by its number, its line and its field or cell.
    auto *problems = child<QListWidget>(dialog, "csvImportProblems");
    QCOMPARE(problems->count(), 3);
    QCOMPARE(problems->item(0)->text(),
             QStringLiteral("row 250 (line 251), linkedin_profile_url: required, but empty"));
    QCOMPARE(problems->item(1)->text(),
             QStringLiteral("row 500 (line 501), linkedin_profile_url: not a LinkedIn URL: "
                            "'https://example.com/in/p500'"));
    QVERIFY2(problems->item(2)->text().startsWith(QLatin1String("row 750 (line 751): ")) &&
                 problems->item(2)->text().contains(QLatin1String("cell 3 ('extra')")),
             qPrintable(problems->item(2)->text()));

    // The editor has them all, marked, and will not launch them.
    QCOMPARE(m_editor->model()->rowCount(), 1000);
    QCOMPARE(m_editor->model()->errorRows(), QList<int>({249, 499, 749}));
    QVERIFY2(countText().startsWith(u"1,000 inputs · limit 100,000 (async) · 3 with problems"),
             qPrintable(countText()));
    QString reason;
    QVERIFY(!m_editor->canLaunch(&reason));
    QVERIFY2(reason.startsWith(QLatin1String("3 inputs cannot be sent (row 250: "
                                             "linkedin_profile_url: required, but empty)")),
             qPrintable(reason));

    auto *drop = child<QPushButton>(dialog, "csvDropProblemRowsButton");
    QVERIFY(drop->isVisible());
    QCOMPARE(drop->text(), QStringLiteral("&Drop 3 rows with problems"));
    QTest::mouseClick(drop, Qt::LeftButton);
    QVERIFY2(summary->text().endsWith(
                 QLatin1String("Dropped 3 rows with problems; 997 from the file remain.")),
             qPrintable(summary->text()));
    QTest::mouseClick(child<QPushButton>(dialog, "csvCloseButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_editor->findChild<CsvImportDialog *>());

    const QList<InputDraft> inputs = m_editor->inputs();
    QCOMPARE(inputs.size(), 997);
    qsizetype at = 0;
    for (int i = 1; i <= 1000; ++i) {
        if (i == kMissingRow || i == kNotLinkedInRow || i == kRaggedRow)
            continue;
        const InputDraft &kept = inputs.at(at++);
        QCOMPARE(kept.text(kProfileUrl), profileUrl(i));
        QCOMPARE(kept.customData.keys(), QStringList{QStringLiteral("Segment")});
        QCOMPARE(kept.customData.value(u"Segment").toString(), QStringLiteral("seg-%1").arg(i));
    }
    QVERIFY(m_editor->canLaunch(&reason));
    QCOMPARE(reason, QString());
    QCOMPARE(countText(), QStringLiteral("997 inputs · limit 100,000 (async)"));
}

void TestInputEditor::badRowIsFixedInPlace()
{
    const QString path =
        writeFile("two.csv", "linkedin_profile_url\n" + profileUrl(1).toUtf8() + "\nacme.com\n");
    CsvImportDialog *dialog = openImportDialog(path);
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "csvImportButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->model()->rowCount() == 2, kTimeoutMs);
    QTest::mouseClick(child<QPushButton>(dialog, "csvCloseButton"), Qt::LeftButton);
    QCOMPARE(m_editor->model()->errorRows(), QList<int>({1}));
    // The editor points at the row to fix.
    QCOMPARE(table()->currentIndex().row(), 1);

    typeIntoCell(1, 0, profileUrl(2));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_editor->model()->errorRowCount(), 0);
    QVERIFY(m_editor->canLaunch());
    QCOMPARE(m_editor->inputs(), LaunchInputs::profileInputs(2));
}

void TestInputEditor::mappingCanBeChangedAndIsChecked()
{
    const QString path = writeFile("semi.csv", "Profile;LinkedIn Profile URL;custom_data\nx;" +
                                                   profileUrl(1).toUtf8() + ";k=v\n");
    CsvImportDialog *dialog = openImportDialog(path);
    QVERIFY(dialog);
    QCOMPARE(child<QComboBox>(dialog, "csvDelimiterCombo")->currentData().toInt(), int(';'));
    auto *first = child<QComboBox>(dialog, "csvColumnTarget0");
    auto *second = child<QComboBox>(dialog, "csvColumnTarget1");
    QCOMPARE(first->currentText(), QStringLiteral("custom_data key \"Profile\""));
    QCOMPARE(second->currentText(), kProfileUrl);
    QCOMPARE(child<QComboBox>(dialog, "csvColumnTarget2")->currentText(),
             QStringLiteral("custom_data pairs (key=value)"));

    // The required field fed by no column: said, and Import is off.
    second->setCurrentIndex(second->findText(QStringLiteral("Ignore")));
    auto *message = child<FieldMessage>(dialog, "csvMappingMessage");
    QCOMPARE(message->text(),
             QStringLiteral("linkedin_profile_url: required, but no column gives it"));
    auto *import = child<QPushButton>(dialog, "csvImportButton");
    QVERIFY(!import->isEnabled());
    const auto *preview = child<QTableView>(dialog, "csvPreviewTable")->model();
    QCOMPARE(preview->headerData(1, Qt::Horizontal).toString(),
             QStringLiteral("LinkedIn Profile URL\n→ Ignore"));

    first->setCurrentIndex(first->findText(kProfileUrl));
    QVERIFY(message->isHidden());
    QVERIFY(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->model()->rowCount() == 1, kTimeoutMs);
    QCOMPARE(m_editor->model()->inputAt(0).text(kProfileUrl), QStringLiteral("x"));
    QCOMPARE(m_editor->model()->inputAt(0).customData.keys(), QStringList{QStringLiteral("k")});

    // A delimiter chosen by hand reads the file again.
    auto *delimiter = child<QComboBox>(dialog, "csvDelimiterCombo");
    dialog->setFile(path);
    delimiter->setCurrentIndex(delimiter->findData(int(',')));
    emit delimiter->activated(delimiter->currentIndex());
    QCOMPARE(child<QComboBox>(dialog, "csvColumnTarget0")->currentText(),
             QStringLiteral("custom_data key \"Profile;LinkedIn Profile URL;custom_data\""));
    QVERIFY(!child<QComboBox>(dialog, "csvColumnTarget1"));
}

void TestInputEditor::jsonTabRoundTripsWithoutLoss()
{
    InputDraft first = profileInput(profileUrl(1));
    first.customData.insert(QStringLiteral("zeta"), QStringLiteral("last first"));
    first.customData.insert(QStringLiteral("alpha"), QJsonValue(42));
    InputDraft second = profileInput(profileUrl(2));
    second.fields.insert(QStringLiteral("note"), QStringLiteral("not a field"));
    const QList<InputDraft> inputs{first, second};
    m_editor->setInputs(inputs);
    QCOMPARE(m_editor->model()->errorRows(), QList<int>({1}));

    tabs()->setCurrentIndex(1);
    QCOMPARE(m_editor->currentTab(), InputEditor::Tab::Json);
    QCOMPARE(jsonEdit()->toPlainText(), InputsJson::write(inputs));
    tabs()->setCurrentIndex(0);
    QCOMPARE(m_editor->currentTab(), InputEditor::Tab::Table);
    QCOMPARE(m_editor->inputs(), inputs);
    QVERIFY(m_editor->inputs().first().customData.value(u"alpha").isDouble());

    // An edit in the text reaches the table once it reads.
    tabs()->setCurrentIndex(1);
    QString text = jsonEdit()->toPlainText();
    text.replace(QStringLiteral("\"not a field\""), QStringLiteral("\"still not\""));
    jsonEdit()->setPlainText(text);
    QTRY_COMPARE(m_editor->model()->inputAt(1).text(u"note"), QStringLiteral("still not"));
    tabs()->setCurrentIndex(0);
    QCOMPARE(m_editor->currentTab(), InputEditor::Tab::Table);
    QCOMPARE(m_editor->inputs().first(), first);
    QCOMPARE(m_editor->inputs().first().customData.keys(),
             QStringList({QStringLiteral("zeta"), QStringLiteral("alpha")}));
}

void TestInputEditor::jsonOfManyInputsIsWrittenOffTheGuiThread()
{
    // Enough inputs that their text is written by a worker.
    const QList<InputDraft> inputs = LaunchInputs::profileInputs(3000);
    m_editor->setInputs(inputs);
    tabs()->setCurrentIndex(1);
    // Until the text arrives, the tab says what it is waiting for and takes
    // no typing; the rows are still the inputs.
    QVERIFY(jsonEdit()->isReadOnly());
    QVERIFY2(jsonEdit()->placeholderText().contains(QLatin1String("3,000 inputs")),
             qPrintable(jsonEdit()->placeholderText()));
    QVERIFY(m_editor->canLaunch());
    QCOMPARE(m_editor->inputs().size(), 3000);
    // Back to the table before it arrives: what arrives later is dropped.
    tabs()->setCurrentIndex(0);
    QCOMPARE(m_editor->currentTab(), InputEditor::Tab::Table);
    QTest::qWait(0);
    QCOMPARE(m_editor->inputs(), inputs);

    tabs()->setCurrentIndex(1);
    QTRY_VERIFY(!jsonEdit()->isReadOnly());
    QCOMPARE(jsonEdit()->toPlainText(), InputsJson::write(inputs));
    // The text that arrived is edited like any other, and read back.
    QString text = jsonEdit()->toPlainText();
    text.replace(u'"' + profileUrl(3) + u'"', u'"' + profileUrl(99999) + u'"');
    jsonEdit()->setPlainText(text);
    QTRY_COMPARE(m_editor->model()->inputAt(2).text(u"linkedin_profile_url"), profileUrl(99999));
    tabs()->setCurrentIndex(0);
    QCOMPARE(m_editor->inputs().size(), 3000);
    QCOMPARE(m_editor->inputs().at(2).text(u"linkedin_profile_url"), profileUrl(99999));
    // A text written again replaces the one that arrived before.
    m_editor->setInputs(inputs);
    tabs()->setCurrentIndex(1);
    QTRY_VERIFY(!jsonEdit()->isReadOnly());
    QCOMPARE(jsonEdit()->toPlainText(), InputsJson::write(inputs));
}

void TestInputEditor::jsonErrorNamesLineColumnAndInputAndBlocksSwitching()
{
    m_editor->setInputs(LaunchInputs::profileInputs(1));
    tabs()->setCurrentIndex(1);
    const QString broken =
        QStringLiteral("[\n"
                       "  {\"linkedin_profile_url\": \"%1\"},\n"
                       "  {\"linkedin_profile_url\": \"%2\" \"custom_data\": {}}\n"
                       "]\n")
            .arg(profileUrl(1), profileUrl(2));
    jsonEdit()->setPlainText(broken);
    auto *message = child<FieldMessage>(m_editor.get(), "inputJsonMessage");
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QLatin1String("line 3, column ")) &&
                 message->text().contains(QLatin1String(", inputs[1]: ")),
             qPrintable(message->text()));
    // A screen reader reads it with the text field.
    QCOMPARE(jsonEdit()->accessibleDescription(), message->text());
    QString reason;
    QVERIFY(!m_editor->canLaunch(&reason));
    QCOMPARE(reason, QStringLiteral("The JSON has an error: ") + message->text());

    tabs()->setCurrentIndex(0);
    QCOMPARE(m_editor->currentTab(), InputEditor::Tab::Json);
    QVERIFY2(message->text().startsWith(
                 QLatin1String("Fix the JSON before switching to the table, which could not "
                               "show it: line 3, column ")),
             qPrintable(message->text()));

    // The missing comma typed where it belongs.
    QTextCursor cursor = jsonEdit()->textCursor();
    cursor.setPosition(int(broken.indexOf(QStringLiteral("\" \"custom_data"))) + 1);
    jsonEdit()->setTextCursor(cursor);
    jsonEdit()->setFocus();
    QTest::keyClicks(jsonEdit(), QStringLiteral(","));
    QTRY_VERIFY(message->isHidden());
    tabs()->setCurrentIndex(0);
    QCOMPARE(m_editor->currentTab(), InputEditor::Tab::Table);
    QCOMPARE(m_editor->inputs(), LaunchInputs::profileInputs(2));
}

void TestInputEditor::countAndLimitForSchedule()
{
    m_editor->setMode(LaunchMode::Schedule);
    QString reason;
    QVERIFY(!m_editor->canLaunch(&reason));
    QCOMPARE(reason, *InputLimits::problem(LaunchMode::Schedule, 0));

    m_editor->setInputs(LaunchInputs::profileInputs(101));
    QCOMPARE(countText(), QStringLiteral("101 inputs · limit 100 (schedule) — A schedule takes at "
                                         "most 100 inputs; this one has 101."));
    QVERIFY(!m_editor->canLaunch(&reason));
    QCOMPARE(reason, QStringLiteral("A schedule takes at most 100 inputs; this one has 101."));

    // One row removed from the keyboard's reach: the table's Remove.
    table()->selectRow(100);
    TRIGGER_ACTION(m_editor.get(), "actionRemoveInputRows");
    QCOMPARE(countText(), QStringLiteral("100 inputs · limit 100 (schedule)"));
    QVERIFY(m_editor->canLaunch(&reason));
    QCOMPARE(m_editor->inputs(), LaunchInputs::profileInputs(100));

    m_editor->setMode(LaunchMode::Async);
    m_editor->setInputs(LaunchInputs::profileInputs(101));
    QCOMPARE(countText(), QStringLiteral("101 inputs · limit 100,000 (async)"));
    QVERIFY(m_editor->canLaunch());
}

void TestInputEditor::liveModeWorksWithOneRow()
{
    m_editor->setMode(LaunchMode::Live);
    TRIGGER_ACTION(m_editor.get(), "actionAddInputRow");
    QCOMPARE(m_editor->model()->rowCount(), 1);
    QString reason;
    QVERIFY(!m_editor->canLaunch(&reason));
    QVERIFY2(reason.contains(QLatin1String("linkedin_profile_url: required, but missing")),
             qPrintable(reason));
    typeIntoCell(0, 0, profileUrl(7));
    typeIntoCell(0, 1, QStringLiteral("crm=1"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_editor->canLaunch(&reason));
    QCOMPARE(countText(), QStringLiteral("1 input · limit 1 (live)"));
    QCOMPARE(m_editor->inputs().first().customData.value(u"crm").toString(), QStringLiteral("1"));
    // With its one row there, the tool bar adds no second one...
    QVERIFY(!child<QAction>(m_editor.get(), "actionAddInputRow")->isVisible());
    QVERIFY(!child<QAction>(m_editor.get(), "actionImportCsv")->isVisible());
    // ...but a paste can, and the limit says no.
    QApplication::clipboard()->setText(profileUrl(8) + u'\n');
    TRIGGER_ACTION(m_editor.get(), "actionPasteInputRows");
    QCOMPARE(m_editor->model()->rowCount(), 2);
    QVERIFY(!m_editor->canLaunch(&reason));
    QCOMPARE(reason, QStringLiteral("A live query takes one input; this one has 2."));
}

void TestInputEditor::pasteAndRemoveFromTheKeyboard()
{
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    QApplication::clipboard()->setText(QStringLiteral("LinkedIn Profile URL\tOwner\n%1\tann\n"
                                                      "acme.com\tbob\n%2\tcat\n")
                                           .arg(profileUrl(1), profileUrl(3)));
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    QTest::keyClick(table(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_editor->model()->rowCount(), 3);
    QCOMPARE(child<QLabel>(m_editor.get(), "inputTableNote")->text(),
             QStringLiteral("Pasted 3 rows; the first line named the columns."));
    QCOMPARE(m_editor->model()->inputAt(2).customData.value(u"Owner").toString(),
             QStringLiteral("cat"));

    // F8 goes to the row with a problem, and Delete removes it.
    QTest::keyClick(table(), Qt::Key_F8);
    QCOMPARE(table()->currentIndex().row(), 1);
    table()->selectRow(1);
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(m_editor->model()->rowCount(), 2);
    QCOMPARE(child<QLabel>(m_editor.get(), "inputTableNote")->text(),
             QStringLiteral("Removed 1 row."));
    QVERIFY(m_editor->canLaunch());

    // Duplicate, then the row-with-problems button says how many it took.
    table()->selectRow(0);
    QTest::keyClick(table(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_editor->model()->rowCount(), 3);
    QVERIFY(m_editor->model()->setData(m_editor->model()->index(1, 0), QString()));
    TRIGGER_ACTION(m_editor.get(), "actionRemoveProblemInputRows");
    QCOMPARE(child<QLabel>(m_editor.get(), "inputTableNote")->text(),
             QStringLiteral("Removed 1 row with problems."));
    QCOMPARE(m_editor->inputs().size(), 2);
}

void TestInputEditor::cancelledImportLeavesEditorUnchanged()
{
    m_editor->setInputs(LaunchInputs::profileInputs(2));
    QByteArray csv = "linkedin_profile_url,custom_data\n";
    csv.reserve(200000 * 64);
    for (int i = 1; i <= 200000; ++i)
        csv += profileUrl(i).toUtf8() + ",batch=" + QByteArray::number(i % 9) + '\n';
    const QString path = writeFile("large.csv", csv);
    QVERIFY(!path.isEmpty());
    CsvImportDialog *dialog = openImportDialog(path);
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "csvImportButton"), Qt::LeftButton);
    auto *progress = child<QProgressBar>(dialog, "csvImportProgress");
    QVERIFY(progress->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, kTimeoutMs);
    QTest::mouseClick(child<QPushButton>(dialog, "csvCancelImportButton"), Qt::LeftButton);
    auto *summary = child<QLabel>(dialog, "csvImportSummary");
    QTRY_COMPARE_WITH_TIMEOUT(summary->text(),
                              QStringLiteral("Import cancelled: nothing was added."), kTimeoutMs);
    QVERIFY(!progress->isVisible());
    QVERIFY(child<QPushButton>(dialog, "csvImportButton")->isEnabled());
    QCOMPARE(m_editor->model()->rowCount(), 2);
    QCOMPARE(m_editor->inputs(), LaunchInputs::profileInputs(2));
}

QTEST_MAIN(TestInputEditor)
#include "tst_inputeditor.moc"
