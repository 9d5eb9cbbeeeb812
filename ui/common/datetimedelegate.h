#pragma once

#include <QStyledItemDelegate>

// Shows QDateTime cells in the dashboard's chosen zone, with the zone's
// abbreviation (see TimeDisplay). Set it on a view once; it repaints the
// view when the zone changes.
class DateTimeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateTimeDelegate)

public:
    explicit DateTimeDelegate(QAbstractItemView *view);

    QString displayText(const QVariant &value, const QLocale &locale) const override;
};
