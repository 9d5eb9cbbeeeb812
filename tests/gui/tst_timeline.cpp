// The status timelines page on real widgets, against the in-process
// sandbox's demo history: the fleet chart's counts against the runs
// themselves, a click on a band, a click on a Gantt bar, zoom and pan;
// time the dashboard cannot account for shown as unknown (issue 10 item 3,
// with the run detail's Timeline tab); the chart in the dark theme (item
// 11).

#include "core/time/clock.h"
#include "models/runs/runsmodel.h"
#include "models/runs/runwatcher.h"
#include "tests/support/sandboxapi.h"
#include "tests/support/sandboxclient.h"
#include "tests/support/sandboxfixture.h"
#include "ui/common/statusstyle.h"
#include "ui/common/themecontroller.h"
#include "ui/common/timedisplay.h"
#include "ui/detail/runtimelineview.h"
#include "ui/timeline/fleetchartview.h"
#include "ui/timeline/ganttview.h"
#include "ui/timeline/timelinepage.h"
#include "ui/timeline/timelinetables.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QValueAxis>
#include <QWheelEvent>

#include <memory>

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fleetCountsTheRunsAndNamesTheClickedBucket();
    void ganttClickNamesTheRun();
    void zoomAndPanRechooseTheBuckets();
    void timesFollowTheDisplayZone();
    void resumedRunShowsUnknownNotAStatus();
    void chartFollowsTheTheme();
    void detailTimelineSaysWhatIsReconstructed();
    void tablesHoldTheChartsData();

private:
    // Loads every page of runs into the model.
    void loadAll();
    QPoint chartPoint(qint64 ms, qreal count) const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxClient> m_connection;
    std::unique_ptr<RunsModel> m_model;
    std::unique_ptr<RunWatcher> m_watcher;
    Clock m_clock;
    std::unique_ptr<TimelinePage> m_page;
    FleetChartView *m_fleet = nullptr;
    GanttView *m_gantt = nullptr;
};

void TestTimeline::initTestCase()
{
    TimeDisplay::instance()->setZoneId(QStringLiteral("UTC"));
}

void TestTimeline::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start());
    QCOMPARE(m_sandbox->adminPost(QStringLiteral("/demo"), QJsonObject()).status, 200);
    m_connection = std::make_unique<SandboxClient>(*m_sandbox);
    m_model = std::make_unique<RunsModel>(&m_connection->client);
    m_watcher = std::make_unique<RunWatcher>(&m_connection->client);
    // The sandbox's manual clock: active runs end there, not months later.
    const QDateTime now =
        QDateTime::fromMSecsSinceEpoch(*SandboxFixture::defaultOptions().clockStartMs, Qt::UTC);
    m_clock.setSource([now] { return now; });
    m_page = std::make_unique<TimelinePage>(m_model.get(), m_watcher.get(), &m_clock);
    m_page->resize(1200, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_fleet = m_page->findChild<FleetChartView *>(QStringLiteral("fleetChartView"));
    m_gantt = m_page->findChild<GanttView *>(QStringLiteral("ganttView"));
    QVERIFY(m_fleet);
    QVERIFY(m_gantt);
    QVERIFY(m_page->findChild<QSplitter *>(QStringLiteral("timelineSplitter")));
    // Rows arriving after the page is up are picked up by its rebuild.
    loadAll();
    QTRY_COMPARE(m_page->runsInRange(), m_model->rowCount());
}

void TestTimeline::cleanup()
{
    m_page.reset();
    m_watcher.reset();
    m_model.reset();
    m_connection.reset();
    m_sandbox.reset();
}

void TestTimeline::loadAll()
{
    m_model->setFilter({});
    QTRY_VERIFY(m_model->rowCount() > 0);
    for (;;) {
        QTRY_VERIFY(!m_model->isLoading());
        if (!m_model->canFetchMore())
            break;
        m_model->fetchMore();
    }
    QVERIFY(m_model->rowCount() > RunsModel::kPageSize);
}

QPoint TestTimeline::chartPoint(qint64 ms, qreal count) const
{
    QChart *chart = m_fleet->chart();
    const QPointF inChart =
        chart->mapToPosition(QPointF(static_cast<qreal>(ms), count), chart->series().first());
    return m_fleet->mapFromScene(chart->mapToScene(inChart));
}

void TestTimeline::fleetCountsTheRunsAndNamesTheClickedBucket()
{
    const int loaded = m_model->rowCount();
    const auto *label = m_page->findChild<QLabel *>(QStringLiteral("timelineCountLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QString::number(loaded)), qPrintable(label->text()));
    QVERIFY(!m_fleet->chart()->series().isEmpty());

    // The fullest band of a terminal status: a run counts in it exactly
    // when it ended in that status within (start, end] of the bucket.
    const FleetBuckets &buckets = m_fleet->buckets();
    int bucket = -1;
    RunStatus status = RunStatus::Unknown;
    for (int b = 0; b < buckets.bucketCount(); ++b) {
        if (buckets.bucketStartMs(b) < m_fleet->visibleFromMs() ||
            buckets.bucketEndMs(b) > m_fleet->visibleToMs())
            continue;
        for (const RunStatus s : knownRunStatuses()) {
            if (isTerminal(s) &&
                (bucket < 0 || buckets.count(b, s) > buckets.count(bucket, status))) {
                bucket = b;
                status = s;
            }
        }
    }
    QVERIFY(bucket >= 0);
    const int counted = buckets.count(bucket, status);
    QVERIFY(counted > 0);
    const qint64 from = buckets.bucketStartMs(bucket);
    const qint64 to = buckets.bucketEndMs(bucket);
    int ended = 0;
    for (int row = 0; row < loaded; ++row) {
        const Run &run = m_model->runAt(m_model->index(row, 0));
        const qint64 end = run.finishedAt.toMSecsSinceEpoch();
        if (run.status == status && end > from && end <= to)
            ++ended;
    }
    QCOMPARE(counted, ended);
    QAreaSeries *band = m_fleet->seriesFor(status);
    QVERIFY(band);
    QCOMPARE(band->name(), StatusStyle::label(status));
    QCOMPARE(band->color(), StatusStyle::color(status));

    // Click the middle of that band.
    int below = 0;
    for (const RunStatus s : FleetBuckets::stackOrder()) {
        if (s == status)
            break;
        below += buckets.count(bucket, s);
    }
    QSignalSpy activated(m_page.get(), &TimelinePage::bucketActivated);
    QTest::mouseClick(m_fleet->viewport(), Qt::LeftButton, {},
                      chartPoint(from + (to - from) / 2, below + counted / 2.0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toDateTime(), QDateTime::fromMSecsSinceEpoch(from, Qt::UTC));
    QCOMPARE(activated.first().at(1).toDateTime(), QDateTime::fromMSecsSinceEpoch(to, Qt::UTC));
    QCOMPARE(activated.first().at(2).value<RunStatus>(), status);

    // Above a stack there is nothing to name.
    const auto *counts = qobject_cast<QValueAxis *>(m_fleet->chart()->axes(Qt::Vertical).first());
    QVERIFY(counts);
    int low = -1;
    for (int b = 0; b < buckets.bucketCount() && low < 0; ++b) {
        if (buckets.bucketStartMs(b) >= m_fleet->visibleFromMs() &&
            buckets.bucketEndMs(b) <= m_fleet->visibleToMs() &&
            buckets.total(b) + 1 < counts->max())
            low = b;
    }
    QVERIFY(low >= 0);
    QTest::mouseClick(m_fleet->viewport(), Qt::LeftButton, {},
                      chartPoint(buckets.bucketStartMs(low) + buckets.bucketMs() / 2,
                                 (buckets.total(low) + counts->max()) / 2));
    QCOMPARE(activated.count(), 1);
}

void TestTimeline::ganttClickNamesTheRun()
{
    QCOMPARE(m_gantt->rowCount(), m_model->rowCount());
    QSignalSpy activated(m_page.get(), &TimelinePage::runActivated);
    // A few runs across the strip, each found by its own bar.
    for (const int modelRow : {0, 7, m_model->rowCount() / 2, m_model->rowCount() - 1}) {
        const Run &run = m_model->runAt(m_model->index(modelRow, 0));
        const int row = m_gantt->rowOf(run.uid);
        QVERIFY(row >= 0);
        m_gantt->scrollToRow(row);
        const QRect bar = m_gantt->barRect(row);
        QVERIFY(!bar.isEmpty());
        const QString tip = m_gantt->toolTipAt(bar.center());
        QVERIFY2(tip.contains(run.uid), qPrintable(tip + QStringLiteral(" at %1,%2 of %3,%4 %5x%6")
                                                             .arg(bar.center().x())
                                                             .arg(bar.center().y())
                                                             .arg(bar.x())
                                                             .arg(bar.y())
                                                             .arg(bar.width())
                                                             .arg(bar.height())));
        QVERIFY2(tip.contains(run.actionName), qPrintable(tip));
        QTest::mouseClick(m_gantt->viewport(), Qt::LeftButton, {}, bar.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().at(0).toString(), run.uid);
    }
    // The strip's empty part right of every bar names nobody.
    m_gantt->scrollToRow(0);
    const QRect first = m_gantt->barRect(0);
    if (first.right() + 20 < m_gantt->viewport()->width() - 10) {
        QTest::mouseClick(m_gantt->viewport(), Qt::LeftButton, {},
                          QPoint(m_gantt->viewport()->width() - 10, first.center().y()));
        QCOMPARE(activated.count(), 0);
    }
}

void TestTimeline::zoomAndPanRechooseTheBuckets()
{
    const qint64 from = m_fleet->visibleFromMs();
    const qint64 to = m_fleet->visibleToMs();
    const qint64 bucketMs = m_fleet->buckets().bucketMs();
    const auto *showAll = m_page->findChild<QPushButton *>(QStringLiteral("timelineShowAllButton"));
    QVERIFY(showAll);
    QVERIFY(!showAll->isEnabled());

    // Four wheel steps in at the middle of the plot.
    const QRectF plot = m_fleet->chart()->plotArea();
    const QPoint centre = m_fleet->mapFromScene(m_fleet->chart()->mapToScene(plot.center()));
    QWheelEvent wheel(centre, m_fleet->viewport()->mapToGlobal(centre), {}, QPoint(0, 4 * 120),
                      Qt::NoButton, {}, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_fleet->viewport(), &wheel);
    const qint64 zoomed = m_fleet->visibleToMs() - m_fleet->visibleFromMs();
    QVERIFY(zoomed < (to - from) / 2);
    QVERIFY(m_fleet->visibleFromMs() > from);
    QVERIFY(m_fleet->buckets().bucketMs() < bucketMs);
    QVERIFY(m_fleet->buckets().bucketCount() >= 30);
    QVERIFY(m_page->runsInRange() < m_model->rowCount());
    QVERIFY(m_gantt->rowCount() == m_page->runsInRange());
    QVERIFY(showAll->isEnabled());

    // The left arrow moves a tenth of the range back in time.
    const qint64 before = m_fleet->visibleFromMs();
    m_fleet->setFocus();
    QTest::keyClick(m_fleet, Qt::Key_Left);
    QCOMPARE(m_fleet->visibleToMs() - m_fleet->visibleFromMs(), zoomed);
    QVERIFY(qAbs(m_fleet->visibleFromMs() - (before - zoomed / 10)) <= 1);

    // Dragging to the right pans back in time, as a map moves under the
    // hand: the width stays, the range moves by the dragged share of it.
    const QPoint left = centre - QPoint(100, 0);
    const QPoint right = centre + QPoint(100, 0);
    const qint64 beforeDrag = m_fleet->visibleFromMs();
    QTest::mousePress(m_fleet->viewport(), Qt::LeftButton, {}, left);
    QTest::mouseMove(m_fleet->viewport(), right);
    QTest::mouseRelease(m_fleet->viewport(), Qt::LeftButton, {}, right);
    QCOMPARE(m_fleet->visibleToMs() - m_fleet->visibleFromMs(), zoomed);
    const double dragged = 200.0 / m_fleet->chart()->plotArea().width();
    QVERIFY(qAbs(beforeDrag - m_fleet->visibleFromMs() - qint64(dragged * zoomed)) <= zoomed / 100);

    // Ctrl+wheel zooms too (the desktop's usual zoom gesture).
    QWheelEvent ctrlWheel(centre, m_fleet->viewport()->mapToGlobal(centre), {}, QPoint(0, 120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_fleet->viewport(), &ctrlWheel);
    const qint64 ctrlZoomed = m_fleet->visibleToMs() - m_fleet->visibleFromMs();
    QVERIFY(ctrlZoomed < zoomed);

    // Shift+drag draws a band and zooms to it.
    QTest::mousePress(m_fleet->viewport(), Qt::LeftButton, Qt::ShiftModifier, left);
    QTest::mouseMove(m_fleet->viewport(), right);
    QTest::mouseRelease(m_fleet->viewport(), Qt::LeftButton, Qt::ShiftModifier, right);
    QVERIFY(m_fleet->visibleToMs() - m_fleet->visibleFromMs() < ctrlZoomed);

    // Show all restores the whole range.
    QTest::mouseClick(const_cast<QPushButton *>(showAll), Qt::LeftButton);
    QCOMPARE(m_fleet->visibleFromMs(), from);
    QCOMPARE(m_fleet->visibleToMs(), to);
    QCOMPARE(m_page->runsInRange(), m_model->rowCount());
}

void TestTimeline::timesFollowTheDisplayZone()
{
    // A day's view, so the axis shows hours that move with the zone.
    m_fleet->setVisibleRange(m_fleet->visibleToMs() - 24 * 60 * 60 * 1000, m_fleet->visibleToMs());
    auto *axis = qobject_cast<QCategoryAxis *>(m_fleet->chart()->axes(Qt::Horizontal).first());
    QVERIFY(axis);
    const auto positions = [axis] {
        QList<qint64> values;
        for (const QString &label : axis->categoriesLabels())
            values.append(qRound64(axis->endValue(label)));
        return values;
    };
    const QStringList utcLabels = axis->categoriesLabels();
    const QList<qint64> utcPositions = positions();
    QVERIFY(!utcLabels.isEmpty());
    QVERIFY2(axis->titleText().contains(QStringLiteral("UTC")), qPrintable(axis->titleText()));

    const QTimeZone kolkata("Asia/Kolkata");
    TimeDisplay::instance()->setZoneId(QStringLiteral("Asia/Kolkata"));
    const QStringList labels = axis->categoriesLabels();
    const QList<qint64> shifted = positions();
    TimeDisplay::instance()->setZoneId(QStringLiteral("UTC"));
    // Each tick says its own time in the new zone, and sits on a round
    // time there: half an hour off every UTC tick.
    QVERIFY(!labels.isEmpty());
    for (int i = 0; i < labels.size(); ++i) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(shifted.at(i), Qt::UTC);
        QCOMPARE(labels.at(i), at.toTimeZone(kolkata).toString(QStringLiteral("MMM d HH:mm")));
        QVERIFY(!utcPositions.contains(shifted.at(i)));
    }
    QCOMPARE(axis->categoriesLabels(), utcLabels);
}

void TestTimeline::resumedRunShowsUnknownNotAStatus()
{
    // Issue 10 item 3: a run that sat blocked or stopped for days, then
    // resumed, must not paint those days as running or waiting.
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    // The demo's incremental runs were continued days after each iteration
    // ("New connections to HubSpot", SUCCEEDED, started 16 days before it
    // last finished): not running in between.
    int incremental = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Run &run = m_model->runAt(m_model->index(row, 0));
        if (!run.isIncremental() || !isTerminal(run.status) || !run.startedAt.isValid() ||
            run.startedAt.daysTo(run.finishedAt) < 2)
            continue;
        ++incremental;
        const RunSpan &span = m_gantt->spanAt(m_gantt->rowOf(run.uid));
        const qint64 middle =
            run.startedAt.toMSecsSinceEpoch() + run.startedAt.msecsTo(run.finishedAt) / 2;
        QVERIFY2(span.statusAt(middle) == RunStatus::Unknown, qPrintable(run.name));
    }
    QVERIFY(incremental > 0);

    QString uid;
    for (int row = 0; row < m_model->rowCount() && uid.isEmpty(); ++row) {
        const Run &run = m_model->runAt(m_model->index(row, 0));
        if ((run.status == RunStatus::Blocked || run.status == RunStatus::Stopped) &&
            run.startedAt.isValid() && run.startedAt.toMSecsSinceEpoch() < now - kDayMs)
            uid = run.uid;
    }
    QVERIFY2(!uid.isEmpty(), "the demo history has no run blocked or stopped a day ago");
    QCOMPARE(
        m_sandbox->post(SandboxApi::runPath(uid, QStringLiteral("/resume")), QJsonObject()).status,
        200);
    m_model->refresh();
    const auto current = [this, &uid]() -> Run {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->runAt(m_model->index(row, 0)).uid == uid)
                return m_model->runAt(m_model->index(row, 0));
        }
        return {};
    };
    QTRY_COMPARE(current().status, RunStatus::Scheduled);
    const Run run = current();
    m_page->rebuild();

    // Half-way between its first start and the resume.
    const qint64 started = run.startedAt.toMSecsSinceEpoch();
    const qint64 resumed = run.updatedAt.toMSecsSinceEpoch();
    QVERIFY(resumed - started > kDayMs);
    const qint64 middle = started + (resumed - started) / 2;
    const int row = m_gantt->rowOf(uid);
    QVERIFY(row >= 0);
    const RunSpan &span = m_gantt->spanAt(row);
    QCOMPARE(span.statusAt(middle), RunStatus::Unknown);
    QCOMPARE(span.statusAt(resumed + 1), RunStatus::Scheduled);

    // The chart counts it there as unknown, in a hatched band, and a click
    // on a status's band there does not list it.
    const FleetBuckets &buckets = m_fleet->buckets();
    const int bucket = buckets.bucketAt(middle);
    QVERIFY(bucket >= 0);
    QVERIFY(buckets.count(bucket, RunStatus::Unknown) >= 1);
    QAreaSeries *unknown = m_fleet->seriesFor(RunStatus::Unknown);
    QVERIFY(unknown);
    QCOMPARE(unknown->name(), FleetChartView::bandName(RunStatus::Unknown));
    QCOMPARE(unknown->brush().style(), Qt::BDiagPattern);
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(buckets.bucketStartMs(bucket), Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(buckets.bucketEndMs(bucket), Qt::UTC);
    for (const RunStatus status : knownRunStatuses())
        QVERIFY2(!m_page->runsCountedIn(from, to, status).contains(uid),
                 qPrintable(StatusStyle::label(status)));
    QVERIFY(m_page->runsCountedIn(from, to, RunStatus::Unknown).contains(uid));
    // Every run a status's band lists really held that status then.
    for (const RunStatus status : knownRunStatuses()) {
        for (const QString &listed : m_page->runsCountedIn(from, to, status)) {
            const RunSpan &other = m_gantt->spanAt(m_gantt->rowOf(listed));
            QCOMPARE(other.statusIn(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()), status);
        }
    }

    // The Gantt bar says so where the pointer is.
    m_fleet->setVisibleRange(started - kDayMs, resumed + kDayMs);
    const int ganttRow = m_gantt->rowOf(uid);
    m_gantt->scrollToRow(ganttRow);
    const QRect bar = m_gantt->barRect(ganttRow);
    QVERIFY(!bar.isEmpty());
    const QString tip = m_gantt->toolTipAt(QPoint(qRound(m_gantt->xOf(middle)), bar.center().y()));
    QVERIFY2(tip.contains(QStringLiteral("Status: unknown")), qPrintable(tip));
    QVERIFY2(!tip.contains(QStringLiteral("Status: Running")), qPrintable(tip));
    QVERIFY(!m_gantt->legendRect().isEmpty());
}

void TestTimeline::chartFollowsTheTheme()
{
    // Issue 10 item 11: in the dark theme the chart area stayed white.
    ThemeController theme;
    for (const ThemeController::Theme chosen :
         {ThemeController::Theme::Dark, ThemeController::Theme::Light,
          ThemeController::Theme::Dark}) {
        theme.setTheme(chosen);
        const QPalette palette = chosen == ThemeController::Theme::Dark
                                     ? ThemeController::darkPalette()
                                     : ThemeController::lightPalette();
        // The application's palette reaches the widgets through events.
        QTRY_COMPARE(m_fleet->palette().color(QPalette::Base), palette.color(QPalette::Base));
        QChart *chart = m_fleet->chart();
        QCOMPARE(chart->backgroundBrush().color(), palette.color(QPalette::Window));
        QCOMPARE(chart->plotAreaBackgroundBrush().color(), palette.color(QPalette::Base));
        QVERIFY(chart->isPlotAreaBackgroundVisible());
        QCOMPARE(chart->legend()->labelColor(), palette.color(QPalette::WindowText));
        for (QAbstractAxis *axis : chart->axes()) {
            QCOMPARE(axis->labelsBrush().color(), palette.color(QPalette::WindowText));
            QCOMPARE(axis->titleBrush().color(), palette.color(QPalette::WindowText));
        }
        // What is drawn, not only what is set: along the top of the plot
        // area, above the stacks, most of it is the palette's base colour,
        // and outside it the window's.
        const QImage image = m_fleet->grab().toImage();
        const QRectF plot = chart->plotArea();
        const auto near = [](const QColor &a, const QColor &b) {
            return qAbs(a.lightness() - b.lightness()) < 24;
        };
        int base = 0;
        for (int i = 1; i < 20; ++i) {
            const QPoint at = m_fleet->mapFromScene(
                chart->mapToScene(QPointF(plot.left() + plot.width() * i / 20, plot.top() + 3)));
            base += near(image.pixelColor(at), palette.color(QPalette::Base)) ? 1 : 0;
        }
        QVERIFY2(base >= 10, qPrintable(QString::number(base)));
        QVERIFY2(near(image.pixelColor(2, 2), palette.color(QPalette::Window)),
                 qPrintable(image.pixelColor(2, 2).name()));
        const QImage strip = m_gantt->viewport()->grab().toImage();
        const QColor below = strip.pixelColor(strip.width() - 3, strip.height() - 3);
        QVERIFY2(qAbs(below.lightness() - palette.color(QPalette::Base).lightness()) < 24,
                 qPrintable(below.name()));
        if (chosen == ThemeController::Theme::Dark &&
            qEnvironmentVariableIsSet("RUNBOARD_TEST_SCREENSHOTS"))
            m_page->grab().save(QDir::temp().filePath(QStringLiteral("timeline-dark.png")));
    }
    theme.setTheme(ThemeController::Theme::System);
}

void TestTimeline::detailTimelineSaysWhatIsReconstructed()
{
    // The run detail's Timeline tab: a run resumed after days away, never
    // watched, shows the days it was away as not known, and says that its
    // history is reconstructed from its timestamps.
    const QDateTime created(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    Run run;
    run.uid = QStringLiteral("resumed");
    run.status = RunStatus::Scheduled;
    run.createdAt = created;
    run.startedAt = created.addSecs(60);
    run.updatedAt = created.addDays(16);
    Clock clock;
    clock.setSource([at = created.addDays(16).addSecs(3600)] { return at; });
    RunTimelineView view(&clock);
    view.setRun(run, {});
    auto *table = view.findChild<QTableWidget *>(QStringLiteral("runTimelineTable"));
    auto *note = view.findChild<QLabel *>(QStringLiteral("runTimelineNote"));
    QVERIFY(table && note);
    QStringList labels;
    for (int row = 0; row < table->rowCount(); ++row)
        labels.append(table->item(row, RunTimelineView::StatusColumn)->text());
    QCOMPARE(labels, (QStringList{QStringLiteral("Waiting to start"), QStringLiteral("Not known"),
                                  QStringLiteral("Scheduled")}));
    QCOMPARE(table->item(1, RunTimelineView::StartColumn)->data(Qt::DisplayRole).toDateTime(),
             run.startedAt);
    QCOMPARE(table->item(2, RunTimelineView::StartColumn)->data(Qt::DisplayRole).toDateTime(),
             run.updatedAt);
    QVERIFY2(note->text().contains(QStringLiteral("reconstructed from the times the run reports")),
             qPrintable(note->text()));

    // Watched from day 16 on: the note says where watching began and that
    // what came before is reconstructed.
    const QList<StatusTransition> seen{
        {run.uid, RunStatus::Scheduled, QStringLiteral("SCHEDULED"), run.updatedAt},
        {run.uid, RunStatus::Running, QStringLiteral("RUNNING"), run.updatedAt.addSecs(60)}};
    view.setRun(run, seen);
    QVERIFY2(note->text().contains(QStringLiteral("first saw the run")), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QStringLiteral("reconstructs it from the run's timestamps")),
             qPrintable(note->text()));
}

// Issue 10 item 17: the chart's counts and the strip's runs as tables a
// keyboard reaches, with Enter doing what a click on the chart does.
void TestTimeline::tablesHoldTheChartsData()
{
    auto *toggle = m_page->findChild<QPushButton *>(QStringLiteral("timelineTableButton"));
    QVERIFY(toggle);
    QTest::mouseClick(toggle, Qt::LeftButton);
    TimelineTables *tables = m_page->tables();
    QTRY_VERIFY(tables->isVisible());
    QVERIFY(!m_fleet->isVisible());

    const FleetBuckets &buckets = m_fleet->buckets();
    QTableWidget *bucketTable = tables->bucketTable();
    QCOMPARE(bucketTable->rowCount(), buckets.bucketCount());
    const QList<RunStatus> statuses = buckets.statuses();
    QCOMPARE(bucketTable->columnCount(), 3 + statuses.size());
    int fullest = 0;
    for (int bucket = 0; bucket < buckets.bucketCount(); ++bucket) {
        QCOMPARE(bucketTable->item(bucket, 2)->data(Qt::DisplayRole).toInt(),
                 buckets.total(bucket));
        for (int i = 0; i < statuses.size(); ++i)
            QCOMPARE(bucketTable->item(bucket, 3 + i)->data(Qt::DisplayRole).toInt(),
                     buckets.count(bucket, statuses.at(i)));
        if (buckets.total(bucket) > buckets.total(fullest))
            fullest = bucket;
    }
    QCOMPARE(tables->runTable()->rowCount(), m_page->runsInRange());

    // Enter on a status cell lists that bucket's runs in that status.
    QSignalSpy buckets_(m_page.get(), &TimelinePage::bucketActivated);
    bucketTable->setFocus();
    bucketTable->setCurrentCell(fullest, 3);
    QTest::keyClick(bucketTable, Qt::Key_Return);
    QCOMPARE(buckets_.count(), 1);
    QCOMPARE(buckets_.first().at(0).toDateTime().toMSecsSinceEpoch(),
             buckets.bucketStartMs(fullest));
    QCOMPARE(buckets_.first().at(2).value<RunStatus>(), statuses.first());

    // Enter on a run opens it.
    QSignalSpy runs(m_page.get(), &TimelinePage::runActivated);
    QTableWidget *runTable = tables->runTable();
    runTable->setFocus();
    runTable->setCurrentCell(0, 0);
    QTest::keyClick(runTable, Qt::Key_Enter);
    QCOMPARE(runs.count(), 1);
    QCOMPARE(runs.first().at(0).toString(), runTable->item(0, 0)->data(Qt::UserRole).toString());
    QVERIFY(!runs.first().at(0).toString().isEmpty());

    // A zoom (from the keyboard, on the chart) is followed by the tables.
    m_page->showTables(false);
    QVERIFY(m_fleet->isVisible());
    m_fleet->zoom(0.25, m_fleet->visibleFromMs() +
                            (m_fleet->visibleToMs() - m_fleet->visibleFromMs()) / 2);
    m_page->showTables(true);
    QCOMPARE(tables->runTable()->rowCount(), m_page->runsInRange());
    QCOMPARE(bucketTable->rowCount(), m_fleet->buckets().bucketCount());
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
