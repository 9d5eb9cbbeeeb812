#pragma once

#include "core/domain/runstatus.h"

#include <QBrush>
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
    // What a bar or band of the status is filled with: its colour, or for
    // Unknown (time the dashboard cannot account for) a hatch of it, so
    // unknown time never looks like a status.
    static QBrush brush(RunStatus status);
    // "Partial succeeded" rather than PARTIAL_SUCCEEDED.
    static QString label(RunStatus status);
    // A high-DPI icon drawn from SVG, one per status (and one for
    // Unknown); its shape differs too, so colour is not the only cue.
    static QIcon icon(RunStatus status);
    // The Icons name of icon(): "status-queued", …
    static QString iconName(RunStatus status);
};
