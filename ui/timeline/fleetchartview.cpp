#include "ui/timeline/fleetchartview.h"

#include "ui/common/statusstyle.h"
#include "ui/common/timedisplay.h"
#include "ui/timeline/timeticks.h"

#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QKeyEvent>
#include <QLineSeries>
#include <QMouseEvent>
#include <QRubberBand>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 kMaxRangeMs = qint64(10) * 366 * 24 * 60 * 60 * 1000;
constexpr double kWheelStep = 0.8;
constexpr double kKeyPan = 0.1;

} // namespace

FleetChartView::FleetChartView(QWidget *parent)
    : QChartView(parent)
    , m_timeAxis(new QCategoryAxis)
    , m_countAxis(new QValueAxis)
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setObjectName(QStringLiteral("fleetChartView"));
    setAccessibleName(tr("Runs per status over time"));
    setAccessibleDescription(tr("A stacked chart of how many runs were in each status in each "
                                "time bucket; the same runs are listed on the Runs page."));
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(160);
    setToolTip(tr("Runs per status over time. Wheel or drag to zoom, arrow keys or right-drag "
                  "to pan, click a band to show those runs."));

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    // On the left, the legend widens the plot's left margin, which the
    // Gantt strip below uses for its run names.
    chart->legend()->setAlignment(Qt::AlignLeft);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setTitleText(tr("Runs"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    // QChartView's constructor made a default chart; setChart only releases
    // it (it may be shared), so nobody owns it once ours replaces it.
    QChart *defaultChart = this->chart();
    setChart(chart);
    delete defaultChart;

    connect(TimeDisplay::instance(), &TimeDisplay::zoneChanged, this, [this] { recount(); });
    applyPalette();
    recount();
}

QString FleetChartView::bandName(RunStatus status)
{
    return status == RunStatus::Unknown ? tr("Unknown (not observed)") : StatusStyle::label(status);
}

void FleetChartView::applyPalette()
{
    // QChart paints with its own theme's colours, white by default, and
    // never looks at the widget's palette: hand it the palette's, so the
    // chart follows the light or dark theme like every other widget.
    const QPalette p = palette();
    const QColor text = p.color(QPalette::WindowText);
    QColor grid = p.color(QPalette::Mid);
    grid.setAlpha(140);
    setBackgroundBrush(p.window());
    chart()->setBackgroundBrush(p.window());
    chart()->setBackgroundPen(Qt::NoPen);
    chart()->setPlotAreaBackgroundBrush(p.base());
    chart()->setPlotAreaBackgroundPen(QPen(p.color(QPalette::Mid), 1));
    chart()->setPlotAreaBackgroundVisible(true);
    chart()->setTitleBrush(text);
    chart()->legend()->setLabelColor(text);
    chart()->legend()->setBrush(Qt::NoBrush);
    chart()->legend()->setPen(Qt::NoPen);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_countAxis)}) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
}

void FleetChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

FleetChartView::~FleetChartView() = default;

void FleetChartView::setSpans(const QList<RunSpan> &spans)
{
    m_spans = spans;
    recount();
}

void FleetChartView::setSpans(const QList<RunSpan> &spans, qint64 fromMs, qint64 toMs)
{
    m_spans = spans;
    const bool moved = applyRange(fromMs, toMs);
    recount();
    if (moved)
        emit visibleRangeChanged(m_fromMs, m_toMs);
}

void FleetChartView::setVisibleRange(qint64 fromMs, qint64 toMs)
{
    if (!applyRange(fromMs, toMs))
        return;
    recount();
    emit visibleRangeChanged(m_fromMs, m_toMs);
}

bool FleetChartView::applyRange(qint64 fromMs, qint64 toMs)
{
    const qint64 width = std::clamp(toMs - fromMs, kMinRangeMs, kMaxRangeMs);
    if (toMs - fromMs < kMinRangeMs)
        fromMs += (toMs - fromMs) / 2 - width / 2;
    toMs = fromMs + width;
    if (fromMs == m_fromMs && toMs == m_toMs)
        return false;
    m_fromMs = fromMs;
    m_toMs = toMs;
    return true;
}

void FleetChartView::zoom(double factor, qint64 centreMs)
{
    const double before = static_cast<double>(centreMs - m_fromMs);
    const double after = static_cast<double>(m_toMs - centreMs);
    setVisibleRange(centreMs - std::llround(before * factor),
                    centreMs + std::llround(after * factor));
}

void FleetChartView::pan(double fraction)
{
    const qint64 shift = std::llround(static_cast<double>(m_toMs - m_fromMs) * fraction);
    setVisibleRange(m_fromMs + shift, m_toMs + shift);
}

void FleetChartView::recount()
{
    m_buckets = FleetBuckets::count(m_spans, m_fromMs, m_toMs, TimeTicks::zoneOffsetMs(m_fromMs));
    render();
}

void FleetChartView::render()
{
    // A status without runs in range leaves the legend rather than sit
    // there empty; while the set of statuses stays, the bands keep their
    // series and only their points are replaced, which costs a fraction
    // of making them again.
    const QList<RunStatus> statuses = m_buckets.statuses();
    if (statuses != m_series.keys()) {
        chart()->removeAllSeries();
        m_series.clear();
        for (const RunStatus status : statuses) {
            auto *area = new QAreaSeries;
            area->setUpperSeries(new QLineSeries(area));
            area->setLowerSeries(new QLineSeries(area));
            area->setName(bandName(status));
            const QColor colour = StatusStyle::color(status);
            // Unknown time is hatched, never a solid band of a status.
            area->setBrush(StatusStyle::brush(status));
            area->setPen(QPen(status == RunStatus::Unknown ? colour : colour.darker(130), 1));
            chart()->addSeries(area);
            area->attachAxis(m_timeAxis);
            area->attachAxis(m_countAxis);
            m_series.insert(status, area);
        }
    }
    // Axes first: every change of an axis lays out every band again, so
    // the bands' new points are laid out once, after them.
    setCountRange(m_buckets.maxTotal());
    updateTimeAxis();
    const int n = m_buckets.bucketCount();
    QList<int> stacked(n, 0);
    for (const RunStatus status : statuses) {
        QList<QPointF> upper;
        QList<QPointF> lower;
        upper.reserve(2 * n);
        lower.reserve(2 * n);
        // Two points per bucket draw its flat top: the bands read as bars.
        for (int bucket = 0; bucket < n; ++bucket) {
            const auto from = static_cast<qreal>(m_buckets.bucketStartMs(bucket));
            const auto to = static_cast<qreal>(m_buckets.bucketEndMs(bucket));
            const int below = stacked.at(bucket);
            const int above = below + m_buckets.count(bucket, status);
            lower << QPointF(from, below) << QPointF(to, below);
            upper << QPointF(from, above) << QPointF(to, above);
            stacked[bucket] = above;
        }
        QAreaSeries *area = m_series.value(status);
        area->upperSeries()->replace(upper);
        area->lowerSeries()->replace(lower);
    }
}

void FleetChartView::setCountRange(int most)
{
    // A round top and a tick on every step of 1, 2 or 5 times a power of
    // ten, as QValueAxis::applyNiceNumbers would pick, in one change.
    int step = 1;
    for (int scale = 1; most / step > 5; scale *= 10) {
        for (const int factor : {1, 2, 5}) {
            step = factor * scale;
            if (most / step <= 5)
                break;
        }
    }
    const int top = std::max(step * ((most + step - 1) / step), 4);
    if (m_countAxis->max() != top || m_countAxis->min() != 0) {
        m_countAxis->setRange(0, top);
        m_countAxis->setTickCount(top / step + 1);
    }
}

void FleetChartView::updateTimeAxis()
{
    const QList<TimeTicks::Tick> ticks = TimeTicks::ticks(m_fromMs, m_toMs, 8);
    QStringList labels;
    for (const TimeTicks::Tick &tick : ticks)
        labels.append(tick.label);
    // Relabelling an axis lays the chart out again: only when it changed.
    if (labels != m_timeAxis->categoriesLabels() ||
        m_timeAxis->startValue() != static_cast<qreal>(m_fromMs)) {
        for (const QString &label : m_timeAxis->categoriesLabels())
            m_timeAxis->remove(label);
        m_timeAxis->setStartValue(static_cast<qreal>(m_fromMs));
        for (const TimeTicks::Tick &tick : ticks)
            m_timeAxis->append(tick.label, static_cast<qreal>(tick.ms));
    }
    m_timeAxis->setRange(static_cast<qreal>(m_fromMs), static_cast<qreal>(m_toMs));
    const qint64 minutes = m_buckets.bucketMs() / 60000;
    const QString bucket = minutes % (24 * 60) == 0 ? tr("%1 d").arg(minutes / (24 * 60))
                           : minutes % 60 == 0      ? tr("%1 h").arg(minutes / 60)
                                                    : tr("%1 min").arg(minutes);
    const QString title =
        tr("Time (%1), buckets of %2").arg(TimeDisplay::instance()->abbreviation(), bucket);
    if (title != m_timeAxis->titleText())
        m_timeAxis->setTitleText(title);
}

qint64 FleetChartView::msAtX(qreal x) const
{
    const QRectF plot = chart()->plotArea();
    if (plot.width() <= 0)
        return m_fromMs;
    const QPointF inChart = chart()->mapFromScene(mapToScene(QPoint(qRound(x), 0)));
    const double fraction = std::clamp((inChart.x() - plot.left()) / plot.width(), 0.0, 1.0);
    return m_fromMs + std::llround(fraction * static_cast<double>(m_toMs - m_fromMs));
}

void FleetChartView::activateAt(const QPoint &viewportPos)
{
    if (m_series.isEmpty())
        return;
    const QPointF inChart = chart()->mapFromScene(mapToScene(viewportPos));
    if (!chart()->plotArea().contains(inChart))
        return;
    const QPointF value = chart()->mapToValue(inChart, m_series.first());
    const int bucket = m_buckets.bucketAt(std::llround(value.x()));
    if (bucket < 0 || value.y() < 0)
        return;
    double top = 0;
    for (const RunStatus status : m_buckets.statuses()) {
        top += m_buckets.count(bucket, status);
        if (value.y() < top) {
            emit bucketActivated(
                QDateTime::fromMSecsSinceEpoch(m_buckets.bucketStartMs(bucket), Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(m_buckets.bucketEndMs(bucket), Qt::UTC), status);
            return;
        }
    }
}

void FleetChartView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoom(std::pow(kWheelStep, steps), msAtX(event->position().x()));
    event->accept();
}

void FleetChartView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->pos();
    m_pressFromMs = m_fromMs;
    m_pressToMs = m_toMs;
    if (event->button() == Qt::LeftButton)
        m_drag = event->modifiers() & Qt::ShiftModifier ? Drag::PendingBand : Drag::Pending;
    else if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton)
        m_drag = Drag::Pan;
    else
        m_drag = Drag::None;
    event->accept();
}

void FleetChartView::mouseMoveEvent(QMouseEvent *event)
{
    const bool moved =
        std::abs(event->pos().x() - m_pressPos.x()) >= QApplication::startDragDistance();
    if (moved && m_drag == Drag::Pending)
        m_drag = Drag::Pan;
    else if (moved && m_drag == Drag::PendingBand)
        m_drag = Drag::Band;
    if (m_drag == Drag::Band) {
        const QRectF plot = chart()->plotArea();
        const QPoint top = mapFromScene(chart()->mapToScene(plot.topLeft()));
        const QPoint bottom = mapFromScene(chart()->mapToScene(plot.bottomLeft()));
        m_band->setGeometry(QRect(QPoint(std::min(m_pressPos.x(), event->pos().x()), top.y()),
                                  QPoint(std::max(m_pressPos.x(), event->pos().x()), bottom.y())));
        m_band->show();
    } else if (m_drag == Drag::Pan) {
        const double width = chart()->plotArea().width();
        if (width > 0) {
            const double fraction = (event->pos().x() - m_pressPos.x()) / width;
            const qint64 shift =
                std::llround(-fraction * static_cast<double>(m_pressToMs - m_pressFromMs));
            setVisibleRange(m_pressFromMs + shift, m_pressToMs + shift);
        }
    }
    event->accept();
}

void FleetChartView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    if (drag == Drag::Band) {
        m_band->hide();
        const qint64 a = msAtX(m_pressPos.x());
        const qint64 b = msAtX(event->pos().x());
        if (a != b)
            setVisibleRange(std::min(a, b), std::max(a, b));
    } else if ((drag == Drag::Pending || drag == Drag::PendingBand) &&
               event->button() == Qt::LeftButton) {
        activateAt(event->pos());
    }
    event->accept();
}

void FleetChartView::keyPressEvent(QKeyEvent *event)
{
    const qint64 centre = m_fromMs + (m_toMs - m_fromMs) / 2;
    switch (event->key()) {
    case Qt::Key_Left:
        pan(-kKeyPan);
        break;
    case Qt::Key_Right:
        pan(kKeyPan);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(kWheelStep, centre);
        break;
    case Qt::Key_Minus:
        zoom(1 / kWheelStep, centre);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}
