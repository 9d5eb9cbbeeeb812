#pragma once

#include "core/domain/schedulestatus.h"

#include <QStyledItemDelegate>

// The status cell of the schedules table: the status's icon and a readable
// label ("Paused" rather than PAUSED). Schedules borrow the look of the run
// status they resemble, so the whole dashboard keeps one palette.
class ScheduleStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleStatusDelegate)

public:
    explicit ScheduleStatusDelegate(QObject *parent = nullptr);

    // "Active", "Paused"...; the server's own text for a status this build
    // does not know.
    static QString label(ScheduleStatus status, const QString &serverText);
    static QIcon icon(ScheduleStatus status);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
