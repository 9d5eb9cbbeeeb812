#include "ui/schedules/scheduledetailview.h"

#include "core/cron/crondescription.h"
#include "core/cron/cronexpression.h"
#include "core/cron/cronschedule.h"
#include "core/time/clock.h"
#include "core/time/ianazone.h"
#include "models/common/localeformat.h"
#include "ui/common/timedisplay.h"
#include "ui/schedules/schedulestatusdelegate.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

// Fire times move on as time passes; a minute's step is the cron's grain.
constexpr int kRecomputeMs = 30000;

QLabel *valueLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

ScheduleDetailView::ScheduleDetailView(const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock ? clock : &Clock::system())
    , m_title(valueLabel("scheduleTitleLabel", this))
    , m_status(valueLabel("scheduleStatusLabel", this))
    , m_action(valueLabel("scheduleActionLabel", this))
    , m_cron(valueLabel("scheduleCronLabel", this))
    , m_description(valueLabel("scheduleCronDescriptionLabel", this))
    , m_zone(valueLabel("scheduleTimezoneLabel", this))
    , m_nextExecution(valueLabel("scheduleNextExecutionLabel", this))
    , m_lastExecuted(valueLabel("scheduleLastExecutedLabel", this))
    , m_uid(valueLabel("scheduleUidLabel", this))
    , m_upcomingNote(valueLabel("scheduleUpcomingNote", this))
    , m_upcomingList(new QListWidget(this))
{
    setObjectName(QStringLiteral("scheduleDetail"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_cron->setTextFormat(Qt::PlainText);
    m_upcomingList->setObjectName(QStringLiteral("scheduleUpcomingList"));
    m_upcomingList->setSelectionMode(QAbstractItemView::NoSelection);
    // Read, not picked from: but a keyboard user must reach it to read it.
    m_upcomingList->setFocusPolicy(Qt::StrongFocus);
    m_upcomingList->setAccessibleName(tr("Next fire times"));
    m_upcomingList->setMaximumHeight(m_upcomingList->fontMetrics().height() * 8);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Action:"), m_action);
    form->addRow(tr("Cron:"), m_cron);
    form->addRow(tr("Runs:"), m_description);
    form->addRow(tr("Time zone:"), m_zone);
    form->addRow(tr("Next (server):"), m_nextExecution);
    form->addRow(tr("Last fired:"), m_lastExecuted);
    form->addRow(tr("Uid:"), m_uid);

    auto *upcomingTitle = new QLabel(tr("Next %1 fire times").arg(kUpcomingCount), this);
    QFont bold = upcomingTitle->font();
    bold.setBold(true);
    upcomingTitle->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(upcomingTitle);
    layout->addWidget(m_upcomingNote);
    layout->addWidget(m_upcomingList);
    layout->addStretch(1);

    m_minuteTimer.setInterval(kRecomputeMs);
    connect(&m_minuteTimer, &QTimer::timeout, this, &ScheduleDetailView::updateUpcoming);
    connect(TimeDisplay::instance(), &TimeDisplay::zoneChanged, this,
            &ScheduleDetailView::updateView);
    clear();
}

void ScheduleDetailView::setSchedule(const Schedule &schedule)
{
    m_schedule = schedule;
    m_hasSchedule = true;
    m_minuteTimer.start();
    updateView();
}

void ScheduleDetailView::clear()
{
    m_schedule = Schedule();
    m_hasSchedule = false;
    m_minuteTimer.stop();
    updateView();
}

void ScheduleDetailView::updateView()
{
    const TimeDisplay *display = TimeDisplay::instance();
    if (!m_hasSchedule) {
        m_title->setText(tr("No schedule selected"));
        for (QLabel *label : {m_status, m_action, m_cron, m_description, m_zone, m_nextExecution,
                              m_lastExecuted, m_uid})
            label->clear();
        updateUpcoming();
        return;
    }
    const Schedule &s = m_schedule;
    m_title->setText(s.name.isEmpty() ? tr("Unnamed schedule") : s.name);
    m_status->setText(ScheduleStatusDelegate::label(s.status, s.statusText));
    m_action->setText(orDash(s.actionName));
    m_cron->setText(s.cron.isEmpty() ? tr("none (one-shot)") : s.cron);
    if (s.cron.isEmpty()) {
        m_description->setText(tr("Once, at the scheduled time"));
    } else {
        auto parsed = CronExpression::parse(s.cron);
        if (const auto *expression = std::get_if<CronExpression>(&parsed))
            m_description->setText(describeCron(*expression));
        else
            m_description->setText(
                tr("Cannot read this cron: %1").arg(std::get<CronError>(parsed).message()));
    }
    m_zone->setText(s.timezone.isEmpty() ? tr("UTC (the server named none)") : s.timezone);
    m_nextExecution->setText(s.nextExecutionAt.isValid() ? display->format(s.nextExecutionAt)
                                                         : tr("none"));
    m_lastExecuted->setText(s.lastExecutedAt.isValid() ? display->format(s.lastExecutedAt)
                                                       : tr("never"));
    m_uid->setText(s.uid);
    updateUpcoming();
}

void ScheduleDetailView::updateUpcoming()
{
    m_upcoming.clear();
    m_upcomingList->clear();
    if (!m_hasSchedule) {
        m_upcomingNote->clear();
        return;
    }
    const Schedule &s = m_schedule;
    const QTimeZone zone = s.timezone.isEmpty() ? QTimeZone::utc() : QTimeZone(s.timezone.toUtf8());
    QString note;
    if (isTerminal(s.status)) {
        note = tr("None: the schedule is %1.")
                   .arg(ScheduleStatusDelegate::label(s.status, s.statusText).toLower());
    } else if (s.cron.isEmpty()) {
        note = tr("A one-shot schedule fires once.");
        if (s.nextExecutionAt.isValid())
            m_upcoming.append(s.nextExecutionAt.toUTC());
    } else if (!zone.isValid() || (!s.timezone.isEmpty() && !IanaZone::isKnown(s.timezone))) {
        // QTimeZone reads a name such as "Paris" as a rule at UTC: times
        // computed in it would be wrong, not merely unknown.
        note = tr("Cannot compute: “%1” is not an IANA time zone.").arg(s.timezone);
    } else {
        auto parsed = CronExpression::parse(s.cron);
        if (auto *expression = std::get_if<CronExpression>(&parsed)) {
            const CronSchedule schedule(std::move(*expression), zone);
            m_upcoming = schedule.next(m_clock->now(), kUpcomingCount);
            if (m_upcoming.isEmpty())
                note = tr("This expression never fires.");
            else if (s.status == ScheduleStatus::Paused)
                note = tr("Paused: the times it would fire once resumed.");
            else
                note = tr("Computed from the cron in %1.").arg(QString::fromUtf8(zone.id()));
        } else {
            note = tr("Cannot compute: %1").arg(std::get<CronError>(parsed).message());
        }
    }
    m_upcomingNote->setText(note);

    const TimeDisplay *display = TimeDisplay::instance();
    for (const QDateTime &time : std::as_const(m_upcoming)) {
        // The wall time in the schedule's own zone is what the cron says;
        // shown beside the dashboard's zone when the two differ.
        const QDateTime wall = time.toTimeZone(zone);
        QString text = display->format(time);
        if (zone.isValid() && display->toZone(time).offsetFromUtc() != wall.offsetFromUtc())
            text += QStringLiteral("  (") +
                    LocaleFormat::withPattern(
                        wall, QLatin1String("ddd ") +
                                  LocaleFormat::timePattern(LocaleFormat::Seconds::Hide)) +
                    QLatin1Char(' ') + QString::fromUtf8(zone.id()) + QLatin1Char(')');
        auto *item = new QListWidgetItem(text, m_upcomingList);
        item->setData(Qt::UserRole, time);
        item->setToolTip(LocaleFormat::withPattern(
                             wall, QLatin1String("dddd ") +
                                       LocaleFormat::dateTimePattern(LocaleFormat::Seconds::Show)) +
                         QLatin1Char(' ') + zone.abbreviation(wall));
    }
}
