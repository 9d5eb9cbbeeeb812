#include "ui/launch/inputeditor.h"

#include "core/launch/inputlimits.h"
#include "core/launch/inputsjson.h"
#include "models/launch/inputrowsmodel.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/keyboardnavigation.h"
#include "ui/launch/counttext.h"
#include "ui/launch/csvimportdialog.h"
#include "ui/launch/inputrowdelegate.h"
#include "ui/launch/jsondocumentjob.h"

#include <QAction>
#include <QClipboard>
#include <QFocusEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <variant>

namespace {

// Long enough not to flag a half-typed value at every key, short enough to
// answer while the user still looks at what they typed.
constexpr int kJsonCheckDelayMs = 400;
// From this many inputs the JSON text is written off the GUI thread: its
// document costs about 7 ms per thousand inputs to build.
constexpr qsizetype kJsonInBackgroundFrom = 2000;

QString modeName(LaunchMode mode)
{
    switch (mode) {
    case LaunchMode::Live:
        return InputEditor::tr("live");
    case LaunchMode::Async:
        return InputEditor::tr("async");
    case LaunchMode::Schedule:
        return InputEditor::tr("schedule");
    }
    return {};
}

// A problem of the one input of a live body (contract 2.2), named by its
// path there: "input.linkedin_profile_url: required, but missing".
QString liveProblemText(const LaunchProblem &problem)
{
    const QString path = problem.field.isEmpty() ? QStringLiteral("input")
                                                 : QStringLiteral("input.") + problem.field;
    return path + QStringLiteral(": ") + problem.reason;
}

} // namespace

InputEditor::InputEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new InputRowsModel(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new QTableView(this))
    , m_tableMessage(new FieldMessage(m_table, this))
    , m_tableNote(new QLabel(this))
    , m_json(new QPlainTextEdit(this))
    , m_jsonMessage(new FieldMessage(m_json, this))
    , m_jsonTimer(new QTimer(this))
    , m_jsonJob(new JsonDocumentJob(this))
    , m_count(new QLabel(this))
{
    m_tabs->setObjectName(QStringLiteral("inputEditorTabs"));
    m_count->setObjectName(QStringLiteral("inputCountLabel"));
    m_count->setWordWrap(true);
    m_tabs->addTab(buildTablePage(), tr("&Table"));
    m_tabs->addTab(buildJsonPage(), tr("&JSON"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_count);

    m_jsonTimer->setSingleShot(true);
    m_jsonTimer->setInterval(kJsonCheckDelayMs);
    connect(m_jsonTimer, &QTimer::timeout, this, [this] { readJson(); });
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        m_jsonEdited = true;
        m_jsonTimer->start();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &InputEditor::onTabChanged);
    connect(m_jsonJob, &JsonDocumentJob::ready, this, &InputEditor::onJsonWritten);

    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &InputEditor::onModelChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InputEditor::onModelChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InputEditor::onModelChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InputEditor::updateActions);
    onModelChanged();
}

QWidget *InputEditor::buildTablePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("inputTablePage"));
    m_table->setObjectName(QStringLiteral("inputTable"));
    m_table->setAccessibleName(tr("Inputs"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new InputRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(280);
    // One height for every row: 100,000 rows are laid out without asking
    // each for its size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    KeyboardNavigation::letTabLeave(m_table);
    m_tableMessage->setObjectName(QStringLiteral("inputTableMessage"));
    m_tableNote->setObjectName(QStringLiteral("inputTableNote"));
    m_tableNote->setWordWrap(true);
    m_tableNote->hide();

    auto *bar = new QToolBar(page);
    bar->setObjectName(QStringLiteral("inputTableToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addRow = addTableAction(tr("&Add row"), "actionAddInputRow", Qt::Key_Insert);
    m_duplicateRows = addTableAction(tr("&Duplicate"), "actionDuplicateInputRows",
                                     QKeySequence(Qt::CTRL | Qt::Key_D));
    m_removeRows = addTableAction(tr("&Remove"), "actionRemoveInputRows", QKeySequence::Delete);
    m_pasteRows = addTableAction(tr("&Paste rows"), "actionPasteInputRows", QKeySequence::Paste);
    m_importCsv = addTableAction(tr("&Import CSV…"), "actionImportCsv", {});
    m_removeProblemRows =
        addTableAction(tr("Remove rows with &problems"), "actionRemoveProblemInputRows", {});
    m_nextProblem = addTableAction(tr("&Next problem"), "actionNextProblemInputRow", Qt::Key_F8);
    bar->addActions({m_addRow, m_duplicateRows, m_removeRows});
    bar->addSeparator();
    bar->addActions({m_pasteRows, m_importCsv});
    bar->addSeparator();
    bar->addActions({m_removeProblemRows, m_nextProblem});
    KeyboardNavigation::reachByTab(bar);
    // Reading order: the tool bar above, then the table it acts on.
    setTabOrder(bar->widgetForAction(m_nextProblem), m_table);

    connect(m_addRow, &QAction::triggered, this, &InputEditor::addRow);
    connect(m_duplicateRows, &QAction::triggered, this, &InputEditor::duplicateRows);
    connect(m_removeRows, &QAction::triggered, this, &InputEditor::removeRows);
    connect(m_pasteRows, &QAction::triggered, this, &InputEditor::pasteRows);
    connect(m_importCsv, &QAction::triggered, this, &InputEditor::importCsv);
    connect(m_removeProblemRows, &QAction::triggered, this, &InputEditor::removeProblemRows);
    connect(m_nextProblem, &QAction::triggered, this, &InputEditor::goToNextProblem);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_tableMessage);
    layout->addWidget(m_tableNote);
    return page;
}

QWidget *InputEditor::buildJsonPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("inputJsonPage"));
    m_json->setObjectName(QStringLiteral("inputJsonEdit"));
    m_json->setAccessibleName(tr("Inputs as JSON"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Tab moves on, as everywhere else in the window.
    m_json->setTabChangesFocus(true);
    m_jsonMessage->setObjectName(QStringLiteral("inputJsonMessage"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_json, 1);
    layout->addWidget(m_jsonMessage);
    return page;
}

QAction *InputEditor::addTableAction(const QString &text, const char *name,
                                     const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(shortcut);
    // Only while the table itself has the focus: in a cell being edited,
    // Delete and Ctrl+V belong to the text.
    action->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(action);
    return action;
}

void InputEditor::setAction(const ActionSpec &action)
{
    const qsizetype dropped = m_model->setAction(action);
    note(dropped > 0
             ? tr("%1 takes other input fields: %2 of fields it does not take were "
                  "left out.")
                   .arg(action.slug,
                        CountText::of(dropped, QT_TRANSLATE_N_NOOP("CountText", "%Ln value(s)")))
             : QString());
    m_jsonPlaceholder =
        action.takesInput()
            ? tr("[{\"%1\": \"…\", \"custom_data\": {\"crm_id\": \"42\"}}]")
                  .arg(action.inputFields.join(QStringLiteral("\": \"…\", \"")))
            : tr("This action takes no input fields: leave empty, or give custom_data only.");
    if (!m_jsonJob->isRunning())
        m_json->setPlaceholderText(m_jsonPlaceholder);
}

const ActionSpec &InputEditor::action() const
{
    return m_model->action();
}

void InputEditor::setMode(LaunchMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    // A live query has one input: what works on many rows, or adds a second
    // one, has no place in its tool bar.
    const bool manyRows = mode != LaunchMode::Live;
    for (QAction *action : {m_duplicateRows, m_importCsv, m_removeProblemRows, m_nextProblem})
        action->setVisible(manyRows);
    updateCount();
    updateActions();
    emit changed();
}

QList<InputDraft> InputEditor::inputs()
{
    if (currentTab() == Tab::Json)
        readJson();
    return m_model->inputs();
}

void InputEditor::setInputs(const QList<InputDraft> &inputs)
{
    m_model->setInputs(inputs);
    if (currentTab() == Tab::Json)
        writeJson();
}

bool InputEditor::canLaunch(QString *reason)
{
    const auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (currentTab() == Tab::Json && !readJson())
        return refuse(tr("The JSON has an error: %1").arg(m_jsonError));
    if (const int row = m_model->firstUnreadableRow(); row >= 0)
        return refuse(tr("Row %1: custom_data does not read as key=value pairs.").arg(row + 1));
    // An action without input fields sends one empty input (contract 2.3).
    const qsizetype count = m_model->rowCount();
    const qsizetype sent = !action().takesInput() && count == 0 ? 1 : count;
    if (const auto problem = InputLimits::problem(m_mode, sent))
        return refuse(*problem);
    if (const int row = m_model->nextErrorRow(-1); row >= 0 && m_mode == LaunchMode::Live) {
        // One input: its first error, named as the live body names it.
        const QList<LaunchProblem> problems = m_model->problemsAt(row);
        const auto error =
            std::find_if(problems.cbegin(), problems.cend(),
                         [](const LaunchProblem &problem) { return problem.isError(); });
        if (error != problems.cend())
            return refuse(liveProblemText(*error));
    }
    if (const int row = m_model->nextErrorRow(-1); row >= 0) {
        const QStringList problems =
            m_model->index(row, 0).data(int(InputRowsModel::Role::Problems)).toStringList();
        return refuse(tr("%1 cannot be sent (row %2: %3): fix them or remove them.")
                          .arg(CountText::of(m_model->errorRowCount(),
                                             QT_TRANSLATE_N_NOOP("CountText", "%Ln input(s)")))
                          .arg(row + 1)
                          .arg(problems.value(0)));
    }
    if (reason)
        reason->clear();
    return true;
}

InputEditor::Tab InputEditor::currentTab() const
{
    return m_tabs->currentIndex() == 1 ? Tab::Json : Tab::Table;
}

void InputEditor::showProblem(const LaunchProblem &problem)
{
    if (problem.input < 0 || problem.input >= m_model->rowCount())
        return;
    m_tabs->setCurrentIndex(0);
    if (currentTab() != Tab::Table) {
        // The JSON text has an error: the message goes where it is seen.
        m_jsonMessage->showMessage(problem.message());
        return;
    }
    const int column = m_model->columnOf(problem.field);
    const QModelIndex index =
        m_model->index(int(problem.input), column >= 0 ? column : m_model->problemsColumn());
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_tableMessage->showMessage(tr("Row %1, %2").arg(problem.input + 1).arg(problem.message()));
}

void InputEditor::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    // The editor itself is no stop on the Tab chain (a focus proxy would
    // reorder it); focus given to it, by a label's mnemonic say, goes to
    // what shows the inputs.
    if (currentTab() == Tab::Json)
        m_json->setFocus(event->reason());
    else
        m_table->setFocus(event->reason());
}

void InputEditor::focusFirstProblem()
{
    if (currentTab() == Tab::Json) {
        m_json->setFocus();
        return;
    }
    if (const int row = m_model->nextErrorRow(-1); row >= 0) {
        const QList<LaunchProblem> problems = m_model->problemsAt(row);
        const auto error =
            std::find_if(problems.cbegin(), problems.cend(),
                         [](const LaunchProblem &problem) { return problem.isError(); });
        const int column = error != problems.cend() ? m_model->columnOf(error->field) : -1;
        const QModelIndex index =
            m_model->index(row, column >= 0 ? column : m_model->problemsColumn());
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    m_table->setFocus();
}

QList<int> InputEditor::selectedRows() const
{
    QList<int> rows;
    // Ranges, not indexes: a selection of 100,000 rows stays cheap.
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void InputEditor::selectRows(int first, int count)
{
    if (first < 0 || count < 1)
        return;
    const QModelIndex top = m_model->index(first, 0);
    m_table->setCurrentIndex(top);
    m_table->selectionModel()->select(
        QItemSelection(top, m_model->index(first + count - 1, m_model->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect);
    m_table->scrollTo(top);
}

void InputEditor::note(const QString &text)
{
    m_tableNote->setText(text);
    m_tableNote->setVisible(!text.isEmpty());
}

void InputEditor::addRow()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_model->rowCount();
    m_model->insertRows(row, 1);
    const QModelIndex first = m_model->index(row, 0);
    m_table->setCurrentIndex(first);
    m_table->scrollTo(first);
    m_table->setFocus();
    note({});
}

void InputEditor::duplicateRows()
{
    const QList<int> rows = selectedRows();
    const int first = m_model->duplicateRows(rows);
    selectRows(first, int(rows.size()));
    note(tr("Duplicated %1; the copies are selected.")
             .arg(CountText::of(rows.size(), QT_TRANSLATE_N_NOOP("CountText", "%Ln row(s)"))));
}

void InputEditor::removeRows()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    m_model->removeRowList(rows);
    note(tr("Removed %1.")
             .arg(CountText::of(rows.size(), QT_TRANSLATE_N_NOOP("CountText", "%Ln row(s)"))));
}

void InputEditor::pasteRows()
{
    const InputRowsModel::Paste paste =
        m_model->appendFromClipboard(QGuiApplication::clipboard()->text());
    m_tableMessage->showMessage(paste.error);
    if (!paste.error.isEmpty()) {
        note({});
        return;
    }
    if (paste.count == 0) {
        note(tr("The clipboard holds no rows to paste."));
        return;
    }
    selectRows(paste.first, paste.count);
    const QString rows = CountText::of(paste.count, QT_TRANSLATE_N_NOOP("CountText", "%Ln row(s)"));
    QString text = paste.header ? tr("Pasted %1; the first line named the columns.").arg(rows)
                                : tr("Pasted %1.").arg(rows);
    if (paste.blankRows > 0)
        text += QLatin1Char(' ') +
                tr("Skipped %1 of empty cells.")
                    .arg(CountText::of(paste.blankRows,
                                       QT_TRANSLATE_N_NOOP("CountText", "%Ln row(s)")));
    note(text);
}

void InputEditor::importCsv()
{
    auto *dialog = new CsvImportDialog(m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvImportDialog::imported, this, &InputEditor::onImported);
    dialog->open();
}

void InputEditor::onImported(int first, int count)
{
    const QList<int> bad = m_model->errorRows(first, count);
    // Where the user has work to do, or else where the rows begin.
    if (!bad.isEmpty())
        selectRows(bad.first(), 1);
    else
        selectRows(first, count);
    note(tr("Imported %1 from the file.")
             .arg(CountText::of(count, QT_TRANSLATE_N_NOOP("CountText", "%Ln row(s)"))));
}

void InputEditor::removeProblemRows()
{
    const int removed = m_model->removeRowsWithErrors();
    m_tableMessage->clearMessage();
    note(tr("Removed %1 with problems.")
             .arg(CountText::of(removed, QT_TRANSLATE_N_NOOP("CountText", "%Ln row(s)"))));
}

void InputEditor::goToNextProblem()
{
    const int row = m_model->nextErrorRow(m_table->currentIndex().row());
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, m_model->problemsColumn());
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    note(tr("Row %1: %2").arg(row + 1).arg(index.data().toString()));
}

void InputEditor::onTabChanged(int index)
{
    if (m_revertingTab)
        return;
    const auto stayOn = [this](int tab) {
        m_revertingTab = true;
        m_tabs->setCurrentIndex(tab);
        m_revertingTab = false;
    };
    if (index == 1) {
        // The text of such a cell has no place in JSON: it would be lost.
        if (const int row = m_model->firstUnreadableRow(); row >= 0) {
            stayOn(0);
            const QModelIndex cell = m_model->index(row, m_model->customDataColumn());
            m_table->setCurrentIndex(cell);
            m_table->scrollTo(cell);
            m_tableMessage->showMessage(
                tr("Row %1: custom_data does not read as key=value pairs. Fix it or clear it "
                   "before switching to JSON, or its text would be lost.")
                    .arg(row + 1));
            return;
        }
        m_tableMessage->clearMessage();
        if (m_jsonStale)
            writeJson();
        return;
    }
    if (m_jsonJob->isRunning()) {
        // Nothing was typed in a text not yet shown: the rows are the inputs.
        m_jsonJob->cancel();
        m_json->setPlaceholderText(m_jsonPlaceholder);
        m_jsonStale = true;
        return;
    }
    if (!readJson()) {
        stayOn(1);
        m_jsonMessage->showMessage(
            tr("Fix the JSON before switching to the table, which could not show it: %1")
                .arg(m_jsonError));
        m_json->setFocus();
    }
}

void InputEditor::writeJson()
{
    // No inputs is blank text (which reads back as none), not "[]" to be
    // typed around.
    const QList<InputDraft> inputs = m_model->inputs();
    m_jsonTimer->stop();
    m_jsonStale = false;
    m_jsonError.clear();
    m_jsonMessage->clearMessage();
    if (inputs.size() >= kJsonInBackgroundFrom) {
        {
            const QSignalBlocker blocker(m_json);
            m_json->clear();
        }
        m_json->setReadOnly(true);
        m_json->setPlaceholderText(
            tr("Writing %1 as JSON…")
                .arg(CountText::of(inputs.size(),
                                   QT_TRANSLATE_N_NOOP("CountText", "%Ln input(s)"))));
        m_jsonJob->start(inputs);
        return;
    }
    m_jsonJob->cancel();
    m_json->setReadOnly(false);
    m_json->setPlaceholderText(m_jsonPlaceholder);
    const QString text = inputs.isEmpty() ? QString() : InputsJson::write(inputs);
    if (m_json->toPlainText() != text) {
        const QSignalBlocker blocker(m_json);
        m_json->setPlainText(text);
    }
    m_jsonEdited = false;
}

void InputEditor::onJsonWritten(QTextDocument *document)
{
    // The text edit deletes a document it made itself when given another;
    // one of ours it leaves alone.
    QTextDocument *previous = m_json->document();
    const bool previousIsOurs = previous->parent() == m_json;
    document->setDefaultFont(m_json->font());
    document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    // Deleted with the editor; the text edit only deletes documents it made.
    document->setParent(m_json);
    {
        const QSignalBlocker blocker(m_json);
        m_json->setDocument(document);
    }
    m_jsonEdited = false;
    if (previousIsOurs)
        delete previous;
    m_json->setReadOnly(false);
    m_json->setPlaceholderText(m_jsonPlaceholder);
}

bool InputEditor::readJson()
{
    m_jsonTimer->stop();
    // Until the text is shown, or while it is as written, the rows are the
    // inputs.
    if (m_jsonJob->isRunning() || !m_jsonEdited)
        return m_jsonError.isEmpty();
    const QString text = m_json->toPlainText();
    const bool hadError = !m_jsonError.isEmpty();
    const InputsJson::Result read = InputsJson::read(text);
    if (const auto *error = std::get_if<InputsJson::Error>(&read)) {
        m_jsonError = error->message();
        m_jsonMessage->showMessage(m_jsonError);
        // Still modified: the text is read again next time.
        if (!hadError)
            emit changed();
        return false;
    }
    m_jsonError.clear();
    m_jsonMessage->clearMessage();
    m_jsonEdited = false;
    m_readingJson = true;
    m_model->setInputs(std::get<QList<InputDraft>>(read));
    m_readingJson = false;
    if (hadError)
        emit changed();
    return true;
}

void InputEditor::onModelChanged()
{
    if (!m_readingJson) {
        m_jsonStale = true;
        // Rows changed from outside while the JSON tab shows them in sync.
        if (currentTab() == Tab::Json && (m_jsonJob->isRunning() || !m_jsonEdited))
            writeJson();
    }
    updateCount();
    updateActions();
    emit changed();
}

void InputEditor::updateCount()
{
    const int count = m_model->rowCount();
    QString text =
        CountText::of(count, QT_TRANSLATE_N_NOOP("CountText", "%Ln input(s)")) +
        QStringLiteral(" · ") +
        tr("limit %1 (%2)").arg(CountText::number(InputLimits::maximum(m_mode)), modeName(m_mode));
    if (const int bad = m_model->errorRowCount(); bad > 0)
        text += QStringLiteral(" · ") + tr("%1 with problems").arg(CountText::number(bad));
    if (!action().takesInput() && count == 0)
        text += QStringLiteral(" · ") +
                // A live body leaves `input` out instead (contract 2.2).
                (m_mode == LaunchMode::Live
                     ? tr("this action takes no input fields: the query is sent without input")
                     : tr("this action takes no input fields: one empty input is sent"));
    else if (const auto problem = InputLimits::problem(m_mode, count))
        text += QStringLiteral(" — ") + *problem;
    m_count->setText(text);
}

void InputEditor::updateActions()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_addRow->setVisible(m_mode != LaunchMode::Live || m_model->rowCount() == 0);
    m_duplicateRows->setEnabled(selected);
    m_removeRows->setEnabled(selected);
    const bool problems = m_model->nextErrorRow(-1) >= 0;
    m_removeProblemRows->setEnabled(problems);
    m_nextProblem->setEnabled(problems);
}
