#include "ui/timeline/ganttview.h"

#include "core/domain/durationtext.h"
#include "ui/common/statusstyle.h"
#include "ui/common/timedisplay.h"
#include "ui/timeline/timeticks.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

constexpr int kCapWidth = 5;
constexpr int kSwatchWidth = 16;
// How far from a bar a click or hover still counts as on it.
constexpr int kSlack = 3;

QString durationText(qint64 fromMs, qint64 toMs)
{
    return DurationText::format((toMs - fromMs) / 1000);
}

} // namespace

GanttView::GanttView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("ganttView"));
    setAccessibleName(tr("Runs as bars over time"));
    setAccessibleDescription(tr("One bar per run from its creation to its end, coloured by "
                                "the status it was in; Enter opens the run."));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
    verticalScrollBar()->setSingleStep(kRowHeight);
    connect(TimeDisplay::instance(), &TimeDisplay::zoneChanged, viewport(),
            qOverload<>(&QWidget::update));
}

GanttView::~GanttView() = default;

void GanttView::setSpans(const QList<RunSpan> &spans)
{
    const QString current = m_currentRow >= 0 ? spanAt(m_currentRow).uid : QString();
    // Shared with the chart, not copied; only an order is made here.
    m_spans = spans;
    m_order.resize(m_spans.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        return m_spans.at(a).startMs < m_spans.at(b).startMs;
    });
    filterRows();
    m_currentRow = current.isEmpty() ? -1 : rowOf(current);
}

void GanttView::setVisibleRange(qint64 fromMs, qint64 toMs)
{
    const QString current = m_currentRow >= 0 ? spanAt(m_currentRow).uid : QString();
    m_fromMs = fromMs;
    m_toMs = std::max(toMs, fromMs + 1);
    filterRows();
    m_currentRow = current.isEmpty() ? -1 : rowOf(current);
}

void GanttView::setAxisMargins(int left, int right)
{
    m_leftMargin = std::max(left, 60);
    m_rightMargin = std::max(right, 0);
    viewport()->update();
}

void GanttView::filterRows()
{
    m_rows.clear();
    for (const int i : std::as_const(m_order)) {
        const RunSpan &span = m_spans.at(i);
        if (span.isValid() && span.startMs < m_toMs &&
            std::max(span.endMs, span.startMs + 1) > m_fromMs)
            m_rows.append(i);
    }
    updateScrollBar();
    viewport()->update();
}

int GanttView::rowOf(const QString &uid) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (spanAt(row).uid == uid)
            return row;
    }
    return -1;
}

void GanttView::updateScrollBar()
{
    const int visible = std::max(0, viewport()->height() - kHeaderHeight);
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setRange(0, std::max(0, rowCount() * kRowHeight - visible));
}

void GanttView::scrollToRow(int row)
{
    const int top = row * kRowHeight;
    const int visible = viewport()->height() - kHeaderHeight;
    QScrollBar *bar = verticalScrollBar();
    if (top < bar->value())
        bar->setValue(top);
    else if (top + kRowHeight > bar->value() + visible)
        bar->setValue(top + kRowHeight - visible);
}

int GanttView::axisLeft() const
{
    return m_leftMargin;
}

int GanttView::axisRight() const
{
    return std::max(axisLeft() + 1, viewport()->width() - m_rightMargin);
}

qreal GanttView::xOf(qint64 ms) const
{
    const double fraction =
        static_cast<double>(ms - m_fromMs) / static_cast<double>(m_toMs - m_fromMs);
    return axisLeft() + fraction * (axisRight() - axisLeft());
}

qint64 GanttView::msAt(qreal x) const
{
    const double fraction = (x - axisLeft()) / (axisRight() - axisLeft());
    return m_fromMs + std::llround(fraction * static_cast<double>(m_toMs - m_fromMs));
}

int GanttView::rowAt(int y) const
{
    if (y < kHeaderHeight)
        return -1;
    const int row = (y - kHeaderHeight + verticalScrollBar()->value()) / kRowHeight;
    return row < rowCount() ? row : -1;
}

QRect GanttView::barRect(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const int y = kHeaderHeight + row * kRowHeight - verticalScrollBar()->value();
    if (y < kHeaderHeight || y + kRowHeight > viewport()->height())
        return {};
    const RunSpan &span = spanAt(row);
    const qreal left = std::max<qreal>(xOf(span.startMs), axisLeft());
    const qreal right =
        std::min<qreal>(xOf(span.endMs) + (span.active ? 0 : kCapWidth), axisRight());
    if (right < left)
        return {};
    return QRect(QPoint(qFloor(left), y + 2),
                 QPoint(std::max(qFloor(left), qCeil(right) - 1), y + kRowHeight - 3));
}

QString GanttView::toolTipAt(const QPoint &pos) const
{
    const int row = rowAt(pos.y());
    if (row < 0)
        return {};
    const RunSpan &span = spanAt(row);
    const QString title = span.name.isEmpty() ? tr("(unnamed run)") : span.name;
    QString text =
        QStringLiteral("<b>%1</b><br>%2<br><tt>%3</tt><br>")
            .arg(title.toHtmlEscaped(), span.actionName.toHtmlEscaped(), span.uid.toHtmlEscaped());
    const TimeDisplay *display = TimeDisplay::instance();
    const auto time = [display](qint64 ms) {
        return display->format(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    };
    const qreal startX = xOf(span.startMs);
    const qreal endX = xOf(span.endMs);
    const qreal rightX = endX + (span.active ? 0 : kCapWidth);
    const bool inGutter = pos.x() < axisLeft();
    if (!inGutter && (pos.x() < startX - kSlack || pos.x() > rightX + kSlack))
        return {};
    // Bars a few pixels wide still resolve to a segment: the pointer is
    // held inside the run's life.
    const qint64 ms =
        std::clamp(msAt(pos.x()), span.startMs, std::max(span.startMs, span.endMs - 1));
    const int segment = span.segmentAt(ms);
    if (inGutter || segment < 0 || (!span.active && pos.x() >= endX - kSlack)) {
        text += span.active ? tr("Status: %1 (still going)<br>Since: %2<br>Running for: %3")
                                  .arg(StatusStyle::label(span.endStatus), time(span.startMs),
                                       durationText(span.startMs, span.endMs))
                            : tr("Ended: %1<br>Start: %2<br>Duration: %3")
                                  .arg(StatusStyle::label(span.endStatus), time(span.startMs),
                                       durationText(span.startMs, span.endMs));
        return text;
    }
    const RunSpan::Segment &s = span.segments.at(segment);
    const bool ongoing = span.active && segment == span.segments.size() - 1;
    if (!s.isKnown()) {
        text += tr("Status: unknown. The dashboard did not watch the run then, and its "
                   "times do not say what it did (it may have run, waited, been blocked or "
                   "stopped).<br>From: %1<br>Duration: %2")
                    .arg(time(s.fromMs), durationText(s.fromMs, s.toMs));
        return text;
    }
    text += tr("Status: %1%2<br>Start: %3<br>Duration: %4")
                .arg(StatusStyle::label(s.status), ongoing ? tr(" (still)") : QString(),
                     time(s.fromMs), durationText(s.fromMs, s.toMs));
    return text;
}

QString GanttView::legendText()
{
    return tr("Unknown");
}

QRect GanttView::legendRect() const
{
    // Right-aligned in the gutter of run names, where the ticks never are.
    const int width = kSwatchWidth + 4 + fontMetrics().horizontalAdvance(legendText()) + 4;
    const int run = fontMetrics().horizontalAdvance(tr("Run")) + 12;
    if (axisLeft() - 8 - run < width)
        return {};
    return QRect(axisLeft() - 8 - width, 0, width, kHeaderHeight);
}

void GanttView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().base());
    painter.save();
    painter.setClipRect(
        QRect(0, kHeaderHeight, viewport()->width(), viewport()->height() - kHeaderHeight));
    const int scroll = verticalScrollBar()->value();
    const int first = scroll / kRowHeight;
    const int last = std::min(rowCount() - 1, (scroll + viewport()->height()) / kRowHeight);
    for (int row = first; row <= last; ++row)
        paintRow(painter, row, kHeaderHeight + row * kRowHeight - scroll);
    painter.restore();
    paintHeader(painter);
    if (m_rows.isEmpty())
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("No runs in this range"));
}

void GanttView::paintHeader(QPainter &painter) const
{
    const QRect header(0, 0, viewport()->width(), kHeaderHeight);
    painter.fillRect(header, palette().window());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(header.bottomLeft(), header.bottomRight());
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(4, 0, axisLeft() - 8, kHeaderHeight), Qt::AlignVCenter | Qt::AlignLeft,
                     tr("Run"));
    // The legend of the one fill that is not a status: hatched is unknown.
    const QRect legend = legendRect();
    if (!legend.isEmpty()) {
        const QRect swatch(legend.left(), legend.center().y() - 5, kSwatchWidth, 10);
        painter.fillRect(swatch, StatusStyle::brush(RunStatus::Unknown));
        painter.setPen(StatusStyle::color(RunStatus::Unknown));
        painter.drawRect(swatch.adjusted(0, 0, -1, -1));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(legend.adjusted(kSwatchWidth + 4, 0, 0, 0),
                         Qt::AlignVCenter | Qt::AlignLeft, legendText());
    }
    const int spacing =
        painter.fontMetrics().horizontalAdvance(QStringLiteral("MMM 00 00:00")) + 16;
    const int wanted = std::max(2, (axisRight() - axisLeft()) / spacing);
    for (const TimeTicks::Tick &tick : TimeTicks::ticks(m_fromMs, m_toMs, wanted)) {
        const int x = qRound(xOf(tick.ms));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(x, kHeaderHeight - 4, x, viewport()->height());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x - spacing / 2, 0, spacing, kHeaderHeight - 4), Qt::AlignCenter,
                         tick.label);
    }
}

void GanttView::paintRow(QPainter &painter, int row, int y) const
{
    const RunSpan &span = spanAt(row);
    const QRect line(0, y, viewport()->width(), kRowHeight);
    if (row == m_currentRow)
        painter.fillRect(line, palette().highlight());
    else if (row % 2 == 1)
        painter.fillRect(line, palette().alternateBase());
    painter.setPen(
        palette().color(row == m_currentRow ? QPalette::HighlightedText : QPalette::Text));
    const QString title = span.name.isEmpty() ? span.actionName : span.name;
    const QRect nameRect(4, y, axisLeft() - 8, kRowHeight);
    painter.drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                     painter.fontMetrics().elidedText(title, Qt::ElideRight, nameRect.width()));

    painter.save();
    painter.setClipRect(QRect(axisLeft(), y, axisRight() - axisLeft() + kCapWidth, kRowHeight),
                        Qt::IntersectClip);
    const int top = y + 2;
    const int height = kRowHeight - 4;
    for (const RunSpan::Segment &segment : span.segments) {
        const qreal left = std::max<qreal>(xOf(segment.fromMs), axisLeft() - 1);
        const qreal right = std::min<qreal>(xOf(segment.toMs), axisRight() + 1);
        if (right < axisLeft() || left > axisRight())
            continue;
        const QRectF bar(left, top, std::max<qreal>(1, right - left), height);
        const QColor colour = StatusStyle::color(segment.status);
        const QString label = StatusStyle::label(segment.status);
        const bool fits = bar.width() > painter.fontMetrics().horizontalAdvance(label) + 6;
        if (!segment.isKnown()) {
            // Time the dashboard cannot account for: a hatched outline,
            // never a status colour.
            painter.fillRect(bar, StatusStyle::brush(segment.status));
            painter.setPen(colour);
            painter.drawLine(bar.topLeft(), bar.topRight());
            painter.drawLine(bar.bottomLeft(), bar.bottomRight());
            if (fits) {
                painter.setPen(palette().color(row == m_currentRow ? QPalette::HighlightedText
                                                                   : QPalette::Text));
                painter.drawText(bar, Qt::AlignCenter, label);
            }
            continue;
        }
        painter.fillRect(bar, colour);
        // The label rides on the bar where it fits: colour is never alone.
        if (fits) {
            painter.setPen(colour.lightnessF() < 0.6 ? Qt::white : Qt::black);
            painter.drawText(bar, Qt::AlignCenter, label);
        }
    }
    if (!span.active) {
        const qreal x = xOf(span.endMs);
        if (x >= axisLeft() - kCapWidth && x <= axisRight()) {
            const QColor colour = StatusStyle::color(span.endStatus);
            const QRectF cap(x, top - 1, kCapWidth, height + 2);
            painter.fillRect(cap, colour);
            painter.setPen(colour.darker(150));
            painter.drawRect(cap.adjusted(0, 0, -1, -1));
        }
    }
    painter.restore();
}

void GanttView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

bool GanttView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = legendRect().contains(help->pos())
                                 ? tr("Hatched: time whose status the dashboard does not know")
                                 : toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void GanttView::mouseReleaseEvent(QMouseEvent *event)
{
    const int row = event->button() == Qt::LeftButton ? rowAt(event->pos().y()) : -1;
    if (row < 0) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const RunSpan &span = spanAt(row);
    const int x = event->pos().x();
    const bool onBar = x >= xOf(span.startMs) - kSlack &&
                       x <= xOf(span.endMs) + (span.active ? 0 : kCapWidth) + kSlack;
    if (x < axisLeft() || onBar) {
        m_currentRow = row;
        viewport()->update();
        emit runActivated(span.uid);
    }
    event->accept();
}

void GanttView::keyPressEvent(QKeyEvent *event)
{
    int row = m_currentRow;
    switch (event->key()) {
    case Qt::Key_Up:
        row = std::max(0, row - 1);
        break;
    case Qt::Key_Down:
        row = std::min(rowCount() - 1, row + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (row >= 0)
            emit runActivated(spanAt(row).uid);
        event->accept();
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (row != m_currentRow && row >= 0) {
        m_currentRow = row;
        scrollToRow(row);
        viewport()->update();
    }
    event->accept();
}
