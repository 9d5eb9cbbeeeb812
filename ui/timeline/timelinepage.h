#pragma once

#include "core/domain/runstatus.h"
#include "core/domain/statustransition.h"
#include "core/timeline/runspan.h"

#include <QDateTime>
#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>

class Clock;
class FleetChartView;
class GanttView;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class RunWatcher;
class RunsModel;
class TimelineTables;

// The status timelines: runs per status over time above, a Gantt strip of
// the same runs below, over one shared time range that the chart's zoom
// and pan drive. It shows the runs the runs model has loaded, with the
// statuses the watcher observed; model changes are gathered for a moment
// and rebuilt once, so a burst of row signals costs one rebuild. While the
// page is hidden a rebuild waits until it is shown.
class TimelinePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePage)

public:
    // How long model changes are gathered before one rebuild.
    static constexpr int kRebuildDelayMs = 150;

    // `clock` says where "now" is on the axis; the machine's when null.
    TimelinePage(RunsModel *runs, RunWatcher *watcher, const Clock *clock = nullptr,
                 QWidget *parent = nullptr);
    ~TimelinePage() override;

    FleetChartView *fleetChartView() const { return m_fleet; }
    GanttView *ganttView() const { return m_gantt; }
    TimelineTables *tables() const { return m_tables; }
    // The same data as tables instead of the chart and the strip.
    void showTables(bool tables);
    // Runs whose life touches the visible range.
    int runsInRange() const { return m_runsInRange; }
    // Rebuilds at once from the model (the coalesced path ends here).
    void rebuild();
    // The runs a bucket of the fleet chart counted under `status`.
    QStringList runsCountedIn(const QDateTime &from, const QDateTime &to, RunStatus status) const;
    // Back to the whole span of the loaded runs, following new ones.
    void showAll();

signals:
    void bucketActivated(const QDateTime &from, const QDateTime &to, RunStatus status);
    void runActivated(const QString &uid);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRebuild();
    void onRebuildDue();
    void onRangeChanged(qint64 fromMs, qint64 toMs);
    void onTransition(const StatusTransition &transition);
    void updateLoadButton();
    void updateCountLabel();
    void setRange(qint64 fromMs, qint64 toMs);
    void updateTables();

    RunsModel *m_runs;
    RunWatcher *m_watcher;
    const Clock *m_clock;
    // Asked of the watcher once per run, then kept current from its
    // transitionObserved: with a cache every ask is a query.
    QHash<QString, QList<StatusTransition>> m_transitions;
    QList<RunSpan> m_spans;
    QTimer m_rebuildTimer;
    bool m_dirty = true;
    // True until the user zooms or pans: the range then stays put.
    bool m_followAll = true;
    bool m_settingRange = false;
    qint64 m_extentFromMs = 0;
    qint64 m_extentToMs = 0;
    int m_runsInRange = 0;
    QLabel *m_countLabel;
    QPushButton *m_showAllButton;
    QPushButton *m_loadMoreButton;
    QPushButton *m_tableButton;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    FleetChartView *m_fleet;
    GanttView *m_gantt;
    TimelineTables *m_tables;
};
