#pragma once

#include "sandbox/demosamples.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

struct ActionSpec;

// A run of the demo history as the planner decides it (what happens to it
// and to each input) and as the simulator leaves it (statuses, times,
// results, callbacks) before it becomes rows.

enum class Fate
{
    Succeeded,
    Partial,
    Failed,
    Live,
    BlockedAccount,
    BlockedInput,
    Stopped,
    Invalid,
    Running,
    Queued,
    Scheduled,
    Created,
};

enum class Step
{
    Normal,
    NoResult,
    Fail,
    Postpone,
    BlockAccount,
    BlockInput,
};

struct InputPlan
{
    QJsonObject data;
    QJsonValue custom = QJsonValue(QJsonValue::Null);
    Step step = Step::Normal;
    // Transient failures (PROXY_ERROR) before the input's real attempt.
    int retries = 0;
    DemoSamples::ErrorSpec error{};
};

struct InputState
{
    QString status;
    QJsonObject error;
    int outputCount = 0;
    int retryCount = 0;
    int attempts = 0;
    qint64 target = -1;
    qint64 fetched = 0;
    qint64 startedAt = -1;
    qint64 finishedAt = -1;
    qint64 updatedAt = 0;
    QList<QJsonObject> outputs;
};

struct Delivery
{
    qint64 at = 0;
    int input = -1;
    QJsonValue error = QJsonValue(QJsonValue::Null);
    QJsonArray results;
    QString status;
};

struct PlannedRun
{
    int stream = 0;
    Fate fate = Fate::Succeeded;
    const ActionSpec *action = nullptr;
    qint64 createdAt = 0;
    qint64 queueMs = 0;
    qint64 pageMs = 0;
    QString name;
    int schedule = -1;
    QJsonObject parameters;
    QJsonObject callback;
    QString identityUid;
    QList<InputPlan> inputs;
    // Incremental runs: when each iteration started (the first is the launch).
    QList<qint64> iterations;
    // Stopped runs: cancelled after this many steps (0: while still queued).
    int cancelAfter = -1;
    qint64 cancelDelay = 0;
    qint64 postponeMs = 0;

    QString status;
    int retryCount = 0;
    QJsonObject lastError;
    QJsonObject lastInfo;
    int noResultInput = -1;
    bool liveNoResult = false;
    qint64 postponedUntil = -1;
    qint64 startedAt = -1;
    qint64 finishedAt = -1;
    qint64 syncedAt = -1;
    qint64 updatedAt = 0;
    qint64 dueAt = -1;
    qint64 highWater = -1;
    qint64 iterationTop = -1;
    qint64 outputCount = 0;
    QList<InputState> states;
    QList<Delivery> deliveries;

    bool isLive() const { return fate == Fate::Live; }
    bool isIncremental() const { return !iterations.isEmpty(); }
};
