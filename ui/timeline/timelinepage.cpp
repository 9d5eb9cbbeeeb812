#include "ui/timeline/timelinepage.h"

#include "core/time/clock.h"
#include "models/runs/runsmodel.h"
#include "models/runs/runwatcher.h"
#include "ui/timeline/fleetchartview.h"
#include "ui/timeline/ganttview.h"
#include "ui/timeline/timelinetables.h"

#include <QChart>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace {

constexpr qint64 kMinutes = 60 * 1000;

} // namespace

TimelinePage::TimelinePage(RunsModel *runs, RunWatcher *watcher, const Clock *clock,
                           QWidget *parent)
    : QWidget(parent)
    , m_runs(runs)
    , m_watcher(watcher)
    , m_clock(clock ? clock : &Clock::system())
    , m_countLabel(new QLabel(this))
    , m_showAllButton(new QPushButton(tr("Show &all"), this))
    , m_loadMoreButton(new QPushButton(tr("Load &older runs"), this))
    , m_tableButton(new QPushButton(tr("As &table"), this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_fleet(new FleetChartView)
    , m_gantt(new GanttView)
    , m_tables(new TimelineTables(this))
{
    setObjectName(QStringLiteral("timelinePage"));
    m_countLabel->setObjectName(QStringLiteral("timelineCountLabel"));
    m_showAllButton->setObjectName(QStringLiteral("timelineShowAllButton"));
    m_showAllButton->setToolTip(tr("Show every loaded run and follow new ones"));
    m_showAllButton->setEnabled(false);
    m_loadMoreButton->setObjectName(QStringLiteral("timelineLoadMoreButton"));
    m_loadMoreButton->setToolTip(tr("Fetch the next page of older runs from the server"));
    m_splitter->setObjectName(QStringLiteral("timelineSplitter"));
    m_splitter->addWidget(m_fleet);
    m_splitter->addWidget(m_gantt);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_tableButton->setObjectName(QStringLiteral("timelineTableButton"));
    m_tableButton->setCheckable(true);
    m_tableButton->setToolTip(
        tr("Show the chart's counts and the runs in range as tables, for the keyboard and "
           "screen readers"));
    m_stack->setObjectName(QStringLiteral("timelineStack"));
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_tables);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_countLabel, 1);
    bar->addWidget(m_loadMoreButton);
    bar->addWidget(m_tableButton);
    bar->addWidget(m_showAllButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(kRebuildDelayMs);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &TimelinePage::onRebuildDue);
    const auto changed = [this] { scheduleRebuild(); };
    connect(runs, &QAbstractItemModel::rowsInserted, this, changed);
    connect(runs, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(runs, &QAbstractItemModel::modelReset, this, changed);
    connect(runs, &QAbstractItemModel::dataChanged, this, changed);
    connect(runs, &RunsModel::loadingChanged, this, &TimelinePage::updateLoadButton);
    if (watcher)
        connect(watcher, &RunWatcher::transitionObserved, this, &TimelinePage::onTransition);

    connect(m_fleet, &FleetChartView::visibleRangeChanged, this, &TimelinePage::onRangeChanged);
    connect(m_fleet, &FleetChartView::bucketActivated, this, &TimelinePage::bucketActivated);
    connect(m_gantt, &GanttView::runActivated, this, &TimelinePage::runActivated);
    connect(m_tables, &TimelineTables::bucketActivated, this, &TimelinePage::bucketActivated);
    connect(m_tables, &TimelineTables::runActivated, this, &TimelinePage::runActivated);
    connect(m_tableButton, &QPushButton::toggled, this, &TimelinePage::showTables);
    connect(m_showAllButton, &QPushButton::clicked, this, &TimelinePage::showAll);
    connect(m_loadMoreButton, &QPushButton::clicked, this, [this] { m_runs->fetchMore({}); });
    // Lines the strip's time axis up under the chart's plot area.
    connect(m_fleet->chart(), &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        const QPoint left = m_fleet->mapFromScene(m_fleet->chart()->mapToScene(plot.topLeft()));
        const QPoint right = m_fleet->mapFromScene(m_fleet->chart()->mapToScene(plot.topRight()));
        const int shift = m_fleet->viewport()->x() - m_gantt->viewport()->x();
        m_gantt->setAxisMargins(left.x() + shift,
                                m_gantt->viewport()->width() - (right.x() + shift));
    });

    updateLoadButton();
    updateCountLabel();
    scheduleRebuild();
}

TimelinePage::~TimelinePage() = default;

void TimelinePage::scheduleRebuild()
{
    m_dirty = true;
    // Started once, not restarted: a steady stream of row signals still
    // gets a rebuild every kRebuildDelayMs.
    if (!m_rebuildTimer.isActive())
        m_rebuildTimer.start();
}

void TimelinePage::onRebuildDue()
{
    if (isVisible())
        rebuild();
}

void TimelinePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        rebuild();
}

void TimelinePage::rebuild()
{
    m_dirty = false;
    m_rebuildTimer.stop();
    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    QList<RunSpan> spans;
    spans.reserve(m_runs->rowCount());
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    // Runs not seen before get their transitions in one batch.
    QStringList unknown;
    for (int row = 0; row < m_runs->rowCount(); ++row) {
        const QString &uid = m_runs->compactAt(row).uid;
        if (!m_transitions.contains(uid))
            unknown.append(uid);
    }
    if (!unknown.isEmpty()) {
        const auto found =
            m_watcher ? m_watcher->transitions(unknown) : QHash<QString, QList<StatusTransition>>();
        for (const QString &uid : std::as_const(unknown))
            m_transitions.insert(uid, found.value(uid));
    }
    for (int row = 0; row < m_runs->rowCount(); ++row) {
        const Run run = m_runs->runAt(m_runs->index(row, 0));
        const auto known = m_transitions.constFind(run.uid);
        RunSpan span = RunSpan::of(run, *known, now);
        if (!span.isValid())
            continue;
        first = std::min(first, span.startMs);
        // An active run's end is now, which may be far from the data (a
        // sandbox on a virtual clock): its last change bounds the extent.
        const qint64 seen =
            span.active && !span.segments.isEmpty() ? span.segments.last().fromMs : span.endMs;
        last = std::max(last, seen);
        spans.append(std::move(span));
    }
    m_spans = spans;
    if (m_spans.isEmpty()) {
        first = now - 60 * kMinutes;
        last = now;
    } else if (now >= last && now - last <= (last - first) / 4) {
        // Close enough to the data that "now" belongs on the axis.
        last = now;
    }
    const qint64 pad = std::max((last - first) / 50, kMinutes);
    m_extentFromMs = first - pad;
    m_extentToMs = last + pad;

    m_gantt->setSpans(m_spans);
    m_settingRange = true;
    if (m_followAll)
        m_fleet->setSpans(m_spans, m_extentFromMs, m_extentToMs);
    else
        m_fleet->setSpans(m_spans);
    onRangeChanged(m_fleet->visibleFromMs(), m_fleet->visibleToMs());
    m_settingRange = false;
    updateLoadButton();
}

void TimelinePage::showAll()
{
    m_followAll = true;
    m_settingRange = true;
    m_fleet->setVisibleRange(m_extentFromMs, m_extentToMs);
    onRangeChanged(m_fleet->visibleFromMs(), m_fleet->visibleToMs());
    m_settingRange = false;
}

void TimelinePage::onRangeChanged(qint64 fromMs, qint64 toMs)
{
    if (!m_settingRange)
        m_followAll = false;
    m_showAllButton->setEnabled(!m_followAll);
    m_gantt->setVisibleRange(fromMs, toMs);
    m_runsInRange = m_fleet->buckets().runsInRange();
    updateCountLabel();
    updateTables();
}

void TimelinePage::showTables(bool tables)
{
    m_tableButton->setChecked(tables);
    m_stack->setCurrentWidget(tables ? static_cast<QWidget *>(m_tables) : m_splitter);
    updateTables();
}

void TimelinePage::updateTables()
{
    // Filled only while shown: the chart is what most people look at.
    if (m_stack->currentWidget() == m_tables)
        m_tables->setData(m_fleet->buckets(), m_spans);
}

void TimelinePage::onTransition(const StatusTransition &transition)
{
    // Runs not asked about yet get the whole list when they are.
    const auto known = m_transitions.find(transition.runUid);
    if (known != m_transitions.end())
        known->append(transition);
    scheduleRebuild();
}

void TimelinePage::updateLoadButton()
{
    m_loadMoreButton->setEnabled(m_runs->canFetchMore());
}

void TimelinePage::updateCountLabel()
{
    const auto loaded = static_cast<int>(m_spans.size());
    m_countLabel->setText(tr("%Ln run(s) in range of %1 loaded", nullptr, m_runsInRange)
                              .arg(QLocale().toString(loaded)));
}

QStringList TimelinePage::runsCountedIn(const QDateTime &from, const QDateTime &to,
                                        RunStatus status) const
{
    QStringList uids;
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    for (const RunSpan &span : m_spans) {
        if (span.statusIn(fromMs, toMs) == status)
            uids.append(span.uid);
    }
    return uids;
}
