#include "ui/schedules/schedulestatusdelegate.h"

#include "models/schedules/schedulesmodel.h"
#include "ui/common/icons.h"
#include "ui/common/statusstyle.h"

ScheduleStatusDelegate::ScheduleStatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString ScheduleStatusDelegate::label(ScheduleStatus status, const QString &serverText)
{
    switch (status) {
    case ScheduleStatus::Active:
        return tr("Active");
    case ScheduleStatus::Paused:
        return tr("Paused");
    case ScheduleStatus::Cancelled:
        return tr("Cancelled");
    case ScheduleStatus::Completed:
        return tr("Completed");
    case ScheduleStatus::Unknown:
        break;
    }
    return serverText.isEmpty() ? tr("Unknown") : serverText;
}

QIcon ScheduleStatusDelegate::icon(ScheduleStatus status)
{
    // An active schedule waits for its next time like a scheduled run; a
    // paused one waits for the user like a blocked run; cancelled and
    // completed end like stopped and succeeded runs.
    switch (status) {
    case ScheduleStatus::Active:
        return StatusStyle::icon(RunStatus::Scheduled);
    case ScheduleStatus::Paused:
        return Icons::get(QStringLiteral("pause"));
    case ScheduleStatus::Cancelled:
        return StatusStyle::icon(RunStatus::Stopped);
    case ScheduleStatus::Completed:
        return StatusStyle::icon(RunStatus::Succeeded);
    case ScheduleStatus::Unknown:
        break;
    }
    return StatusStyle::icon(RunStatus::Unknown);
}

void ScheduleStatusDelegate::initStyleOption(QStyleOptionViewItem *option,
                                             const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto status =
        static_cast<ScheduleStatus>(index.data(int(SchedulesModel::Role::Status)).toInt());
    option->text = label(status, index.data().toString());
    option->icon = icon(status);
    if (!option->icon.isNull())
        option->features |= QStyleOptionViewItem::HasDecoration;
}
