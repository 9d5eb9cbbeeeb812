#include "sandbox/store/sourcerows.h"

#include "sandbox/store/storeconnection.h"

SourceRows::SourceRows(const StoreConnection &connection)
    : m_connection(connection)
{}

qint64 SourceRows::grown(const QString &action, const QString &identityUid) const
{
    return m_connection
        .scalar(QStringLiteral("SELECT grown FROM sources WHERE action_name = ? AND "
                               "identity_uid = ?"),
                {action, identityUid})
        .toLongLong();
}

void SourceRows::grow(const QString &action, const QString &identityUid, qint64 count)
{
    m_connection.exec(
        QStringLiteral("INSERT INTO sources(action_name, identity_uid, grown) VALUES(?, ?, ?) "
                       "ON CONFLICT(action_name, identity_uid) DO UPDATE SET grown = grown + "
                       "excluded.grown"),
        {action, identityUid, count});
}
