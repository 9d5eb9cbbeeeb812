#pragma once

#include "models/launch/inputrowsmodel.h"
#include "ui/launch/inputeditor.h"

#include <QAbstractItemView>
#include <QJsonObject>
#include <QLineEdit>
#include <QString>
#include <QTableView>
#include <QTest>

// Typing into an editable table as a user does: the cell's editor opened,
// what it holds replaced, Return pressed. The functions say what stood in
// the way, empty when nothing did; the macros fail the test with that, at
// the test's own line.
namespace GuiTest {

inline QString typeIntoCell(QAbstractItemView *view, const QModelIndex &index, const QString &text)
{
    const QString cell = QStringLiteral("row %1, column %2").arg(index.row()).arg(index.column());
    view->setCurrentIndex(index);
    view->edit(index);
    // The editor open on that cell, not one closed a moment ago.
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
    if (!editor)
        return QStringLiteral("no line editor opened on %1").arg(cell);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits in a queued call, once the editor had the key.
    if (!QTest::qWaitFor([view, index] { return !view->indexWidget(index); }))
        return QStringLiteral("the editor on %1 stayed open").arg(cell);
    return {};
}

// Types each value of `input` into the cell of its field, in `row` of the
// InputEditor named `editorName` under `root`, on its Table tab.
inline QString typeInputRow(const QObject *root, const char *editorName, int row,
                            const QJsonObject &input)
{
    auto *editor = root->findChild<InputEditor *>(QString::fromLatin1(editorName));
    if (!editor)
        return QStringLiteral("no input editor \"%1\"").arg(QString::fromLatin1(editorName));
    if (editor->currentTab() != InputEditor::Tab::Table)
        return QStringLiteral("the input editor shows its JSON tab, not the table");
    auto *table = editor->findChild<QTableView *>(QStringLiteral("inputTable"));
    if (row >= editor->model()->rowCount())
        return QStringLiteral("the input table has no row %1").arg(row + 1);
    for (auto it = input.begin(); it != input.end(); ++it) {
        const int column = editor->model()->columnOf(it.key());
        if (column < 0)
            return QStringLiteral("the input table has no column %1").arg(it.key());
        const QString problem =
            typeIntoCell(table, editor->model()->index(row, column), it.value().toString());
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace GuiTest

#define TYPE_INTO_CELL(view, index, text)                                                          \
    do {                                                                                           \
        const QString problem_ = GuiTest::typeIntoCell(view, index, text);                         \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                        \
    } while (false)

#define TYPE_INPUT_ROW(root, editorName, row, input)                                               \
    do {                                                                                           \
        const QString problem_ = GuiTest::typeInputRow(root, editorName, row, input);              \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                        \
    } while (false)
