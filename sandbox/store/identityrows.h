#pragma once

#include "sandbox/store/identityrow.h"

#include <QList>

#include <optional>

class StoreConnection;

// The identities table.
class IdentityRows final
{
public:
    explicit IdentityRows(const StoreConnection &connection);

    void insert(const IdentityRow &row);
    // Stores `row` unless its uid is already there.
    void insertIfMissing(const IdentityRow &row);
    std::optional<IdentityRow> find(const QString &uid) const;
    // Identities whose name contains `text` (case-insensitive), oldest first.
    QList<IdentityRow> search(const QString &text) const;
    void rename(const QString &uid, const QString &name, const QString &timezone, qint64 now);

private:
    void insert(const IdentityRow &row, bool keepExisting);

    const StoreConnection &m_connection;
};
