#pragma once

#include "sandbox/store/runrow.h"

#include <QList>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

class StoreConnection;
struct ListFilter;

// The runs table. Each change is one method named for the step of the
// run's life it records; every change also sets updated_at to `now`.
class RunRows final
{
public:
    // How a run ends (the executor's finish step).
    struct Finish
    {
        QString status;
        std::optional<QString> lastError;
        // Incremental runs: the iteration's newest item becomes the high
        // water mark, and the run is synced at `now`.
        std::optional<qint64> highWater;
        std::optional<QString> lastInfo;
    };

    // What a page of a run's outputs needs of the run.
    struct PageOwner
    {
        qint64 id = 0;
        bool live = false;
        QString workspaceUid;
    };

    explicit RunRows(const StoreConnection &connection);

    // Stores every column but id; returns the new id.
    qint64 insert(const RunRow &row);
    std::optional<RunRow> find(const QString &uid) const;
    // find() for every outputs page an export asks for: two columns through
    // a statement prepared once, instead of every column by name.
    std::optional<PageOwner> findPageOwner(const QString &uid) const;
    QList<RunRow> list(const ListFilter &filter) const;
    qint64 count() const;
    // Runs in `status` within one workspace (concurrency is counted per
    // workspace, contract 1.7).
    qint64 countWithStatus(const QString &status, const QString &workspaceUid) const;

    // The earliest due_at, and the run due first at `now`.
    std::optional<qint64> nextDue() const;
    std::optional<RunRow> firstDue(qint64 now) const;

    // CREATED/SCHEDULED -> QUEUED, due at once.
    void queue(qint64 id, qint64 now);
    // Due at `dueAt`, or not due at all.
    void setDue(qint64 id, std::optional<qint64> dueAt, qint64 now);
    // QUEUED -> RUNNING (started_at kept from a first start).
    void start(qint64 id, std::optional<qint64> iterationTop, qint64 dueAt, qint64 now);
    void addOutputs(qint64 id, qint64 count, qint64 dueAt, qint64 now);
    void setLastInfo(qint64 id, const QString &info, qint64 dueAt, qint64 now);
    void setLastError(qint64 id, const QString &error, qint64 dueAt, qint64 now);
    // Waits on the user: not due.
    void block(qint64 id, const QString &error, qint64 now);
    // A transient failure: SCHEDULED until `until`, one more retry counted.
    void postponeRetry(qint64 id, qint64 until, const QString &error, qint64 now);
    void finish(qint64 id, const Finish &finish, qint64 now);
    // The oldest queued run of the workspace that waits for a slot becomes due.
    void wakeNextQueued(const QString &workspaceUid, qint64 now);
    void stop(qint64 id, qint64 now);
    // BLOCKED/STOPPED -> SCHEDULED with a clean slate, due at once.
    void resume(qint64 id, qint64 now);
    // The next iteration of an incremental run: an interrupted iteration
    // that fetched something moves the high water to its top first.
    void restartIteration(qint64 id, qint64 now);
    // Runs in `statuses` that are due at no time become due at `now`.
    void wakeIdle(const QStringList &statuses, qint64 now);

private:
    void update(qint64 id, const QString &assignments, QVariantList values, qint64 now);

    const StoreConnection &m_connection;
    mutable QSqlQuery m_findPageOwner;
};
