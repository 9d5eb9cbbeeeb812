#include "ui/common/wrappinglabel.h"

#include <QResizeEvent>

#include <algorithm>

WrappingLabel::WrappingLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

QSize WrappingLabel::minimumSizeHint() const
{
    QSize hint = QLabel::minimumSizeHint();
    if (wordWrap() && width() > 0)
        hint.setHeight(std::max(hint.height(), heightForWidth(width())));
    return hint;
}

void WrappingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    // Narrower means more lines: the layout must ask again.
    if (event->oldSize().width() != event->size().width())
        updateGeometry();
}
