#include "models/schedules/schedulesmodel.h"

#include "models/client/edgesclient.h"
#include "models/client/listparameters.h"

namespace {

bool sameSchedule(const Schedule &a, const Schedule &b)
{
    return a.statusText == b.statusText && a.name == b.name && a.actionName == b.actionName &&
           a.cron == b.cron && a.timezone == b.timezone && a.nextExecutionAt == b.nextExecutionAt &&
           a.lastExecutedAt == b.lastExecutedAt && a.postponedUntil == b.postponedUntil &&
           a.createdAt == b.createdAt && a.updatedAt == b.updatedAt && a.actionId == b.actionId &&
           a.userUid == b.userUid;
}

} // namespace

SchedulesModel::SchedulesModel(EdgesClient *client, QObject *parent)
    : KeyedListModel(client, ColumnCount, parent)
{}

SchedulesModel::~SchedulesModel() = default;

void SchedulesModel::refresh()
{
    EdgesClient *edges = client();
    loadAll(
        [edges](int offset) {
            ListParameters parameters;
            parameters.sort = {QStringLiteral("-created_at")};
            parameters.limit = kPageSize;
            parameters.offset = offset;
            return edges->listSchedules(parameters);
        },
        kPageSize);
}

const Schedule &SchedulesModel::scheduleAt(const QModelIndex &index) const
{
    return itemAt<Schedule>(index.row());
}

void SchedulesModel::updateSchedule(const Schedule &schedule)
{
    const int row = rowOfUid(schedule.uid);
    if (row < 0 || sameSchedule(itemAt<Schedule>(row), schedule))
        return;
    replaceRow(row, {schedule.uid, schedule});
}

KeyedListModel::Row SchedulesModel::parseRow(const QJsonObject &object) const
{
    Schedule schedule = Schedule::fromJson(object);
    QString uid = schedule.uid;
    return {std::move(uid), std::move(schedule)};
}

bool SchedulesModel::sameRow(const Row &before, const Row &after) const
{
    return sameSchedule(itemOf<Schedule>(before), itemOf<Schedule>(after));
}

QVariant SchedulesModel::rowData(const Row &item, int, int column, int role) const
{
    const Schedule &schedule = itemOf<Schedule>(item);
    switch (role) {
    case int(Role::Uid):
        return schedule.uid;
    case int(Role::Status):
        return static_cast<int>(schedule.status);
    case int(Role::AllowedOperations):
        return static_cast<int>(allowedOperations(schedule.status).toInt());
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (static_cast<Column>(column)) {
    case StatusColumn:
        return schedule.statusText;
    case NameColumn:
        return schedule.name;
    case ActionColumn:
        return schedule.actionName;
    case CronColumn:
        return schedule.cron;
    case TimezoneColumn:
        return schedule.timezone;
    case NextExecutionColumn:
        return timeCell(schedule.nextExecutionAt);
    case LastExecutedColumn:
        return timeCell(schedule.lastExecutedAt);
    case CreatedColumn:
        return timeCell(schedule.createdAt);
    case UidColumn:
        return schedule.uid;
    case ColumnCount:
        break;
    }
    return {};
}

QString SchedulesModel::columnTitle(int column) const
{
    switch (static_cast<Column>(column)) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Name");
    case ActionColumn:
        return tr("Action");
    case CronColumn:
        return tr("Cron");
    case TimezoneColumn:
        return tr("Timezone");
    case NextExecutionColumn:
        return tr("Next execution");
    case LastExecutedColumn:
        return tr("Last executed");
    case CreatedColumn:
        return tr("Created");
    case UidColumn:
        return tr("Schedule uid");
    case ColumnCount:
        break;
    }
    return {};
}

QString SchedulesModel::cacheKey() const
{
    return QStringLiteral("schedules?sort=-created_at");
}
