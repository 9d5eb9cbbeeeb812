#include "core/domain/run.h"
#include "models/common/recordrole.h"
#include "models/inputs/runinputsmodel.h"
#include "tests/support/celltyping.h"
#include "tests/support/guitesthelpers.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxsession.h"
#include "ui/common/rowinspectordialog.h"
#include "ui/common/tablerecordactions.h"
#include "ui/detail/rundetailpane.h"
#include "ui/live/livequerypage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

// The record tables (a run's inputs, outputs and callbacks, the live
// query's results) on real widgets against the in-process sandbox: whole
// text in tooltips, output titles that fit, Ctrl+C copying the selected
// rows as tab-separated text with a header, Copy as JSON and Copy cell,
// and the row inspector on Space and double-click.
class TestTables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detailTablesShowAndCopyWholeRecords();
    void liveTableCopiesSelectedRows();
    void copyRefusesRowsNotInMemory();
    void inspectorWaitsForRowNotInMemory();
};

namespace {

constexpr int kTimeoutMs = 10000;

bool runToEnd(SandboxFixture &sandbox, const QString &uid)
{
    for (int step = 0; step < 200; ++step) {
        const QString status = sandbox.runStatus(uid);
        if (status == QLatin1String("SUCCEEDED") || status == QLatin1String("FAILED") ||
            status == QLatin1String("PARTIAL_SUCCEEDED"))
            return true;
        sandbox.advance(2);
    }
    return false;
}

QPoint centerOf(QTableView *view, int row, int column = 0)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    return view->visualRect(index).center();
}

// Click on the first row, Shift+click on the last, as a user selects.
void selectRows(QTableView *view, int first, int last)
{
    view->setFocus();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centerOf(view, first));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, centerOf(view, last));
}

QString clipboardText()
{
    return QGuiApplication::clipboard()->text();
}

QStringList titles(const QAbstractItemModel *model)
{
    QStringList names;
    for (int column = 0; column < model->columnCount(); ++column)
        names.append(model->headerData(column, Qt::Horizontal).toString());
    return names;
}

QJsonArray clipboardJson()
{
    return QJsonDocument::fromJson(clipboardText().toUtf8()).array();
}

RowInspectorDialog *openInspector(QWidget *root)
{
    auto *dialog = root->findChild<RowInspectorDialog *>(QStringLiteral("rowInspector"));
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

} // namespace

void TestTables::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTables::detailTablesShowAndCopyWholeRecords()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const QString uid = sandbox.launch(
        QStringLiteral("linkedin-extract-people"),
        SandboxApi::profiles({QStringLiteral("alice"), QStringLiteral("unusable-bob"),
                              QStringLiteral("carol"), QStringLiteral("dave"),
                              QStringLiteral("erin")}),
        QJsonObject(), QJsonObject());
    QVERIFY(!uid.isEmpty());
    QVERIFY(runToEnd(sandbox, uid));
    const QJsonArray outputs = sandbox.outputs(uid);
    QCOMPARE(outputs.size(), 4);

    SandboxSession connection(sandbox);
    RunDetailPane pane(&connection.session);
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showRun(Run::fromJson(sandbox.run(uid)));
    auto *tabs = pane.findChild<QTabWidget *>(QStringLiteral("runDetailTabs"));
    QVERIFY(tabs);

    // An input's error, cut off in its column, is whole in the tooltip and
    // in the inspector a double-click opens.
    auto *inputs = pane.findChild<QTableView *>(QStringLiteral("runInputsView"));
    QVERIFY(inputs);
    tabs->setCurrentIndex(RunDetailPane::InputsTab);
    QTRY_COMPARE_WITH_TIMEOUT(inputs->model()->rowCount(), 5, kTimeoutMs);
    const QModelIndex error = inputs->model()->index(1, RunInputsModel::ErrorColumn);
    QVERIFY(!error.data().toString().isEmpty());
    QCOMPARE(error.data(Qt::ToolTipRole).toString(), error.data().toString());
    const QPoint errorCell = centerOf(inputs, 1, RunInputsModel::ErrorColumn);
    QTest::mouseClick(inputs->viewport(), Qt::LeftButton, {}, errorCell);
    QTest::mouseDClick(inputs->viewport(), Qt::LeftButton, {}, errorCell);
    QTRY_VERIFY(openInspector(inputs));
    RowInspectorDialog *inspector = openInspector(inputs);
    const QJsonObject failedInput = QJsonDocument::fromJson(inspector->text().toUtf8()).object();
    QCOMPARE(failedInput, sandbox.inputs(uid).at(1).toObject());
    QTest::keyClick(inspector, Qt::Key_Escape);
    QTRY_VERIFY(!openInspector(inputs));

    auto *view = pane.findChild<QTableView *>(QStringLiteral("runOutputsView"));
    QVERIFY(view);
    tabs->setCurrentIndex(RunDetailPane::OutputsTab);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 4, kTimeoutMs);
    const QAbstractItemModel *model = view->model();

    // Every title shows whole (up to a wide column's limit), left-aligned.
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) >= std::min(header->sectionSizeHint(column), 360),
                 qPrintable(title));
        QCOMPARE(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(), title);
    }
    // The longest cell's tooltip is its whole text.
    QModelIndex longest;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QModelIndex index = model->index(0, column);
        if (!longest.isValid() || index.data().toString().size() > longest.data().toString().size())
            longest = index;
    }
    QCOMPARE(longest.data(Qt::ToolTipRole).toString(), longest.data().toString());

    // Ctrl+C with three rows selected: a header line and three rows.
    QGuiApplication::clipboard()->clear();
    selectRows(view, 0, 2);
    QTest::keySequence(view, QKeySequence::Copy);
    QStringList lines = clipboardText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.first(), titles(model).join(QLatin1Char('\t')));
    for (int row = 0; row < 3; ++row) {
        const QStringList fields = lines.at(row + 1).split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), model->columnCount());
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString text = model->index(row, column).data().toString();
            if (!text.contains(QLatin1Char('\t')) && !text.contains(QLatin1Char('"')) &&
                !text.contains(QLatin1Char('\n')))
                QCOMPARE(fields.at(column), text);
        }
    }

    // Copy as JSON: the three records themselves.
    TRIGGER_ACTION(view, "actionCopyRowsJson");
    const QJsonArray copied = clipboardJson();
    QCOMPARE(copied.size(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(copied.at(row).toObject(), outputs.at(row).toObject());

    // Copy cell: the current cell's whole text.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centerOf(view, 3, longest.column()));
    TRIGGER_ACTION(view, "actionCopyCell");
    QCOMPARE(clipboardText(), model->index(3, longest.column()).data().toString());

    // Space opens the inspector on the current row; Copy copies its JSON.
    QTest::keyClick(view, Qt::Key_Space);
    QTRY_VERIFY(openInspector(view));
    inspector = openInspector(view);
    QCOMPARE(QJsonDocument::fromJson(inspector->text().toUtf8()).object(),
             outputs.at(3).toObject());
    auto *text = inspector->findChild<QPlainTextEdit *>(QStringLiteral("rowInspectorText"));
    QVERIFY(text && text->isReadOnly());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(inspector->findChild<QPushButton *>(QStringLiteral("rowInspectorCopyButton")),
                      Qt::LeftButton);
    QCOMPARE(clipboardText(), inspector->text());
    QTest::keyClick(inspector, Qt::Key_Escape);
    QTRY_VERIFY(!openInspector(view));
}

void TestTables::liveTableCopiesSelectedRows()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    QCOMPARE(sandbox.adminPost(QStringLiteral("/demo")).status, 200);
    SandboxSession connection(sandbox);
    const QString action = QStringLiteral("linkedin-search-people");
    const QJsonObject input{
        {QStringLiteral("linkedin_people_search_url"),
         QStringLiteral("https://www.linkedin.com/search/results/people/?keywords=cto")}};
    const SandboxFixture::Reply direct =
        sandbox.post(QStringLiteral("/actions/") + action + QStringLiteral("/run/live"),
                     QJsonObject{{QStringLiteral("input"), input}});
    const QJsonArray expected = direct.json.toArray();
    QVERIFY(expected.size() >= 3);

    LiveQueryPage page(&connection.session);
    page.setPacing(0, 0);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setAction(action);
    TYPE_INPUT_ROW(&page, "liveInputEditor", 0, input);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("liveRunButton")),
                      Qt::LeftButton);
    auto *view = page.findChild<QTableView *>(QStringLiteral("liveResultsView"));
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), kTimeoutMs);
    QCOMPARE(view->model()->rowCount(), expected.size());

    QGuiApplication::clipboard()->clear();
    selectRows(view, 0, 2);
    QTest::keySequence(view, QKeySequence::Copy);
    const QStringList lines = clipboardText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.first(), titles(view->model()).join(QLatin1Char('\t')));

    TRIGGER_ACTION(view, "actionCopyRowsJson");
    const QJsonArray copied = clipboardJson();
    QCOMPARE(copied.size(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(copied.at(row).toObject(), expected.at(row).toObject());
}

// A table that keeps only some pages in memory (the outputs of a big run):
// copying rows that are not there copies nothing and says why, instead of
// putting blanks on the clipboard in their place.
void TestTables::copyRefusesRowsNotInMemory()
{
    QStandardItemModel model(5, 2);
    for (int row = 0; row < 5; ++row) {
        model.setData(model.index(row, 0), QStringLiteral("row %1").arg(row));
        model.setData(model.index(row, 0), QJsonObject{{QStringLiteral("n"), row}}, kRecordRole);
        if (row >= 3)
            model.setData(model.index(row, 0), false, kRowLoadedRole);
    }
    QTableView view;
    view.setModel(&model);
    new TableRecordActions(&view);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    for (const char *action : {"actionCopyRows", "actionCopyRowsJson"}) {
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        view.selectAll();
        TRIGGER_ACTION(&view, action);
        QCOMPARE(clipboardText(), QStringLiteral("before"));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = view.findChild<QMessageBox *>(QStringLiteral("rowsNotLoadedBox"))));
        QVERIFY2(box->text().startsWith(QLatin1String("2 of the selected rows are not in memory")),
                 qPrintable(box->text()));
        box->close();
        QTRY_VERIFY(!view.findChild<QMessageBox *>(QStringLiteral("rowsNotLoadedBox")));
    }

    // The rows in memory copy as before.
    selectRows(&view, 0, 2);
    TRIGGER_ACTION(&view, "actionCopyRowsJson");
    QCOMPARE(clipboardJson().size(), 3);
    QVERIFY(!view.findChild<QMessageBox *>(QStringLiteral("rowsNotLoadedBox")));
}

// The inspector opened on a row whose page was dropped shows no record (an
// empty one would pass for the row's) and nothing to copy, then the record
// once the model has it again; a change to another row does not fill it.
void TestTables::inspectorWaitsForRowNotInMemory()
{
    QStandardItemModel model(3, 1);
    for (int row = 0; row < 3; ++row) {
        model.setData(model.index(row, 0), QStringLiteral("row %1").arg(row));
        model.setData(model.index(row, 0), QJsonObject{{QStringLiteral("n"), row}}, kRecordRole);
        model.setData(model.index(row, 0), row != 1, kRowLoadedRole);
    }
    model.setData(model.index(1, 0), QJsonObject(), kRecordRole);
    QTableView view;
    view.setModel(&model);
    new TableRecordActions(&view);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    view.setCurrentIndex(model.index(1, 0));
    QTest::keyClick(&view, Qt::Key_Space);
    QTRY_VERIFY(openInspector(&view));
    RowInspectorDialog *inspector = openInspector(&view);
    QCOMPARE(inspector->windowTitle(), QStringLiteral("Row 2"));
    QCOMPARE(inspector->text(), QString());
    auto *copy = inspector->findChild<QPushButton *>(QStringLiteral("rowInspectorCopyButton"));
    QVERIFY(!copy->isEnabled());
    auto *text = inspector->findChild<QPlainTextEdit *>(QStringLiteral("rowInspectorText"));
    QVERIFY(text->placeholderText().startsWith(QLatin1String("This row is being fetched again")));

    model.setData(model.index(2, 0), QJsonObject{{QStringLiteral("n"), 20}}, kRecordRole);
    QVERIFY(!copy->isEnabled());
    QCOMPARE(inspector->text(), QString());

    const QJsonObject record{{QStringLiteral("n"), 1},
                             {QStringLiteral("name"), QStringLiteral("b")}};
    model.setData(model.index(1, 0), record, kRecordRole);
    model.setData(model.index(1, 0), true, kRowLoadedRole);
    QVERIFY(copy->isEnabled());
    QCOMPARE(QJsonDocument::fromJson(inspector->text().toUtf8()).object(), record);
    QTest::keyClick(inspector, Qt::Key_Escape);
    QTRY_VERIFY(!openInspector(&view));
}

QTEST_MAIN(TestTables)
#include "tst_tables.moc"
