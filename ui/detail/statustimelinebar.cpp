#include "ui/detail/statustimelinebar.h"

#include "core/domain/durationtext.h"
#include "ui/common/statusstyle.h"
#include "ui/common/timedisplay.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace {

constexpr int kEndBlockWidth = 14;
constexpr int kMinimumBlockWidth = 3;

} // namespace

StatusTimelineBar::StatusTimelineBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StatusTimelineBar::setTimeline(const RunTimeline &timeline, const QDateTime &now)
{
    m_timeline = timeline;
    m_now = now;
    layoutBlocks();
    update();
}

QSize StatusTimelineBar::sizeHint() const
{
    return {400, fontMetrics().height() * 2 + 8};
}

QSize StatusTimelineBar::minimumSizeHint() const
{
    return {100, fontMetrics().height() * 2 + 8};
}

void StatusTimelineBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutBlocks();
}

void StatusTimelineBar::layoutBlocks()
{
    m_blocks.clear();
    const QList<RunTimeline::Segment> &segments = m_timeline.segments();
    if (segments.isEmpty())
        return;
    const QRect area = rect().adjusted(1, 1, -1, -1);
    // Blocks without an end (an ended run's final status) get a fixed slot;
    // the others share the rest by duration.
    qint64 total = 0;
    int fixed = 0;
    for (const RunTimeline::Segment &segment : segments) {
        const qint64 seconds = segment.durationSeconds(m_now);
        if (seconds < 0)
            fixed += kEndBlockWidth;
        else
            total += seconds;
    }
    const int flexible = std::max(0, area.width() - fixed);
    const int timed = static_cast<int>(segments.size()) - fixed / kEndBlockWidth;
    int x = area.left();
    for (const RunTimeline::Segment &segment : segments) {
        const qint64 seconds = segment.durationSeconds(m_now);
        int width = kEndBlockWidth;
        if (seconds >= 0) {
            // Zero-length stretches (seen in one poll) stay visible; an
            // all-zero timeline splits evenly.
            width = total > 0 ? static_cast<int>(double(seconds) / double(total) * flexible)
                              : flexible / std::max(1, timed);
            width = std::max(width, kMinimumBlockWidth);
        }
        m_blocks.append(QRect(x, area.top(), width, area.height()));
        x += width;
    }
    // Rounding leaves a few pixels: give them to the last timed block.
    if (!m_blocks.isEmpty() && x < area.right()) {
        for (qsizetype i = m_blocks.size() - 1; i >= 0; --i) {
            if (segments.at(i).durationSeconds(m_now) >= 0) {
                const int slack = area.right() + 1 - x;
                m_blocks[i].setWidth(m_blocks[i].width() + slack);
                for (qsizetype j = i + 1; j < m_blocks.size(); ++j)
                    m_blocks[j].translate(slack, 0);
                break;
            }
        }
    }
}

void StatusTimelineBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QList<RunTimeline::Segment> &segments = m_timeline.segments();
    if (segments.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No timeline"));
        return;
    }
    for (qsizetype i = 0; i < m_blocks.size() && i < segments.size(); ++i) {
        const RunStatus status = segments.at(i).status;
        const QColor colour = StatusStyle::color(status);
        const QRect block = m_blocks.at(i);
        // Unknown time is hatched, never painted as a status.
        painter.fillRect(block, StatusStyle::brush(status));
        painter.setPen(palette().color(QPalette::Base));
        painter.drawLine(block.topRight(), block.bottomRight());
        const QString label = segments.at(i).label;
        if (fontMetrics().horizontalAdvance(label) + 8 <= block.width()) {
            // White or black, whichever reads on the status colour.
            if (status == RunStatus::Unknown)
                painter.setPen(palette().color(QPalette::WindowText));
            else
                painter.setPen(colour.lightnessF() > 0.6 ? Qt::black : Qt::white);
            painter.drawText(block, Qt::AlignCenter, label);
        }
    }
}

bool StatusTimelineBar::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QList<RunTimeline::Segment> &segments = m_timeline.segments();
    for (qsizetype i = 0; i < m_blocks.size() && i < segments.size(); ++i) {
        if (!m_blocks.at(i).contains(help->pos()))
            continue;
        const RunTimeline::Segment &segment = segments.at(i);
        QString text =
            segment.label + QLatin1Char('\n') + TimeDisplay::instance()->format(segment.start);
        const qint64 seconds = segment.durationSeconds(m_now);
        if (seconds >= 0)
            text += QLatin1Char('\n') + DurationText::format(seconds);
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}
