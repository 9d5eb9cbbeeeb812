#pragma once

#include <QString>

class StoreConnection;

// The sources table: how many items the admin API added to an incremental
// action's history, per identity, on top of its natural growth.
class SourceRows final
{
public:
    explicit SourceRows(const StoreConnection &connection);

    qint64 grown(const QString &action, const QString &identityUid) const;
    void grow(const QString &action, const QString &identityUid, qint64 count);

private:
    const StoreConnection &m_connection;
};
