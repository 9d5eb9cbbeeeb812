#include "ui/export/exportcolumnlist.h"

#include <QDropEvent>
#include <QKeyEvent>

namespace {

constexpr int kSourceRole = Qt::UserRole + 1;

} // namespace

ExportColumnList::ExportColumnList(QWidget *parent)
    : QListWidget(parent)
{
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setAlternatingRowColors(true);
    connect(this, &QListWidget::itemChanged, this, &ExportColumnList::arrangementChanged);
}

void ExportColumnList::setColumns(const QStringList &sources)
{
    m_sources = sources;
    restoreDefaults();
}

void ExportColumnList::restoreDefaults()
{
    const QSignalBlocker blocker(this);
    clear();
    for (const QString &source : std::as_const(m_sources)) {
        auto *item = new QListWidgetItem(source, this);
        item->setData(kSourceRole, source);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable |
                       Qt::ItemIsDragEnabled);
        item->setCheckState(Qt::Checked);
        item->setToolTip(tr("From the output field %1").arg(source));
    }
    emit arrangementChanged();
}

bool ExportColumnList::isArranged() const
{
    for (int row = 0; row < count(); ++row) {
        const QListWidgetItem *entry = item(row);
        const QString source = entry->data(kSourceRole).toString();
        if (source != m_sources.value(row) || entry->text() != source ||
            entry->checkState() != Qt::Checked)
            return true;
    }
    return false;
}

QList<ExportColumnChoice> ExportColumnList::choices() const
{
    if (!isArranged())
        return {};
    QList<ExportColumnChoice> choices;
    for (int row = 0; row < count(); ++row) {
        const QListWidgetItem *entry = item(row);
        const QString source = entry->data(kSourceRole).toString();
        const QString header = entry->text().trimmed();
        choices.append({source, header == source || header.isEmpty() ? QString() : header,
                        entry->checkState() == Qt::Checked});
    }
    return choices;
}

int ExportColumnList::includedCount() const
{
    int included = 0;
    for (int row = 0; row < count(); ++row)
        included += item(row)->checkState() == Qt::Checked;
    return included;
}

void ExportColumnList::move(int by)
{
    const int from = currentRow();
    const int to = from + by;
    if (from < 0 || to < 0 || to >= count())
        return;
    QListWidgetItem *entry = takeItem(from);
    insertItem(to, entry);
    setCurrentRow(to);
    emit arrangementChanged();
}

void ExportColumnList::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::AltModifier &&
        (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        move(event->key() == Qt::Key_Up ? -1 : 1);
        return;
    }
    QListWidget::keyPressEvent(event);
}

void ExportColumnList::dropEvent(QDropEvent *event)
{
    QListWidget::dropEvent(event);
    emit arrangementChanged();
}
