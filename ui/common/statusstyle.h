#pragma once

#include "core/domain/runstatus.h"

#include <QColor>
#include <QIcon>
#include <QString>

// How a run status looks everywhere in the dashboard: one colour, one
// icon and one label per status, so the table, the detail pane, the charts
// and their legends agree. Colour is never the only cue: every view that
// paints the colour also shows the label or the icon.
class StatusStyle final
{
public:
    StatusStyle() = delete;

    static QColor color(RunStatus status);
    // "Partial succeeded" rather than PARTIAL_SUCCEEDED.
    static QString label(RunStatus status);
    // A high-DPI icon drawn from SVG; its shape differs per family of
    // statuses (waiting, running, needs the user, ended well, ended badly).
    static QIcon icon(RunStatus status);
};
