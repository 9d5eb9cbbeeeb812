#pragma once

#include "core/domain/actionspec.h"
#include "core/launch/csvimport.h"
#include "core/launch/inputdraft.h"
#include "core/launch/launchproblem.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

// The inputs of a launch as an editable table, for one action: a column
// per input field of the action, then custom_data as key=value text
// (CustomDataText), then what keeps each input from being sent. Every
// change checks the row again, so the table always says which rows cannot
// be sent and why; the check happens when a row changes, never while it is
// painted, so 100,000 rows scroll as cheaply as ten. Rows are plain values
// (no object per row).
//
// Rows read from cells (a CSV file, a paste) also keep what went wrong
// while reading them, which the input alone no longer shows: a cell that
// belonged to no column, custom_data pairs that did not read. Those stay
// until the user edits the row, since the edit is what replaces them.
class InputRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputRowsModel)

public:
    // The columns after the action's input fields; the first of them is
    // customDataColumn().
    enum TrailingColumn
    {
        CustomDataColumn,
        ProblemsColumn,
        TrailingColumnCount
    };

    enum class Role
    {
        // The row's problems as "field: reason" texts (QStringList).
        Problems = Qt::UserRole + 1,
        // The worst problem of the row as a Severity.
        Severity,
        // The row's number among the data rows of the file it was imported
        // from (1 = first), 0 when it was not imported.
        SourceRow,
    };

    // How bad a row is, for views to mark it.
    enum class Severity
    {
        None,
        Warning,
        Error,
    };

    // What a paste did: how many rows it appended and from where, or why
    // it appended none.
    struct Paste
    {
        int first = -1;
        int count = 0;
        // The first pasted line named the columns.
        bool header = false;
        // Rows of empty cells, skipped.
        int blankRows = 0;
        QString error;
    };

    explicit InputRowsModel(QObject *parent = nullptr);

    const ActionSpec &action() const { return m_action; }
    // Changes the columns to `action`'s and checks every row again. Values
    // of input fields that both actions take stay where they are; values
    // of the old action's fields that the new one does not take are
    // dropped, and their number (non-empty ones) is returned so the caller
    // can say so. Keys that were not the old action's fields are kept.
    qsizetype setAction(const ActionSpec &action);

    int fieldColumnCount() const { return int(m_action.inputFields.size()); }
    int customDataColumn() const { return fieldColumnCount() + CustomDataColumn; }
    int problemsColumn() const { return fieldColumnCount() + ProblemsColumn; }
    // The input field a column edits; empty for the trailing columns.
    QString fieldAt(int column) const;
    // The column that shows `field` (an input field, or "custom_data");
    // -1 when none does.
    int columnOf(QStringView field) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // A field's text, or custom_data as key=value text. custom_data that
    // does not read is kept as typed and flagged, never thrown away.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Empty inputs.
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    const InputDraft &inputAt(int row) const { return m_rows.at(row).input; }
    // The row's problems, each naming the row as inputs[row].
    QList<LaunchProblem> problemsAt(int row) const;
    bool hasErrors(int row) const { return LaunchProblem::anyError(m_rows.at(row).problems); }

    QList<InputDraft> inputs() const;
    // Replaces the rows by `inputs`. Rows at the start and at the end that
    // equal the inputs replacing them are left alone, with what is known
    // about them (where they were read from and how), so an edit of the
    // JSON text changes only the rows it touched.
    void setInputs(const QList<InputDraft> &inputs);
    // Appends rows read from a CSV file, with their problems and numbers.
    void appendImportedRows(const QList<CsvImport::Row> &rows);
    // Cells copied from a spreadsheet, appended as rows. A first line that
    // names input fields or custom_data is a header: its columns are
    // mapped by name as a CSV file's are (ColumnMapping). Otherwise cells
    // go to the table's columns in order, custom_data as key=value text.
    Paste appendFromClipboard(const QString &text);

    // Copies of `rows` (in order) inserted as one block after the last of
    // them; returns the first copy's row, -1 when `rows` is empty.
    int duplicateRows(QList<int> rows);
    // Removes `rows` in as few ranges as they form.
    void removeRowList(QList<int> rows);
    // The rows with errors, ascending; within [first, first + count) when
    // a range is given.
    QList<int> errorRows(int first = 0, int count = -1) const;
    int errorRowCount() const;
    // Removes every row with an error and returns how many went; callers
    // say the number, so nothing is dropped unsaid.
    int removeRowsWithErrors();
    // The first row with an error after `row` (wrapping); -1 when none.
    int nextErrorRow(int row) const;
    // The first row whose custom_data text does not read, -1 when none:
    // such a row cannot be written as JSON without losing that text.
    int firstUnreadableRow() const;

private:
    struct Row
    {
        InputDraft input;
        // Everything wrong with the row, as last checked.
        QList<LaunchProblem> problems;
        // What went wrong while reading the row from cells; kept until
        // the row is edited.
        QList<LaunchProblem> readingProblems;
        // custom_data typed in the cell that does not read as pairs; shown
        // instead of input.customData until it does.
        QString unreadCustomData;
        qsizetype sourceRow = 0;
        qint64 sourceLine = 0;
    };

    void check(Row &row) const;
    Severity severity(const Row &row) const;
    QString problemsText(const Row &row, QStringView separator) const;
    QString cellProblem(const Row &row, int column) const;
    QString customDataText(const Row &row) const;
    void setCustomData(Row &row, const QString &text);
    void appendRows(QList<Row> rows);
    void emitRowChanged(int row);

    ActionSpec m_action;
    QList<Row> m_rows;
};
