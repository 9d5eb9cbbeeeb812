#include "ui/cron/cronvaluegrid.h"

#include <QEvent>
#include <QHeaderView>
#include <QMouseEvent>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

namespace {

constexpr int kValueRole = Qt::UserRole;

// Columns per kind: minutes and days of the month in rows of ten (a row
// per tens digit), hours in two rows of twelve, months in two rows of six,
// the week on one row.
int columnsFor(CronFieldKind kind)
{
    switch (kind) {
    case CronFieldKind::Minute:
    case CronFieldKind::DayOfMonth:
        return 10;
    case CronFieldKind::Hour:
        return 12;
    case CronFieldKind::Month:
        return 6;
    case CronFieldKind::DayOfWeek:
        return 7;
    }
    return 10;
}

// Sunday is 7 only at the end of a range; the grid has one Sunday.
int lastShown(CronFieldKind kind)
{
    return kind == CronFieldKind::DayOfWeek ? 6 : CronField::highest(kind);
}

// A click anywhere in a cell ticks it, not only on the small indicator:
// the cells are small and the whole cell is the target.
class ToggleDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        if (!(index.flags() & Qt::ItemIsUserCheckable) || !(index.flags() & Qt::ItemIsEnabled))
            return false;
        if (event->type() == QEvent::MouseButtonRelease) {
            if (static_cast<QMouseEvent *>(event)->button() != Qt::LeftButton)
                return false;
            return toggle(model, index);
        }
        if (event->type() == QEvent::MouseButtonDblClick)
            return true;
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }

private:
    static bool toggle(QAbstractItemModel *model, const QModelIndex &index)
    {
        const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        return model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    }
};

} // namespace

CronValueGrid::CronValueGrid(CronFieldKind kind, QWidget *parent)
    : QTableView(parent)
    , m_kind(kind)
    , m_model(new QStandardItemModel(this))
{
    const int low = CronField::lowest(kind);
    const int count = lastShown(kind) - low + 1;
    const int columns = columnsFor(kind);
    const int rows = (count + columns - 1) / columns;
    m_model->setRowCount(rows);
    m_model->setColumnCount(columns);
    for (int cell = 0; cell < rows * columns; ++cell) {
        auto *item = new QStandardItem;
        if (cell < count) {
            const int value = low + cell;
            item->setText(label(kind, value));
            item->setData(value, kValueRole);
            item->setData(spokenName(kind, value), Qt::AccessibleTextRole);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        } else {
            // Filler after the last value; the arrows skip it.
            item->setFlags(Qt::NoItemFlags);
        }
        m_model->setItem(cell / columns, cell % columns, item);
    }
    setModel(m_model);
    setItemDelegate(new ToggleDelegate(this));
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setShowGrid(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the grid; the arrows move inside it.
    setTabKeyNavigation(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The view never scrolls: it is as large as its cells (sizeHint), and
    // follows them when the font or style changes their size.
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &QWidget::updateGeometry);
    connect(verticalHeader(), &QHeaderView::sectionResized, this, &QWidget::updateGeometry);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setCurrentIndex(m_model->index(0, 0));

    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_setting)
            emit valuesEdited();
    });
}

QSize CronValueGrid::sizeHint() const
{
    return {horizontalHeader()->length() + 2 * frameWidth(),
            verticalHeader()->length() + 2 * frameWidth()};
}

QSize CronValueGrid::minimumSizeHint() const
{
    return sizeHint();
}

QList<int> CronValueGrid::checkedValues() const
{
    QList<int> values;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QStandardItem *item = m_model->item(row, column);
            if (item->isCheckable() && item->checkState() == Qt::Checked)
                values.append(item->data(kValueRole).toInt());
        }
    }
    return values;
}

void CronValueGrid::setCheckedValues(const QList<int> &values)
{
    m_setting = true;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            QStandardItem *item = m_model->item(row, column);
            if (!item->isCheckable())
                continue;
            const int value = item->data(kValueRole).toInt();
            const bool checked = values.contains(value) || (m_kind == CronFieldKind::DayOfWeek &&
                                                            value == 0 && values.contains(7));
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_setting = false;
}

QString CronValueGrid::label(CronFieldKind kind, int value)
{
    static const QStringList months = {tr("Jan"), tr("Feb"), tr("Mar"), tr("Apr"),
                                       tr("May"), tr("Jun"), tr("Jul"), tr("Aug"),
                                       tr("Sep"), tr("Oct"), tr("Nov"), tr("Dec")};
    static const QStringList days = {tr("Sun"), tr("Mon"), tr("Tue"), tr("Wed"),
                                     tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun (7)")};
    if (kind == CronFieldKind::Month)
        return months.value(value - 1);
    if (kind == CronFieldKind::DayOfWeek)
        return days.value(value);
    return QString::number(value);
}

QString CronValueGrid::spokenName(CronFieldKind kind, int value)
{
    static const QStringList months = {tr("January"), tr("February"), tr("March"),
                                       tr("April"),   tr("May"),      tr("June"),
                                       tr("July"),    tr("August"),   tr("September"),
                                       tr("October"), tr("November"), tr("December")};
    static const QStringList days = {tr("Sunday"),    tr("Monday"),       tr("Tuesday"),
                                     tr("Wednesday"), tr("Thursday"),     tr("Friday"),
                                     tr("Saturday"),  tr("Sunday (as 7)")};
    switch (kind) {
    case CronFieldKind::Minute:
        return tr("minute %1").arg(value);
    case CronFieldKind::Hour:
        return tr("hour %1").arg(value);
    case CronFieldKind::DayOfMonth:
        return tr("day %1").arg(value);
    case CronFieldKind::Month:
        return months.value(value - 1);
    case CronFieldKind::DayOfWeek:
        return days.value(value);
    }
    return QString::number(value);
}
