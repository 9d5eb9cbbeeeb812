#include "ui/schedules/weekcalendarpanel.h"

#include "core/domain/run.h"
#include "core/schedules/firingplaninput.h"
#include "core/time/clock.h"
#include "models/schedules/schedulesmodel.h"
#include "ui/common/timedisplay.h"
#include "ui/launch/counttext.h"
#include "ui/schedules/weekcalendar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

WeekCalendarPanel::WeekCalendarPanel(SchedulesModel *schedules, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_schedules(schedules)
    , m_clock(clock)
    , m_calendar(new WeekCalendar(this))
    , m_summary(new QLabel(this))
    , m_previous(new QPushButton(tr("&Previous week"), this))
    , m_current(new QPushButton(tr("T&his week"), this))
    , m_next(new QPushButton(tr("Ne&xt week"), this))
{
    setObjectName(QStringLiteral("weekCalendarPanel"));
    m_summary->setObjectName(QStringLiteral("weekCalendarSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previous->setObjectName(QStringLiteral("weekCalendarPrevious"));
    m_current->setObjectName(QStringLiteral("weekCalendarCurrent"));
    m_next->setObjectName(QStringLiteral("weekCalendarNext"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_current);
    bar->addWidget(m_next);
    bar->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_calendar, 1);

    connect(m_previous, &QPushButton::clicked, this, [this] { showWeek(m_week - 1); });
    connect(m_current, &QPushButton::clicked, this, [this] { showWeek(0); });
    connect(m_next, &QPushButton::clicked, this, [this] { showWeek(m_week + 1); });
    connect(m_calendar, &WeekCalendar::weekRequested, this,
            [this](int step) { showWeek(step == 0 ? 0 : m_week + step); });
    connect(m_calendar, &WeekCalendar::scheduleActivated, this,
            &WeekCalendarPanel::scheduleActivated);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_schedules, signal, this, &WeekCalendarPanel::replanLater);
    connect(m_schedules, &QAbstractItemModel::modelReset, this, &WeekCalendarPanel::replanLater);
    connect(m_schedules, &SchedulesModel::loadFailed, this, &WeekCalendarPanel::replanLater);
    connect(m_schedules, &QAbstractItemModel::dataChanged, this, &WeekCalendarPanel::replanLater);
    connect(TimeDisplay::instance(), &TimeDisplay::zoneChanged, this,
            &WeekCalendarPanel::replanLater);
}

void WeekCalendarPanel::setRunsSource(RunsSource runs)
{
    m_runs = std::move(runs);
    replanLater();
}

void WeekCalendarPanel::showWeek(int offset)
{
    m_week = offset;
    replan();
}

void WeekCalendarPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        replan();
}

void WeekCalendarPanel::replanLater()
{
    m_dirty = true;
    // A refresh changes many rows one after the other: plan once after.
    if (!isVisible() || m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        if (m_dirty && isVisible())
            replan();
    });
}

void WeekCalendarPanel::replan()
{
    m_dirty = false;
    QList<Schedule> schedules;
    schedules.reserve(m_schedules->rowCount());
    for (int row = 0; row < m_schedules->rowCount(); ++row)
        schedules.append(m_schedules->scheduleAt(m_schedules->index(row, 0)));
    const QList<Run> runs = m_runs ? m_runs() : QList<Run>();
    const QTimeZone zone = TimeDisplay::instance()->zone();
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    const QDate firstDay = now.toTimeZone(zone).date().addDays(7 * m_week);
    // Upcoming firings only: today's earlier ones have happened.
    const qint64 from =
        std::max(WeekCalendarLayout::spanStartMs(zone, firstDay), now.toMSecsSinceEpoch());
    FiringPlan plan = FiringPlan::build(FiringPlanInput::from(schedules, runs), from,
                                        WeekCalendarLayout::spanEndMs(zone, firstDay));
    const int collisions = plan.collisionCount();
    const int skips = plan.skipCount();
    QStringList parts{
        tr("%1 to %2")
            .arg(QLocale().toString(firstDay, QLocale::ShortFormat),
                 QLocale().toString(firstDay.addDays(6), QLocale::ShortFormat)),
        tr("%1 of %2")
            .arg(CountText::of(plan.firings().size(),
                               QT_TRANSLATE_N_NOOP("CountText", "%Ln firing(s)")),
                 CountText::of(plan.schedules().size(),
                               QT_TRANSLATE_N_NOOP("CountText", "%Ln active schedule(s)")))};
    if (collisions > 0)
        parts.append(
            tr("%1 close to another of the same action").arg(CountText::number(collisions)));
    if (skips > 0)
        parts.append(tr("%1 probably skipped").arg(CountText::number(skips)));
    // Nothing to draw because nothing came: not an empty week.
    if (m_schedules->rowCount() == 0 && m_schedules->lastLoadError().isError())
        parts.append(tr("the schedules could not be loaded: %1")
                         .arg(m_schedules->lastLoadError().message()));
    for (const auto &[index, reason] : plan.unreadable())
        parts.append(tr("'%1' not shown: %2").arg(plan.schedules().at(index).name, reason));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_current->setEnabled(m_week != 0);
    m_calendar->setPlan(std::move(plan), firstDay, zone, now.toMSecsSinceEpoch());
}
