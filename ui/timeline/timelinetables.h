#pragma once

#include "core/domain/runstatus.h"
#include "core/timeline/runspan.h"

#include <QDateTime>
#include <QWidget>

class FleetBuckets;
class QTableWidget;

// The timelines' data as two tables, for the keyboard and for screen
// readers: runs per status in each bucket of the chart (one row per bucket,
// one column per status with runs), and the runs in the visible range with
// their start, end and status at the end. Enter or a double-click opens
// what the chart's click would: a bucket's runs of one status, or a run.
class TimelineTables final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineTables)

public:
    explicit TimelineTables(QWidget *parent = nullptr);

    void setData(const FleetBuckets &buckets, const QList<RunSpan> &spans);
    QTableWidget *bucketTable() const { return m_buckets; }
    QTableWidget *runTable() const { return m_runs; }

signals:
    void bucketActivated(const QDateTime &from, const QDateTime &to, RunStatus status);
    void runActivated(const QString &uid);

private:
    enum RunColumn
    {
        NameColumn,
        ActionColumn,
        StartColumn,
        EndColumn,
        StatusColumn,
        RunColumnCount,
    };

    void activateBucketCell(int row, int column);

    QTableWidget *m_buckets;
    QTableWidget *m_runs;
    // The status of each bucket-table column after From, To and Total.
    QList<RunStatus> m_statusColumns;
};
