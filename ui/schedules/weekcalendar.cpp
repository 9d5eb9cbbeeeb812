#include "ui/schedules/weekcalendar.h"

#include "models/common/localeformat.h"
#include "ui/common/timedisplay.h"

#include <QHash>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

namespace {

constexpr int kGutterPadding = 8;

} // namespace

WeekCalendar::WeekCalendar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("weekCalendar"));
    setAccessibleName(tr("Week calendar of schedule firings"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void WeekCalendar::setPlan(FiringPlan plan, const QDate &firstDay, const QTimeZone &zone,
                           qint64 nowMs)
{
    m_plan = std::move(plan);
    m_firstDay = firstDay;
    m_zone = zone;
    m_nowMs = nowMs;
    relayout();
    const int collisions = m_plan.collisionCount();
    const int skips = m_plan.skipCount();
    setAccessibleDescription(tr("%1 firings from %2 to %3; %4 close to another schedule of the "
                                "same action; %5 probably skipped")
                                 .arg(m_plan.firings().size())
                                 .arg(QLocale().toString(firstDay, QLocale::ShortFormat),
                                      QLocale().toString(firstDay.addDays(6), QLocale::ShortFormat))
                                 .arg(collisions)
                                 .arg(skips));
    update();
}

QSize WeekCalendar::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('M')) * 100, fontMetrics().height() * 40};
}

QSize WeekCalendar::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40, fontMetrics().height() * 16};
}

QRectF WeekCalendar::markArea() const
{
    const QFontMetrics metrics = fontMetrics();
    const qreal gutter = metrics.horizontalAdvance(QStringLiteral("00:00")) + 2 * kGutterPadding;
    const qreal header = metrics.height() * 1.6;
    const qreal legend = metrics.height() * 1.6;
    return QRectF(gutter, header, std::max<qreal>(1, width() - gutter - 4),
                  std::max<qreal>(1, height() - header - legend));
}

void WeekCalendar::relayout()
{
    m_layout.build(m_plan, m_zone, m_firstDay, markArea(),
                   std::max<qreal>(3, fontMetrics().height() * 0.7));
}

void WeekCalendar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

QColor WeekCalendar::colorOf(int schedule) const
{
    // Hues a golden angle apart, so that schedules side by side differ.
    const int hue = (schedule * 137 + 210) % 360;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    return QColor::fromHsl(hue, 150, dark ? 150 : 110);
}

void WeekCalendar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintGrid(painter);
    paintMarks(painter);
    paintLabels(painter);
}

void WeekCalendar::paintGrid(QPainter &painter) const
{
    const QRectF area = markArea();
    const QFontMetrics metrics = fontMetrics();
    const QColor line = palette().color(QPalette::Mid);
    const QColor text = palette().color(QPalette::Text);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_nowMs, m_zone).date();
    // Hours: a label as often as there is room for one.
    const qreal hourHeight = area.height() / 24;
    const int labelEvery = hourHeight >= metrics.height()       ? 1
                           : hourHeight * 2 >= metrics.height() ? 2
                           : hourHeight * 3 >= metrics.height() ? 3
                                                                : 6;
    for (int hour = 0; hour <= 24; ++hour) {
        const qreal y = area.top() + hour * hourHeight;
        painter.setPen(QPen(line, hour % 6 == 0 ? 1.0 : 0.5));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        if (hour < 24 && hour % labelEvery == 0) {
            painter.setPen(text);
            painter.drawText(QRectF(0, y, area.left() - kGutterPadding, metrics.height()),
                             Qt::AlignRight | Qt::AlignTop,
                             QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
        }
    }
    for (int day = 0; day < WeekCalendarLayout::kDays; ++day) {
        const QRectF column = m_layout.dayColumn(day);
        const QDate date = m_firstDay.addDays(day);
        if (date == today) {
            // Now, across today's column; what is above it has happened.
            const QTime now = QDateTime::fromMSecsSinceEpoch(m_nowMs, m_zone).time();
            const qreal y = area.top() + area.height() * now.msecsSinceStartOfDay() / 86400000.0;
            painter.fillRect(QRectF(column.topLeft(), QPointF(column.right(), y)),
                             palette().color(QPalette::AlternateBase));
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
            painter.drawLine(QPointF(column.left(), y), QPointF(column.right(), y));
        }
        painter.setPen(QPen(line, 1));
        painter.drawLine(column.topLeft(), column.bottomLeft());
        QFont font = painter.font();
        font.setBold(date == today);
        painter.setFont(font);
        painter.setPen(text);
        painter.drawText(QRectF(column.left(), 0, column.width(), area.top()), Qt::AlignCenter,
                         QLocale().toString(date, QStringLiteral("ddd d MMM")));
        font.setBold(false);
        painter.setFont(font);
    }
    painter.setPen(QPen(line, 1));
    painter.drawLine(area.topRight(), area.bottomRight());
    painter.setPen(text);
    painter.drawText(QRectF(area.left(), area.bottom(), area.width(), height() - area.bottom()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Times in %1 · solid: fires · hatched: probably skipped (the previous "
                        "run usually still runs) · dashed outline: another schedule of the same "
                        "action within %2 minutes")
                         .arg(QString::fromUtf8(m_zone.id()))
                         .arg(FiringPlan::kDefaultCollisionWindowMs / 60000));
}

void WeekCalendar::paintMarks(QPainter &painter) const
{
    // Marks of one schedule and style that touch in their lane are drawn as
    // one: a five-minute schedule overlaps itself, and 100,000 rectangles
    // (dashed ones above all) would take most of a second to paint.
    const auto add = [](QList<QRectF> &rects, const QRectF &rect) {
        if (!rects.isEmpty()) {
            QRectF &last = rects.last();
            if (last.left() == rect.left() && rect.top() <= last.bottom()) {
                last.setBottom(std::max(last.bottom(), rect.bottom()));
                return;
            }
        }
        rects.append(rect);
    };
    QHash<int, QList<QRectF>> solid;
    QHash<int, QList<QRectF>> hatched;
    QHash<int, QList<QRectF>> colliding;
    for (const WeekCalendarLayout::Mark &mark : m_layout.marks()) {
        const FiringPlan::Firing &firing = m_plan.firings().at(mark.firing);
        add((firing.likelySkipped ? hatched : solid)[firing.schedule], mark.rect);
        if (!firing.collidesWith.isEmpty())
            add(colliding[firing.schedule], mark.rect);
    }
    painter.setPen(Qt::NoPen);
    for (auto it = solid.cbegin(); it != solid.cend(); ++it) {
        painter.setBrush(colorOf(it.key()));
        painter.drawRects(it.value().constData(), int(it.value().size()));
    }
    for (auto it = hatched.cbegin(); it != hatched.cend(); ++it) {
        const QColor color = colorOf(it.key());
        painter.setPen(QPen(color, 1));
        painter.setBrush(QBrush(color, Qt::BDiagPattern));
        painter.drawRects(it.value().constData(), int(it.value().size()));
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(palette().color(QPalette::Text), 2, Qt::DashLine));
    for (auto it = colliding.cbegin(); it != colliding.cend(); ++it)
        painter.drawRects(it.value().constData(), int(it.value().size()));
}

void WeekCalendar::paintLabels(QPainter &painter) const
{
    const QFontMetrics metrics = fontMetrics();
    painter.setPen(palette().color(QPalette::Text));
    // The lowest label drawn so far in each lane: the next one waits below.
    QHash<qint64, qreal> lowest;
    const qreal narrowest = metrics.horizontalAdvance(QStringLiteral("MMMM"));
    bool anyWideLane = false;
    for (int day = 0; day < WeekCalendarLayout::kDays; ++day)
        anyWideLane = anyWideLane || m_layout.laneWidth(day) >= narrowest;
    if (!anyWideLane)
        return;
    for (const WeekCalendarLayout::Mark &mark : m_layout.marks()) {
        if (m_layout.laneWidth(mark.day) < narrowest)
            continue;
        const qint64 lane = qint64(mark.day) << 32 | mark.lane;
        const auto found = lowest.constFind(lane);
        if (found != lowest.cend() && mark.rect.top() < *found)
            continue;
        const FiringPlan::Firing &firing = m_plan.firings().at(mark.firing);
        const QRectF text(mark.rect.left() + 2, mark.rect.top(), mark.rect.width() - 4,
                          metrics.height());
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop,
                         metrics.elidedText(m_plan.schedules().at(firing.schedule).name,
                                            Qt::ElideRight, int(text.width())));
        lowest.insert(lane, text.bottom());
    }
}

QString WeekCalendar::describeFiring(int index) const
{
    if (index < 0 || index >= m_plan.firings().size())
        return {};
    const FiringPlan::Firing &firing = m_plan.firings().at(index);
    const FiringPlan::Schedule &schedule = m_plan.schedules().at(firing.schedule);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(firing.atMs, Qt::UTC);
    QStringList lines{tr("%1 (%2)").arg(schedule.name, schedule.action),
                      TimeDisplay::instance()->format(at)};
    const QTimeZone own(schedule.timezone.toUtf8());
    if (own.isValid() && own != TimeDisplay::instance()->zone())
        lines.append(
            tr("%1 in the schedule's zone (%2)")
                .arg(LocaleFormat::dateTime(at.toTimeZone(own), LocaleFormat::Seconds::Hide),
                     schedule.timezone));
    if (firing.likelySkipped)
        lines.append(tr("Previous run usually still running: this firing will probably be "
                        "skipped (its runs take %1 min at the median).")
                         .arg(schedule.medianRunMs.value_or(0) / 60000));
    for (const int other : firing.collidesWith)
        lines.append(tr("Fires within %1 minutes of '%2', another schedule of %3: if both use "
                        "one identity they share its limits.")
                         .arg(FiringPlan::kDefaultCollisionWindowMs / 60000)
                         .arg(m_plan.schedules().at(other).name, schedule.action));
    return lines.join(QLatin1Char('\n'));
}

bool WeekCalendar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describeFiring(m_layout.firingAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void WeekCalendar::mousePressEvent(QMouseEvent *event)
{
    const int firing = m_layout.firingAt(event->position());
    if (event->button() == Qt::LeftButton && firing >= 0) {
        emit scheduleActivated(m_plan.schedules().at(m_plan.firings().at(firing).schedule).uid);
        return;
    }
    QWidget::mousePressEvent(event);
}

void WeekCalendar::wheelEvent(QWheelEvent *event)
{
    // A notch (120) is a week; touchpads send smaller steps that add up.
    m_wheelDelta += event->angleDelta().y();
    while (std::abs(m_wheelDelta) >= 120) {
        const int step = m_wheelDelta > 0 ? -1 : 1;
        m_wheelDelta += step * 120;
        emit weekRequested(step);
    }
    event->accept();
}

void WeekCalendar::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        emit weekRequested(-1);
        return;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        emit weekRequested(1);
        return;
    case Qt::Key_Home:
        emit weekRequested(0);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}
