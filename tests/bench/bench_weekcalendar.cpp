// Prints how long the week calendar takes for 50 schedules of
// `*/5 * * * *` (issue 12 asks under 100 ms): planning their firings over
// seven days with collisions and skips (FiringPlan), then laying out and
// painting them (WeekCalendar into an image, as a paint event would). The
// schedules cycle over the catalogue's actions, so some share one and
// collide. Figures only; nothing is asserted, since they depend on the
// machine.
#include "core/domain/actioncatalogue.h"
#include "core/schedules/firingplan.h"
#include "ui/schedules/weekcalendar.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    constexpr int kSchedules = 50;
    const QList<ActionSpec> &actions = ActionCatalogue::actions();
    QList<FiringPlan::Schedule> schedules;
    for (int i = 0; i < kSchedules; ++i) {
        FiringPlan::Schedule schedule;
        schedule.uid = QStringLiteral("schedule-%1").arg(i);
        schedule.name = QStringLiteral("Every five %1").arg(i);
        schedule.action = actions.at(i % actions.size()).slug;
        schedule.cron = QStringLiteral("*/5 * * * *");
        schedule.timezone = i % 2 ? QStringLiteral("Europe/Paris") : QStringLiteral("UTC");
        // Every fifth one's runs take 12 minutes: two of its firings in
        // three are likely skipped.
        if (i % 5 == 0)
            schedule.medianRunMs = 12 * 60 * 1000;
        schedules.append(schedule);
    }
    const QTimeZone zone("Europe/Paris");
    const QDate firstDay(2026, 10, 22);
    const qint64 from = WeekCalendarLayout::spanStartMs(zone, firstDay);
    const qint64 to = WeekCalendarLayout::spanEndMs(zone, firstDay);

    QElapsedTimer timer;
    timer.start();
    FiringPlan plan = FiringPlan::build(schedules, from, to);
    const qint64 planMs = timer.elapsed();
    const qsizetype firings = plan.firings().size();

    WeekCalendar calendar;
    calendar.resize(1280, 800);
    timer.restart();
    calendar.setPlan(std::move(plan), firstDay, zone, from);
    const qint64 layoutMs = timer.elapsed();
    QImage image(calendar.size(), QImage::Format_ARGB32_Premultiplied);
    timer.restart();
    calendar.render(&image);
    const qint64 paintMs = timer.elapsed();
    // Again, as after a scroll or a tooltip: fonts and glyphs are loaded by
    // then, which the first paint of a process pays for.
    timer.restart();
    calendar.render(&image);
    const qint64 repaintMs = timer.elapsed();

    std::printf("week calendar: %d schedules of */5, %lld firings over the week of %s "
                "(Europe/Paris, with the DST change): plan %lld ms, layout %lld ms, paint %lld "
                "ms (first in the process; again: %lld ms), total %lld ms\n",
                kSchedules, static_cast<long long>(firings),
                qPrintable(firstDay.toString(Qt::ISODate)), static_cast<long long>(planMs),
                static_cast<long long>(layoutMs), static_cast<long long>(paintMs),
                static_cast<long long>(repaintMs),
                static_cast<long long>(planMs + layoutMs + paintMs));
    return firings > 0 ? 0 : 1;
}
