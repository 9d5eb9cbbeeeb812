#pragma once

#include "sandbox/store/inputrow.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

class StoreConnection;
struct PageRange;

// The inputs table. Each change is one method named for the step of the
// input's life it records; every change also sets updated_at to `now`.
class InputRows final
{
public:
    explicit InputRows(const StoreConnection &connection);

    // Stores every column but id; returns the new id.
    qint64 insert(const InputRow &row);
    // The first input of a run, by position, whose status is in `statuses`.
    std::optional<InputRow> firstWithStatus(qint64 runId, const QStringList &statuses) const;
    QList<InputRow> page(qint64 runId, const PageRange &range) const;
    // How many of a run's inputs are in each status.
    QHash<QString, qint64> countByStatus(qint64 runId) const;
    // The error of the run's input that failed last, if any did.
    std::optional<QString> lastFailedError(qint64 runId) const;
    // Inputs started since `since` by runs of `action` on `identityUid`.
    qint64 countStartedSince(const QString &identityUid, const QString &action, qint64 since) const;
    qint64 count() const;

    // A run's CREATED/SCHEDULED inputs -> QUEUED.
    void queueWaiting(qint64 runId, qint64 now);
    // -> RUNNING, one more attempt (started_at kept from a first start).
    void begin(qint64 id, qint64 now);
    void block(qint64 id, const QString &error, qint64 now);
    // SUCCEEDED without results.
    void succeedEmpty(qint64 id, qint64 now);
    // `count` more results of `target`; SUCCEEDED once `done`.
    void addFetched(qint64 id, qint64 target, qint64 count, bool done, qint64 now);
    void scheduleRetry(qint64 id, qint64 now);
    void fail(qint64 id, const QString &error, qint64 now);
    // A run's inputs in `statuses` -> STOPPED.
    void stopAll(qint64 runId, const QStringList &statuses, qint64 now);
    // A run's BLOCKED/STOPPED inputs -> SCHEDULED with a clean slate.
    void resumeWaiting(qint64 runId, qint64 now);
    // Every input of a run back to SCHEDULED for a new iteration.
    void restartAll(qint64 runId, qint64 now);

private:
    void update(qint64 id, const QString &assignments, QVariantList values, qint64 now);

    const StoreConnection &m_connection;
    QSqlQuery m_insert;
};
