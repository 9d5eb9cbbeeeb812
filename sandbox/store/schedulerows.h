#pragma once

#include "sandbox/store/schedulerow.h"

#include <QList>

#include <optional>

class StoreConnection;
struct ListFilter;

// The schedules table; every change also sets updated_at to `now`.
class ScheduleRows final
{
public:
    explicit ScheduleRows(const StoreConnection &connection);

    // Stores every column but id; returns the new id.
    qint64 insert(const ScheduleRow &row);
    std::optional<ScheduleRow> find(const QString &uid) const;
    QList<ScheduleRow> list(const ListFilter &filter) const;
    qint64 count() const;

    // The earliest next execution of an ACTIVE schedule, and the ACTIVE
    // schedule due first at `now`.
    std::optional<qint64> nextDue() const;
    std::optional<ScheduleRow> firstDue(qint64 now) const;

    // A firing: the new status and next execution, the run it made or
    // kept, and when it ran (none when it was skipped: the last stays).
    void recordFiring(const QString &uid, const QString &status,
                      std::optional<qint64> nextExecutionAt, std::optional<qint64> executedAt,
                      const std::optional<QString> &lastRunUid, qint64 now);
    void setStatus(const QString &uid, const QString &status, std::optional<qint64> nextExecutionAt,
                   qint64 now);
    // Writes the editable columns of `row` (cron, timezone, name,
    // schedule_at), its next execution and status.
    void saveEdit(const ScheduleRow &row, qint64 now);

private:
    const StoreConnection &m_connection;
};
