#pragma once

#include "core/domain/runstatus.h"

#include <QDateTime>
#include <QString>

// One observed change of a run's status and when it was seen: the data of
// the status timelines.
struct StatusTransition
{
    QString runUid;
    RunStatus status = RunStatus::Unknown;
    QString statusText;
    QDateTime observedAt;

    bool operator==(const StatusTransition &) const = default;
};
