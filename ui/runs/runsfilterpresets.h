#pragma once

#include "models/runs/runsmodel.h"

#include <QString>
#include <QStringList>

// Named filters of the runs page, kept in the settings so a saved view
// ("failed exports this week") is one click away after a restart.
class RunsFilterPresets final
{
public:
    struct Preset
    {
        RunsModel::Filter filter;
        QString searchText;
        bool operator==(const Preset &) const = default;
    };

    RunsFilterPresets() = delete;

    static QStringList names();
    static Preset load(const QString &name);
    static void save(const QString &name, const Preset &preset);
    static void remove(const QString &name);

    // The JSON each preset is kept as; also how the page's last filter is
    // saved between sessions.
    static QByteArray toJson(const Preset &preset);
    static Preset fromJson(const QByteArray &json);
};
