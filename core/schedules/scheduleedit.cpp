#include "core/schedules/scheduleedit.h"

#include "core/cron/cronexpression.h"
#include "core/cron/cronschedule.h"
#include "core/domain/schedule.h"
#include "core/time/ianazone.h"

#include <QTimeZone>

ScheduleEdit ScheduleEdit::of(const Schedule &schedule)
{
    ScheduleEdit edit;
    edit.name = schedule.name;
    edit.cron = schedule.cron;
    edit.timezone = schedule.timezone;
    if (schedule.cron.isEmpty())
        edit.scheduleAt = schedule.nextExecutionAt.toUTC();
    return edit;
}

ScheduleEdit::Fields ScheduleEdit::changesFrom(const ScheduleEdit &before) const
{
    Fields changed;
    // Blanks around a value are not a change the user means to send.
    if (name.trimmed() != before.name.trimmed())
        changed |= Field::Name;
    if (cron.trimmed() != before.cron.trimmed())
        changed |= Field::Cron;
    if (timezone.trimmed() != before.timezone.trimmed())
        changed |= Field::Timezone;
    if (scheduleAt.isValid() && scheduleAt != before.scheduleAt)
        changed |= Field::ScheduleAt;
    return changed;
}

QJsonObject ScheduleEdit::updateBody(const ScheduleEdit &before) const
{
    const Fields changed = changesFrom(before);
    QJsonObject body;
    if (changed.testFlag(Field::Name)) {
        const QString trimmed = name.trimmed();
        body.insert(apiName(Field::Name), trimmed.isEmpty() ? QJsonValue() : QJsonValue(trimmed));
    }
    if (changed.testFlag(Field::Cron))
        body.insert(apiName(Field::Cron), cron.trimmed());
    if (changed.testFlag(Field::Timezone))
        body.insert(apiName(Field::Timezone), timezone.trimmed());
    if (changed.testFlag(Field::ScheduleAt))
        body.insert(apiName(Field::ScheduleAt), scheduleAt.toUTC().toString(Qt::ISODate));
    return body;
}

QString ScheduleEdit::apiName(Field field)
{
    switch (field) {
    case Field::Name:
        return QStringLiteral("name");
    case Field::Cron:
        return QStringLiteral("cron");
    case Field::Timezone:
        return QStringLiteral("timezone");
    case Field::ScheduleAt:
        return QStringLiteral("schedule_at");
    }
    return {};
}

QList<FireTimeNotes::FireTime> ScheduleEdit::nextFireTimes(const QDateTime &now, int count) const
{
    if (count <= 0)
        return {};
    if (isOneShot()) {
        if (!scheduleAt.isValid())
            return {};
        FireTimeNotes::FireTime fire;
        // A time already past fires at once.
        fire.at = std::max(scheduleAt, now).toUTC();
        return {fire};
    }
    const QString zoneName = timezone.trimmed();
    if (!IanaZone::isKnown(zoneName))
        return {};
    auto parsed = CronExpression::parse(cron);
    auto *expression = std::get_if<CronExpression>(&parsed);
    if (!expression)
        return {};
    // The first firing is the first cron time at or after the start.
    QDateTime after = now;
    if (scheduleAt.isValid() && scheduleAt.addSecs(-1) > after)
        after = scheduleAt.addSecs(-1);
    return FireTimeNotes(CronSchedule(std::move(*expression), QTimeZone(zoneName.toUtf8())))
        .next(after, count);
}
