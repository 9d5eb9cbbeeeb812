#include "runstatusdelegate.h"

#include "common/statusstyle.h"

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
    const int dot = std::min(10, area.height() - 6);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(StatusStyle::color(runStatusFromApi(status)));
    painter->drawEllipse(QRect(area.left(), area.center().y() - dot / 2, dot, dot));
    painter->restore();
    const QRect text = area.adjusted(dot + 6, 0, 0, 0);
    const QPalette::ColorRole role =
        option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    style->drawItemText(painter, text, Qt::AlignVCenter | Qt::AlignLeft, option.palette, true,
                        status, role);
}
