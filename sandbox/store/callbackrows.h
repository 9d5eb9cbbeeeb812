#pragma once

#include "sandbox/store/callbackrow.h"

#include <QList>
#include <QSqlQuery>

#include <optional>

class StoreConnection;
struct ListFilter;

// The callbacks table: one row per delivery attempt series; every change
// also sets updated_at to `now`.
class CallbackRows final
{
public:
    // What decides whether a failed delivery is tried again.
    struct Attempt
    {
        int retryCount = 0;
        bool isReplay = false;
        // The run's status, empty when the run is gone.
        QString runStatus;
    };

    explicit CallbackRows(const StoreConnection &connection);

    // Stores every column but id; returns the new id.
    qint64 insert(const CallbackRow &row);
    // A PENDING copy of `originalUid` under `uid`, due at `now`.
    void insertReplay(const QString &originalUid, const QString &uid, qint64 now);
    std::optional<CallbackRow> find(const QString &uid) const;
    QList<CallbackRow> list(const ListFilter &filter) const;
    qint64 countReplays(const QString &originalUid) const;
    std::optional<Attempt> attempt(qint64 id) const;

    // The earliest next attempt, and the delivery due first at `now`.
    std::optional<qint64> nextDue() const;
    std::optional<CallbackRow> firstDue(qint64 now) const;

    // An attempt goes out: RUNNING, not due.
    void markRunning(qint64 id, qint64 now);
    void succeed(qint64 id, int httpStatus, const QString &response, qint64 now);
    // FAILED with what the receiver said; due again at `nextAttemptAt`
    // when a retry is left.
    void fail(qint64 id, std::optional<qint64> httpStatus, const std::optional<QString> &response,
              const QString &error, int retryCount, std::optional<qint64> nextAttemptAt,
              qint64 now);
    // A cancelled run's deliveries: PENDING ones fail with `error`, none is
    // due again.
    void dropPending(const QString &runUid, const QString &error, qint64 now);
    // Deliveries under way when the process died are due again at `now`.
    void recoverInFlight(qint64 now);

private:
    const StoreConnection &m_connection;
    QSqlQuery m_insert;
};
