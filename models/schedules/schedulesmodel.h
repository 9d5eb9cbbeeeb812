#pragma once

#include "core/domain/schedule.h"
#include "models/common/keyedlistmodel.h"

class EdgesClient;

// The schedules table (contract section 4): every schedule of the
// workspace, newest first, with its status and what may be done to it.
// Cancelled and completed schedules stay listed. refresh() reloads the
// whole list and merges it in place.
class SchedulesModel final : public KeyedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulesModel)

public:
    enum Column
    {
        StatusColumn,
        NameColumn,
        ActionColumn,
        CronColumn,
        TimezoneColumn,
        NextExecutionColumn,
        LastExecutedColumn,
        CreatedColumn,
        UidColumn,
        ColumnCount
    };

    enum class Role
    {
        Uid = Qt::UserRole + 1,
        // ScheduleStatus as an int.
        Status,
        // ScheduleOperations as an int.
        AllowedOperations,
    };

    // The contract's maximum for GET /schedules.
    static constexpr int kPageSize = 100;

    explicit SchedulesModel(EdgesClient *client, QObject *parent = nullptr);
    ~SchedulesModel() override;

    // Loads the list, or brings it up to date without a reset. Does nothing
    // while a load is in flight.
    void refresh();

    const Schedule &scheduleAt(const QModelIndex &index) const;
    // Puts the server's answer to a manage call in its row at once, in
    // place, rather than at the next refresh; a schedule not listed is
    // left to that refresh. The row's record (kRecordRole) is not the
    // server's JSON until a refresh brings a change of it.
    void updateSchedule(const Schedule &schedule);

protected:
    Row parseRow(const QJsonObject &object) const override;
    bool sameRow(const Row &before, const Row &after) const override;
    QVariant rowData(const Row &item, int row, int column, int role) const override;
    QString columnTitle(int column) const override;
    QString cacheKey() const override;
};
