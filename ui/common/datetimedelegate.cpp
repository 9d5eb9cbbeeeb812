#include "ui/common/datetimedelegate.h"

#include "ui/common/timedisplay.h"

#include <QAbstractItemView>
#include <QDateTime>

DateTimeDelegate::DateTimeDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
{
    connect(TimeDisplay::instance(), &TimeDisplay::zoneChanged, view,
            [view] { view->viewport()->update(); });
}

QString DateTimeDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.metaType().id() == QMetaType::QDateTime)
        return TimeDisplay::instance()->format(value.toDateTime());
    return QStyledItemDelegate::displayText(value, locale);
}
