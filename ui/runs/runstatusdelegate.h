#pragma once

#include <QStyledItemDelegate>

// Draws a run's status as its icon next to its name: colour, shape and
// text together, never colour alone.
class RunStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunStatusDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
