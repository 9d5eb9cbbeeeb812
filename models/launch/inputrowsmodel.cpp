#include "models/launch/inputrowsmodel.h"

#include "core/csv/csvreader.h"
#include "core/domain/inputfieldrules.h"
#include "core/launch/columnmapping.h"
#include "core/launch/customdatatext.h"

#include <algorithm>
#include <functional>
#include <utility>
#include <variant>

namespace {

const QString kCustomData = QStringLiteral("custom_data");

// Every input field of the catalogue is required (contract section 7).
QString fieldTitle(const QString &field)
{
    return field + QLatin1String(" *");
}

QString fieldToolTip(const QString &field)
{
    switch (InputFieldRules::kind(field)) {
    case InputFieldRules::Kind::LinkedInUrl:
        return InputRowsModel::tr("Required: a LinkedIn URL (http or https, on linkedin.com).");
    case InputFieldRules::Kind::LinkedInUrlOrThreadId:
        return InputRowsModel::tr("Required: a LinkedIn thread URL or a bare thread id.");
    case InputFieldRules::Kind::Text:
        break;
    }
    return InputRowsModel::tr("Required: text that is not only blanks.");
}

QString problemText(const LaunchProblem &problem)
{
    return problem.field.isEmpty() ? problem.reason
                                   : problem.field + QLatin1String(": ") + problem.reason;
}

// The same problem, whichever input it was counted as.
bool sameProblem(const LaunchProblem &a, const LaunchProblem &b)
{
    return a.field == b.field && a.reason == b.reason && a.severity == b.severity;
}

// A pasted line is a header when one of its cells names an input field or
// custom_data (a trailing '*', as this table's titles carry, allowed). No
// value an input field takes can be such a name: a LinkedIn URL never
// reads as "linkedin_profile_url".
bool namesColumns(const QStringList &cells, const ActionSpec &action)
{
    QStringList names{ColumnMapping::normalisedName(kCustomData)};
    for (const QString &field : action.inputFields)
        names.append(ColumnMapping::normalisedName(field));
    return std::any_of(cells.cbegin(), cells.cend(), [&](const QString &cell) {
        return names.contains(ColumnMapping::normalisedName(cell).remove(QLatin1Char('*')));
    });
}

QStringList headerNames(QStringList cells)
{
    for (QString &cell : cells) {
        cell = cell.trimmed();
        if (cell.endsWith(QLatin1Char('*')))
            cell = cell.chopped(1).trimmed();
    }
    return cells;
}

} // namespace

InputRowsModel::InputRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

qsizetype InputRowsModel::setAction(const ActionSpec &action)
{
    if (action.slug == m_action.slug && action.inputFields == m_action.inputFields)
        return 0;
    QStringList gone;
    for (const QString &field : m_action.inputFields) {
        if (!action.inputFields.contains(field))
            gone.append(field);
    }
    // The columns themselves change: nothing a view showed stays in place.
    beginResetModel();
    qsizetype dropped = 0;
    m_action = action;
    for (Row &row : m_rows) {
        for (const QString &field : gone) {
            dropped += row.input.text(field).isEmpty() ? 0 : 1;
            row.input.fields.remove(field);
        }
        check(row);
    }
    endResetModel();
    return dropped;
}

QString InputRowsModel::fieldAt(int column) const
{
    return column >= 0 && column < fieldColumnCount() ? m_action.inputFields.at(column) : QString();
}

int InputRowsModel::columnOf(QStringView field) const
{
    if (field == kCustomData)
        return customDataColumn();
    return int(m_action.inputFields.indexOf(field));
}

int InputRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InputRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : fieldColumnCount() + TrailingColumnCount;
}

QVariant InputRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (column < fieldColumnCount())
            return row.input.text(m_action.inputFields.at(column));
        if (column == customDataColumn())
            return customDataText(row);
        return problemsText(row, u"; ");
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        if (column != problemsColumn())
            return cellProblem(row, column);
        QString tip = problemsText(row, u"\n");
        if (row.sourceRow > 0 && role == Qt::ToolTipRole)
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) +
                   tr("Imported from row %1 (line %2) of the file.")
                       .arg(row.sourceRow)
                       .arg(row.sourceLine);
        return tip;
    }
    default:
        break;
    }
    switch (Role(role)) {
    case Role::Problems: {
        QStringList texts;
        texts.reserve(row.problems.size());
        for (const LaunchProblem &problem : row.problems)
            texts.append(problemText(problem));
        return texts;
    }
    case Role::Severity:
        return int(severity(row));
    case Role::SourceRow:
        return qlonglong(row.sourceRow);
    }
    return {};
}

QVariant InputRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section < fieldColumnCount())
            return fieldTitle(m_action.inputFields.at(section));
        return section == customDataColumn() ? kCustomData : tr("Problems");
    }
    if (role == Qt::ToolTipRole) {
        if (section < fieldColumnCount())
            return fieldToolTip(m_action.inputFields.at(section));
        return section == customDataColumn()
                   ? tr("Key=value pairs kept with the input and given back with its results, "
                        "separated by ';' (crm_id=42; owner=Alice). Optional.")
                   : tr("What keeps the input from being sent.");
    }
    return {};
}

Qt::ItemFlags InputRowsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != problemsColumn())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool InputRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() == problemsColumn())
        return false;
    Row &row = m_rows[index.row()];
    const QString text = value.toString();
    if (index.column() == customDataColumn()) {
        // An editor closed without a change must not turn JSON values into
        // strings nor clear what reading the row found.
        if (text == customDataText(row))
            return true;
        setCustomData(row, text);
    } else {
        const QString &field = m_action.inputFields.at(index.column());
        // Absent and empty read the same in a cell: closing an editor on an
        // empty cell changes nothing.
        if (text == row.input.text(field))
            return true;
        row.input.fields.insert(field, text);
    }
    // The row now holds what the user typed, not what a file's cells said.
    row.readingProblems.clear();
    check(row);
    emitRowChanged(index.row());
    return true;
}

bool InputRowsModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    Row empty;
    check(empty);
    m_rows.insert(row, count, empty);
    endInsertRows();
    return true;
}

bool InputRowsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

QList<LaunchProblem> InputRowsModel::problemsAt(int row) const
{
    QList<LaunchProblem> problems = m_rows.at(row).problems;
    for (LaunchProblem &problem : problems)
        problem.input = row;
    return problems;
}

QList<InputDraft> InputRowsModel::inputs() const
{
    QList<InputDraft> inputs;
    inputs.reserve(m_rows.size());
    for (const Row &row : m_rows)
        inputs.append(row.input);
    return inputs;
}

void InputRowsModel::setInputs(const QList<InputDraft> &inputs)
{
    const qsizetype oldCount = m_rows.size();
    const qsizetype newCount = inputs.size();
    const auto unchanged = [&](qsizetype oldRow, qsizetype newRow) {
        const Row &row = m_rows.at(oldRow);
        return row.unreadCustomData.isEmpty() && row.input == inputs.at(newRow);
    };
    qsizetype prefix = 0;
    while (prefix < std::min(oldCount, newCount) && unchanged(prefix, prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < std::min(oldCount, newCount) - prefix &&
           unchanged(oldCount - 1 - suffix, newCount - 1 - suffix))
        ++suffix;
    const qsizetype oldMiddle = oldCount - prefix - suffix;
    const qsizetype newMiddle = newCount - prefix - suffix;
    const qsizetype replaced = std::min(oldMiddle, newMiddle);

    const auto fresh = [this](const InputDraft &input) {
        Row row;
        row.input = input;
        check(row);
        return row;
    };
    for (qsizetype i = prefix; i < prefix + replaced; ++i)
        m_rows[i] = fresh(inputs.at(i));
    if (replaced > 0)
        emit dataChanged(index(int(prefix), 0),
                         index(int(prefix + replaced - 1), columnCount() - 1));
    if (newMiddle > oldMiddle) {
        const int first = int(prefix + replaced);
        const int added = int(newMiddle - oldMiddle);
        beginInsertRows({}, first, first + added - 1);
        QList<Row> rows;
        rows.reserve(added);
        for (int i = 0; i < added; ++i)
            rows.append(fresh(inputs.at(first + i)));
        m_rows.insert(first, added, Row());
        std::move(rows.begin(), rows.end(), m_rows.begin() + first);
        endInsertRows();
    } else if (oldMiddle > newMiddle) {
        removeRows(int(prefix + replaced), int(oldMiddle - newMiddle));
    }
}

void InputRowsModel::appendImportedRows(const QList<CsvImport::Row> &rows)
{
    QList<Row> appended;
    appended.reserve(rows.size());
    for (const CsvImport::Row &imported : rows) {
        Row row;
        row.input = imported.input;
        row.sourceRow = imported.row;
        row.sourceLine = imported.line;
        if (!imported.problems.isEmpty()) {
            // CsvImport gives reading and checking problems in one list;
            // only the reading ones cannot be found again from the input.
            const QList<LaunchProblem> checked = row.input.problems(m_action, 0);
            for (const LaunchProblem &problem : imported.problems) {
                const auto same = [&](const LaunchProblem &other) {
                    return sameProblem(problem, other);
                };
                if (std::none_of(checked.cbegin(), checked.cend(), same))
                    row.readingProblems.append(problem);
            }
            check(row);
        }
        appended.append(std::move(row));
    }
    appendRows(std::move(appended));
}

InputRowsModel::Paste InputRowsModel::appendFromClipboard(const QString &text)
{
    Paste paste;
    CsvReader::Document document = CsvReader::readClipboard(text);
    if (document.error) {
        paste.error = tr("The pasted cells do not read: %1").arg(document.error->message());
        return paste;
    }
    if (document.records.isEmpty())
        return paste;
    paste.header = namesColumns(document.records.first().fields, m_action);
    QStringList header = m_action.inputFields;
    header.append(kCustomData);
    if (paste.header)
        header = headerNames(document.records.takeFirst().fields);
    const ColumnMapping mapping(header, m_action);
    for (const LaunchProblem &problem : mapping.problems()) {
        if (problem.isError()) {
            paste.error = tr("The pasted header cannot be used: %1").arg(problem.message());
            return paste;
        }
    }
    QList<Row> rows;
    rows.reserve(document.records.size());
    for (const CsvReader::Record &record : std::as_const(document.records)) {
        if (std::all_of(record.fields.cbegin(), record.fields.cend(),
                        [](const QString &cell) { return cell.isEmpty(); })) {
            ++paste.blankRows;
            continue;
        }
        Row row;
        row.input = mapping.input(record.fields, 0, &row.readingProblems);
        check(row);
        rows.append(std::move(row));
    }
    paste.count = int(rows.size());
    paste.first = paste.count > 0 ? rowCount() : -1;
    appendRows(std::move(rows));
    return paste;
}

int InputRowsModel::duplicateRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty())
        return -1;
    const int first = rows.last() + 1;
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    QList<Row> copies;
    copies.reserve(rows.size());
    for (const int row : std::as_const(rows))
        copies.append(m_rows.at(row));
    m_rows.insert(first, copies.size(), Row());
    std::move(copies.begin(), copies.end(), m_rows.begin() + first);
    endInsertRows();
    return first;
}

void InputRowsModel::removeRowList(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the end, so the rows still to remove keep their numbers.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i + 1;
        while (j < rows.size() && rows.at(j) == rows.at(j - 1) - 1)
            ++j;
        removeRows(rows.at(j - 1), int(j - i));
        i = j;
    }
}

QList<int> InputRowsModel::errorRows(int first, int count) const
{
    const int end = count < 0 ? rowCount() : std::min(rowCount(), first + count);
    QList<int> rows;
    for (int row = std::max(0, first); row < end; ++row) {
        if (hasErrors(row))
            rows.append(row);
    }
    return rows;
}

int InputRowsModel::errorRowCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &row) { return LaunchProblem::anyError(row.problems); }));
}

int InputRowsModel::removeRowsWithErrors()
{
    const QList<int> rows = errorRows();
    removeRowList(rows);
    return int(rows.size());
}

int InputRowsModel::nextErrorRow(int row) const
{
    const int count = rowCount();
    for (int step = 1; step <= count; ++step) {
        const int candidate = (std::max(row, -1) + step) % count;
        if (hasErrors(candidate))
            return candidate;
    }
    return -1;
}

int InputRowsModel::firstUnreadableRow() const
{
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                    [](const Row &row) { return !row.unreadCustomData.isEmpty(); });
    return found == m_rows.cend() ? -1 : int(found - m_rows.cbegin());
}

void InputRowsModel::check(Row &row) const
{
    row.problems = row.readingProblems;
    if (!row.unreadCustomData.isEmpty()) {
        const auto read = CustomDataText::parse(row.unreadCustomData);
        if (const QString *error = std::get_if<QString>(&read))
            row.problems.append(
                {kCustomData, 0, tr("does not read as key=value pairs: %1").arg(*error)});
    }
    row.problems.append(row.input.problems(m_action, 0));
}

InputRowsModel::Severity InputRowsModel::severity(const Row &row) const
{
    if (row.problems.isEmpty())
        return Severity::None;
    return LaunchProblem::anyError(row.problems) ? Severity::Error : Severity::Warning;
}

QString InputRowsModel::problemsText(const Row &row, QStringView separator) const
{
    QString text;
    for (const LaunchProblem &problem : row.problems) {
        if (!text.isEmpty())
            text += separator;
        text += problemText(problem);
    }
    return text;
}

QString InputRowsModel::cellProblem(const Row &row, int column) const
{
    const QString field = column == customDataColumn() ? kCustomData : fieldAt(column);
    QStringList reasons;
    for (const LaunchProblem &problem : row.problems) {
        if (problem.field == field)
            reasons.append(problem.reason);
    }
    return reasons.join(QLatin1Char('\n'));
}

QString InputRowsModel::customDataText(const Row &row) const
{
    return row.unreadCustomData.isEmpty() ? CustomDataText::write(row.input.customData)
                                          : row.unreadCustomData;
}

void InputRowsModel::setCustomData(Row &row, const QString &text)
{
    auto read = CustomDataText::parse(text);
    if (auto *pairs = std::get_if<OrderedJsonObject>(&read)) {
        row.input.customData = std::move(*pairs);
        row.unreadCustomData.clear();
        return;
    }
    // Kept as typed: the user fixes the text instead of typing it again.
    row.unreadCustomData = text;
}

void InputRowsModel::appendRows(QList<Row> rows)
{
    if (rows.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    if (m_rows.isEmpty())
        m_rows = std::move(rows);
    else
        m_rows.append(std::move(rows));
    endInsertRows();
}

void InputRowsModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}
