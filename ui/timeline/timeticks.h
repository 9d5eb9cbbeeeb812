#pragma once

#include <QList>
#include <QString>

// Where the time labels of a timeline axis go and what they say, in the
// dashboard's display zone (TimeDisplay), so the fleet chart and the Gantt
// strip label their shared time axis the same way.
class TimeTicks final
{
public:
    struct Tick
    {
        qint64 ms = 0;
        QString label;
    };

    TimeTicks() = delete;

    // About `wanted` ticks on round times within (fromMs, toMs], labelled
    // "HH:mm" within a day, with the date over longer ranges; no label
    // repeats.
    static QList<Tick> ticks(qint64 fromMs, qint64 toMs, int wanted);
    // The display zone's offset from UTC at `ms`, in ms: aligns buckets
    // and ticks to that zone's midnight.
    static qint64 zoneOffsetMs(qint64 ms);
};
