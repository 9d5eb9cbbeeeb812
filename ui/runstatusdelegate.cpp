#include "runstatusdelegate.h"

#include <QApplication>
#include <QPainter>

QColor RunStatusDelegate::colorFor(const QString &status)
{
    if (status == QLatin1String("SUCCEEDED"))
        return QColor(0x2e, 0x9d, 0x4f);
    if (status == QLatin1String("PARTIAL_SUCCEEDED"))
        return QColor(0x9a, 0xb5, 0x2a);
    if (status == QLatin1String("FAILED") || status == QLatin1String("INVALID"))
        return QColor(0xd0, 0x3a, 0x3a);
    if (status == QLatin1String("BLOCKED"))
        return QColor(0xe0, 0x8a, 0x1e);
    if (status == QLatin1String("RUNNING"))
        return QColor(0x2f, 0x7c, 0xd8);
    if (status == QLatin1String("STOPPED"))
        return QColor(0x7a, 0x7a, 0x7a);
    // Waiting: CREATED, QUEUED, SCHEDULED and anything unknown.
    return QColor(0x8e, 0x7c, 0xc3);
}

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
    painter->setBrush(colorFor(status));
    painter->drawEllipse(QRect(area.left(), area.center().y() - dot / 2, dot, dot));
    painter->restore();
    const QRect text = area.adjusted(dot + 6, 0, 0, 0);
    const QPalette::ColorRole role =
        option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    style->drawItemText(painter, text, Qt::AlignVCenter | Qt::AlignLeft, option.palette, true,
                        status, role);
}
