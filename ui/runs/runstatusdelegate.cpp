#include "ui/runs/runstatusdelegate.h"

#include "models/runs/runsmodel.h"
#include "ui/common/statusstyle.h"

#include <QApplication>
#include <QPainter>

void RunStatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString status = item.text;
    item.text.clear();
    QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    const QRect area = option.rect.adjusted(6, 0, -4, 0);
    // The model parsed the status once; painting only reads it.
    const auto runStatus = static_cast<RunStatus>(index.data(int(RunsModel::Role::Status)).toInt());
    const int side = std::min(16, area.height() - 4);
    const QRect mark(area.left(), area.center().y() - side / 2, side, side);
    // The icon's shape tells the family apart where colour cannot.
    if (const QIcon icon = StatusStyle::icon(runStatus); !icon.isNull()) {
        icon.paint(painter, mark);
    } else {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(StatusStyle::color(runStatus));
        painter->drawEllipse(mark.adjusted(3, 3, -3, -3));
        painter->restore();
    }
    const QRect text = area.adjusted(side + 6, 0, 0, 0);
    const QPalette::ColorRole role =
        option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    style->drawItemText(painter, text, Qt::AlignVCenter | Qt::AlignLeft, option.palette, true,
                        status, role);
}
