#include "core/cron/cronpreset.h"

#include "core/cron/croneditmodel.h"

namespace {

const QList<int> kMondayToFriday = {1, 2, 3, 4, 5};

std::optional<int> singleValue(const CronFieldSpec &spec)
{
    if (spec.mode() == CronFieldSpec::Mode::Values && spec.values().size() == 1)
        return spec.values().first();
    return std::nullopt;
}

bool isEvery(const CronFieldSpec &spec)
{
    return spec.mode() == CronFieldSpec::Mode::Every;
}

// The days a day-of-week set or plain range names, Sunday as 0; nullopt for
// the other forms.
std::optional<QList<int>> days(const CronFieldSpec &spec)
{
    if (spec.mode() == CronFieldSpec::Mode::Values)
        return spec.values();
    if (spec.mode() != CronFieldSpec::Mode::Range)
        return std::nullopt;
    QList<int> range;
    for (int day = spec.first(); day <= spec.last(); ++day)
        range.append(day);
    return CronFieldSpec::values(CronFieldKind::DayOfWeek, range).values();
}

} // namespace

CronPreset CronPreset::detect(const CronEditModel &model)
{
    CronPreset preset;
    const CronFieldSpec &minute = model.field(CronFieldKind::Minute);
    const CronFieldSpec &hour = model.field(CronFieldKind::Hour);
    const CronFieldSpec &dayOfMonth = model.field(CronFieldKind::DayOfMonth);
    const CronFieldSpec &dayOfWeek = model.field(CronFieldKind::DayOfWeek);
    if (!isEvery(model.field(CronFieldKind::Month)))
        return preset;

    const auto atMinute = singleValue(minute);
    const auto atHour = singleValue(hour);
    if (isEvery(hour) && isEvery(dayOfMonth) && isEvery(dayOfWeek)) {
        if (isEvery(minute)) {
            preset.kind = Kind::EveryMinutes;
            preset.everyMinutes = 1;
        } else if (minute.mode() == CronFieldSpec::Mode::Step && minute.startsWithStar()) {
            preset.kind = Kind::EveryMinutes;
            preset.everyMinutes = minute.stepSize();
        } else if (atMinute) {
            preset.kind = Kind::HourlyAtMinute;
            preset.minute = *atMinute;
        }
        return preset;
    }
    if (!atMinute || !atHour)
        return preset;
    preset.minute = *atMinute;
    preset.hour = *atHour;
    const auto atDay = singleValue(dayOfMonth);
    if (atDay && isEvery(dayOfWeek)) {
        preset.kind = Kind::MonthlyAt;
        preset.dayOfMonth = *atDay;
        return preset;
    }
    if (!isEvery(dayOfMonth))
        return preset;
    if (isEvery(dayOfWeek)) {
        preset.kind = Kind::DailyAt;
    } else if (const auto weekdays = days(dayOfWeek)) {
        preset.kind = *weekdays == kMondayToFriday ? Kind::WeekdaysAt : Kind::WeeklyAt;
        if (preset.kind == Kind::WeeklyAt)
            preset.weekdays = *weekdays;
    }
    return preset;
}

std::optional<CronEditModel> CronPreset::toModel() const
{
    CronEditModel model;
    switch (kind) {
    case Kind::Custom:
        return std::nullopt;
    case Kind::EveryMinutes:
        if (everyMinutes > 1)
            model.setField(CronFieldSpec::step(CronFieldKind::Minute, everyMinutes));
        return model;
    case Kind::HourlyAtMinute:
        model.setField(CronFieldSpec::values(CronFieldKind::Minute, {minute}));
        return model;
    case Kind::DailyAt:
    case Kind::WeekdaysAt:
    case Kind::WeeklyAt:
    case Kind::MonthlyAt:
        break;
    }
    model.setField(CronFieldSpec::values(CronFieldKind::Minute, {minute}));
    model.setField(CronFieldSpec::values(CronFieldKind::Hour, {hour}));
    if (kind == Kind::WeekdaysAt)
        model.setField(CronFieldSpec::range(CronFieldKind::DayOfWeek, 1, 5));
    else if (kind == Kind::WeeklyAt)
        model.setField(CronFieldSpec::values(CronFieldKind::DayOfWeek, weekdays));
    else if (kind == Kind::MonthlyAt)
        model.setField(CronFieldSpec::values(CronFieldKind::DayOfMonth, {dayOfMonth}));
    return model;
}
