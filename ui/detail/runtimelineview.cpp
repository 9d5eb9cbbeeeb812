#include "ui/detail/runtimelineview.h"

#include "core/domain/durationtext.h"
#include "core/domain/run.h"
#include "core/domain/statustransition.h"
#include "core/time/clock.h"
#include "models/common/displaytime.h"
#include "ui/common/datetimedelegate.h"
#include "ui/common/keyboardnavigation.h"
#include "ui/common/statusstyle.h"
#include "ui/common/timedisplay.h"
#include "ui/detail/runtimeline.h"
#include "ui/detail/statustimelinebar.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

RunTimelineView::RunTimelineView(const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock ? clock : &Clock::system())
    , m_bar(new StatusTimelineBar(this))
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("runTimelineView"));
    m_bar->setObjectName(QStringLiteral("runTimelineBar"));
    m_note->setObjectName(QStringLiteral("runTimelineNote"));
    m_note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("runTimelineTable"));
    m_table->setAccessibleName(tr("Status history"));
    KeyboardNavigation::letTabLeave(m_table);
    m_table->setHorizontalHeaderLabels({tr("Status"), tr("Start"), tr("Duration")});
    m_table->setItemDelegateForColumn(StartColumn, new DateTimeDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(StatusColumn, 170);
    m_table->setColumnWidth(StartColumn, 190);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
}

void RunTimelineView::clear()
{
    m_bar->setTimeline({}, {});
    m_note->clear();
    m_table->setRowCount(0);
}

void RunTimelineView::setRun(const Run &run, const QList<StatusTransition> &transitions)
{
    // One observation is only where the dashboard came in; the run's own
    // times tell more until a change is seen.
    RunTimeline timeline = transitions.size() >= 2
                               ? RunTimeline::fromTransitions(transitions, run.status)
                               : RunTimeline();
    // Observed times are this machine's; the run's own are the server's.
    // Measuring an open stretch of the latter against the server's last
    // update keeps a skewed clock out of the durations.
    QDateTime now = m_clock->now();
    if (timeline.isEmpty()) {
        timeline = RunTimeline::fromRun(run);
        if (run.updatedAt.isValid())
            now = run.updatedAt;
        m_note->setText(
            timeline.isEmpty()
                ? tr("No status change was observed and the run reports no times yet.")
                : tr("No status change of this run was observed while the dashboard was "
                     "watching; the stretches below are reconstructed from the times the run "
                     "reports (created, started, finished, last updated), and time those do "
                     "not account for is shown as not known."));
    } else {
        m_note->setText(
            tr("Status changes observed by the dashboard (times are when each change was "
               "seen), from when it first saw the run (%1). History before that was not "
               "observed: the Timelines page reconstructs it from the run's timestamps "
               "(created, started, finished) and shows what they do not tell as unknown.")
                .arg(TimeDisplay::instance()->format(transitions.first().observedAt)));
    }
    m_bar->setTimeline(timeline, now);

    const QList<RunTimeline::Segment> &segments = timeline.segments();
    m_table->setRowCount(static_cast<int>(segments.size()));
    for (int row = 0; row < segments.size(); ++row) {
        const RunTimeline::Segment &segment = segments.at(row);
        auto *status = new QTableWidgetItem(segment.label);
        const QIcon icon = StatusStyle::icon(segment.status);
        status->setData(Qt::DecorationRole, icon.isNull()
                                                ? QVariant(StatusStyle::color(segment.status))
                                                : QVariant(icon));
        auto *start = new QTableWidgetItem;
        start->setData(Qt::DisplayRole, segment.start);
        start->setData(Qt::AccessibleTextRole, DisplayTime::accessibleText(segment.start));
        const qint64 seconds = segment.durationSeconds(now);
        QString duration;
        if (seconds < 0)
            duration = tr("final");
        else if (segment.ongoing)
            duration = tr("%1 so far").arg(DurationText::format(seconds));
        else
            duration = DurationText::format(seconds);
        auto *length = new QTableWidgetItem(duration);
        length->setData(Qt::UserRole, seconds);
        m_table->setItem(row, StatusColumn, status);
        m_table->setItem(row, StartColumn, start);
        m_table->setItem(row, DurationColumn, length);
    }
}
