#pragma once

#include "sandbox/demoplannedrun.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct ActionSpec;

// A schedule of the demo history: its launch, and what its firings left.
struct PlannedSchedule
{
    QString uid;
    QString name;
    const ActionSpec *action = nullptr;
    QString status;
    QString cron;
    QString timezone;
    qint64 scheduleAt = -1;
    qint64 next = -1;
    qint64 lastExecuted = -1;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QJsonObject parameters;
    QJsonObject callback;
    QString identityUid;
    QList<InputPlan> inputs;
    QString lastRunUid;
};
