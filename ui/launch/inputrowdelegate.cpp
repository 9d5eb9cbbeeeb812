#include "ui/launch/inputrowdelegate.h"

#include "models/launch/inputrowsmodel.h"

#include <QApplication>
#include <QColor>
#include <QStyle>

void InputRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using Severity = InputRowsModel::Severity;
    const auto severity = Severity(index.data(int(InputRowsModel::Role::Severity)).toInt());
    if (severity == Severity::None)
        return;
    const bool error = severity == Severity::Error;
    // A light tint of the Failed and Partial colours: the text stays
    // readable in light and dark palettes.
    option->backgroundBrush = error ? QColor(208, 58, 58, 48) : QColor(224, 160, 32, 48);
    // The model knows its layout; the last column is always Problems.
    if (index.column() != index.model()->columnCount() - 1)
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->icon =
        style->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
    option->features |= QStyleOptionViewItem::HasDecoration;
}
