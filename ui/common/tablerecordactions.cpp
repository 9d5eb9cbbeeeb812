#include "ui/common/tablerecordactions.h"

#include "models/common/recordrole.h"
#include "ui/common/rowinspectordialog.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QStyledItemDelegate>
#include <QTableView>

#include <algorithm>

TableRecordActions::TableRecordActions(QTableView *view)
    : QObject(view)
    , m_view(view)
    , m_copyRows(new QAction(tr("&Copy"), view))
    , m_copyRowsJson(new QAction(tr("Copy as &JSON"), view))
    , m_copyCell(new QAction(tr("Copy c&ell"), view))
{
    m_copyRows->setObjectName(QStringLiteral("actionCopyRows"));
    m_copyRows->setToolTip(tr("Copy the selected rows as tab-separated text with a header"));
    m_copyRows->setShortcut(QKeySequence::Copy);
    // Like the runs table's own Ctrl+C: each table's Copy applies where the
    // focus is, so two tables in one window never make it ambiguous.
    m_copyRows->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyRowsJson->setObjectName(QStringLiteral("actionCopyRowsJson"));
    m_copyRowsJson->setToolTip(tr("Copy the selected rows' records as a JSON array"));
    m_copyCell->setObjectName(QStringLiteral("actionCopyCell"));
    m_copyCell->setToolTip(tr("Copy the whole text of the current cell"));
    for (QAction *action : {m_copyRows, m_copyRowsJson, m_copyCell}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view->addAction(action);
    }
    connect(m_copyRows, &QAction::triggered, this, &TableRecordActions::copyRows);
    connect(m_copyRowsJson, &QAction::triggered, this, &TableRecordActions::copyRowsJson);
    connect(m_copyCell, &QAction::triggered, this, &TableRecordActions::copyCell);

    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &TableRecordActions::showMenu);
    connect(view, &QAbstractItemView::doubleClicked, this, &TableRecordActions::inspect);
    view->installEventFilter(this);
}

void TableRecordActions::fitColumnsToTitles(int maxWidth)
{
    m_maxTitleWidth = maxWidth;
    QHeaderView *header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setTextElideMode(Qt::ElideRight);
    if (QAbstractItemModel *model = m_view->model()) {
        connect(model, &QAbstractItemModel::columnsInserted, this,
                [this](const QModelIndex &, int first, int last) { fitColumns(first, last); });
        if (model->columnCount() > 0)
            fitColumns(0, model->columnCount() - 1);
    }
}

void TableRecordActions::fitColumns(int first, int last)
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = first; column <= last; ++column) {
        const int wanted = std::min(header->sectionSizeHint(column), m_maxTitleWidth);
        if (header->sectionSize(column) < wanted)
            header->resizeSection(column, wanted);
    }
}

QString TableRecordActions::tsvField(const QString &text)
{
    if (!text.contains(QLatin1Char('\t')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')) && !text.contains(QLatin1Char('"')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QList<int> TableRecordActions::selectedRows() const
{
    QList<int> rows;
    if (const QItemSelectionModel *selection = m_view->selectionModel()) {
        const QModelIndexList indexes = selection->selectedIndexes();
        for (const QModelIndex &index : indexes)
            rows.append(index.row());
    }
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QString TableRecordActions::cellText(const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::DisplayRole);
    // What the cell shows (a time in the chosen zone), not the raw value.
    if (const auto *delegate =
            qobject_cast<const QStyledItemDelegate *>(m_view->itemDelegateForIndex(index)))
        return delegate->displayText(value, m_view->locale());
    return value.toString();
}

QString TableRecordActions::selectionAsTsv() const
{
    const QAbstractItemModel *model = m_view->model();
    const QList<int> rows = selectedRows();
    if (!model || rows.isEmpty())
        return {};
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!m_view->isColumnHidden(column))
            columns.append(column);
    }
    QStringList lines;
    QStringList fields;
    for (int column : std::as_const(columns))
        fields.append(tsvField(model->headerData(column, Qt::Horizontal).toString()));
    lines.append(fields.join(QLatin1Char('\t')));
    for (int row : rows) {
        fields.clear();
        for (int column : std::as_const(columns))
            fields.append(tsvField(cellText(model->index(row, column))));
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonArray TableRecordActions::selectionAsJson() const
{
    QJsonArray records;
    const QAbstractItemModel *model = m_view->model();
    if (!model)
        return records;
    const QList<int> rows = selectedRows();
    for (int row : rows)
        records.append(model->index(row, 0).data(kRecordRole).toJsonObject());
    return records;
}

bool TableRecordActions::rowsLoaded(const QList<int> &rows) const
{
    const QAbstractItemModel *model = m_view->model();
    if (!model)
        return true;
    const auto missing = std::count_if(rows.cbegin(), rows.cend(), [model](int row) {
        const QVariant loaded = model->index(row, 0).data(kRowLoadedRole);
        return loaded.isValid() && !loaded.toBool();
    });
    if (missing == 0)
        return true;
    // Copying blanks in their place would lose them without a word.
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Rows not in memory"),
        tr("%n of the selected rows are not in memory: the table keeps only the pages you "
           "looked at last. Nothing was copied. Scroll through them and copy again, or use "
           "Export outputs… for the whole run.",
           nullptr, int(missing)),
        QMessageBox::Ok, m_view);
    box->setObjectName(QStringLiteral("rowsNotLoadedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

void TableRecordActions::copyRows()
{
    if (!rowsLoaded(selectedRows()))
        return;
    if (const QString text = selectionAsTsv(); !text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void TableRecordActions::copyRowsJson()
{
    if (!rowsLoaded(selectedRows()))
        return;
    const QJsonArray records = selectionAsJson();
    if (!records.isEmpty())
        QGuiApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(records).toJson(QJsonDocument::Indented)));
}

void TableRecordActions::copyCell()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        QGuiApplication::clipboard()->setText(cellText(index));
}

void TableRecordActions::showMenu(const QPoint &pos)
{
    auto *menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("tableRecordMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions({m_copyRows, m_copyRowsJson, m_copyCell});
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

QString TableRecordActions::rowTitle(int row)
{
    return tr("Row %1").arg(row + 1);
}

void TableRecordActions::inspect(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (!m_inspector) {
        m_inspector = new RowInspectorDialog(m_view);
        m_inspector->setAttribute(Qt::WA_DeleteOnClose);
    }
    const QModelIndex first = index.siblingAtColumn(0);
    // Asking for the record is also what makes a model with dropped pages
    // fetch the row's page again.
    const QJsonObject record = first.data(kRecordRole).toJsonObject();
    const QVariant loaded = first.data(kRowLoadedRole);
    QObject::disconnect(m_awaitedWatch);
    m_awaited = QPersistentModelIndex();
    if (loaded.isValid() && !loaded.toBool()) {
        m_inspector->setWaiting(rowTitle(index.row()));
        m_awaited = first;
        m_awaitedWatch = connect(first.model(), &QAbstractItemModel::dataChanged, this,
                                 &TableRecordActions::onDataChanged);
    } else {
        m_inspector->setRecord(rowTitle(index.row()), record);
    }
    m_inspector->show();
    m_inspector->raise();
    m_inspector->activateWindow();
}

void TableRecordActions::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // The row gone with a reset, or the inspector closed: stop waiting.
    const bool gone = !m_awaited.isValid() || !m_inspector;
    const int row = m_awaited.row();
    if (!gone && (row < topLeft.row() || row > bottomRight.row() ||
                  !m_awaited.data(kRowLoadedRole).toBool()))
        return;
    QObject::disconnect(m_awaitedWatch);
    if (!gone)
        m_inspector->setRecord(rowTitle(row), m_awaited.data(kRecordRole).toJsonObject());
    m_awaited = QPersistentModelIndex();
}

bool TableRecordActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            inspect(m_view->currentIndex());
            return true;
        }
        // Should the view see Ctrl+C before the shortcut does, it would copy
        // one cell: copy the rows instead.
        if (key->matches(QKeySequence::Copy)) {
            copyRows();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
