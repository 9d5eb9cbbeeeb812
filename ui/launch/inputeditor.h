#pragma once

#include "core/domain/actionspec.h"
#include "core/launch/inputdraft.h"
#include "core/launch/launchmode.h"
#include "core/launch/launchproblem.h"

#include <QList>
#include <QString>
#include <QWidget>

class FieldMessage;
class InputRowsModel;
class JsonDocumentJob;
class QAction;
class QKeySequence;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextDocument;
class QTableView;
class QTimer;

// The inputs of a launch, typed, pasted, imported from a CSV file or
// written as JSON: a table with a column per input field of the action
// (InputRowsModel) and a JSON tab holding the same inputs as text
// (InputsJson). Switching tabs converts without loss; the JSON text is
// checked as it is typed, and while it has an error the table cannot be
// shown, since it could not show that text. Below both, the count of
// inputs against the mode's limit (InputLimits), with the reason when over.
// The launch dialog and the live panel (one row) share it.
class InputEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputEditor)

public:
    enum class Tab
    {
        Table,
        Json,
    };

    explicit InputEditor(QWidget *parent = nullptr);

    void setAction(const ActionSpec &action);
    const ActionSpec &action() const;
    void setMode(LaunchMode mode);
    LaunchMode mode() const { return m_mode; }

    // The inputs as the editor holds them. JSON text typed a moment ago is
    // read first; while it has an error, these are the inputs of the last
    // text that read (and canLaunch() says no).
    QList<InputDraft> inputs();
    void setInputs(const QList<InputDraft> &inputs);
    // Whether the inputs can be sent as they are; if not, why, in words
    // for the place where Launch is disabled.
    bool canLaunch(QString *reason = nullptr);
    // The JSON text has an error, shown under the text itself.
    bool hasJsonError() const { return !m_jsonError.isEmpty(); }

    Tab currentTab() const;
    // Shows a problem of one input (a refusal from the server, say): its
    // row and cell selected in the table, and the message under it.
    void showProblem(const LaunchProblem &problem);

    // Gives the focus to what shows the inputs, with the cell of the first
    // error selected in the table, for a form that shows the reason from
    // canLaunch() itself.
    void focusFirstProblem();

    // The rows behind the table, for the import dialog and for tests.
    InputRowsModel *model() const { return m_model; }

signals:
    // The inputs, their problems or whether they can be sent changed.
    void changed();

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    QWidget *buildTablePage();
    QWidget *buildJsonPage();
    QAction *addTableAction(const QString &text, const char *name, const QKeySequence &shortcut);
    QList<int> selectedRows() const;
    void selectRows(int first, int count);
    void note(const QString &text);

    void addRow();
    void duplicateRows();
    void removeRows();
    void pasteRows();
    void importCsv();
    void removeProblemRows();
    void goToNextProblem();
    void onImported(int first, int count);

    void onTabChanged(int index);
    void writeJson();
    void onJsonWritten(QTextDocument *document);
    // Reads the JSON text now if it changed; false while it has an error.
    bool readJson();
    void onModelChanged();
    void updateCount();
    void updateActions();

    InputRowsModel *m_model;
    LaunchMode m_mode = LaunchMode::Async;
    QTabWidget *m_tabs;
    QTableView *m_table;
    FieldMessage *m_tableMessage;
    QLabel *m_tableNote;
    QPlainTextEdit *m_json;
    FieldMessage *m_jsonMessage;
    QTimer *m_jsonTimer;
    JsonDocumentJob *m_jsonJob;
    QLabel *m_count;

    QAction *m_addRow = nullptr;
    QAction *m_duplicateRows = nullptr;
    QAction *m_removeRows = nullptr;
    QAction *m_pasteRows = nullptr;
    QAction *m_importCsv = nullptr;
    QAction *m_removeProblemRows = nullptr;
    QAction *m_nextProblem = nullptr;

    // What the JSON tab shows while it is empty (an example of the action's
    // inputs), kept while a long text is being written.
    QString m_jsonPlaceholder;
    // The JSON text was changed (typed, pasted) since it was last written
    // from the rows or read into them.
    bool m_jsonEdited = false;
    // The rows changed since the JSON text was written.
    bool m_jsonStale = true;
    // Set while rows are replaced by what the JSON text holds.
    bool m_readingJson = false;
    QString m_jsonError;
    // Set while a refused tab switch is undone.
    bool m_revertingTab = false;
};
