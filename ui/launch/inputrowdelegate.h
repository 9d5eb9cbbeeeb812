#pragma once

#include <QStyledItemDelegate>

// Marks the rows of an input table (InputRowsModel) that cannot be sent, or
// are sent with a warning: a tint across the row and a sign before its
// problems. The Problems column says in words what is wrong, so colour is
// never the only cue.
class InputRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputRowDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
