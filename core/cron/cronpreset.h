#pragma once

#include <QList>

#include <optional>

class CronEditModel;

// A common schedule and its few parameters, for the row of presets above
// the fields: choosing one writes the fields, and whatever the fields hold
// is recognised as the preset it is, or as Custom. Only the parameters of
// the kind matter; the others keep their defaults so that switching kinds
// starts from sensible values.
struct CronPreset
{
    enum class Kind
    {
        EveryMinutes,   // */N * * * *   (N = 1 is * * * * *)
        HourlyAtMinute, // M * * * *
        DailyAt,        // M H * * *
        WeekdaysAt,     // M H * * 1-5
        WeeklyAt,       // M H * * d,d,...
        MonthlyAt,      // M H D * *
        Custom,
    };

    Kind kind = Kind::Custom;
    int everyMinutes = 15;
    int minute = 0;
    int hour = 9;
    int dayOfMonth = 1;
    // 0 = Sunday ... 6 = Saturday, ascending.
    QList<int> weekdays = {1};

    static CronPreset detect(const CronEditModel &model);
    // The fields of this preset; nullopt for Custom, which leaves the
    // fields as they are.
    std::optional<CronEditModel> toModel() const;

    bool operator==(const CronPreset &other) const = default;
};
